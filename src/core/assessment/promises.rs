//! What a council's own page promises, set against the law.
//!
//! The law's deadlines always stay. A council step adds something only where
//! it differs: a promise the law does not make (an acknowledgement, choosing
//! the panel) or a different time or start for the same step. Those appear as
//! separate deadlines with basis `council_promise`, so a weaker promise never
//! replaces the law's date. Where the council's page words the same time
//! differently, its difference is added to the law's deadline as a note.

use chrono::NaiveDate;

use super::counting::{build_deadline, DeadlineSpec};
use super::deadlines::{adr_start_note, started_by_declining_adr, usual_time_passed, Timing};
use super::law::{self, LawRule};
use super::{Basis, Deadline, DeadlineId, DeadlineStatus, Party, Reply, Source, TimeUnit};
use crate::core::case::{CaseError, Event, Events};
use crate::core::councils::{Council, Duration, Procedure, Step, Unit};
use crate::text::en::promises as words;

/// Adds the council's promises to the law's `deadlines` and notes where the
/// council words a deadline differently; keeps the deadlines in order.
pub(super) fn add_council_promises(
    deadlines: &mut Vec<Deadline>,
    council: &Council,
    procedure: &Procedure,
    events: &Events,
    today: NaiveDate,
) -> Result<(), CaseError> {
    let page = Page { council, procedure };
    for step in &procedure.steps {
        // The data checks refuse unknown step ids and events.
        let (Some(id), Some(start)) = (
            DeadlineId::parse(&step.id),
            Event::from_field(&step.clock_starts),
        ) else {
            continue;
        };
        match law_rules_for(id, start) {
            Some((usual, longest)) => {
                compare_step(deadlines, &page, step, start, usual, longest, events, today)?
            }
            None => {
                if let Some(promise) = extra_promise(&page, step, id, start, events, today)? {
                    deadlines.push(promise);
                }
            }
        }
    }
    if let Some(window) = procedure.complaint_window {
        let rule = law::COMPLAINT_TIME_LIMIT;
        if !same_time(window, &rule) {
            if let (Some(start), Some(id)) = (rule.start.date(events), rule.id.council_version()) {
                let awaited = Awaited::like(&rule, council, events);
                deadlines.push(build_deadline(
                    page.promise(id, awaited, window, None),
                    start,
                    today,
                )?);
            }
        }
    }
    // The law's deadline, then the council's version of it.
    crate::core::order::sort_by_key(deadlines, |d| d.id);
    Ok(())
}

/// The council's page, for citations and notes.
struct Page<'a> {
    council: &'a Council,
    procedure: &'a Procedure,
}

impl Page<'_> {
    fn source(&self) -> Source {
        Source {
            citation: words::page_citation(
                &self.council.name,
                self.procedure.checked,
                !self.procedure.page_url_works,
            ),
            url: Some(self.procedure.link().to_string()),
        }
    }

    /// The differences the page lists for a step, as sentences.
    fn differences(&self, step_id: &str) -> Vec<String> {
        self.procedure
            .differences_for(step_id)
            .map(|d| words::page_says(&self.council.name, &d.council_says, &d.explanation))
            .collect()
    }

    /// A deadline from the council's page: its own time for a step, with the
    /// step's description and differences as the note.
    fn promise(
        &self,
        id: DeadlineId,
        awaited: Awaited,
        time: Duration,
        step: Option<&Step>,
    ) -> DeadlineSpec {
        let mut note: Vec<&str> = Vec::new();
        if let Some(step) = step.filter(|step| !step.description.is_empty()) {
            note.push(&step.description);
            note.extend(
                self.procedure
                    .differences_for(&step.id)
                    .map(|d| d.explanation.as_str()),
            );
        }
        let ending = words::own_promise(&self.council.short_name, awaited.law_sets_a_time);
        // Some descriptions already say the law sets no time; say it once.
        if !note
            .iter()
            .any(|sentence| sentence.contains(words::LAW_SETS_NO_TIME))
            || awaited.law_sets_a_time
        {
            note.push(&ending);
        }
        DeadlineSpec {
            id,
            title: awaited.title,
            owed_by: awaited.owed_by,
            basis: Basis::CouncilPromise,
            start: awaited.start,
            amount: time.amount,
            unit: time_unit(time.unit),
            done_on: awaited.done_on,
            source: self.source(),
            note: Some(note.join(" ")),
            guidance: false,
            basis_label: words::COUNCIL_PROMISE_LABEL.to_string(),
            // Councils' pages give a time from an event, not "beginning with" it.
            begins_with_start_day: false,
            other_reading: false,
        }
    }
}

/// What a council promise is about.
struct Awaited {
    title: String,
    owed_by: Party,
    start: Event,
    done_on: Option<NaiveDate>,
    law_sets_a_time: bool,
}

impl Awaited {
    /// The council's version of one of the law's deadlines.
    fn like(rule: &LawRule, council: &Council, events: &Events) -> Self {
        Awaited {
            title: words::promise_title(rule.title, &council.short_name),
            owed_by: rule.owed_by,
            start: rule.start,
            done_on: rule.done_by.and_then(|event| event.date(events)),
            law_sets_a_time: true,
        }
    }
}

/// The law's usual and longest rules for a council step, if the law has one.
fn law_rules_for(id: DeadlineId, start: Event) -> Option<(LawRule, Option<LawRule>)> {
    let law_id = match id.from_statement() {
        Some(other_reading) if start == Event::Stage2StatementAgreed => other_reading,
        _ => id,
    };
    let usual = law::rule(law_id)?;
    Some((usual, law_id.extended().and_then(law::rule)))
}

/// A step the law also times: separate deadlines where the council's time
/// differs; where it agrees, the page's wording goes on the law's deadline.
#[allow(clippy::too_many_arguments)]
fn compare_step(
    deadlines: &mut Vec<Deadline>,
    page: &Page,
    step: &Step,
    start: Event,
    usual: LawRule,
    longest: Option<LawRule>,
    events: &Events,
    today: NaiveDate,
) -> Result<(), CaseError> {
    let usual_agrees = same_time(step.time, &usual);
    let longest_agrees = match (step.extension, &longest) {
        (Some(extension), Some(longest)) => same_time(extension, longest),
        _ => false,
    };
    // The law's rule matched on a different clock (North Somerset's stage 2
    // counted from the agreed statement): say that this is the council's way,
    // but only for the longest time. The one page that counts this way ties
    // only its maximum to the agreed statement; it does not say where its
    // usual time starts, so that date is not attributed to it.
    if usual.id.as_str() != step.id {
        let counts = words::counts_longest_this_way(&page.council.name);
        if let Some(longest) = longest.filter(|_| longest_agrees) {
            add_note(deadlines, longest.id, &counts);
        }
    }
    // The next stage began when ADR was declined, with no request entered:
    // the request is not dated (as for the law's version).
    let request_for = usual
        .done_by
        .filter(|event| matches!(event, Event::Stage2Requested | Event::Stage3Requested));
    if request_for.is_some_and(|request| started_by_declining_adr(events, request)) {
        return Ok(());
    }
    let differences = page.differences(&step.id);
    let Some((start_event, start_date)) = events.start_of(start) else {
        // Not dated yet: the page's wording goes on the law's own deadline.
        if let Some(id) = DeadlineId::parse(&step.id) {
            add_notes(deadlines, id, &differences);
        }
        return Ok(());
    };

    let extended = match usual.id.reply() {
        Some(Reply::Stage1) => events.stage1_extended,
        Some(Reply::Stage2) => events.stage2_extended,
        Some(Reply::Final) | None => false,
    };
    // Once the council said it needs more time, the usual time (the law's
    // and the council's own) is replaced: it is not shown.
    let usual_timing = if extended {
        None
    } else if usual_agrees {
        deadlines.iter().find(|d| d.id == usual.id).map(Timing::of)
    } else if let Some(id) = usual.id.council_version() {
        let awaited = Awaited::like(&usual, page.council, events);
        let spec = from_start(
            page.promise(id, awaited, step.time, Some(step)),
            start_event,
        );
        let promise = build_deadline(spec, start_date, today)?;
        let timing = Timing::of(&promise);
        deadlines.push(promise);
        Some(timing)
    } else {
        None
    };
    let extension_shown =
        extended || usual_timing.is_some_and(|timing| usual_time_passed(&timing, today));
    if let (Some(extension), Some(longest), true) = (step.extension, longest, extension_shown) {
        if let (false, Some(id)) = (longest_agrees, longest.id.council_version()) {
            let mut awaited = Awaited::like(&longest, page.council, events);
            awaited.title = if extended {
                words::promise_title(
                    law::with_more_time(&longest).title,
                    &page.council.short_name,
                )
            } else {
                words::if_more_time_title(usual.title, &page.council.short_name)
            };
            let why = words::longer_time(extended);
            let mut spec = page.promise(id, awaited, extension, Some(step));
            spec.note = Some(format!("{why} {}", spec.note.unwrap_or_default()));
            let spec = from_start(spec, start_event);
            deadlines.push(build_deadline(spec, start_date, today)?);
        }
    }

    // Separate council deadlines carry the differences in their own notes.
    if usual_agrees {
        let target = match longest {
            Some(rule) if extended || (longest_agrees && extension_shown) => rule.id,
            _ => usual.id,
        };
        add_notes(deadlines, target, &differences);
    }
    Ok(())
}

/// Counts `spec` from `start` when that stands in for its usual start
/// (declining ADR instead of asking for the next stage), saying why.
fn from_start(mut spec: DeadlineSpec, start: Event) -> DeadlineSpec {
    if start != spec.start {
        spec.start = start;
        spec.note = Some(match spec.note {
            Some(note) => format!("{} {note}", adr_start_note(start)),
            None => adr_start_note(start).to_string(),
        });
    }
    spec
}

fn add_notes(deadlines: &mut [Deadline], id: DeadlineId, notes: &[String]) {
    for note in notes {
        add_note(deadlines, id, note);
    }
}

/// Appends a sentence to the note of the deadline with this id, if shown.
fn add_note(deadlines: &mut [Deadline], id: DeadlineId, extra: &str) {
    if let Some(deadline) = deadlines.iter_mut().find(|d| d.id == id) {
        add_sentence(deadline, extra);
    }
}

fn add_sentence(deadline: &mut Deadline, extra: &str) {
    let note = deadline.note.get_or_insert_with(String::new);
    if !note.is_empty() {
        note.push(' ');
    }
    note.push_str(extra);
}

/// A promise the law does not make: acknowledging the complaint, choosing
/// the review panel.
fn extra_promise(
    page: &Page,
    step: &Step,
    id: DeadlineId,
    start: Event,
    events: &Events,
    today: NaiveDate,
) -> Result<Option<Deadline>, CaseError> {
    let Some((start_event, start_date)) = events.start_of(start) else {
        return Ok(None);
    };
    let (title, done_on) = match id {
        // A reply to the complaint acknowledges it too.
        DeadlineId::Acknowledgement => (
            words::ACKNOWLEDGEMENT_TITLE,
            events
                .acknowledgement_received
                .or(events.stage1_response_received),
        ),
        // The council refused a panel and has not held one: there is no
        // panel to choose, so the promise is not shown (never as overdue).
        DeadlineId::PanelAppointed
            if events.stage3_refused.is_some() && events.panel_met.is_none() =>
        {
            return Ok(None)
        }
        // The panel had been chosen by the day it met.
        DeadlineId::PanelAppointed => (words::PANEL_APPOINTED_TITLE, events.panel_met),
        // The law's steps are compared in `compare_step`; no other step
        // is a promise the law does not make.
        _ => return Ok(None),
    };
    let awaited = Awaited {
        title: title.to_string(),
        owed_by: Party::Council,
        start,
        done_on,
        law_sets_a_time: false,
    };
    let spec = from_start(
        page.promise(id, awaited, step.time, Some(step)),
        start_event,
    );
    let mut deadline = build_deadline(spec, start_date, today)?;
    if id == DeadlineId::PanelAppointed {
        match deadline.status {
            // A meeting after the promised date does not say when the panel
            // was chosen, so the promise can no longer be judged: leave it out.
            DeadlineStatus::Late => return Ok(None),
            // The status comes from the dates only: the panel has not met and
            // the promised date has passed. Say what we cannot know.
            DeadlineStatus::Overdue => add_sentence(&mut deadline, words::PANEL_CHOSEN_UNKNOWN),
            _ => {}
        }
    }
    Ok(Some(deadline))
}

fn time_unit(unit: Unit) -> TimeUnit {
    match unit {
        Unit::WorkingDays => TimeUnit::WorkingDays,
        Unit::CalendarDays => TimeUnit::CalendarDays,
        Unit::Months => TimeUnit::Months,
    }
}

/// True when the council's time is the law's (12 months counts as 1 year).
fn same_time(time: Duration, rule: &LawRule) -> bool {
    let in_months = |amount: u32, unit: TimeUnit| match unit {
        TimeUnit::Years => Some(amount.saturating_mul(12)),
        TimeUnit::Months => Some(amount),
        _ => None,
    };
    let unit = time_unit(time.unit);
    (unit == rule.unit && time.amount == rule.amount)
        || in_months(time.amount, unit)
            .is_some_and(|m| in_months(rule.amount, rule.unit) == Some(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::councils;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn step(id: &str, time: Duration, clock: &str, extension: Option<Duration>) -> Step {
        Step {
            id: id.to_string(),
            time,
            clock_starts: clock.to_string(),
            extension,
            description: format!("The council's {id}."),
        }
    }

    /// A made-up page that promises different times from the law.
    fn different_page() -> Procedure {
        Procedure {
            id: "made-up".to_string(),
            council: "leeds".to_string(),
            valid_from: None,
            valid_until: None,
            validity_assumed: false,
            page_title: "Complaints".to_string(),
            page_url: "https://example.org/complaints".to_string(),
            page_url_works: true,
            link_instead: None,
            page_dated: None,
            checked: date(2026, 11, 22),
            contacts: Vec::new(),
            complaint_window: Some(Duration::new(6, Unit::Months)),
            steps: vec![step(
                "stage1_response",
                Duration::new(5, Unit::WorkingDays),
                "complaint_received",
                Some(Duration::new(15, Unit::WorkingDays)),
            )],
            extra_steps: Vec::new(),
            differences: Vec::new(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn a_different_council_time_is_shown_beside_the_law() {
        let council = councils::find("leeds").unwrap();
        let events = Events {
            problem_happened: Some(date(2025, 11, 3)),
            complaint_received: Some(date(2025, 12, 19)),
            ..Events::default()
        };
        let today = date(2026, 1, 5);
        let assess = |events: &Events| {
            let mut deadlines = super::super::deadlines::law_deadlines(events, today).unwrap();
            add_council_promises(&mut deadlines, council, &different_page(), events, today)
                .unwrap();
            deadlines
        };
        let summary = |deadlines: &[Deadline]| -> Vec<(String, Basis, NaiveDate)> {
            deadlines
                .iter()
                .map(|d| (d.id.to_string(), d.basis, d.due))
                .collect()
        };
        let row = |id: &str, basis, due| (id.to_string(), basis, due);
        // 6 months from Mon 3 Nov 2025: Sun 3 May 2026. Day 0 Fri 19 Dec
        // 2025: 5 working days = Mon 22, Tue 23, Wed 24, Mon 29, Tue 30 Dec;
        // 15 = Wed 31 (6), Fri 2 (7), Mon 5-Fri 9 (12), Mon 12, Tue 13, Wed 14
        // Jan 2026 (15). The law's 10 working days (Wed 7 Jan) stay. The
        // council's 5 days have passed by Mon 5 Jan, so its longer time is
        // shown, as applying only if it needs more time; the law's 10 have
        // not, so the law's 20 are not shown yet.
        let deadlines = assess(&events);
        assert_eq!(
            summary(&deadlines),
            [
                row("complaint_time_limit", Basis::Law, date(2026, 11, 3)),
                row(
                    "complaint_time_limit_council",
                    Basis::CouncilPromise,
                    date(2026, 5, 3)
                ),
                row("stage1_response", Basis::Law, date(2026, 1, 7)),
                row(
                    "stage1_response_council",
                    Basis::CouncilPromise,
                    date(2025, 12, 30)
                ),
                row(
                    "stage1_response_extended_council",
                    Basis::CouncilPromise,
                    date(2026, 1, 14)
                ),
            ]
        );
        let promise = &deadlines[3];
        assert_eq!(
            promise.title,
            "The council's stage 1 reply (Leeds' promise)"
        );
        assert_eq!(
            promise.source.citation,
            "Leeds City Council's complaints page (checked 22 November 2026)"
        );
        assert!(promise
            .note
            .as_deref()
            .unwrap()
            .ends_with("This is Leeds' own promise; the law's time limit still applies."));
        assert_eq!(
            deadlines[4].title,
            "The council's stage 1 reply if the council needs more time (Leeds' promise)"
        );

        // Once the council says it needs more time, both usual times (the
        // law's 10 days and the council's 5) are replaced: not shown.
        let extended = Events {
            stage1_extended: true,
            ..events
        };
        let deadlines = assess(&extended);
        assert_eq!(
            summary(&deadlines),
            [
                row("complaint_time_limit", Basis::Law, date(2026, 11, 3)),
                row(
                    "complaint_time_limit_council",
                    Basis::CouncilPromise,
                    date(2026, 5, 3)
                ),
                row("stage1_response_extended", Basis::Law, date(2026, 1, 21)),
                row(
                    "stage1_response_extended_council",
                    Basis::CouncilPromise,
                    date(2026, 1, 14)
                ),
            ]
        );
        assert_eq!(
            deadlines[2].title,
            "The council's stage 1 reply, with the extra time"
        );
        assert_eq!(
            deadlines[3].title,
            "The council's stage 1 reply, with the extra time (Leeds' promise)"
        );
        assert!(deadlines[3]
            .note
            .as_deref()
            .unwrap()
            .starts_with("The council said it needs more time"));
    }
}
