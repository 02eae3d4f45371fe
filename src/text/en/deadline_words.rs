//! What the English summary sentences (headline, timeline, next steps,
//! Ombudsman) share: which step is owed, time left and lateness, the
//! stage's name. Private to the English table.

use crate::core::assessment::{Deadline, DeadlineId, Stage, TimeUnit};
use crate::core::case::Event;
use crate::core::dates::{long_date, working_days};

/// What the council (or the review panel) owes next, from the deadline's
/// id: each sentence about it is written out whole for each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owed {
    Stage1Reply,
    Stage2Reply,
    PanelMeeting,
    PanelReport,
    FinalResponse,
    Other,
}

impl Owed {
    pub fn of(deadline: &Deadline) -> Owed {
        use DeadlineId::*;
        // The law's versions: the summaries speak of the date to act on.
        match deadline.id {
            Stage1Response | Stage1ResponseExtended => Owed::Stage1Reply,
            Stage2Response | Stage2ResponseExtended => Owed::Stage2Reply,
            PanelMeeting => Owed::PanelMeeting,
            PanelReport => Owed::PanelReport,
            FinalResponse => Owed::FinalResponse,
            ComplaintTimeLimit
            | ComplaintTimeLimitCouncil
            | Acknowledgement
            | Stage1ResponseCouncil
            | Stage1ResponseExtendedCouncil
            | Stage2Request
            | Stage2RequestCouncil
            | Stage2Acknowledgement
            | Stage2ResponseCouncil
            | Stage2ResponseExtendedCouncil
            | Stage2ResponseFromStatement
            | Stage2ResponseFromStatementCouncil
            | Stage2ResponseExtendedFromStatement
            | Stage2ResponseExtendedFromStatementCouncil
            | Stage3Request
            | Stage3RequestCouncil
            | PanelAppointed
            | PanelMeetingCouncil
            | PanelReportCouncil
            | FinalResponseCouncil
            | OmbudsmanTimeLimit
            | OmbudsmanTimeLimitFromProblem => Owed::Other,
        }
    }
}

/// "3 working days late" / "late" (after the due date but not by a whole working day).
pub(super) fn lateness(working_days_late: Option<i32>) -> String {
    match working_days_late {
        Some(n) if n > 0 => format!("{} late", working_days(i64::from(n))),
        _ => "late".to_string(),
    }
}

/// How long is left: "in 3 working days" for working-day deadlines, "in 5
/// days" for calendar days. `None` when due today or past, and for months
/// and years, where the date alone says it best.
fn time_left(deadline: &Deadline) -> Option<String> {
    match deadline.counting.unit {
        TimeUnit::WorkingDays => deadline
            .working_days_remaining
            .filter(|n| *n > 0)
            .map(|n| format!("in {}", working_days(i64::from(n)))),
        TimeUnit::CalendarDays => deadline
            .calendar_days_remaining
            .filter(|n| *n > 0)
            .map(|n| format!("in {n} {}", if n == 1 { "day" } else { "days" })),
        TimeUnit::Months | TimeUnit::Years => None,
    }
}

/// "by Wednesday 7 January 2026, in 2 working days" for working days; just
/// the date for months and years, whose time left is never given in
/// working days.
pub(super) fn by(deadline: &Deadline) -> String {
    let due = long_date(deadline.due);
    match time_left(deadline) {
        Some(left) => format!("by {due}, {left}"),
        None => format!("by {due}"),
    }
}

/// "Stage 1", ... before a colon at the start of the headline.
/// An Ombudsman date written out, with "at the latest" when the law's 12
/// months are counted from the complaint's receipt because the family has
/// not said when they first knew (they knew by then).
pub(crate) fn ombudsman_due(limit: &Deadline) -> String {
    let due = long_date(limit.due);
    if at_the_latest(limit) {
        format!("{due} at the latest")
    } else {
        due
    }
}

pub(crate) fn at_the_latest(limit: &Deadline) -> bool {
    limit.id == DeadlineId::OmbudsmanTimeLimitFromProblem
        && limit.counting.start_event == Event::ComplaintReceived.field()
}

pub(super) fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::NotStarted => "Not started",
        Stage::Stage1 => "Stage 1",
        Stage::Stage2 => "Stage 2",
        Stage::Stage3 => "Stage 3",
        Stage::Finished => "Finished",
    }
}

/// What the council refused, as a clause: "the council refused to start stage 2".
pub(super) fn refused(event: Event) -> &'static str {
    match event {
        Event::Stage3Refused => "the council refused to set up a review panel",
        _ => "the council refused to start stage 2",
    }
}

/// What to say when the council refused a request that came after the
/// usual 20 working days: the one kind of refusal the Ombudsman was seen to
/// accept (docs/rules.md, "Refusal to escalate").
pub(super) const LATE_REQUEST_REFUSED: &str = "Your request came after the usual 20 working days. The Ombudsman usually treats refusing to move a complaint on as fault, but it may accept a properly considered refusal of a late request: check the dates and ask the council for its reasons.";
