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

use super::facts::Facts;
use super::{DeadlineId, Ombudsman, OmbudsmanPosition, Stage};
use crate::text::en::ombudsman::{self as words, Limits};

pub(crate) const PHONE: &str = "0300 061 0614";
pub(super) const WEBSITE: &str = "https://www.lgo.org.uk";

pub(super) fn ombudsman(facts: &Facts) -> Ombudsman {
    let guide = facts.deadline(DeadlineId::OmbudsmanTimeLimit);
    let law = facts.deadline(DeadlineId::OmbudsmanTimeLimitFromProblem);
    // The law's date leads when it is known; our guide is second.
    let time_limit = law.or(guide).map(|d| d.due);
    // While the procedure goes on the law's date is no deadline of the case,
    // but it can pass meanwhile: the family is told it, and what then.
    let during_procedure = match law {
        None => super::deadlines::ombudsman_law_limit(facts.events, facts.today)
            .ok()
            .flatten(),
        Some(_) => None,
    };
    let limits = Limits {
        law: law.or(during_procedure.as_ref()),
        guide,
        today: facts.today,
    };
    let (position, explanation) = if facts.stage == Stage::Finished {
        (OmbudsmanPosition::CanGoNow, words::finished(limits))
    } else if let Some((event, date)) = facts.refusal() {
        (
            OmbudsmanPosition::CanGoEarly,
            words::after_refusal(event, date, facts.refusal_after_late_request(), limits),
        )
    } else if let Some(late) = facts.serious_delay() {
        (
            OmbudsmanPosition::CanGoEarly,
            words::serious_delay(late, limits),
        )
    } else {
        (OmbudsmanPosition::NotYet, words::not_yet(limits))
    };
    Ombudsman {
        position,
        explanation,
        time_limit,
        phone: PHONE.to_string(),
        website: WEBSITE.to_string(),
    }
}
