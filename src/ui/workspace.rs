//! Everything after the first screen: the questions, the results, the error
//! summary and the keeping state (the keeping components have a chunk of
//! their own: see keep/chunk.rs). It is compiled into its own WebAssembly
//! chunk (see scripts/split_wasm.py), which the page fetches from this same
//! site the first time it is needed: when the user starts on the council
//! question, picks a council, opens a backup file or a link to answers, or
//! already has saved cases. The chunk holds no data of the user's; fetching it
//! reveals nothing typed.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::council_picker::CouncilChoice;
use super::keep::{KeepChunk, Keeping, SavedCases};
use super::questions::{CheckAnswers, Questions};
use super::results::Results;
use super::safety::open_workings_when_printing;
use super::{focus_by_id, focus_element_id};
use crate::core::assessment::Assessment;
use crate::core::form::{evaluate, Answers, FieldError, Outcome};
use crate::text::en::ui_questions as text;

/// What the first screen owns and shares with the workspace.
#[derive(Clone, Copy)]
pub struct Page {
    pub today: NaiveDate,
    pub embed: bool,
    /// A widget whose council the host site set and locked.
    pub locked: bool,
    pub council: RwSignal<Option<CouncilChoice>>,
    pub answers: RwSignal<Answers>,
    /// Errors are shown for a date once the user has left it, or after "Show where I stand".
    pub touched: RwSignal<Vec<&'static str>>,
    pub submitted: RwSignal<bool>,
    /// The address's fragment (after `#`), read on arrival and on every
    /// change, since a link to answers may arrive before the chunk does.
    pub fragment: RwSignal<String>,
    /// "Open a backup file" has been opened (its contents come with the keeping chunk).
    pub import_opened: RwSignal<bool>,
}

/// The loaded workspace: its state, and its parts in page order. The parts are
/// plain functions from the chunk, so the first screen can place them without
/// containing their code.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub page: Page,
    pub keeping: Keeping,
    /// The keeping features' own chunk ("Keep and take away", "Open a backup file").
    pub keep: KeepChunk,
    /// Why the answers in the address's link could not be read, if they could not.
    pub link_problem: RwSignal<Option<String>>,
    pub problems: Memo<Vec<FieldError>>,
    pub shown_problems: Memo<Vec<FieldError>>,
    pub assessment: Memo<Option<Assessment>>,
    /// Saved cases and the error summary, above the form.
    pub above_form: fn(Workspace) -> AnyView,
    /// The questions and "Show where I stand", inside the form after the council.
    pub in_form: fn(Workspace) -> AnyView,
    /// Check your answers, the results and "Keep and take away".
    pub below_form: fn(Workspace) -> AnyView,
    /// The contents of "Open a backup file".
    pub import_box: fn(Workspace) -> AnyView,
}

split_point! {
    workspace,
    /// Fetches the workspace chunk (once) and sets up its state under `owner`.
    /// Fails, without losing anything typed, if the chunk cannot be fetched.
    pub fn load_workspace(page: Page, owner: Owner) -> Result<Workspace, SplitLoaderError> {
        Ok(owner.with(|| start(page)))
    }
}

fn start(page: Page) -> Workspace {
    let Page {
        today,
        council,
        answers,
        touched,
        submitted,
        embed,
        locked,
        fragment,
        import_opened,
    } = page;
    let outcome = Memo::new(move |_| {
        let mut current = answers.get();
        current.council = council.get().and_then(|choice| choice.council_id());
        evaluate(&current, today)
    });
    let assessment = Memo::new(
        move |previous: Option<&Option<Assessment>>| match outcome.get() {
            Outcome::Assessed(a) => Some(*a),
            // Keep showing the last good result while a date is being corrected.
            Outcome::Problems(_) => previous.cloned().flatten(),
        },
    );
    let keeping = Keeping::start(today, council, answers, embed, locked);
    provide_context(keeping);
    // Needed once there is a result to keep, or a backup file to open.
    let keep = KeepChunk::start();
    Effect::new(move |_| {
        if import_opened.get() || (council.with(Option::is_some) && has_result(assessment)) {
            keep.need();
        }
    });
    let link_problem = RwSignal::new(None::<String>);
    // Only a new fragment opens a link: opening reads the answers, and an
    // effect tracking them would open the link again at every later edit.
    Effect::new(move |_| {
        let fragment = fragment.get();
        untrack(|| open_link(&fragment, keeping, link_problem, locked));
    });
    open_workings_when_printing();
    let problems = Memo::new(move |_| match outcome.get() {
        Outcome::Problems(list) => list,
        Outcome::Assessed(_) => Vec::new(),
    });
    let shown_problems = Memo::new(move |_| {
        let touched = touched.get();
        let all = submitted.get();
        problems
            .get()
            .into_iter()
            .filter(|p| all || touched.contains(&p.question))
            .collect::<Vec<_>>()
    });
    // The title names the step, so a screen reader user hears where they are.
    Effect::new(move |_| {
        let title = match (council.with(Option::is_some), submitted.get()) {
            (false, _) if link_problem.with(Option::is_some) => text::link_problem_title(),
            (false, _) => crate::text::en::ui_page::TITLE.to_string(),
            (true, true) if !problems.with(Vec::is_empty) => text::EVENTS_ERROR_TITLE.to_string(),
            (true, true) => text::RESULT_TITLE.to_string(),
            (true, false) => text::EVENTS_TITLE.to_string(),
        };
        document().set_title(&title);
    });
    Workspace {
        page,
        keeping,
        keep,
        link_problem,
        problems,
        shown_problems,
        assessment,
        above_form,
        in_form,
        below_form,
        import_box,
    }
}

/// Fills in the answers from a link made by "Get a link to these answers"
/// (they are in the address after `#`), asking first if that would replace
/// dates already typed. The answers are then taken out of the address, so a
/// reload or the back button does not bring them back.
fn open_link(fragment: &str, keeping: Keeping, problem: RwSignal<Option<String>>, locked: bool) {
    let locked_to = locked
        .then(|| keeping.council.get_untracked().and_then(|c| c.council_id()))
        .flatten();
    match crate::core::share::case_from_fragment(fragment) {
        Ok(None) => {}
        // A widget locked to one council never takes another from a link:
        // the link's answers would be counted with the wrong council's promises.
        Ok(Some(case)) if locked_to.is_some() && case.council != locked_to => {
            let name = |id: Option<&str>| {
                id.and_then(crate::core::councils::find)
                    .map(|c| c.name.as_str())
            };
            problem.set(Some(text::link_for_another_council(
                name(case.council.as_deref()),
                name(locked_to.as_deref()),
            )));
            forget_answers_in_address(fragment);
            focus_by_id("link-problem");
        }
        Ok(Some(case)) => {
            problem.set(None);
            keeping.open(None, case, text::ANSWERS_IN_YOUR_LINK.to_string());
            forget_answers_in_address(fragment);
        }
        Err(error) => {
            problem.set(Some(error.message));
            forget_answers_in_address(fragment);
            focus_by_id("link-problem");
        }
    }
}

/// Replaces the address's fragment with what is left of it once the case is
/// taken out (only `today=`, which tests and demonstrations use).
fn forget_answers_in_address(fragment: &str) {
    let kept: Vec<&str> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|pair| pair.starts_with("today="))
        .collect();
    let location = window().location();
    let address = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        if kept.is_empty() {
            String::new()
        } else {
            format!("#{}", kept.join("&"))
        }
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

impl Workspace {
    /// "Show where I stand": every problem is shown, and focus goes to the
    /// error summary or to the result.
    pub fn submit(&self) {
        self.page.submitted.set(true);
        if self.problems.get_untracked().is_empty() {
            focus_by_id("where-you-stand");
        } else {
            focus_by_id("error-summary");
        }
    }
}

fn above_form(ws: Workspace) -> AnyView {
    let submitted = ws.page.submitted;
    let shown = ws.shown_problems;
    let link_problem = ws.link_problem;
    view! {
        {move || link_problem.get().map(|message| view! {
            <div class="error-summary" id="link-problem" tabindex="-1" aria-labelledby="link-problem-title">
                <h2 id="link-problem-title">{text::LINK_PROBLEM_HEADING}</h2>
                <p>{text::link_problem(&message)}</p>
            </div>
        })}
        <SavedCases />
        <Show when=move || submitted.get() && !shown.get().is_empty()>
            <ErrorSummary problems=shown />
        </Show>
    }
    .into_any()
}

fn in_form(ws: Workspace) -> AnyView {
    view! {
        <Questions answers=ws.page.answers problems=ws.shown_problems touched=ws.page.touched />
        <button type="submit" class="button">{text::SHOW_WHERE_I_STAND}</button>
    }
    .into_any()
}

fn below_form(ws: Workspace) -> AnyView {
    let council = ws.page.council;
    let problems = ws.problems;
    let assessment = ws.assessment;
    view! {
        <Show when=move || council.get().is_some()>
            // A printed summary says which saved case it is.
            {move || {
                let keeping = ws.keeping;
                let id = keeping.shown_id()?;
                let label = keeping.store.with(|s| s.as_ref()?.get(&id).map(|c| c.label.clone()))?;
                Some(view! { <p class="print-only print-title" id="print-case-label">{text::printed_case_label(&label)}</p> })
            }}
            <CheckAnswers answers=ws.page.answers />
            <Results assessment=assessment has_problems=Signal::derive(move || !problems.get().is_empty()) />
            <Show when=move || has_result(assessment)>
                {ws.keep.show("keep-load-status", "keep-heading", move |parts| (parts.panel)(assessment))}
            </Show>
        </Show>
    }
    .into_any()
}

fn import_box(ws: Workspace) -> AnyView {
    ws.keep.show("import-load-status", "import-file", |parts| {
        (parts.import_box)()
    })
}

/// There is a result that "Keep and take away" can keep.
fn has_result(assessment: Memo<Option<Assessment>>) -> bool {
    assessment.with(|a| {
        a.as_ref()
            .is_some_and(|a| a.stage != crate::core::assessment::Stage::NotStarted)
    })
}

#[component]
fn ErrorSummary(problems: Memo<Vec<FieldError>>) -> impl IntoView {
    view! {
        <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{text::ERROR_SUMMARY_HEADING}</h2>
            <ul>
                {move || {
                    problems
                        .get()
                        .into_iter()
                        .map(|problem| {
                            let target = problem.input_id();
                            let href = format!("#{target}");
                            view! {
                                <li>
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_element_id(target.clone());
                                        }
                                    >
                                        {problem.message.clone()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
