//! The four rows of the timeline: the three stages and the Ombudsman.

use super::facts::Facts;
use super::{
    Deadline, DeadlineId, DeadlineStatus, OmbudsmanPosition, Stage, StepState, TimelineStep,
};
use crate::core::calendar::calendar;
use crate::text::en::timeline as words;

pub(super) fn timeline(facts: &Facts, ombudsman: OmbudsmanPosition) -> Vec<TimelineStep> {
    vec![
        step("stage1", words::STAGE1_TITLE, stage1(facts)),
        step("stage2", words::STAGE2_TITLE, stage2(facts)),
        step("stage3", words::STAGE3_TITLE, stage3(facts)),
        step(
            "ombudsman",
            words::OMBUDSMAN_TITLE,
            ombudsman_row(facts, ombudsman),
        ),
    ]
}

pub(super) fn step(id: &str, title: &str, (state, detail): (StepState, String)) -> TimelineStep {
    TimelineStep {
        id: id.to_string(),
        title: title.to_string(),
        state,
        detail,
    }
}

/// In progress or overdue, from the deadline the stage is waiting on.
fn waiting(deadline: Option<&Deadline>) -> (StepState, String) {
    let Some(deadline) = deadline else {
        return (StepState::InProgress, words::in_progress());
    };
    if deadline.status == DeadlineStatus::Overdue {
        (StepState::Overdue, words::was_due_by(deadline))
    } else {
        (StepState::InProgress, words::due_by(deadline))
    }
}

fn stage1(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    match (
        e.complaint_received,
        e.stage1_response_received,
        e.stage2_start(),
    ) {
        (None, _, _) => (StepState::NotStarted, words::stage1_starts()),
        (Some(_), Some(reply), _) => (StepState::Completed, words::reply_received(reply)),
        // Stage 2 started without a reply: after the law's longest time the
        // reply was overdue; before it, the family moved on early.
        (Some(received), None, Some((event, started))) => {
            let longest = calendar()
                .add_working_days(received, crate::core::case::STAGE1_LONGEST_WORKING_DAYS)
                .ok();
            if longest.is_some_and(|longest| started <= longest) {
                // Moved on early, but the council still owes its reply: not
                // "Done" while that reply is late or still due.
                let reply_late = facts
                    .deadline(DeadlineId::Stage1Response)
                    .is_some_and(|d| d.status == DeadlineStatus::Overdue);
                (
                    if reply_late {
                        StepState::Overdue
                    } else {
                        StepState::InProgress
                    },
                    words::stage2_started_early(event, started),
                )
            } else {
                (
                    StepState::Overdue,
                    words::stage2_started_without_reply(event, started),
                )
            }
        }
        (Some(_), None, None) => waiting(facts.awaited()),
    }
}

fn stage2(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    if e.stage2_start().is_none() {
        let detail = match facts.deadline(DeadlineId::Stage2Request) {
            Some(ask) if e.stage1_response_received.is_some() => words::ask_by(Stage::Stage1, ask),
            _ if facts.may_skip_stage1_reply() => words::stage2_now(),
            _ => words::stage2_starts(),
        };
        return (StepState::NotStarted, detail);
    }
    if let Some(reply) = e.stage2_response_received {
        return (StepState::Completed, words::reply_received(reply));
    }
    if let Some(refused) = e.stage2_refused {
        return (StepState::Overdue, words::stage2_refused(refused));
    }
    waiting(facts.awaited())
}

fn stage3(facts: &Facts) -> (StepState, String) {
    let e = facts.events;
    if e.stage3_start().is_none() {
        let detail = match facts.deadline(DeadlineId::Stage3Request) {
            Some(ask) => words::ask_by(Stage::Stage2, ask),
            None => words::stage3_starts(),
        };
        return (StepState::NotStarted, detail);
    }
    if let Some(done) = e.final_response_received {
        return (StepState::Completed, words::final_response_received(done));
    }
    if let (Some(refused), None) = (e.stage3_refused, e.panel_met) {
        return (StepState::Overdue, words::panel_refused(refused));
    }
    waiting(facts.awaited())
}

fn ombudsman_row(facts: &Facts, position: OmbudsmanPosition) -> (StepState, String) {
    match (position, facts.ombudsman_limit()) {
        (OmbudsmanPosition::NotYet, _) => (StepState::NotStarted, words::ombudsman_not_yet()),
        (_, Some(limit)) if limit.status == DeadlineStatus::Overdue => {
            (StepState::Overdue, words::ombudsman_passed(limit))
        }
        (_, Some(limit)) => (StepState::Open, words::ombudsman_go_by(limit)),
        (_, None) => (StepState::Open, words::ombudsman_early_for_delay()),
    }
}
