//! Things to double-check, each a whole warning.

use chrono::NaiveDate;

use crate::core::case::STAGE1_LONGEST_WORKING_DAYS;
use crate::core::dates::{day_month_year, working_days};

/// The route is not known yet, so the statutory dates are shown.
pub fn route_not_sure() -> String {
    "You are not sure which complaints procedure applies, so these are the statutory children's procedure's dates, for now. Ask the council in writing which procedure it is using: the questions are under \"Which procedure\".".to_string()
}

/// Some dates rely on the usual bank holidays of `years` (in order, at
/// least one), which are not announced yet.
pub fn predicted_holidays(years: &[i32]) -> String {
    let list = match years.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => {
            let rest: Vec<String> = rest.iter().map(i32::to_string).collect();
            format!("{} and {last}", rest.join(", "))
        }
        None => String::new(),
    };
    format!("Some dates assume the usual bank holidays for {list}; check nearer the time, because extra bank holidays are announced only months ahead.")
}

/// Stage 2 was asked for on `asked`, before the stage 1 reply and before
/// the law's longest stage 1 time ran out on `longest`.
pub fn early_stage2_request(asked: NaiveDate, longest: NaiveDate) -> String {
    format!(
        "Stage 2 started on {}, before the council's stage 1 reply and before the longest time the law allows for it ({STAGE1_LONGEST_WORKING_DAYS} working days, to {}). We count stage 2 from that day. The council may say stage 1 is not finished and start stage 2 later: if it does, ask it in writing which date it is counting from.",
        day_month_year(asked),
        day_month_year(longest)
    )
}

/// The complaint was made more than a year after it happened.
pub fn complained_late() -> String {
    "You complained more than a year after it happened. The council can still accept your complaint if there was a good reason for waiting and it can still be looked at fairly, so explain why.".to_string()
}

/// No complaint yet, and more than a year has passed.
pub fn late_to_complain() -> String {
    "It is more than a year since it happened. You can still complain: the council can accept a later complaint if there was a good reason for waiting, so explain why.".to_string()
}

/// What the council's page says about the start of the stage 2 clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageCounts {
    FromStatement,
    DoesNotSay,
}

/// When the stage 2 clock starts is disputed. `by_declining_adr` when
/// declining ADR started stage 2 (no request entered); `statement_agreed`
/// when the agreed statement's date is entered; `page`: the council's name
/// and what its page says, when we hold it.
pub fn stage2_start_disputed(
    by_declining_adr: bool,
    statement_agreed: bool,
    page: Option<(&str, PageCounts)>,
) -> String {
    let from = if by_declining_adr {
        "the day you said no to informal resolution, which moved your complaint on (you did not enter the day you asked)"
    } else {
        "your request"
    };
    let mut text = format!("People disagree about when the stage 2 clock starts: the day you asked for stage 2, or the day your complaint statement was agreed. We count from {from}");
    text.push_str(if statement_agreed {
        ", and also show the dates counted from the agreed statement."
    } else {
        ". If the council agrees a complaint statement with you, enter that date to see both."
    });
    match page {
        Some((council, PageCounts::FromStatement)) => text.push_str(&format!(
            " {} page counts from the agreed statement.",
            super::council::possessive_first(council)
        )),
        Some((council, PageCounts::DoesNotSay)) if !by_declining_adr => text.push_str(&format!(
            " {} page does not say. Counting from your request is our decision: it gives the earlier date to hold the council to.",
            super::council::possessive_first(council)
        )),
        Some((council, PageCounts::DoesNotSay)) => text.push_str(&format!(
            " {} page does not say.",
            super::council::possessive_first(council)
        )),
        None => {}
    }
    text
}

/// The complaint statement was agreed `gap` working days after the request.
pub fn long_statement_gap(gap: i32) -> String {
    format!(
        "Your complaint statement was agreed {} after you asked for stage 2. The Ombudsman treats a long delay in agreeing the statement as a fault, so you can mention it.",
        working_days(i64::from(gap))
    )
}

/// The council's page no longer works and the copy we used is the current
/// version: `dated` when the copy is dated, else when we `checked` it.
pub fn council_page_may_have_changed(
    council: &str,
    dated: Option<NaiveDate>,
    checked: NaiveDate,
    link: &str,
) -> String {
    let copy = match dated {
        Some(dated) => format!(
            "the copy of its page we used, dated {}",
            day_month_year(dated)
        ),
        None => format!(
            "the copy of its page we used (checked {})",
            day_month_year(checked)
        ),
    };
    format!(
        "{council} may have changed its procedure since {copy}. Check the council's website before you rely on its own promises: {link}"
    )
}

/// The council's page no longer works and we used an older version of it.
pub fn council_page_older_version(council: &str, link: &str) -> String {
    let council_s = super::council::possessive(council);
    format!(
        "We explain your complaint with an older version of {council_s} page, the one we think was in use when you complained. Check the council's letters, and its current page, before you rely on its own promises: {link}"
    )
}

/// We guessed which version of the council's page applies.
pub fn procedure_version_guessed(council: &str) -> String {
    format!(
        "{council} has changed its page over time, and we do not know exactly when. We have guessed which version applies to your complaint: check the dates in the council's letters."
    )
}
