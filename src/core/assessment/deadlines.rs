//! Which of the law's deadlines apply to the events entered, dated.
//!
//! A deadline appears once its clock has started (its start event is
//! recorded). The "at the latest" versions (20 working days at stage 1, 65 at
//! stage 2) appear when the council said it needs more time, or once the
//! usual time has passed. The Ombudsman's 12 months appear when the council's
//! procedure has ended: the final response, or a refusal to go on.

use chrono::NaiveDate;

use super::counting::build_deadline;
use super::law::{self, LawRule};
use super::Deadline;
use crate::core::case::{CaseError, Event, Events};

pub(super) fn law_deadlines(events: &Events, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    let mut out = Vec::new();
    let mut add = |rule: &LawRule| push(&mut out, rule, events, today);

    add(&law::COMPLAINT_TIME_LIMIT)?;
    if add(&law::STAGE1_RESPONSE)?
        .is_some_and(|usual| extension_applies(events.stage1_extended, &usual, today))
    {
        add(&law::STAGE1_RESPONSE_EXTENDED)?;
    }
    add(&law::STAGE2_REQUEST)?;
    for (usual, longest) in [
        (&law::STAGE2_RESPONSE, &law::STAGE2_RESPONSE_EXTENDED),
        (
            &law::STAGE2_RESPONSE_FROM_STATEMENT,
            &law::STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT,
        ),
    ] {
        if add(usual)?.is_some_and(|usual| extension_applies(events.stage2_extended, &usual, today))
        {
            add(longest)?;
        }
    }
    add(&law::STAGE3_REQUEST)?;
    add(&law::PANEL_MEETING)?;
    add(&law::PANEL_REPORT)?;
    add(&law::FINAL_RESPONSE)?;
    if let Some(end) = end_of_procedure(events) {
        add(&LawRule {
            start: end,
            ..law::OMBUDSMAN_TIME_LIMIT
        })?;
    }
    Ok(out)
}

/// Dates `rule` if its clock has started, adds it to `out`, and returns what
/// the "at the latest" version needs to know: (due, done on).
fn push(
    out: &mut Vec<Deadline>,
    rule: &LawRule,
    events: &Events,
    today: NaiveDate,
) -> Result<Option<Timing>, CaseError> {
    let Some(start) = rule.start.date(events) else {
        return Ok(None);
    };
    let deadline = build_deadline(rule.spec(events), start, today)?;
    let timing = Timing::of(&deadline);
    out.push(deadline);
    Ok(Some(timing))
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

/// The longer time applies when the council said it needs it, or once the
/// usual time has run out without the reply (or the reply came later).
pub(super) fn extension_applies(extended: bool, usual: &Timing, today: NaiveDate) -> bool {
    extended || usual.done_on.unwrap_or(today) > usual.due
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
