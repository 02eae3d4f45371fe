//! The one sentence at the top: the stage, and who is waiting on whom. This
//! chooses the message; the words are in `text::en::headline`.

use super::facts::Facts;
use super::{Deadline, DeadlineStatus, Party, Stage};
use crate::text::en::headline as words;

pub(super) fn headline(facts: &Facts) -> String {
    let stage = facts.stage;
    if stage == Stage::NotStarted {
        return words::not_started();
    }
    if let Some((event, date)) = facts.refusal() {
        return words::refused(stage, event, date, facts.refusal_after_late_request());
    }
    let Some(deadline) = facts.awaited() else {
        return words::stage_only(stage);
    };
    if deadline.id.is_ombudsman_time_limit() {
        return words::ombudsman(stage, deadline);
    }
    match (deadline.owed_by, deadline.status) {
        (Party::You, DeadlineStatus::Upcoming) => words::yours_upcoming(stage, deadline),
        (Party::You, DeadlineStatus::DueToday) => words::yours_due_today(stage, deadline),
        (Party::You, _) => words::yours_late(stage, deadline),
        (_, DeadlineStatus::Upcoming) => words::theirs_upcoming(stage, deadline),
        (_, DeadlineStatus::DueToday) => words::theirs_due_today(stage, deadline),
        // Stage 1 past the law's longest time: say what the family can do.
        (_, DeadlineStatus::Overdue) if facts.may_skip_stage1_reply() => {
            words::theirs_overdue_ask_stage2_now(stage, deadline)
        }
        // Late by the reading we act on, but not by the other one: say which.
        (_, DeadlineStatus::Overdue) => match other_reading_not_due(facts, deadline) {
            Some(other) => words::theirs_overdue_by_one_reading(stage, deadline, other.due),
            None => words::theirs_overdue(stage, deadline),
        },
        // The awaited deadline has not happened yet and is not left behind,
        // so these do not arise.
        (_, DeadlineStatus::Met | DeadlineStatus::Late | DeadlineStatus::NotDone) => {
            words::stage_only(stage)
        }
    }
}

/// The other reading of the same reply (counted from the agreed statement)
/// when it is not yet overdue.
fn other_reading_not_due<'a>(facts: &'a Facts, deadline: &Deadline) -> Option<&'a Deadline> {
    facts
        .deadline(deadline.id.from_statement()?)
        .filter(|other| {
            other.other_reading && other.status.is_open() && other.status != DeadlineStatus::Overdue
        })
}
