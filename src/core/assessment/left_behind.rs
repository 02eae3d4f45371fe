//! Dates left behind, never done. Once stage 2 has begun after every date
//! for the stage 1 reply had passed, the council no longer owes that reply
//! (stage 2 now looks at the complaint): its overdue stage 1 dates move from
//! what the council owes to the earlier dates, marked as never done, with
//! how late they were when stage 2 began. A family who moved on before the
//! last of those dates is still owed the reply (docs/rules.md, "Asking for
//! stage 2 early"), so nothing changes for them. Likewise an acknowledgement
//! never entered is never done when the reply came after its date.

use chrono::NaiveDate;

use super::{Deadline, DeadlineId, DeadlineStatus, LeftBehind, LeftBehindBy, Party, Reply};
use crate::core::calendar::calendar;
use crate::core::case::Events;

/// The council's acknowledgement and stage 1 reply, in every version.
fn owed_at_stage1(deadline: &Deadline) -> bool {
    deadline.owed_by != Party::You
        && (deadline.id == DeadlineId::Acknowledgement
            || deadline.id.reply() == Some(Reply::Stage1))
}

fn leave(deadline: &mut Deadline, by: LeftBehindBy, on: NaiveDate) {
    deadline.status = DeadlineStatus::NotDone;
    deadline.done_on = None;
    deadline.left_behind = Some(LeftBehind { by, on });
    deadline.working_days_late = calendar().working_days_between(deadline.due, on).ok();
}

/// Marks as [`DeadlineStatus::NotDone`] the overdue stage 1 dates when
/// stage 2 began after the last day of every stage 1 reply date, and an
/// acknowledgement never entered whose reply came after its date.
pub(super) fn leave_behind(deadlines: &mut [Deadline], events: &Events) {
    acknowledged_by_the_reply(deadlines, events);
    let Some((_, began)) = events.stage2_start() else {
        return;
    };
    let last_reply_date = deadlines
        .iter()
        .filter(|d| d.id.reply() == Some(Reply::Stage1))
        .map(|d| d.due)
        .max();
    if last_reply_date.is_none_or(|last| last >= began) {
        return;
    }
    for deadline in deadlines.iter_mut() {
        if owed_at_stage1(deadline) && deadline.status == DeadlineStatus::Overdue {
            leave(deadline, LeftBehindBy::Stage2Began, began);
        }
    }
}

/// A reply counts as the acknowledgement when none is entered: on time when
/// it came by the acknowledgement's date, but after it the acknowledgement
/// was never done, not "done late" on the reply's day (found in a
/// walkthrough: "Done late" beside the family's "No, not acknowledged").
fn acknowledged_by_the_reply(deadlines: &mut [Deadline], events: &Events) {
    let pairs = [
        (
            DeadlineId::Acknowledgement,
            events.acknowledgement_received,
            events.stage1_response_received,
        ),
        (
            DeadlineId::Stage2Acknowledgement,
            events.stage2_acknowledgement_received,
            events.stage2_response_received,
        ),
    ];
    for (id, acknowledged, replied) in pairs {
        let Some(replied) = replied.filter(|_| acknowledged.is_none()) else {
            continue;
        };
        for deadline in deadlines
            .iter_mut()
            .filter(|d| d.id == id && d.due < replied)
        {
            leave(deadline, LeftBehindBy::ReplyCame, replied);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::assess;
    use super::*;
    use crate::core::case::Case;
    use crate::core::route::Route;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn statuses(case: &Case, today: NaiveDate) -> Vec<(DeadlineId, DeadlineStatus, Option<i32>)> {
        assess(case, today)
            .unwrap()
            .deadlines
            .iter()
            .map(|d| (d.id, d.status, d.working_days_late))
            .collect()
    }

    fn no_reply_then_stage2(asked: NaiveDate) -> Case {
        let events = Events {
            complaint_received: Some(date(2026, 9, 1)),
            stage2_requested: Some(asked),
            ..Events::default()
        };
        Case::new(Some("north-somerset".to_string()), events)
    }

    #[test]
    fn stage1_dates_are_left_behind_once_stage2_began_after_them() {
        // Received Tuesday 1 September 2026: 10 working days end Tuesday 15
        // September, 20 end Tuesday 29 September; stage 2 asked Thursday 15
        // October, 12 working days after the 20th.
        let case = no_reply_then_stage2(date(2026, 10, 15));
        let today = date(2026, 11, 30);
        let assessment = assess(&case, today).unwrap();
        let stage1: Vec<_> = statuses(&case, today)
            .into_iter()
            .filter(|(id, _, _)| id.reply() == Some(Reply::Stage1))
            .collect();
        assert_eq!(
            stage1,
            vec![
                (
                    DeadlineId::Stage1Response,
                    DeadlineStatus::NotDone,
                    Some(22)
                ),
                (
                    DeadlineId::Stage1ResponseExtended,
                    DeadlineStatus::NotDone,
                    Some(12)
                ),
            ]
        );
        let reply = assessment
            .deadlines
            .iter()
            .find(|d| d.id == DeadlineId::Stage1Response)
            .unwrap();
        assert_eq!(
            reply.left_behind,
            Some(LeftBehind {
                by: LeftBehindBy::Stage2Began,
                on: date(2026, 10, 15)
            })
        );
        // Stage 2's own reply is still what the council owes.
        let stage2 = assessment
            .deadlines
            .iter()
            .find(|d| d.id == DeadlineId::Stage2Response)
            .unwrap();
        assert_eq!(
            (stage2.due, stage2.status),
            (date(2026, 11, 19), DeadlineStatus::Overdue)
        );
    }

    #[test]
    fn a_family_who_moved_on_early_is_still_owed_the_stage1_reply() {
        // Asked on Tuesday 22 September: after 10 working days, before 20.
        let case = no_reply_then_stage2(date(2026, 9, 22));
        let stage1: Vec<_> = statuses(&case, date(2026, 11, 30))
            .into_iter()
            .filter(|(id, _, _)| id.reply() == Some(Reply::Stage1))
            .map(|(id, status, _)| (id, status))
            .collect();
        assert_eq!(
            stage1,
            vec![
                (DeadlineId::Stage1Response, DeadlineStatus::Overdue),
                (DeadlineId::Stage1ResponseExtended, DeadlineStatus::Overdue),
            ]
        );
    }

    #[test]
    fn an_acknowledgement_never_entered_is_not_done_when_the_reply_came_after_it() {
        // Corporate: received Thursday 2 April 2026; acknowledgement due
        // Monday 13 April (5 working days, Good Friday and Easter Monday
        // skipped); the reply came Wednesday 22 April, 7 working days later.
        let events = Events {
            complaint_received: Some(date(2026, 4, 2)),
            stage1_response_received: Some(date(2026, 4, 22)),
            ..Events::default()
        };
        let mut case = Case::new(Some("kingston-upon-hull".to_string()), events);
        case.route = Some(Route::Corporate);
        let assessment = assess(&case, date(2026, 11, 30)).unwrap();
        let ack = &assessment.deadlines[0];
        assert_eq!(
            (
                ack.id,
                ack.due,
                ack.status,
                ack.working_days_late,
                ack.done_on
            ),
            (
                DeadlineId::Acknowledgement,
                date(2026, 4, 13),
                DeadlineStatus::NotDone,
                Some(7),
                None
            )
        );
        assert_eq!(
            ack.left_behind,
            Some(LeftBehind {
                by: LeftBehindBy::ReplyCame,
                on: date(2026, 4, 22)
            })
        );
        // A reply by the acknowledgement's date acknowledged it in time.
        case.events.stage1_response_received = Some(date(2026, 4, 10));
        let assessment = assess(&case, date(2026, 11, 30)).unwrap();
        let ack = &assessment.deadlines[0];
        assert_eq!(
            (ack.status, ack.done_on),
            (DeadlineStatus::Met, Some(date(2026, 4, 10)))
        );
    }

    #[test]
    fn the_corporate_stage1_reply_is_left_behind_too() {
        let mut case = no_reply_then_stage2(date(2026, 10, 15));
        case.route = Some(Route::Corporate);
        let left: Vec<_> = statuses(&case, date(2026, 11, 30))
            .into_iter()
            .filter(|(_, status, _)| *status == DeadlineStatus::NotDone)
            .map(|(id, _, _)| id)
            .collect();
        assert_eq!(
            left,
            vec![DeadlineId::Acknowledgement, DeadlineId::Stage1Response]
        );
    }
}
