//! The three stages and the Ombudsman, each with its state in words (and a
//! colour and a symbol as extra cues, never the only one).

use leptos::prelude::*;

use crate::core::assessment::{StepState, TimelineStep};

fn state_class(state: StepState) -> &'static str {
    match state {
        StepState::Completed => "step step-completed",
        StepState::InProgress => "step step-in-progress",
        StepState::Overdue => "step step-overdue",
        StepState::NotStarted => "step step-not-started",
        StepState::Open => "step step-open",
    }
}

#[component]
pub fn Timeline(#[prop(into)] steps: Signal<Vec<TimelineStep>>) -> impl IntoView {
    view! {
        <ol class="timeline" aria-label=crate::text::en::ui_results::STEP_BY_STEP>
            {move || steps.get().into_iter().map(|step| {
                let status_id = format!("timeline-{}-status", step.id);
                view! {
                    <li class=state_class(step.state)>
                        <span class="step-marker" aria-hidden="true"></span>
                        <div class="step-body">
                            <h4 class="step-title">{step.title}</h4>
                            <strong class="tag" id=status_id>{(crate::ui::words().step_state)(step.state)}</strong>
                            <p class="step-detail">{step.detail}</p>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
