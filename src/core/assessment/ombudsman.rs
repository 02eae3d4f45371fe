//! When the family can go to the Local Government and Social Care
//! Ombudsman, and its 12-month time limit.
//!
//! Time limit: the law (Local Government Act 1974 s26B(2)) gives 12 months
//! beginning with the day the person first had notice of the matter, and
//! the Ombudsman can accept later complaints for a good reason, usually
//! accepting the time spent in the council's procedure. When the family has
//! said when they first knew, the law's date leads; our guide (12 months
//! beginning with the end of the procedure) is second. Without that date,
//! the guide is all we can give, and it says so.

use super::counting::lateness;
use super::facts::{wording, Facts};
use super::headline::{refused, LATE_REQUEST_REFUSED};
use super::{Ombudsman, OmbudsmanPosition, Stage};
use crate::core::case::Event;
use crate::core::dates::{capitalise, long_date};

pub(super) const PHONE: &str = "0300 061 0614";
pub(super) const WEBSITE: &str = "https://www.lgo.org.uk";

const WHY_WE_COUNT_FROM_THE_END: &str = "The law counts 12 months beginning with the day you first knew about the problem, but the Ombudsman can accept a later complaint, and it usually accepts the time you spent on the council's procedure.";

const GOOD_REASON: &str = "The Ombudsman can still look at your complaint after that if there is a good reason, such as waiting for the council's procedure to finish: say so when you go.";

pub(super) fn ombudsman(facts: &Facts) -> Ombudsman {
    let guide = facts.deadline("ombudsman_time_limit");
    let law = facts.deadline("ombudsman_time_limit_from_problem");
    // The law's date leads when it is known; our guide is second.
    let time_limit = law.or(guide).map(|d| d.due);
    let limit_sentence = match (law, guide) {
        (Some(law), guide) => {
            let mut text = if law.due < facts.today {
                format!(
                    "The law's time limit, 12 months beginning with the day you first knew about the problem, ended on {}. {GOOD_REASON}",
                    long_date(law.due)
                )
            } else {
                format!(
                    "The law's time limit is 12 months beginning with the day you first knew about the problem: go by {}. {GOOD_REASON}",
                    long_date(law.due)
                )
            };
            if let Some(guide) = guide.filter(|guide| guide.due > law.due) {
                text.push_str(&format!(
                    " As a guide, counting 12 months from the end of the council's procedure instead gives {}: that is not a date fixed by law.",
                    long_date(guide.due)
                ));
            }
            text
        }
        (None, Some(guide)) => {
            let from = match guide.counting.start_event.as_str() {
                "stage2_refused" | "stage3_refused" => "beginning with the day the council refused",
                _ => "beginning with the day the council's procedure ended",
            };
            format!(
                "{WHY_WE_COUNT_FROM_THE_END} So we count 12 months {from}: that is {}. This is our guide, not a date fixed by law: go as soon as you can. If you tell us when you first knew about the problem, we can show the law's own date.",
                long_date(guide.due)
            )
        }
        (None, None) => WHY_WE_COUNT_FROM_THE_END.to_string(),
    };
    let (position, explanation) = if facts.stage == Stage::Finished {
        (
            OmbudsmanPosition::CanGoNow,
            format!(
                "The council's procedure is finished. If you are still not happy, you can complain to the Ombudsman. {limit_sentence}"
            ),
        )
    } else if let Some((event, date)) = facts.refusal() {
        let view = if facts.refusal_after_late_request() {
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
        (
            OmbudsmanPosition::CanGoEarly,
            format!(
                "On {}, {}. {view} {limit_sentence}",
                long_date(date),
                refused(event)
            ),
        )
    } else if let Some(late) = facts.serious_delay() {
        (
            OmbudsmanPosition::CanGoEarly,
            format!(
                "{} is {}. The Ombudsman normally waits until the council's procedure is finished, but it may look at your complaint early when a council delays this much. {limit_sentence}",
                capitalise(wording(&late.id).subject),
                lateness(late.working_days_late)
            ),
        )
    } else {
        (
            OmbudsmanPosition::NotYet,
            "The Ombudsman normally expects you to go through the council's three stages first. It may step in earlier if the council delays a lot or refuses to move your complaint on.".to_string(),
        )
    };
    Ombudsman {
        position,
        explanation,
        time_limit,
        phone: PHONE.to_string(),
        website: WEBSITE.to_string(),
    }
}
