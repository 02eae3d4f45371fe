//! The engine and what shows its answer: where the case stands (the
//! results, "Check your answers"), the saved cases, the answers from a link,
//! and the keeping state. It is a WebAssembly chunk of its own, fetched as
//! soon as the questions' chunk (`workspace.rs`) has come, so the questions
//! can be answered while it travels; until it comes, the results area says
//! "Loading…" (or "could not load" with "Try again"). Everything typed lives
//! in the first screen's signals, so nothing waits for this chunk or is lost
//! with it. The keeping components come later still (`keep/chunk.rs`).

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::keep::{ConfirmReplace, KeepChunk, KeepNotice, Keeping, LinkNote};
use super::questions::CheckAnswers;
use super::results::{LatestTimeout, Results};
use super::safety::open_workings_when_printing;
use super::workspace::Page;
use crate::core::assessment::{Assessment, Stage};
use crate::core::form::{
    a_date_emptied, answers_with_problems_as_kept, evaluate, kept_dates, kept_dates_changed,
    kept_without_emptied_dates, only_dates_to_enter, Answers, FieldError, Outcome,
};
use crate::text::en::ui_questions as text;
use crate::text::en::ui_results as results_text;

/// The loaded engine: its state, and its parts. The parts are plain
/// functions from this chunk, so the questions' chunk can place them
/// without containing their code.
#[derive(Clone, Copy)]
pub struct Engine {
    pub page: Page,
    pub keeping: Keeping,
    /// The keeping features' own chunk ("Keep and take away", "Open a backup file").
    pub keep: KeepChunk,
    /// Why the answers in the address's link could not be read, if they could not.
    /// Every problem with the answers, the engine's included.
    pub problems: Memo<Vec<FieldError>>,
    pub assessment: Memo<Option<Assessment>>,
    /// While a date needs fixing: what the result shown (if any) was counted with.
    pub needs_fixing: Memo<Option<String>>,
    /// The answers are complete but the councils' data is still on its way
    /// (or failed): saving them must not wait for it.
    pub waiting: Memo<bool>,
    /// The answers from a link and the saved cases, above the form.
    pub above_form: fn(Engine) -> AnyView,
    /// Check your answers, the results and "Keep and take away".
    pub below_form: fn(Engine) -> AnyView,
    /// The contents of "Open a backup file".
    pub import_box: fn(Engine) -> AnyView,
}

split_point! {
    engine,
    preload = preload_engine,
    /// Fetches the engine's chunk (once) and sets up its state under `owner`.
    /// Fails, without losing anything typed, if the chunk cannot be fetched.
    pub fn load_engine(page: Page, owner: Owner) -> Result<Engine, SplitLoaderError> {
        Ok(owner.with(|| start(page)))
    }
}

/// How long a result must stay on the page, while focus stays in the date
/// being typed, before it counts as meant.
const STOOD_FOR: std::time::Duration = std::time::Duration::from_millis(3000);

/// The result of the answers last meant, with those answers: what "your
/// last complete answers" means while a date is being corrected. A date
/// typed a digit at a time passes through others (31 December, on the way
/// from 19 December to 31 February), so a result counts once focus leaves a
/// date's boxes (`dates_left`), or once it has stood for `STOOD_FOR`, or
/// at once when it comes from emptying a date's three boxes.
/// Answers with no dates yet count as no result. When another case takes
/// the questions' place (`replaced`: opened, or cleared for a new one), the
/// earlier result goes at once, and the new case's first result (once the
/// councils' data is in) counts at once, unless its answers were changed
/// while that data was on its way.
fn settled_result(
    outcome: Memo<Outcome>,
    answers: RwSignal<Answers>,
    replaced: RwSignal<u32>,
    dates_left: RwSignal<(u32, Answers)>,
) -> RwSignal<Option<(Assessment, Answers)>> {
    let settled = RwSignal::new(None);
    let waiting = LatestTimeout::new();
    type Seen = (u32, u32, Option<Answers>);
    Effect::new(move |before: Option<Seen>| {
        let (seen_replaced, seen_left, mut opened) = before.unwrap_or((0, 0, None));
        let times_replaced = replaced.get();
        let (times_left, left_with) = dates_left.get();
        waiting.cancel();
        if times_replaced != seen_replaced {
            settled.set(None);
            opened = Some(answers.get_untracked());
        }
        let at_once = times_left != seen_left && left_with == answers.get_untracked();
        outcome.with(|o| match o {
            Outcome::Waiting(_) => {}
            Outcome::Problems(_) => opened = None,
            Outcome::Assessed(a) => {
                let now = answers.get_untracked();
                let result = (a.stage != Stage::NotStarted).then(|| ((**a).clone(), now.clone()));
                let emptied = settled.with_untracked(|kept| {
                    kept.as_ref()
                        .is_some_and(|(_, kept)| a_date_emptied(kept, &now))
                });
                if opened.take().is_some_and(|opened| opened == now) || at_once || emptied {
                    settled.set(result);
                } else {
                    waiting.start(
                        move || {
                            settled.try_set(result);
                        },
                        STOOD_FOR,
                    );
                }
            }
        });
        (times_replaced, times_left, opened)
    });
    settled
}

fn start(page: Page) -> Engine {
    let Page {
        today,
        council,
        answers,
        embed,
        locked,
        fragment,
        import_opened,
        council_files,
        ..
    } = page;
    // Only this chunk reads the councils file; if it came first, it is read now.
    council_files.read_with(
        |part, text| match part {
            Some(council) => crate::core::councils::hold_part(council, text),
            None => crate::core::councils::hold(text),
        },
        crate::core::councils::hold_wording,
    );
    provide_context(council_files);
    let outcome = Memo::new(move |_| {
        // A council's file arriving can change the answer.
        council_files.track();
        let mut current = answers.get();
        current.council = council.get().and_then(|choice| choice.council_id());
        evaluate(&current, today)
    });
    let keeping = Keeping::start(today, council, answers, page.submitted, embed, locked);
    provide_context(keeping);
    let settled = settled_result(outcome, answers, keeping.replaced, page.dates_left);
    // A case opened, or a new one started, replaces every answer: none is
    // being changed any more, so every error it has may show.
    let editing = page.editing;
    Effect::new(move |ran: Option<()>| {
        keeping.replaced.track();
        if ran.is_some() {
            editing.set(Vec::new());
        }
    });
    // While a date is being fixed: every other answer as it is now, with
    // that date as it was behind the last result that stood (or left out),
    // so answers typed since are counted too (found in a walkthrough: a
    // "yes" left without its date froze the result while a reply was
    // entered below it).
    let others_counted = Memo::new(move |_| {
        // A council's file arriving can change the answer, as for `outcome`.
        council_files.track();
        let Outcome::Problems(problems) = outcome.get() else {
            return None;
        };
        // With no result yet (a link whose reply date is not real), the
        // others are counted without that date, if they make a result.
        let mut current = answers.get();
        let kept = settled.with(|kept| {
            kept.as_ref()
                .map(|(_, kept)| kept_without_emptied_dates(kept, &current))
        });
        let from_nothing = kept.is_none();
        current.council = council.get().and_then(|choice| choice.council_id());
        match evaluate(
            &answers_with_problems_as_kept(&current, &kept.unwrap_or_default(), &problems),
            today,
        ) {
            Outcome::Assessed(a) if from_nothing && a.stage == Stage::NotStarted => None,
            Outcome::Assessed(a) => Some(*a),
            Outcome::Problems(_) | Outcome::Waiting(_) => None,
        }
    });
    let assessment = Memo::new(move |_| match outcome.get() {
        Outcome::Assessed(a) => Some(*a),
        Outcome::Problems(_) if others_counted.with(Option::is_some) => others_counted.get(),
        // While a date is being corrected, the last result that stood for a
        // moment (not a date passed through on the way, such as 31 December
        // typed between 19 December and 31 February), and never one counted
        // for another council.
        Outcome::Problems(_) => {
            let now = council.with(|c| c.as_ref().and_then(|c| c.council_id()));
            let now = now
                .as_deref()
                .and_then(crate::core::councils::find)
                .map(|c| c.id.clone());
            settled
                .get()
                .map(|(last, _)| last)
                .filter(|last| last.council.id == now)
        }
        // Never another council's result, or the law's dates alone.
        Outcome::Waiting(_) => None,
    });
    let waiting = Memo::new(move |_| outcome.with(|o| matches!(o, Outcome::Waiting(_))));
    // Needed once there is a result to keep, or a backup file to open, and
    // at once to read what is saved here.
    let keep = KeepChunk::start(keeping, page.has_saved_data);
    Effect::new(move |_| {
        let keepable = has_result(assessment) || waiting.get();
        if import_opened.get() || (council.with(Option::is_some) && keepable) {
            keep.need();
        }
    });
    // A note about a link ends once the family chooses another council.
    Effect::new(move |_| {
        council.track();
        let ended = keeping.link_note.with_untracked(|note| {
            note.as_ref()
                .is_some_and(|note| note.shown_with() != council.get_untracked())
        });
        if ended {
            keeping.link_note.set(None);
        }
    });
    // Only a new fragment opens a link: opening reads the answers, and an
    // effect tracking them would open the link again at every later edit.
    Effect::new(move |_| {
        let fragment = fragment.get();
        untrack(|| open_link(&fragment, keeping));
    });
    open_workings_when_printing();
    let problems = Memo::new(move |_| match outcome.get() {
        Outcome::Problems(list) => list,
        Outcome::Assessed(_) | Outcome::Waiting(_) => Vec::new(),
    });
    // A link's note that asks the family to correct answers goes once they
    // have (what it says of the council stays): found in a walkthrough, it
    // still said "Correct the answer named here" after the family had.
    // The answers' checks come first in `evaluate`, so `problems` holds
    // them whether or not the council's procedure has come.
    Effect::new(move |_| {
        let corrected = keeping.link_note.with(|note| {
            note.as_ref().is_some_and(|note| {
                answers.with(|now| problems.with(|problems| note.corrected(now, problems)))
            })
        });
        if corrected {
            keeping
                .link_note
                .update(|note| *note = note.take().and_then(LinkNote::after_corrected));
        }
    });
    let needs_fixing = Memo::new(move |_| {
        let problems = problems.get();
        if problems.is_empty() {
            return None;
        }
        let shown = assessment.with(Option::is_some);
        // With no result kept, only once the date has been left or the
        // answers sent, as the date's own error: not at the first digit.
        let told = page.submitted.get()
            || page
                .touched
                .with(|left| problems.iter().any(|p| left.contains(&p.question)));
        let others = others_counted.with(Option::is_some);
        // A "yes" whose date is still to come, counted as not happened: the
        // result's advice can contradict it, so the note says so (found in
        // a walkthrough: "ask for stage 2, explain why it is late" to a
        // family that had asked).
        let to_enter = answers.with(|now| only_dates_to_enter(now, &problems));
        // What the others were counted with: the kept answers, less any
        // date emptied since (as `others_counted` counts them).
        let kept_for_others = settled.with(|kept| {
            kept.as_ref().map_or_else(Answers::default, |(_, kept)| {
                answers.with(|now| kept_without_emptied_dates(kept, now))
            })
        });
        let counted_without = kept_dates(&kept_for_others, &problems)
            .iter()
            .all(|(_, date)| date.is_none());
        if shown && others && !to_enter.is_empty() && counted_without {
            let questions: Vec<&str> = to_enter.iter().map(|q| q.question).collect();
            return Some(results_text::dates_to_enter(&questions));
        }
        settled.with(|kept| match kept.as_ref().filter(|_| shown) {
            Some(_) if others => Some(results_text::needs_fixing_others_counted(&kept_dates(
                &kept_for_others,
                &problems,
            ))),
            Some((_, kept)) => Some(results_text::needs_fixing_kept(
                &answers.with(|now| kept_dates_changed(kept, now, &problems)),
            )),
            None if others && shown => Some(results_text::needs_fixing_others_counted(
                &kept_dates(&Answers::default(), &problems),
            )),
            None => told.then(|| results_text::NEEDS_FIXING_NO_RESULT.to_string()),
        })
    });
    Engine {
        page,
        keeping,
        keep,
        problems,
        assessment,
        needs_fixing,
        waiting,
        above_form,
        below_form,
        import_box,
    }
}

/// Fills in the answers from a link made by "Get a link to these answers"
/// (they are in the address after `#`), asking first if that would replace
/// dates already typed. The answers are then taken out of the address, so a
/// reload or the back button does not bring them back.
fn open_link(fragment: &str, keeping: Keeping) {
    let Some(read) = crate::core::share::link_answers(fragment) else {
        return;
    };
    forget_answers_in_address(fragment);
    let mut read = read;
    // A link that names no council (made with "I don't know my council", or
    // its council unreadable) is counted with a locked widget's own council:
    // the family is here for that council, and nothing of theirs is refused.
    let mut locked_council_unread = None;
    if read.case.council.is_none() {
        if let Some((id, name)) = keeping.locked_council() {
            read.case.council = Some(id);
            // A council named but not read is said; none named is silent.
            let named = read.names_a_council;
            locked_council_unread = read.council_problem.take().filter(|_| named).map(|_| name);
        }
    }
    // A widget locked to one council never takes another from a link:
    // the link's answers would be counted with the wrong council's promises.
    if let Some((theirs, ours)) = keeping.locked_elsewhere(&read.case) {
        keeping.tell_about_link(LinkNote::new(
            text::LINK_PROBLEM_HEADING,
            text::link_problem(&text::link_for_another_council(theirs, ours)),
        ));
        return;
    }
    // What could not be read is left out and named; the rest is filled in.
    let named: Vec<String> = read.left_out.iter().map(|e| e.field.clone()).collect();
    let left_out: Vec<String> = read.left_out.into_iter().map(|e| e.message).collect();
    let council_problem = read.council_problem.map(|p| p.message);
    // The note on the council alone (also what stays of a longer note once
    // the answers it names are put right).
    let council_note = |problem: Option<&str>, here: Option<&'static str>| match (problem, here) {
        (_, Some(here)) => Some(LinkNote::new(
            text::LINK_COUNCIL_LOCKED_HEADING,
            text::link_council_unread_locked_filled(here),
        )),
        (Some(problem), None) => Some(LinkNote::new(
            text::LINK_COUNCIL_HEADING,
            text::link_council_not_taken(problem),
        )),
        (None, None) => None,
    };
    let note = match (council_problem, locked_council_unread, left_out.is_empty()) {
        (problem, here, true) => council_note(problem.as_deref(), here),
        (problem, here, false) => {
            let then = council_note(problem.as_deref(), here).map(Box::new);
            let council = match (problem, here) {
                (_, Some(here)) => Some(text::link_council_unread_locked(here)),
                (Some(problem), None) => Some(text::link_council_until_chosen(&problem)),
                (None, None) => None,
            };
            let mut note = LinkNote::new(
                text::LINK_PARTLY_READ_HEADING,
                text::link_partly_read(&left_out, council.as_deref()),
            );
            note.named = named;
            note.then = then;
            // Dates that are not real go in their boxes, for the form to
            // name: "yes, the council replied" is never lost with its date.
            note.fill = read
                .unread_dates
                .iter()
                .filter_map(|(event, written)| {
                    let question = crate::core::form::question_by_id(event.field())?;
                    Some((
                        question.id,
                        crate::core::form::answer_from_unread_date(question, written),
                    ))
                })
                .collect();
            Some(note)
        }
    };
    keeping.open_from_link(read.case, text::ANSWERS_IN_YOUR_LINK.to_string(), note);
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

fn above_form(engine: Engine) -> AnyView {
    let link_note = engine.keeping.link_note;
    let keep = engine.keep;
    // With something saved here, the page waits for the keeping chunk to
    // read it (and says so if it cannot load).
    let kept_aside = if engine.page.has_saved_data {
        keep.show_saying(
            (
                crate::text::en::ui_keep::SAVED_CASES_NOT_LOADED,
                crate::text::en::ui_page::TRY_AGAIN_SAVED_CASES,
            ),
            "saved-load-status",
            "saved-heading",
            |parts| (parts.kept_aside)(),
        )
    } else {
        (move || keep.ready().map(|parts| (parts.kept_aside)())).into_any()
    };
    view! {
        {move || link_note.get().map(|problem| view! {
            <div class="error-summary" id="link-problem" tabindex="-1" aria-labelledby="link-problem-title">
                <h2 id="link-problem-title">{problem.heading}</h2>
                <p>{problem.said}</p>
            </div>
        })}
        {kept_aside}
        <KeepNotice />
        {move || keep.ready().map(|parts| (parts.saved_cases)())}
        <ConfirmReplace />
    }
    .into_any()
}

fn below_form(engine: Engine) -> AnyView {
    let council = engine.page.council;
    let assessment = engine.assessment;
    view! {
        // A printed summary says which saved case it is.
        {move || {
            let keeping = engine.keeping;
            let id = keeping.shown_id()?;
            let label = keeping.store.with(|s| s.as_ref()?.get(&id).map(|c| c.label.clone()))?;
            Some(view! { <p class="print-only print-title" id="print-case-label">{text::printed_case_label(&label)}</p> })
        }}
        <CheckAnswers answers=engine.page.answers flagged=Signal::derive(move || {
            engine.page.shown(engine.problems.get()).into_iter().map(|p| p.question).collect()
        }) />
        <Results assessment=assessment needs_fixing=engine.needs_fixing>
            {engine.page.council_files.status("council-file-status", "where-you-stand", move || {
                council.get().and_then(|c| c.council_id()).into_iter().collect()
            })}
            {move || {
                has_result(assessment).then_some(())?;
                use crate::core::assessment::DeadlineId;
                let owed = assessment.with(|a| a.as_ref().is_some_and(|a| {
                    a.deadlines.iter().any(|d| {
                        matches!(d.id, DeadlineId::Acknowledgement | DeadlineId::Stage2Acknowledgement)
                    })
                }));
                let steps = engine
                    .page
                    .answers
                    .with(|answers| crate::core::form::unanswered_steps(answers, owed));
                let first = steps.first()?;
                let questions: Vec<&str> = steps.iter().map(|q| q.question).collect();
                let [before, link, after] = results_text::counted_as_not_yet(&questions);
                let target = format!("{}-yes", first.id);
                Some(view! {
                    <p class="inset" id="counted-as-not-yet">{before}
                        <a href=format!("#{target}") on:click=move |ev| {
                            ev.prevent_default();
                            crate::ui::focus_element_id(target.clone());
                        }>{link}</a>{after}</p>
                })
            }}
        </Results>
        // Beside the council's box, at the result's end.
        {engine.page.council_files.wording_status(move || {
            if assessment.with(Option::is_none) {
                return Vec::new();
            }
            council.get().and_then(|c| c.council_id()).into_iter().collect()
        })}
        // Also while the councils' data is on its way or failed: saving,
        // a backup file or a link need no dates, and keep the answers.
        <Show when=move || has_result(assessment) || engine.waiting.get()>
            {engine.keep.show("keep-load-status", "keep-heading", crate::text::en::ui_page::TRY_AGAIN_KEEP, move |parts| (parts.panel)(assessment))}
        </Show>
    }
    .into_any()
}

fn import_box(engine: Engine) -> AnyView {
    engine.keep.show(
        "import-load-status",
        "import-file",
        crate::text::en::ui_page::TRY_AGAIN_BACKUP_FILE,
        |parts| (parts.import_box)(),
    )
}

/// There is a result that "Keep and take away" can keep.
fn has_result(assessment: Memo<Option<Assessment>>) -> bool {
    assessment.with(|a| {
        a.as_ref()
            .is_some_and(|a| a.stage != crate::core::assessment::Stage::NotStarted)
    })
}
