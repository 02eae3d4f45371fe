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

use chrono::NaiveDate;

use super::facts::Facts;
use super::{Deadline, DeadlineId, Ombudsman, OmbudsmanPosition, Stage};
use crate::core::case::Events;
use crate::text::en::ombudsman::{self as words, Limits};

pub(crate) const PHONE: &str = "0300 061 0614";
pub(super) const WEBSITE: &str = "https://www.lgo.org.uk";

pub(super) fn ombudsman(facts: &Facts) -> Ombudsman {
    with_limits(facts.deadlines, facts.events, facts.today, |limits| {
        if facts.stage == Stage::Finished {
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
            (
                OmbudsmanPosition::NotYet,
                words::not_yet(words::NOT_YET, limits),
            )
        }
    })
}

/// The Ombudsman section of any procedure, from its dated deadlines: `say`
/// chooses the position and its words from the time limits known.
pub(super) fn with_limits(
    deadlines: &[Deadline],
    events: &Events,
    today: NaiveDate,
    say: impl FnOnce(Limits) -> (OmbudsmanPosition, String),
) -> Ombudsman {
    let find = |id| deadlines.iter().find(|d| d.id == id);
    let guide = find(DeadlineId::OmbudsmanTimeLimit);
    let law = find(DeadlineId::OmbudsmanTimeLimitFromProblem);
    // The law's date leads when it is known; our guide is second.
    let time_limit = law.or(guide).map(|d| d.due);
    // While the procedure goes on the law's date is no deadline of the case,
    // but it can pass meanwhile: the family is told it, and what then.
    let during_procedure = match law {
        None => super::deadlines::ombudsman_law_limit(events, today)
            .ok()
            .flatten(),
        Some(_) => None,
    };
    let (position, explanation) = say(Limits {
        law: law.or(during_procedure.as_ref()),
        guide,
        today,
    });
    Ombudsman {
        position,
        explanation,
        time_limit,
        phone: PHONE.to_string(),
        website: WEBSITE.to_string(),
    }
}
