//! The one or two things to do now, in plain English with dates written out.

use chrono::NaiveDate;

use super::counting::lateness;
use super::facts::{wording, Facts};
use super::ombudsman::PHONE;
use super::{Deadline, DeadlineStatus, NextStep, Ombudsman, OmbudsmanPosition, Party, Stage};
use crate::core::calendar::calendar;
use crate::core::case::{Event, STAGE1_LONGEST_WORKING_DAYS};
use crate::core::dates::{capitalise, long_date};

const MOST: usize = 3;

pub(super) fn next_steps(facts: &Facts, ombudsman: &Ombudsman) -> Vec<NextStep> {
    let mut steps = Vec::new();
    if facts.stage == Stage::NotStarted {
        steps.push(make_complaint(facts));
    }
    if let Some((event, date)) = facts.refusal() {
        let what = match event {
            Event::Stage3Refused => "a review panel",
            _ => "stage 2",
        };
        let text = if facts.refusal_after_late_request() {
            format!(
                "Ask the council in writing why it refused, and whether it thought about your reasons for asking late. If you still want {what}, you can ask the Ombudsman to look: call {PHONE} or use its website."
            )
        } else {
            format!(
                "Write back to say you still want {what}, and ask the Ombudsman to step in: call {PHONE} or use its website."
            )
        };
        steps.push(step("ask_ombudsman_now", text, Some(date)));
        steps.truncate(MOST);
        return steps;
    }
    if let Some(stage1) = facts
        .deadline("stage1_response_extended")
        .filter(|_| facts.may_skip_stage1_reply())
    {
        steps.push(step(
            "ask_stage2_now",
            format!(
                "You can ask for stage 2 now: {STAGE1_LONGEST_WORKING_DAYS} working days have passed without a reply, the longest the law allows (it ended on {}).",
                long_date(stage1.due)
            ),
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
        steps.push(step(
            "ombudsman_early",
            format!("You can also ask the Ombudsman to look at the delay now: call {PHONE} or use its website."),
            None,
        ));
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
                format!(
                    "If there is still no reply by {} ({STAGE1_LONGEST_WORKING_DAYS} working days, the longest the law allows), you can ask for stage 2 from {} without waiting any longer.",
                    long_date(longest),
                    long_date(from)
                ),
                Some(longest),
            ))
        }
        Stage::Stage2 if e.stage2_response_received.is_none() && !e.stage2_extended => {
            let longest = facts
                .deadline("stage2_response_extended")
                .map(|d| d.due)
                .or_else(|| {
                    let (_, started) = e.stage2_start()?;
                    calendar().add_working_days(started, 65).ok()
                })?;
            Some(step(
                "stage2_longest",
                format!(
                    "The council can take longer than the usual 25 working days only if it writes to explain why and gives you a new date, and never beyond {} (65 working days).",
                    long_date(longest)
                ),
                Some(longest),
            ))
        }
        _ => None,
    }
}

fn step(id: &str, text: String, by: Option<NaiveDate>) -> NextStep {
    NextStep {
        id: id.to_string(),
        text,
        by,
    }
}

fn make_complaint(facts: &Facts) -> NextStep {
    let send = "Send your complaint to the council in writing and keep a copy.";
    match facts.deadline("complaint_time_limit") {
        Some(limit) if limit.status == DeadlineStatus::Overdue => step(
            "make_complaint",
            format!("{send} It is more than a year since it happened, so say why you did not complain sooner: the council can still accept it."),
            None,
        ),
        Some(limit) => step(
            "make_complaint",
            format!("{send} The usual time limit is {}.", long_date(limit.due)),
            Some(limit.due),
        ),
        None => step(
            "make_complaint",
            format!("{send} Then tell us the date the council received it."),
            None,
        ),
    }
}

/// The council promised an acknowledgement and none has come (nor a
/// reply): the first sign the complaint may not have arrived.
fn acknowledgement_missing(facts: &Facts) -> Option<NextStep> {
    if facts.stage != Stage::Stage1 || facts.may_skip_stage1_reply() {
        return None;
    }
    let promise = facts
        .deadline("acknowledgement")
        .filter(|d| d.status == DeadlineStatus::Overdue)?;
    let council = facts
        .council
        .map_or("The council", |council| council.name.as_str());
    Some(step(
        "check_received",
        format!(
            "You have not had an acknowledgement: {council} promised one by {}. Contact the council to check it received your complaint, and ask when it will reply.",
            long_date(promise.due)
        ),
        Some(promise.due),
    ))
}

/// The next working day after `date`, written out, for "chase the council on ...".
fn next_working_day(date: NaiveDate) -> String {
    calendar()
        .add_working_days(date, 1)
        .map_or_else(|_| "the next working day".to_string(), long_date)
}

/// Wait, chase, or (for the family's own deadlines) ask for the next stage.
fn for_awaited(deadline: &Deadline) -> Option<NextStep> {
    let words = wording(&deadline.id);
    let due = long_date(deadline.due);
    let by = Some(deadline.due);
    let you_ask = |id: &str, unhappy_with: &str| {
        match deadline.status {
        DeadlineStatus::Overdue => step(
            id,
            format!(
                "If you are not happy with {unhappy_with}, you can still {}: the usual time ended on {due}. Say why your request is late.",
                words.should
            ),
            by,
        ),
        _ => step(
            id,
            format!(
                "If you are not happy with {unhappy_with}, {} in writing. You have until {due}.",
                words.should
            ),
            by,
        ),
    }
    };
    Some(match (deadline.id.as_str(), deadline.owed_by, deadline.status) {
        ("stage2_request", _, _) => you_ask("ask_stage2", "the stage 1 reply"),
        ("stage3_request", _, _) => you_ask("ask_stage3", "the stage 2 reply"),
        ("ombudsman_time_limit_from_problem", _, DeadlineStatus::Overdue) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, you can still complain to the Ombudsman: the law's time limit ended on {due}, but it can look at a later complaint if there is a good reason, such as waiting for the council's procedure to finish. Say so when you go: call {PHONE} or use its website."),
            by,
        ),
        ("ombudsman_time_limit_from_problem", _, DeadlineStatus::DueToday) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, complain to the Ombudsman today, {due}, the last day of the law's time limit: use its website, or call {PHONE}."),
            by,
        ),
        ("ombudsman_time_limit_from_problem", _, _) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, complain to the Ombudsman by {due}, the law's time limit: call {PHONE} or use its website."),
            by,
        ),
        ("ombudsman_time_limit", _, DeadlineStatus::Overdue) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, you can still complain to the Ombudsman: our guide date ({due}) has passed, but it may look at a later complaint if there is a good reason. Call {PHONE} or use its website."),
            by,
        ),
        ("ombudsman_time_limit", _, DeadlineStatus::DueToday) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, complain to the Ombudsman today, {due} (our guide date): use its website, or call {PHONE}."),
            by,
        ),
        ("ombudsman_time_limit", _, _) => step(
            "go_to_ombudsman",
            format!("If you are still not happy, complain to the Ombudsman as soon as you can, and aim to go by {due}: call {PHONE} or use its website."),
            by,
        ),
        (_, Party::You, _) => return None,
        ("panel_meeting", _, DeadlineStatus::Upcoming) => step(
            "wait",
            format!("The review panel should meet by {due}."),
            by,
        ),
        (_, _, DeadlineStatus::Upcoming) => step(
            "wait",
            format!("Wait for {}: it is due by {due}.", words.subject),
            by,
        ),
        (_, _, DeadlineStatus::DueToday) => step(
            "wait",
            format!(
                "{}, {due}. {} on {}.",
                capitalise(words.due_today),
                words.if_not,
                next_working_day(deadline.due)
            ),
            by,
        ),
        (_, _, DeadlineStatus::Overdue) => step(
            "chase",
            format!(
                "Chase the council: {} is {}. It was due by {due}.",
                words.its,
                lateness(deadline.working_days_late)
            ),
            by,
        ),
        (_, _, DeadlineStatus::Met | DeadlineStatus::Late) => return None,
    })
}

/// Informal resolution (ADR) on offer and not yet turned down: it is the family's choice.
fn adr_choice(facts: &Facts) -> Option<NextStep> {
    let e = facts.events;
    let (offered, declined, next) = match facts.stage {
        Stage::Stage1 | Stage::Stage2 if e.stage2_response_received.is_none() => (
            e.adr_before_stage2_offered,
            e.adr_before_stage2_declined,
            "stage 2",
        ),
        Stage::Stage3 if e.panel_met.is_none() => (
            e.adr_before_stage3_offered,
            e.adr_before_stage3_declined,
            "a review panel",
        ),
        _ => return None,
    };
    (offered && declined.is_none()).then(|| {
        step(
            "adr_choice",
            format!("The council offered informal resolution (ADR): a go-between or a meeting to sort things out. It is your choice. If you do not want it, tell the council and your complaint goes on to {next}."),
            None,
        )
    })
}
