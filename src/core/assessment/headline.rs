//! The one sentence at the top: the stage, and who is waiting on whom.

use super::counting::{lateness, time_left};
use super::facts::{wording, Facts};
use super::{Deadline, DeadlineStatus, Party, Stage};
use crate::core::case::Event;
use crate::core::dates::long_date;

pub(super) const NOT_STARTED: &str =
    "Tell us when the council received your complaint to see your deadlines.";

pub(super) fn headline(facts: &Facts) -> String {
    let stage = match facts.stage {
        Stage::NotStarted => return NOT_STARTED.to_string(),
        Stage::Stage1 => "Stage 1",
        Stage::Stage2 => "Stage 2",
        Stage::Stage3 => "Stage 3",
        Stage::Finished => "Finished",
    };
    if let Some((event, date)) = facts.refusal() {
        let refused = format!("{stage}: {} on {}.", refused(event), long_date(date));
        return if facts.refusal_after_late_request() {
            format!("{refused} {LATE_REQUEST_REFUSED}")
        } else {
            format!(
                "{refused} The Ombudsman treats this as a fault, so you can ask it to step in now."
            )
        };
    }
    let Some(deadline) = facts.awaited() else {
        return format!("{stage}.");
    };
    if deadline.id.starts_with("ombudsman_time_limit") {
        return ombudsman(stage, deadline);
    }
    let words = wording(&deadline.id);
    let due = long_date(deadline.due);
    let by_due = by(deadline);
    match (deadline.owed_by, deadline.status) {
        (Party::You, DeadlineStatus::Upcoming) => format!(
            "{stage}: {}. If you are still not happy, {} {by_due}.",
            words.done, words.should
        ),
        (Party::You, DeadlineStatus::DueToday) => format!(
            "{stage}: {}. If you are still not happy, {} today, {due}.",
            words.done, words.should
        ),
        (Party::You, _) => format!(
            "{stage}: {}. The usual time to {} ended on {due}, but you can still do it: explain why it is late.",
            words.done, words.should
        ),
        (_, DeadlineStatus::Upcoming) => {
            format!("{stage}: {} {by_due}.", words.should)
        }
        (_, DeadlineStatus::DueToday) => {
            format!("{stage}: {}, {due}.", words.due_today)
        }
        // Stage 1 past the law's longest time: say what the family can do.
        (_, DeadlineStatus::Overdue) if facts.may_skip_stage1_reply() => format!(
            "{stage}: {} is {}. Even the longest time the law allows has passed, so you can ask for stage 2 now.",
            words.subject,
            lateness(deadline.working_days_late)
        ),
        // Late by the reading we act on, but not by the other one: say which.
        (_, DeadlineStatus::Overdue) if other_reading_not_due(facts, deadline).is_some() => {
            let other = other_reading_not_due(facts, deadline).map(|d| long_date(d.due));
            format!(
                "{stage}: counted from the day you asked for stage 2, {} is {}: it was due by {due}. If the council counts from the day your complaint statement was agreed, as many councils do, it is not due until {}.",
                words.subject,
                lateness(deadline.working_days_late),
                other.unwrap_or_default()
            )
        }
        (_, DeadlineStatus::Overdue) => format!(
            "{stage}: {} is {}. It was due by {due}.",
            words.subject,
            lateness(deadline.working_days_late)
        ),
        // The awaited deadline has not happened yet, so these do not arise.
        (_, DeadlineStatus::Met | DeadlineStatus::Late) => format!("{stage}."),
    }
}

/// The other reading of the same reply (counted from the agreed statement)
/// when it is not yet overdue.
fn other_reading_not_due<'a>(facts: &'a Facts, deadline: &Deadline) -> Option<&'a Deadline> {
    facts
        .deadline(&format!("{}_from_statement", deadline.id))
        .filter(|other| {
            other.other_reading && other.status.is_open() && other.status != DeadlineStatus::Overdue
        })
}

/// "by Wednesday 7 January 2026, in 2 working days" for working days; just
/// the date for months and years, whose time left is never given in
/// working days.
fn by(deadline: &Deadline) -> String {
    let due = long_date(deadline.due);
    match time_left(deadline) {
        Some(left) => format!("by {due}, {left}"),
        None => format!("by {due}"),
    }
}

/// The procedure is finished: the law's date for the Ombudsman when the
/// family said when they first knew, else our guide date.
fn ombudsman(stage: &str, limit: &Deadline) -> String {
    let due = long_date(limit.due);
    let done = "the council's procedure is complete";
    match (limit.guidance, limit.status) {
        (false, DeadlineStatus::DueToday) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman today, {due}: it is the last day of the law's time limit."
        ),
        (false, DeadlineStatus::Overdue) => format!(
            "{stage}: {done}. The law's time limit for going to the Ombudsman ended on {due}, but it can still look at your complaint if there is a good reason, such as waiting for the council's procedure to finish: go as soon as you can."
        ),
        (false, _) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman by {due}: that is the law's time limit."
        ),
        (true, DeadlineStatus::DueToday) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman today, {due}: that is our guide date."
        ),
        (true, DeadlineStatus::Overdue) => format!(
            "{stage}: {done}. Our guide date for going to the Ombudsman, {due}, has passed, but it can still look at your complaint if there is a good reason: go as soon as you can."
        ),
        (true, _) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman as soon as you can: aim to go by {due}."
        ),
    }
}

/// What to say when the council refused a request that came after the
/// usual 20 working days: the one kind of refusal the Ombudsman was seen to
/// accept (docs/rules.md, "Refusal to escalate").
pub(super) const LATE_REQUEST_REFUSED: &str = "Your request came after the usual 20 working days. The Ombudsman usually treats refusing to move a complaint on as fault, but it may accept a properly considered refusal of a late request: check the dates and ask the council for its reasons.";

/// "the council refused to start stage 2".
pub(super) fn refused(event: Event) -> &'static str {
    match event {
        Event::Stage3Refused => "the council refused to set up a review panel",
        _ => "the council refused to start stage 2",
    }
}
