//! Which of the law's deadlines apply to the events entered, dated.
//!
//! A deadline appears once its clock has started (its start event is
//! recorded). At stage 1 and 2, when the council said it needs more time,
//! the "at the latest" version (20 or 65 working days) replaces the usual
//! one (10 or 25), which is then left out: a lawful extension is not a
//! breach. Without that notice, the longest version appears once the usual
//! time has passed, labelled as the law's longest limit.
//!
//! Declining ADR before stage 2 (or 3) moves the complaint on: when no
//! request is entered, the day it was declined starts the next stage's clock
//! (see [`Events::start_of`]).
//!
//! The Ombudsman's 12 months appear when the council's procedure has ended:
//! the final response, or a refusal to go on. When the family has said when
//! they first knew of the problem, the law's count from that day leads;
//! our guide, counted from the end of the procedure, comes second.

use chrono::NaiveDate;

use super::counting::build_deadline;
use super::law::{self, LawRule};
use super::{Deadline, DeadlineId};
use crate::core::case::{CaseError, Event, Events};
use crate::text::en::law as words;

pub(super) fn law_deadlines(events: &Events, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    let mut out = Vec::new();
    push(&mut out, &law::COMPLAINT_TIME_LIMIT, events, today)?;
    if let Some(deadline) = out.last_mut() {
        found_out_later(deadline, events);
    }
    let mut add = |rule: &LawRule| push(&mut out, rule, events, today);

    with_extension(
        &mut add,
        events.stage1_extended,
        &law::STAGE1_RESPONSE,
        &law::STAGE1_RESPONSE_EXTENDED,
        today,
    )?;
    // Stage 2 started by declining ADR, with no request entered: there is
    // no request to date (the offer usually comes once you have asked).
    if !started_by_declining_adr(events, Event::Stage2Requested) {
        add(&law::STAGE2_REQUEST)?;
    }
    for (usual, longest) in [
        (&law::STAGE2_RESPONSE, &law::STAGE2_RESPONSE_EXTENDED),
        (
            &law::STAGE2_RESPONSE_FROM_STATEMENT,
            &law::STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT,
        ),
    ] {
        with_extension(&mut add, events.stage2_extended, usual, longest, today)?;
    }
    if !started_by_declining_adr(events, Event::Stage3Requested) {
        add(&law::STAGE3_REQUEST)?;
    }
    add(&law::PANEL_MEETING)?;
    add(&law::PANEL_REPORT)?;
    add(&law::FINAL_RESPONSE)?;
    let ombudsman = ombudsman_deadlines(events, today)?;
    out.extend(ombudsman);
    Ok(out)
}

/// The usual deadline and its longest version: only the longest when the
/// council said it needs more time; otherwise the usual one, and the
/// longest too once the usual time has passed.
fn with_extension(
    add: &mut impl FnMut(&LawRule) -> Result<Option<Timing>, CaseError>,
    extended: bool,
    usual: &LawRule,
    longest: &LawRule,
    today: NaiveDate,
) -> Result<(), CaseError> {
    if extended {
        add(&law::with_more_time(longest))?;
    } else if add(usual)?.is_some_and(|timing| usual_time_passed(&timing, today)) {
        add(longest)?;
    }
    Ok(())
}

/// Dates `rule` if its clock has started, adds it to `out`, and returns what
/// the "at the latest" version needs to know: (due, done on).
/// The year to complain runs from when it happened (reg 9). A family who
/// found out later is told the council can still accept the complaint, and
/// why, rather than only that the year has passed.
fn found_out_later(deadline: &mut Deadline, events: &Events) {
    let (Some(happened), Some(noticed)) = (events.problem_happened, events.problem_noticed) else {
        return;
    };
    if noticed <= happened {
        return;
    }
    let extra = words::found_out_later(noticed, happened);
    deadline.note = Some(match deadline.note.take() {
        Some(note) => format!("{note} {extra}"),
        None => extra,
    });
}

fn push(
    out: &mut Vec<Deadline>,
    rule: &LawRule,
    events: &Events,
    today: NaiveDate,
) -> Result<Option<Timing>, CaseError> {
    let Some((start, start_date)) = events.start_of(rule.start) else {
        return Ok(None);
    };
    let mut spec = rule.spec(events);
    if start != rule.start {
        // The rule's own note is about counting from the request: replace it.
        spec.start = start;
        spec.note = Some(adr_start_note(start).to_string());
    }
    let mut deadline = build_deadline(spec, start_date, today)?;
    // Advice only while the family has not yet moved on to stage 2.
    if deadline.id == DeadlineId::Stage1ResponseExtended
        && deadline.status.is_open()
        && events.stage2_start().is_none()
    {
        if let Some(note) = &mut deadline.note {
            note.push(' ');
            note.push_str(words::STAGE1_LONGEST_PASSES);
        }
    }
    let timing = Timing::of(&deadline);
    out.push(deadline);
    Ok(Some(timing))
}

/// True when `request` (asking for stage 2 or 3) is stood in for by
/// declining ADR, because no request date is entered.
pub(super) fn started_by_declining_adr(events: &Events, request: Event) -> bool {
    events
        .start_of(request)
        .is_some_and(|(event, _)| event != request)
}

/// Why a deadline counts from declining ADR.
pub(super) fn adr_start_note(start: Event) -> &'static str {
    words::adr_start_note(start)
}

/// When a deadline fell due and when it was met.
#[derive(Debug, Clone, Copy)]
pub(super) struct Timing {
    pub due: NaiveDate,
    pub done_on: Option<NaiveDate>,
}

impl Timing {
    pub fn of(deadline: &Deadline) -> Self {
        Timing {
            due: deadline.due,
            done_on: deadline.done_on,
        }
    }
}

/// True once the usual time has run out without the reply (or the reply
/// came after it): the law's longest limit is then shown too.
pub(super) fn usual_time_passed(usual: &Timing, today: NaiveDate) -> bool {
    usual.done_on.unwrap_or(today) > usual.due
}

/// The event that ended the council's procedure, if it has ended: the final
/// response, or a refusal to go on to stage 2 or 3 that still stands.
pub(super) fn end_of_procedure(events: &Events) -> Option<Event> {
    if events.final_response_received.is_some() {
        Some(Event::FinalResponseReceived)
    } else if events.stage3_refused.is_some() && events.panel_met.is_none() {
        Some(Event::Stage3Refused)
    } else if events.stage2_refused.is_some() && events.stage2_response_received.is_none() {
        Some(Event::Stage2Refused)
    } else {
        None
    }
}

/// The Ombudsman's 12 months once the council's procedure has ended: the
/// law's count from the day the problem was first noticed (first, when that
/// date is entered), then our guide from the end of the procedure
/// (docs/rules.md, "The Ombudsman's time limit").
fn ombudsman_deadlines(events: &Events, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    match end_of_procedure(events) {
        Some(end) => ombudsman_deadlines_after(end, events, today),
        None => Ok(Vec::new()),
    }
}

/// The Ombudsman's 12 months once a procedure has ended with `end`: the
/// statutory procedure's final response or standing refusal, or the
/// corporate procedure's stage 2 reply or refusal.
pub(super) fn ombudsman_deadlines_after(
    end: Event,
    events: &Events,
    today: NaiveDate,
) -> Result<Vec<Deadline>, CaseError> {
    // The law's date leads: from when the family first knew, or at the
    // latest from the complaint's receipt when they have not said.
    let mut out: Vec<Deadline> = ombudsman_law_limit(events, today)?.into_iter().collect();
    if out.is_empty() {
        push(
            &mut out,
            &law::OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST,
            events,
            today,
        )?;
    }
    if push(&mut out, &ombudsman_guide(end), events, today)?.is_some() {
        if let Some(guide) = out.last_mut() {
            guide.note = Some(words::ombudsman_guide_note(end));
        }
    }
    Ok(out)
}

/// The law's 12 months (beginning with the day the family first knew), if
/// they said when that was. While the council's procedure goes on it is not
/// a deadline of the case (the stages come first, and the Ombudsman usually
/// accepts the time they take); the Ombudsman section still gives it.
pub(super) fn ombudsman_law_limit(
    events: &Events,
    today: NaiveDate,
) -> Result<Option<Deadline>, CaseError> {
    if events.problem_noticed.is_none() {
        return Ok(None);
    }
    let mut out = Vec::new();
    push(
        &mut out,
        &law::OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM,
        events,
        today,
    )?;
    Ok(out.pop())
}

/// The guide rule counted from `end`, with a note saying how and why.
fn ombudsman_guide(end: Event) -> LawRule {
    LawRule {
        start: end,
        ..law::OMBUDSMAN_TIME_LIMIT
    }
}
