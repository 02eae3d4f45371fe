//! The one or two things to do now, in plain English with dates written out.

use chrono::NaiveDate;

use super::facts::Facts;
use super::{
    Deadline, DeadlineId, DeadlineStatus, NextStep, Ombudsman, OmbudsmanPosition, Party, Stage,
};
use crate::core::calendar::calendar;
use crate::core::case::STAGE1_LONGEST_WORKING_DAYS;
use crate::text::en::next_steps as words;

const MOST: usize = 3;

pub(super) fn next_steps(facts: &Facts, ombudsman: &Ombudsman) -> Vec<NextStep> {
    let mut steps = Vec::new();
    if facts.stage == Stage::NotStarted {
        steps.push(make_complaint(facts));
    }
    if let Some((event, date)) = facts.refusal() {
        let text = if facts.refusal_after_late_request() {
            words::ask_why_refused(event)
        } else {
            words::ask_ombudsman_after_refusal(event)
        };
        steps.push(step("ask_ombudsman_now", text, Some(date)));
        steps.truncate(MOST);
        return steps;
    }
    if let Some(stage1) = facts
        .deadline(DeadlineId::Stage1ResponseExtended)
        .filter(|_| facts.may_skip_stage1_reply())
    {
        steps.push(step(
            "ask_stage2_now",
            words::ask_stage2_now(stage1.due),
            None,
        ));
    }
    if let Some(check) = acknowledgement_missing(facts) {
        steps.push(check);
    }
    if let Some(deadline) = facts.awaited() {
        steps.extend(for_awaited(deadline));
    }
    steps.extend(longest_time_ahead(facts));
    if ombudsman.position == OmbudsmanPosition::CanGoEarly && facts.stage != Stage::Finished {
        steps.push(step("ombudsman_early", words::ombudsman_early(), None));
    }
    if let Some(adr) = adr_choice(facts) {
        steps.push(adr);
    }
    steps.truncate(MOST);
    steps
}

/// From the first day of a stage, the date by which the law's longest time
/// runs out, so the family knows when they may move on without waiting to be
/// told: stage 2 may be asked for once 20 working days pass without a stage 1
/// reply; a stage 2 reply is never due later than 65 working days.
fn longest_time_ahead(facts: &Facts) -> Option<NextStep> {
    let e = facts.events;
    match facts.stage {
        Stage::Stage1 if e.stage1_response_received.is_none() && !facts.may_skip_stage1_reply() => {
            let longest = calendar()
                .add_working_days(e.complaint_received?, STAGE1_LONGEST_WORKING_DAYS)
                .ok()?;
            let from = calendar().add_working_days(longest, 1).ok()?;
            Some(step(
                "stage2_if_no_reply",
                words::stage2_if_no_reply(longest, from),
                Some(longest),
            ))
        }
        Stage::Stage2 if e.stage2_response_received.is_none() && !e.stage2_extended => {
            let longest = facts
                .deadline(DeadlineId::Stage2ResponseExtended)
                .map(|d| d.due)
                .or_else(|| {
                    let (_, started) = e.stage2_start()?;
                    calendar().add_working_days(started, 65).ok()
                })?;
            Some(step(
                "stage2_longest",
                words::stage2_longest(longest),
                Some(longest),
            ))
        }
        _ => None,
    }
}

pub(super) fn step(id: &str, text: String, by: Option<NaiveDate>) -> NextStep {
    NextStep {
        id: id.to_string(),
        text,
        by,
    }
}

fn make_complaint(facts: &Facts) -> NextStep {
    match facts.deadline(DeadlineId::ComplaintTimeLimit) {
        Some(limit) if limit.status == DeadlineStatus::Overdue => {
            step("make_complaint", words::make_complaint_late(), None)
        }
        Some(limit) => step(
            "make_complaint",
            words::make_complaint_by(limit.due),
            Some(limit.due),
        ),
        None => step("make_complaint", words::make_complaint(), None),
    }
}

/// The council promised an acknowledgement and none has come (nor a
/// reply): the first sign the complaint may not have arrived.
fn acknowledgement_missing(facts: &Facts) -> Option<NextStep> {
    if facts.stage != Stage::Stage1 || facts.may_skip_stage1_reply() {
        return None;
    }
    let promise = facts
        .deadline(DeadlineId::Acknowledgement)
        .filter(|d| d.status == DeadlineStatus::Overdue)?;
    let council = facts.council.map(|council| council.name.as_str());
    Some(step(
        "check_received",
        words::check_received(council, promise.due),
        Some(promise.due),
    ))
}

/// Wait, chase, or (for the family's own deadlines) ask for the next stage.
fn for_awaited(deadline: &Deadline) -> Option<NextStep> {
    let by = Some(deadline.due);
    let (id, text) = match (deadline.id, deadline.owed_by, deadline.status) {
        (DeadlineId::Stage2Request, _, _) => ("ask_stage2", words::ask_next_stage(deadline)),
        (DeadlineId::Stage3Request, _, _) => ("ask_stage3", words::ask_next_stage(deadline)),
        (id, _, _) if id.is_ombudsman_time_limit() => {
            ("go_to_ombudsman", words::go_to_ombudsman(deadline))
        }
        (_, Party::You, _) => return None,
        (_, _, DeadlineStatus::Upcoming) => ("wait", words::wait(deadline)),
        (_, _, DeadlineStatus::DueToday) => {
            let next = calendar().add_working_days(deadline.due, 1).ok();
            ("wait", words::due_today(deadline, next))
        }
        (_, _, DeadlineStatus::Overdue) => ("chase", words::chase(deadline)),
        (_, _, DeadlineStatus::Met | DeadlineStatus::Late | DeadlineStatus::NotDone) => {
            return None
        }
    };
    Some(step(id, text, by))
}

/// Informal resolution (ADR) on offer and not yet turned down: it is the family's choice.
fn adr_choice(facts: &Facts) -> Option<NextStep> {
    let e = facts.events;
    let (offered, declined, next) = match facts.stage {
        Stage::Stage1 | Stage::Stage2 if e.stage2_response_received.is_none() => (
            e.adr_before_stage2_offered,
            e.adr_before_stage2_declined,
            Stage::Stage2,
        ),
        Stage::Stage3 if e.panel_met.is_none() => (
            e.adr_before_stage3_offered,
            e.adr_before_stage3_declined,
            Stage::Stage3,
        ),
        _ => return None,
    };
    (offered && declined.is_none()).then(|| step("adr_choice", words::adr_choice(next), None))
}
