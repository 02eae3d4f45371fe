//! What the result says about going to the Local Government and Social
//! Care Ombudsman: when the family can go, and its 12-month time limit.

use chrono::NaiveDate;

use super::deadline_words::{
    at_the_latest, lateness, ombudsman_due, refused as refused_clause, Owed, LATE_REQUEST_REFUSED,
};
use crate::core::assessment::Deadline;
use crate::core::case::Event;
use crate::core::dates::long_date;

pub(super) const WHY_WE_COUNT_FROM_THE_END: &str = "The law counts 12 months beginning with the day you first knew about the problem, and the Ombudsman can accept a later complaint for a good reason; the time the council's procedure took may be one, though the Ombudsman decides that itself.";

const GOOD_REASON: &str = "The Ombudsman can still look at your complaint after that if there is a good reason, such as waiting for the council's procedure to finish: say so when you go.";

/// The Ombudsman's time limits known for a case: the law's (12 months
/// beginning with the day the family first knew) and our guide (12 months
/// beginning with the end of the council's procedure).
#[derive(Debug, Clone, Copy)]
pub struct Limits<'a> {
    pub law: Option<&'a Deadline>,
    pub guide: Option<&'a Deadline>,
    pub today: NaiveDate,
}

/// The sentences on the time limit, the law's date first. Once the
/// procedure has ended the law's date is always known (at the latest from
/// the complaint's receipt), so our guide is only ever second.
pub fn time_limit(limits: Limits) -> String {
    match (limits.law, limits.guide) {
        (Some(law), guide) => {
            let mut text = if law.due < limits.today {
                format!(
                    "The law's time limit, 12 months beginning with the day you first knew about the problem, ended on {}.",
                    ombudsman_due(law)
                )
            } else {
                format!(
                    "The law's time limit is 12 months beginning with the day you first knew about the problem: go by {}.",
                    ombudsman_due(law)
                )
            };
            if at_the_latest(law) {
                text.push(' ');
                text.push_str(super::law::OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST_NOTE);
            }
            text.push(' ');
            text.push_str(GOOD_REASON);
            if let Some(guide) = guide.filter(|guide| guide.due > law.due) {
                text.push_str(&format!(
                    " As a guide, counting 12 months from the end of the council's procedure instead gives {}: that is not a date fixed by law.",
                    long_date(guide.due)
                ));
            }
            text
        }
        (None, _) => WHY_WE_COUNT_FROM_THE_END.to_string(),
    }
}

/// The council's procedure is finished: the family can go now.
pub fn finished(limits: Limits) -> String {
    format!(
        "The council's procedure is finished. If you are still not happy, you can complain to the Ombudsman. {}",
        time_limit(limits)
    )
}

/// The council refused to move the complaint on (`event`, on `date`);
/// `after_late_request` when the request came after the usual time.
pub fn after_refusal(
    event: Event,
    date: NaiveDate,
    after_late_request: bool,
    limits: Limits,
) -> String {
    let view = if after_late_request {
        format!(
            "{LATE_REQUEST_REFUSED} If it did not think about your reasons, or you had a good reason for asking late, the Ombudsman may look at your complaint now, without waiting."
        )
    } else {
        let what = match event {
            Event::Stage3Refused => "a review panel",
            _ => "stage 2",
        };
        format!("The Ombudsman has said many times that councils must not refuse {what}, so it may look at your complaint now, without waiting.")
    };
    format!(
        "On {}, {}. {view} {}",
        long_date(date),
        refused_clause(event),
        time_limit(limits)
    )
}

/// The council's (or panel's) awaited step is seriously late.
pub fn serious_delay(late: &Deadline, limits: Limits) -> String {
    let how_late = lateness(late.working_days_late);
    let what = match Owed::of(late) {
        Owed::Stage1Reply => format!("The council's reply is {how_late}."),
        Owed::Stage2Reply => format!("The council's stage 2 reply is {how_late}."),
        Owed::PanelMeeting => format!("The review panel meeting is {how_late}."),
        Owed::PanelReport => format!("The panel's report is {how_late}."),
        Owed::FinalResponse => format!("The council's final response is {how_late}."),
        Owed::Other => format!("The next step is {how_late}."),
    };
    format!(
        "{what} The Ombudsman normally waits until the council's procedure is finished, but it may look at your complaint early when a council delays this much. {}",
        time_limit(limits)
    )
}

/// Not yet: the council's three stages come first; and the law's time
/// limit, if the family said when they first knew, with what to do if the
/// stages may outlast it (the 12 months do not wait for them). The source
/// for that: the Ombudsman's decision 25 004 197 (2025), which declined a
/// complaint made more than 12 months after the person knew, saying it
/// expects people to come within a year even when a complaints procedure
/// is taking long.
pub fn not_yet(lead: &str, limits: Limits) -> String {
    match limits.law {
        Some(law) if law.due < limits.today => format!(
            "{lead} The law's time limit, 12 months beginning with the day you first knew about the problem, ended on {}. As the council's stages are not finished, contact the Ombudsman now and ask whether to wait for them: it can still look at a complaint after that date if there is a good reason.",
            long_date(law.due)
        ),
        Some(law) => format!(
            "{lead} The law's time limit is 12 months beginning with the day you first knew about the problem: {}. These 12 months do not wait for the council's stages. If they may not be finished by then, contact the Ombudsman before that date and ask what to do: it has turned down a late complaint from someone who waited for a slow complaints procedure (decision 25 004 197, 2025).",
            long_date(law.due)
        ),
        None => lead.to_string(),
    }
}

pub const NOT_YET: &str =
    "The Ombudsman normally expects you to go through the council's three stages first. It may step in earlier if the council delays a lot or refuses to move your complaint on.";

/// A route that is not a council complaint.
pub fn elsewhere() -> String {
    "The Ombudsman can look at what the council itself did, but not at what a court decided, and not at other organisations such as the police or Cafcass.".to_string()
}
