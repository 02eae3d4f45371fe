//! What the summary parts (headline, timeline, next steps, Ombudsman,
//! warnings) share: the case, today, the dated deadlines, and which deadline
//! the complaint is waiting on now.

use chrono::NaiveDate;

use super::{Deadline, DeadlineId, DeadlineStatus, Party, Stage};
use crate::core::case::{Event, Events};
use crate::core::councils::{Council, Procedure};

pub(super) struct Facts<'a> {
    pub today: NaiveDate,
    pub events: &'a Events,
    pub stage: Stage,
    pub deadlines: &'a [Deadline],
    pub council: Option<&'static Council>,
    pub procedure: Option<&'static Procedure>,
}

/// Council deadlines more than this many working days overdue count as the
/// serious delay that lets the Ombudsman look early.
pub(super) const SERIOUS_DELAY_WORKING_DAYS: i32 = 20;

pub(super) fn stage_of(events: &Events) -> Stage {
    if events.final_response_received.is_some() {
        Stage::Finished
    } else if events.stage3_start().is_some() {
        Stage::Stage3
    } else if events.stage2_start().is_some() {
        Stage::Stage2
    } else if events.complaint_received.is_some() {
        Stage::Stage1
    } else {
        Stage::NotStarted
    }
}

impl Facts<'_> {
    pub fn deadline(&self, id: DeadlineId) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.id == id)
    }

    /// The deadline the complaint is waiting on now: the council's (or
    /// panel's) next reply, or the family's next request. The law's version,
    /// extended only when the council said it needs more time.
    pub fn awaited(&self) -> Option<&Deadline> {
        let e = self.events;
        let id = match self.stage {
            Stage::NotStarted => return None,
            Stage::Stage1 if e.stage1_response_received.is_none() => {
                if e.stage1_extended {
                    DeadlineId::Stage1ResponseExtended
                } else {
                    DeadlineId::Stage1Response
                }
            }
            Stage::Stage1 => DeadlineId::Stage2Request,
            Stage::Stage2 if e.stage2_response_received.is_none() => {
                if e.stage2_extended {
                    DeadlineId::Stage2ResponseExtended
                } else {
                    DeadlineId::Stage2Response
                }
            }
            Stage::Stage2 => DeadlineId::Stage3Request,
            Stage::Stage3 if e.panel_met.is_none() => DeadlineId::PanelMeeting,
            Stage::Stage3 if e.panel_report_received.is_none() => DeadlineId::PanelReport,
            Stage::Stage3 => DeadlineId::FinalResponse,
            // The law's date leads when the family said when they first knew.
            Stage::Finished => return self.ombudsman_limit(),
        };
        self.deadline(id)
    }

    /// The date to act on for the Ombudsman: the law's (12 months beginning
    /// with the day the family first knew) when known, else our guide.
    pub fn ombudsman_limit(&self) -> Option<&Deadline> {
        super::ombudsman_date_to_act_on(self.deadlines)
    }

    /// A refusal to move the complaint on that still stands: (event, date).
    pub fn refusal(&self) -> Option<(Event, NaiveDate)> {
        let e = self.events;
        if let (Some(date), None) = (e.stage3_refused, e.panel_met) {
            return Some((Event::Stage3Refused, date));
        }
        if let (Some(date), None) = (e.stage2_refused, e.stage2_response_received) {
            return Some((Event::Stage2Refused, date));
        }
        None
    }

    /// True when the standing refusal followed a request made after the usual
    /// 20 working days: the Ombudsman may accept a properly considered
    /// refusal of a late request (docs/rules.md, "Refusal to escalate").
    pub fn refusal_after_late_request(&self) -> bool {
        let request = match self.refusal() {
            Some((Event::Stage3Refused, _)) => DeadlineId::Stage3Request,
            Some(_) => DeadlineId::Stage2Request,
            None => return false,
        };
        self.deadline(request)
            .is_some_and(|d| d.status == DeadlineStatus::Late)
    }

    /// The council's or panel's awaited deadline, if it is more than
    /// [`SERIOUS_DELAY_WORKING_DAYS`] overdue. Only the awaited one counts:
    /// the usual time is replaced by the longer one once the council extends.
    pub fn serious_delay(&self) -> Option<&Deadline> {
        self.awaited()
            .filter(|d| d.owed_by != Party::You && d.status == DeadlineStatus::Overdue)
            .filter(|d| d.working_days_late.unwrap_or(0) > SERIOUS_DELAY_WORKING_DAYS)
    }

    /// True when 20 working days have passed with no stage 1 reply and
    /// stage 2 has not started: the family can ask for stage 2 now
    /// (docs/rules.md, "Stage 1 without a reply").
    pub fn may_skip_stage1_reply(&self) -> bool {
        self.events.stage2_start().is_none()
            && self.events.stage1_response_received.is_none()
            && self
                .deadline(DeadlineId::Stage1ResponseExtended)
                .is_some_and(|d| d.status == DeadlineStatus::Overdue)
    }
}
