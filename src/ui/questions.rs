//! "What has happened": the questions the core says to show, in order, and
//! a "Check your answers" summary with Change links.

use leptos::prelude::*;

use super::date_input::{DateInput, YesNo};
use super::focus_element_id;
use crate::core::dates::long_date;
use crate::core::dates::parse_date_parts;
use crate::core::form::{visible_questions, Answer, Answers, FieldError, Kind, Question};
use crate::text::en::ui_questions as text;

#[component]
pub fn Questions(
    answers: RwSignal<Answers>,
    problems: Memo<Vec<FieldError>>,
    touched: RwSignal<Vec<&'static str>>,
    editing: RwSignal<Vec<&'static str>>,
    dates_left: RwSignal<(u32, Answers)>,
) -> impl IntoView {
    let visible = Memo::new(move |_| visible_questions(&answers.get()));
    view! {
        <section class="question-block" aria-labelledby="events-heading">
            <h2 id="events-heading" tabindex="-1">{text::EVENTS_HEADING}</h2>
            <p class="hint">{text::EVENTS_HINT}</p>
            <RouteQuestion answers=answers />
            <For each=move || visible.get() key=|q| q.id let:question>
                <QuestionView question=question answers=answers problems=problems touched=touched editing=editing dates_left=dates_left />
            </For>
        </section>
    }
}

#[component]
fn QuestionView(
    question: &'static Question,
    answers: RwSignal<Answers>,
    problems: Memo<Vec<FieldError>>,
    touched: RwSignal<Vec<&'static str>>,
    editing: RwSignal<Vec<&'static str>>,
    dates_left: RwSignal<(u32, Answers)>,
) -> impl IntoView {
    let id = question.id;
    let answer = Signal::derive(move || answers.with(|a| a.get(id).cloned().unwrap_or_default()));
    let set_answer = Callback::new(move |new: Answer| {
        answers.update(|a| a.set(id, new));
        // Being changed: its error waits until it is left (or sent).
        if !editing.with_untracked(|list| list.contains(&id)) {
            editing.update(|list| list.push(id));
        }
    });
    let error = Signal::derive(move || problems.get().into_iter().find(|p| p.question == id));
    let leave = Callback::new(move |_| {
        touched.update(|list| {
            if !list.contains(&id) {
                list.push(id)
            }
        });
        editing.update(|list| list.retain(|q| *q != id));
        // With the answers as they were when it was left: an edit made
        // before the engine hears of it is not taken as meant.
        let now = answers.get_untracked();
        dates_left.update(|(times, left)| {
            *times += 1;
            *left = now;
        });
    });
    let yes = Signal::derive(move || answer.get().yes);
    let set_yes = Callback::new(move |value: bool| {
        let mut new = answer.get_untracked();
        new.yes = Some(value);
        set_answer.run(new);
    });
    match question.kind {
        Kind::Date => view! {
            <DateInput id=id legend=question.question hint=question.hint value=answer
                on_change=set_answer on_leave=leave error=error />
        }
        .into_any(),
        Kind::YesNo => view! {
            <YesNo id=id question=question.question hint=question.hint value=yes on_change=set_yes />
        }
        .into_any(),
        Kind::YesThenDate => view! {
            <div class="question-pair">
                <YesNo id=id question=question.question hint="" value=yes on_change=set_yes />
                <Show when=move || yes.get() == Some(true)>
                    <div class="conditional">
                        <DateInput id=id legend=question.date_question hint=question.hint value=answer
                            on_change=set_answer on_leave=leave error=error />
                    </div>
                </Show>
            </div>
        }
        .into_any(),
    }
}

/// Which procedure applies: the first question, before any date.
#[component]
fn RouteQuestion(answers: RwSignal<Answers>) -> impl IntoView {
    use crate::core::route::{Route, ROUTE_HINT, ROUTE_QUESTION};
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="route-hint">
                <legend class="legend">{ROUTE_QUESTION}</legend>
                <p class="hint" id="route-hint">{ROUTE_HINT}</p>
                <div class="radios">
                    {Route::ALL.into_iter().map(|route| {
                        let input_id = format!("route-{}", route.id());
                        view! {
                            <div class="radio">
                                <input class="radio-input" type="radio" id=input_id.clone() name="route"
                                    prop:checked=move || answers.with(|a| a.route == Some(route))
                                    on:change=move |_| answers.update(|a| a.route = Some(route)) />
                                <label class="label radio-label" for=input_id>{route.choice()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A summary of what the user has told us, each with a link back to change
/// it. `flagged`: the questions whose error the page shows now.
#[component]
pub fn CheckAnswers(
    answers: RwSignal<Answers>,
    #[prop(into)] flagged: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        let answers = answers.get();
        let flagged = flagged.get();
        let route = answers.route.map(|route| {
            (
                crate::core::route::ROUTE_QUESTION,
                route.choice().to_string(),
                format!("route-{}", route.id()),
            )
        });
        route
            .into_iter()
            .chain(visible_questions(&answers).into_iter().filter_map(|q| {
                let answer = answers.get(q.id)?;
                let (shown, target) = match q.kind {
                    Kind::YesNo => (
                        text::yes_no(answer.yes?).to_string(),
                        format!("{}-yes", q.id),
                    ),
                    Kind::YesThenDate if answer.yes == Some(false) => {
                        (text::yes_no(false).to_string(), format!("{}-yes", q.id))
                    }
                    _ => {
                        let said_yes =
                            matches!(q.kind, Kind::YesThenDate) && answer.yes == Some(true);
                        let shown = match parse_date_parts(
                            &answer.day,
                            &answer.month,
                            &answer.year,
                            q.date_name,
                        ) {
                            // A real date the page says is wrong (before
                            // the complaint, say) is not shown as accepted.
                            Ok(Some(date)) if flagged.contains(&q.id) => {
                                text::date_to_correct(&long_date(date))
                            }
                            Ok(Some(date)) => long_date(date),
                            // A "yes" waiting for its date, or a date to
                            // correct, is shown: never a row that vanishes.
                            Ok(None) if said_yes => text::date_to_fix(true, false).to_string(),
                            Ok(None) => return None,
                            Err(_) => text::date_to_fix(said_yes, true).to_string(),
                        };
                        (shown, format!("{}-day", q.id))
                    }
                };
                Some((q.question, shown, target))
            }))
            .collect::<Vec<_>>()
    });
    view! {
        <Show when=move || !rows.get().is_empty()>
            <section class="check-answers" aria-labelledby="check-heading">
                <h2 id="check-heading">{text::CHECK_ANSWERS_HEADING}</h2>
                <dl class="summary-list">
                    {move || rows.get().into_iter().map(|(question, shown, target)| {
                        let href = format!("#{target}");
                        view! {
                            <div class="summary-row">
                                <dt>{question}</dt>
                                <dd>{shown}</dd>
                                <dd class="summary-action">
                                    <a href=href on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_element_id(target.clone());
                                    }>{text::CHANGE}<span class="visually-hidden">{text::change_which(question)}</span></a>
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
            </section>
        </Show>
    }
}
