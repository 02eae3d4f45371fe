//! The four rows of the timeline: the three stages and the Ombudsman.

use chrono::NaiveDate;

use super::facts::{wording, Facts};
use super::{Deadline, DeadlineStatus, OmbudsmanPosition, StepState, TimelineStep};
use crate::core::calendar::calendar;
use crate::core::case::Event;
use crate::core::dates::long_date;

pub(super) fn timeline(facts: &Facts, ombudsman: OmbudsmanPosition) -> Vec<TimelineStep> {
    vec![
        step("stage1", "Stage 1: the council's own reply", stage1(facts)),
        step(
            "stage2",
            "Stage 2: an independent investigation",
            stage2(facts),
        ),
        step("stage3", "Stage 3: a review panel", stage3(facts)),
        step(
            "ombudsman",
            "The Ombudsman",
            ombudsman_row(facts, ombudsman),
        ),
    ]
}

fn step(id: &str, title: &str, (state, detail): (StepState, String)) -> TimelineStep {
    TimelineStep {
        id: id.to_string(),
        title: title.to_string(),
        state,
        detail,
    }
}

fn on(date: NaiveDate) -> String {
    long_date(date)
}

/// In progress or overdue, from the deadline the stage is waiting on.
fn waiting(deadline: Option<&Deadline>) -> (StepState, String) {
    let Some(deadline) = deadline else {
        return (StepState::InProgress, "In progress.".to_string());
    };
    let short = wording(&deadline.id).short;
    if deadline.status == DeadlineStatus::Overdue {
        (
            StepState::Overdue,
            format!("{short} was due by {}.", on(deadline.due)),
        )
    } else {
        (
            StepState::InProgress,
            format!("{short} due by {}.", on(deadline.due)),
        )
    }
}

/// "If you are not happy ..., ask by DATE." or, once it has passed, that
/// asking late is still possible.
fn ask_by(if_unhappy: &str, ask: &Deadline) -> String {
    if ask.status == DeadlineStatus::Overdue {
        format!(
            "{if_unhappy}, you can still ask: the usual time ended on {}.",
            on(ask.due)
        )
    } else {
        format!("{if_unhappy}, ask by {}.", on(ask.due))
    }
}

fn stage1(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    match (
        e.complaint_received,
        e.stage1_response_received,
        e.stage2_start(),
    ) {
        (None, _, _) => (
            StepState::NotStarted,
            "Starts when the council receives your complaint.".to_string(),
        ),
        (Some(_), Some(reply), _) => (
            StepState::Completed,
            format!("Reply received on {}.", on(reply)),
        ),
        // Stage 2 started without a reply: after the law's longest time the
        // reply was overdue; before it, the family moved on early.
        (Some(received), None, Some((event, started))) => {
            let longest = calendar()
                .add_working_days(received, crate::core::case::STAGE1_LONGEST_WORKING_DAYS)
                .ok();
            if longest.is_some_and(|longest| started <= longest) {
                (
                    StepState::Completed,
                    format!(
                        "No reply yet; {} early, on {}.",
                        moved_on(event, "stage 2"),
                        on(started)
                    ),
                )
            } else {
                (
                    StepState::Overdue,
                    format!(
                        "No reply came within 20 working days; {} on {}.",
                        moved_on(event, "stage 2"),
                        on(started)
                    ),
                )
            }
        }
        (Some(_), None, None) => waiting(facts.awaited()),
    }
}

fn stage2(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    if e.stage2_start().is_none() {
        let detail = match facts.deadline("stage2_request") {
            Some(ask) if e.stage1_response_received.is_some() => {
                ask_by("If you are not happy with the stage 1 reply", ask)
            }
            _ if facts.may_skip_stage1_reply() => {
                "You can ask for stage 2 now: stage 1 has taken too long.".to_string()
            }
            _ => "Starts if you are not happy with the stage 1 reply.".to_string(),
        };
        return (StepState::NotStarted, detail);
    }
    if let Some(reply) = e.stage2_response_received {
        return (
            StepState::Completed,
            format!("Reply received on {}.", on(reply)),
        );
    }
    if let Some(refused) = e.stage2_refused {
        return (
            StepState::Overdue,
            format!("The council refused stage 2 on {}.", on(refused)),
        );
    }
    waiting(facts.awaited())
}

fn stage3(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    if e.stage3_start().is_none() {
        let detail = match facts.deadline("stage3_request") {
            Some(ask) => ask_by("If you are not happy with the stage 2 reply", ask),
            None => "Starts if you are not happy with the stage 2 reply.".to_string(),
        };
        return (StepState::NotStarted, detail);
    }
    if let Some(done) = e.final_response_received {
        return (
            StepState::Completed,
            format!("Final response received on {}.", on(done)),
        );
    }
    if let (Some(refused), None) = (e.stage3_refused, e.panel_met) {
        return (
            StepState::Overdue,
            format!("The council refused a review panel on {}.", on(refused)),
        );
    }
    waiting(facts.awaited())
}

fn ombudsman_row(facts: &Facts, position: OmbudsmanPosition) -> (StepState, String) {
    let limit = facts.ombudsman_limit();
    match (position, limit) {
        (OmbudsmanPosition::NotYet, _) => (
            StepState::NotStarted,
            "Usually after the council's procedure is finished.".to_string(),
        ),
        (_, Some(limit)) if limit.status == DeadlineStatus::Overdue && !limit.guidance => (
            StepState::Overdue,
            format!(
                "The law's time limit, {}, has passed; the Ombudsman may still look if there is a good reason.",
                on(limit.due)
            ),
        ),
        (_, Some(limit)) if limit.status == DeadlineStatus::Overdue => (
            StepState::Overdue,
            format!(
                "Our guide date, {}, has passed; the Ombudsman may still look if there is a good reason.",
                on(limit.due)
            ),
        ),
        (_, Some(limit)) if !limit.guidance => (
            StepState::Open,
            format!("You can go now. Go by {} (the law's time limit).", on(limit.due)),
        ),
        (_, Some(limit)) => (
            StepState::Open,
            format!("You can go now. Try to go by {}.", on(limit.due)),
        ),
        (_, None) => (
            StepState::Open,
            "You can ask the Ombudsman to step in now because of the delay.".to_string(),
        ),
    }
}

/// "you asked for stage 2" or, when declining ADR started the stage, "you
/// said no to informal resolution, which moved your complaint on".
fn moved_on(start: Event, stage: &str) -> String {
    match start {
        Event::AdrBeforeStage2Declined | Event::AdrBeforeStage3Declined => {
            "you said no to informal resolution (ADR), which moved your complaint on".to_string()
        }
        _ => format!("you asked for {stage}"),
    }
}
