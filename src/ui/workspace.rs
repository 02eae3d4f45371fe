//! The questions: what a family answers after choosing a council, with the
//! error summary and "Show where I stand". It is compiled into its own
//! WebAssembly chunk (see scripts/split_wasm.py), which the page fetches from
//! this same site the first time it is needed: when the user starts on the
//! council question, picks a council, opens a backup file or a link to
//! answers, or already has saved cases. The engine and what shows its answer
//! (the results, "Check your answers", the saved cases, the answers from a
//! link) come in a second chunk (`engine.rs`), fetched as soon as this one
//! has come, so the questions can be answered while it travels. The chunks
//! hold no data of the user's; fetching them reveals nothing typed.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::council_files::CouncilFiles;
use super::council_picker::CouncilChoice;
use super::engine::{load_engine, Engine};
use super::focus_by_id;
use super::later::Later;
use super::questions::Questions;
use super::results::WrittenHtml;
use crate::core::form::{build_case, Answers, FieldError};
use crate::core::question_html::error_summary_html;
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
    /// The questions changed since they were last left: their errors wait
    /// until they are left, or "Show where I stand" is pressed, so nothing
    /// says "must include a month" while the month is being reached.
    pub editing: RwSignal<Vec<&'static str>>,
    /// Counts each time focus leaves a date's three boxes, with the answers
    /// at that moment: what was typed is meant (the engine's "last complete
    /// answers").
    pub dates_left: RwSignal<(u32, Answers)>,
    pub submitted: RwSignal<bool>,
    /// The address's fragment (after `#`), read on arrival and on every
    /// change, since a link to answers may arrive before the chunk does.
    pub fragment: RwSignal<String>,
    /// "Open a backup file" has been opened (its contents come with the keeping chunk).
    pub import_opened: RwSignal<bool>,
    /// This browser held saved cases when the page opened.
    pub has_saved_data: bool,
    /// Each council's published procedures and contacts, fetched when needed.
    pub council_files: CouncilFiles,
}

impl Page {
    /// The problems the page shows now: for dates left (or all, once "Show
    /// where I stand" is pressed), not for the ones being typed in (tracked).
    pub fn shown(self, problems: Vec<FieldError>) -> Vec<FieldError> {
        let touched = self.touched.get();
        let editing = self.editing.get();
        let all = self.submitted.get();
        problems
            .into_iter()
            .filter(|p| (all || touched.contains(&p.question)) && !editing.contains(&p.question))
            .collect()
    }
}

/// The loaded workspace: its state, and its parts in page order. The parts are
/// plain functions from the chunk, so the first screen can place them without
/// containing their code.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub page: Page,
    /// The engine and results chunk, fetched once this one has come.
    pub engine: Later<Engine>,
    /// Where the engine's chunk is set up (the page's owner).
    owner: StoredValue<Owner>,
    /// "Show where I stand" was pressed before the result could be shown.
    submit_waiting: StoredValue<bool>,
    /// Every problem with the answers: the dates' own until the engine has
    /// come, then the engine's too.
    pub problems: Memo<Vec<FieldError>>,
    pub shown_problems: Memo<Vec<FieldError>>,
    /// The answers from a link, saved cases and the error summary, above the form.
    pub above_form: fn(Workspace) -> AnyView,
    /// The questions and "Show where I stand", inside the form after the council.
    pub in_form: fn(Workspace) -> AnyView,
    /// Check your answers, the results and "Keep and take away".
    pub below_form: fn(Workspace) -> AnyView,
    /// The contents of "Open a backup file".
    pub import_box: fn(Workspace) -> AnyView,
    /// The text of the page's status message (saved, deleted, opened…).
    pub notice: fn(Workspace) -> AnyView,
    /// "Show where I stand" (a plain function from the chunk, like the parts).
    pub submit: fn(Workspace),
}

split_point! {
    workspace,
    /// Fetches the workspace chunk (once) and sets up its state under `owner`.
    /// Fails, without losing anything typed, if the chunk cannot be fetched.
    pub fn load_workspace(page: Page, owner: Owner) -> Result<Workspace, SplitLoaderError> {
        Ok(owner.clone().with(|| start(page, owner)))
    }
}

fn start(page: Page, owner: Owner) -> Workspace {
    let Page {
        today,
        council,
        answers,
        submitted,
        import_opened,
        ..
    } = page;
    let engine = Later::<Engine>::new();
    // Until the engine comes, the dates' own problems (it finds the rest).
    let form_problems = Memo::new(move |_| {
        answers.with(|answers| build_case(answers, today).err().unwrap_or_default())
    });
    let problems = Memo::new(move |_| {
        let mut problems = match engine.ready() {
            Some(engine) => engine.problems.get(),
            None => form_problems.get(),
        };
        if problems.is_empty() && submitted.get() {
            problems.extend(answers.with(crate::core::form::first_date_missing));
        }
        problems
    });
    let shown_problems = Memo::new(move |_| page.shown(problems.get()));
    let ws = Workspace {
        page,
        engine,
        owner: StoredValue::new(owner),
        submit_waiting: StoredValue::new(false),
        problems,
        shown_problems,
        above_form,
        in_form,
        below_form,
        import_box,
        notice,
        submit: |ws| ws.submit(),
    };
    // The chosen council's file travels while the engine's chunk does; so
    // does the council of a link to answers, which the engine opens later.
    Effect::new(move |_| {
        if let Some(id) = council.with(|c| c.as_ref().and_then(CouncilChoice::council_id)) {
            page.council_files.need(&id);
        }
    });
    Effect::new(move |_| {
        let in_link = page.fragment.with(|f| council_in_link(f));
        if let Some(council) = in_link.as_deref().and_then(crate::core::councils::find) {
            page.council_files.need(&council.id);
        }
    });
    // Fetched at once, and shown (or said to be missing) where it is needed:
    // a council chosen, saved cases or a link to open, a backup file to open.
    ws.engine
        .fetch(false, move || load_engine(page, ws.owner.get_value()));
    Effect::new(move |_| {
        if council.with(Option::is_some) || import_opened.get() || waits_above(ws) {
            ws.need_engine();
        }
    });
    // "Show where I stand" before the engine came: focus moves on once it has.
    Effect::new(move |_| {
        if ws.engine.ready().is_some() && ws.submit_waiting.get_value() {
            ws.submit_waiting.set_value(false);
            ws.focus_after_submit();
        }
    });
    // The title names the step, so a screen reader user hears where they are.
    Effect::new(move |_| {
        let link_problem = engine
            .ready()
            .is_some_and(|engine| engine.keeping.link_note.with(Option::is_some));
        let has_errors = problems.with(|problems| !problems.is_empty());
        let title = match (council.with(Option::is_some), submitted.get()) {
            (false, _) if link_problem => text::link_problem_title(),
            (false, _) => crate::text::en::ui_page::TITLE.to_string(),
            // A link that was partly read also says so above the questions.
            (true, true) if has_errors => text::EVENTS_ERROR_TITLE.to_string(),
            (true, false) if link_problem => text::EVENTS_ERROR_TITLE.to_string(),
            (true, true) => text::RESULT_TITLE.to_string(),
            (true, false) => text::EVENTS_TITLE.to_string(),
        };
        document().set_title(&title);
    });
    ws
}

/// The `council=` of a link to answers (`#council=kent&…`), if it has one.
fn council_in_link(fragment: &str) -> Option<String> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("council="))
        .filter(|id| !id.is_empty())
        .map(str::to_string)
}

/// Before a council is chosen, something above the form waits for the
/// engine's chunk: the saved cases, or the answers in a link.
fn waits_above(ws: Workspace) -> bool {
    ws.page.council.with(Option::is_none)
        && (ws
            .page
            .fragment
            .with(|f| crate::core::share::holds_answers(f))
            || ws.page.has_saved_data)
}

impl Workspace {
    /// "Show where I stand": every problem is shown, and focus goes to the
    /// error summary or to the result (once the result can be shown).
    fn submit(&self) {
        // Every error is shown now, those of an answer being changed too.
        self.page.editing.set(Vec::new());
        self.page.submitted.set(true);
        if self.problems.get_untracked().is_empty() && self.engine.ready_untracked().is_none() {
            // The result is on its way: focus goes to the line that says so,
            // then on to the result (or the error summary) when it comes.
            self.submit_waiting.set_value(true);
            self.need_engine();
            focus_by_id("results-load-status");
        } else {
            self.focus_after_submit();
        }
    }

    fn focus_after_submit(&self) {
        if self.problems.get_untracked().is_empty() {
            focus_by_id("where-you-stand");
        } else {
            focus_by_id("error-summary");
        }
    }

    /// The page waits for the engine's chunk: fetches it if it is not here
    /// yet, and says so if it cannot.
    fn need_engine(&self) {
        let (page, owner) = (self.page, self.owner);
        self.engine
            .fetch(true, move || load_engine(page, owner.get_value()));
    }

    /// The engine's part `render` once it has come; until then "Loading…"
    /// (`status_id`), or "could not load" with "Try again" (focus then goes
    /// to `focus`).
    fn engine_part(
        self,
        status_id: &'static str,
        focus: &'static str,
        what: &'static str,
        render: fn(Engine) -> AnyView,
    ) -> AnyView {
        self.engine.show(
            status_id,
            focus,
            (text::RESULTS_NOT_LOADED, what),
            move || self.need_engine(),
            render,
        )
    }
}

fn above_form(ws: Workspace) -> AnyView {
    let submitted = ws.page.submitted;
    let shown = ws.shown_problems;
    // Once shown, the engine's part stays: it holds what the saved cases are doing.
    let engine_shown = Memo::new(move |_| ws.engine.ready().is_some() || waits_above(ws));
    view! {
        {move || engine_shown.get().then(|| {
            ws.engine_part("saved-load-status", "main", crate::text::en::ui_page::TRY_AGAIN_SAVED_CASES, |engine| (engine.above_form)(engine))
        })}
        <ErrorSummary problems=shown submitted=submitted />
    }
    .into_any()
}

fn in_form(ws: Workspace) -> AnyView {
    view! {
        <Questions answers=ws.page.answers problems=ws.shown_problems touched=ws.page.touched editing=ws.page.editing dates_left=ws.page.dates_left />
        <button type="submit" class="button">{text::SHOW_WHERE_I_STAND}</button>
    }
    .into_any()
}

fn below_form(ws: Workspace) -> AnyView {
    let council = ws.page.council;
    view! {
        <Show when=move || council.get().is_some()>
            {ws.engine_part("results-load-status", "where-you-stand", crate::text::en::ui_page::TRY_AGAIN_RESULTS, |engine| (engine.below_form)(engine))}
        </Show>
    }
    .into_any()
}

fn import_box(ws: Workspace) -> AnyView {
    ws.engine_part(
        "import-load-status",
        "import-heading",
        crate::text::en::ui_page::TRY_AGAIN_BACKUP_FILE,
        |engine| (engine.import_box)(engine),
    )
}

fn notice(ws: Workspace) -> AnyView {
    (move || ws.engine.ready().map(|engine| engine.keeping.notice.get())).into_any()
}

/// "There is a problem", once "Show where I stand" has been pressed and
/// while there is one (see `core::question_html`).
#[component]
fn ErrorSummary(problems: Memo<Vec<FieldError>>, submitted: RwSignal<bool>) -> impl IntoView {
    let shown = Memo::new(move |_| match submitted.get() {
        true => problems.with(|problems| error_summary_html(problems)),
        false => String::new(),
    });
    view! { <WrittenHtml html=shown /> }
}
