//! When the family can go to the Local Government and Social Care
//! Ombudsman, and its 12-month time limit.
//!
//! Time limit (decision): the law (Local Government Act 1974 s26B) counts 12
//! months from when the person first knew of the matter. The Ombudsman
//! normally expects the council's procedure to be finished first and usually
//! accepts the time spent in it, so we count 12 months from the end of the
//! procedure (the final response, or a refusal to go on), and say so.

use super::counting::lateness;
use super::facts::Facts;
use super::headline::refused;
use super::{Ombudsman, OmbudsmanPosition, Stage};
use crate::core::dates::long_date;

pub(super) const PHONE: &str = "0300 061 0614";
pub(super) const WEBSITE: &str = "https://www.lgo.org.uk";

const WHY_WE_COUNT_FROM_THE_END: &str = "The law counts 12 months from when you first knew about the problem, but the Ombudsman usually accepts the time you spent in the council's procedure.";

pub(super) fn ombudsman(facts: &Facts) -> Ombudsman {
    let time_limit = facts.deadline("ombudsman_time_limit").map(|d| d.due);
    let limit_sentence = match time_limit {
        Some(due) => format!(
            "You should normally go within 12 months: we count them to {} from the end of the council's procedure. {WHY_WE_COUNT_FROM_THE_END}",
            long_date(due)
        ),
        None => WHY_WE_COUNT_FROM_THE_END.to_string(),
    };
    let (position, explanation) = if facts.stage == Stage::Finished {
        (
            OmbudsmanPosition::CanGoNow,
            format!(
                "The council's procedure is finished. If you are still not happy, you can complain to the Ombudsman. {limit_sentence}"
            ),
        )
    } else if let Some((event, date)) = facts.refusal() {
        (
            OmbudsmanPosition::CanGoEarly,
            format!(
                "On {}, {}. The Ombudsman has said many times that councils must not refuse this, so it may look at your complaint now, without waiting. {limit_sentence}",
                long_date(date),
                refused(event)
            ),
        )
    } else if let Some(late) = facts.serious_delay() {
        (
            OmbudsmanPosition::CanGoEarly,
            format!(
                "{} is {}. The Ombudsman normally waits until the council's procedure is finished, but it may look at your complaint early when a council delays this much. {limit_sentence}",
                late.title,
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
