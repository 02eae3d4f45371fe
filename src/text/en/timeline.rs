//! The timeline's rows (the three stages and the Ombudsman): each row's
//! title, and the short line under it as a whole sentence.

use chrono::NaiveDate;

use super::deadline_words::{ombudsman_due, Owed};
use crate::core::assessment::{Deadline, DeadlineStatus, Stage};
use crate::core::case::Event;
use crate::core::dates::long_date;

pub const STAGE1_TITLE: &str = "Stage 1: the council's own reply";
pub const STAGE2_TITLE: &str = "Stage 2: an independent investigation";
pub const STAGE3_TITLE: &str = "Stage 3: a review panel";
pub const OMBUDSMAN_TITLE: &str = "The Ombudsman";

/// A stage in progress with no dated step to wait on.
pub fn in_progress() -> String {
    "In progress.".to_string()
}

/// The step the stage is waiting on, due by its date ("Reply due by ...").
pub fn due_by(deadline: &Deadline) -> String {
    let due = long_date(deadline.due);
    match Owed::of(deadline) {
        Owed::Stage1Reply | Owed::Stage2Reply => format!("Reply due by {due}."),
        Owed::PanelMeeting => format!("Panel meeting due by {due}."),
        Owed::PanelReport => format!("Panel's report due by {due}."),
        Owed::FinalResponse => format!("Final response due by {due}."),
        Owed::Other => format!("Next step due by {due}."),
    }
}

/// The step the stage is waiting on, overdue ("Reply was due by ...").
pub fn was_due_by(deadline: &Deadline) -> String {
    let due = long_date(deadline.due);
    match Owed::of(deadline) {
        Owed::Stage1Reply | Owed::Stage2Reply => format!("Reply was due by {due}."),
        Owed::PanelMeeting => format!("Panel meeting was due by {due}."),
        Owed::PanelReport => format!("Panel's report was due by {due}."),
        Owed::FinalResponse => format!("Final response was due by {due}."),
        Owed::Other => format!("Next step was due by {due}."),
    }
}

/// The family may ask for the stage after `after` (stage 1 or 2) by
/// `ask`'s date, or, once it has passed, still ask late.
pub fn ask_by(after: Stage, ask: &Deadline) -> String {
    let if_unhappy = match after {
        Stage::Stage1 => "If you are not happy with the stage 1 reply",
        _ => "If you are not happy with the stage 2 reply",
    };
    if ask.status == DeadlineStatus::Overdue {
        format!(
            "{if_unhappy}, you can still ask: the usual time ended on {}.",
            long_date(ask.due)
        )
    } else {
        format!("{if_unhappy}, ask by {}.", long_date(ask.due))
    }
}

pub fn stage1_starts() -> String {
    "Starts when the council receives your complaint.".to_string()
}

pub fn reply_received(on: NaiveDate) -> String {
    format!("Reply received on {}.", long_date(on))
}

/// "you asked for stage 2" or, when declining ADR started the stage, "you
/// said no to informal resolution, which moved your complaint on".
fn moved_on(start: Event) -> &'static str {
    match start {
        Event::AdrBeforeStage2Declined | Event::AdrBeforeStage3Declined => {
            "you said no to informal resolution (ADR), which moved your complaint on"
        }
        _ => "you asked for stage 2",
    }
}

/// Stage 2 started (by `start`, on `started`) before the law's longest
/// stage 1 time, with no reply.
pub fn stage2_started_early(start: Event, started: NaiveDate) -> String {
    format!(
        "No reply yet; {} early, on {}.",
        moved_on(start),
        long_date(started)
    )
}

/// Stage 2 started (by `start`, on `started`) after the law's longest
/// stage 1 time passed with no reply.
pub fn stage2_started_without_reply(start: Event, started: NaiveDate) -> String {
    format!(
        "No reply came within 20 working days; {} on {}.",
        moved_on(start),
        long_date(started)
    )
}

pub fn stage2_now() -> String {
    "You can ask for stage 2 now: stage 1 has taken too long.".to_string()
}

pub fn stage2_starts() -> String {
    "Starts if you are not happy with the stage 1 reply.".to_string()
}

pub fn stage2_refused(on: NaiveDate) -> String {
    format!("The council refused stage 2 on {}.", long_date(on))
}

pub fn stage3_starts() -> String {
    "Starts if you are not happy with the stage 2 reply.".to_string()
}

pub fn final_response_received(on: NaiveDate) -> String {
    format!("Final response received on {}.", long_date(on))
}

pub fn panel_refused(on: NaiveDate) -> String {
    format!("The council refused a review panel on {}.", long_date(on))
}

pub fn ombudsman_not_yet() -> String {
    "Usually after the council's procedure is finished.".to_string()
}

/// The Ombudsman's time limit has passed: the law's, or our guide's
/// (`limit.guidance`).
pub fn ombudsman_passed(limit: &Deadline) -> String {
    if limit.guidance {
        format!(
            "Our guide date, {}, has passed; the Ombudsman may still look if there is a good reason.",
            long_date(limit.due)
        )
    } else {
        format!(
            "The law's time limit, {}, has passed; the Ombudsman may still look if there is a good reason.",
            ombudsman_due(limit)
        )
    }
}

/// The family can go now, by the law's time limit or our guide date.
pub fn ombudsman_go_by(limit: &Deadline) -> String {
    if limit.guidance {
        format!("You can go now. Try to go by {}.", long_date(limit.due))
    } else {
        format!(
            "You can go now. Go by {} (the law's time limit).",
            ombudsman_due(limit)
        )
    }
}

pub fn ombudsman_early_for_delay() -> String {
    "You can ask the Ombudsman to step in now because of the delay.".to_string()
}
