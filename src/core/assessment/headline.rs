//! The one sentence at the top: the stage, and who is waiting on whom.

use super::counting::lateness;
use super::facts::{wording, Facts};
use super::{DeadlineStatus, Party, Stage};
use crate::core::case::Event;
use crate::core::dates::{long_date, working_days};

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
        return format!(
            "{stage}: {} on {}. The Ombudsman treats this as a fault, so you can ask it to step in now.",
            refused(event),
            long_date(date)
        );
    }
    let Some(deadline) = facts.awaited() else {
        return format!("{stage}.");
    };
    let words = wording(&deadline.id);
    let due = long_date(deadline.due);
    let remaining = working_days(i64::from(deadline.working_days_remaining.unwrap_or(0)));
    match (deadline.owed_by, deadline.status) {
        (Party::You, DeadlineStatus::Upcoming) => format!(
            "{stage}: {}. If you are still not happy, {} by {due}, in {remaining}.",
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
            format!("{stage}: {} by {due}, in {remaining}.", words.should)
        }
        (_, DeadlineStatus::DueToday) => {
            format!("{stage}: {} is due today, {due}.", words.subject)
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

/// "the council refused to look at your complaint at stage 2".
pub(super) fn refused(event: Event) -> &'static str {
    match event {
        Event::Stage3Refused => "the council refused to set up a review panel",
        _ => "the council refused to look at your complaint at stage 2",
    }
}
