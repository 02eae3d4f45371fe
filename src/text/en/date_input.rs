//! What the page says about a date typed into the day, month and year
//! boxes, and about a date set in the address. `what` is the date's name
//! from `form_questions` ("the date you got the council's reply").

use chrono::NaiveDate;

use crate::core::dates::{capitalise, day_month_year, month_name, DatePart};

/// Some of the boxes are empty: `missing` lists them, in order (day, month, year).
pub fn missing_parts(what: &str, missing: &[DatePart]) -> String {
    let parts: Vec<&str> = missing
        .iter()
        .filter_map(|part| match part {
            DatePart::Day => Some("day"),
            DatePart::Month => Some("month"),
            DatePart::Year => Some("year"),
            _ => None,
        })
        .collect();
    format!(
        "{} must include a {}",
        capitalise(what),
        parts.join(" and ")
    )
}

pub fn day_not_a_day(what: &str) -> String {
    format!("The day of {what} must be a number from 1 to 31")
}

pub fn month_not_a_month(what: &str) -> String {
    format!("The month of {what} must be a number from 1 to 12 or a month name, like 3 or March")
}

pub fn year_not_a_year(what: &str) -> String {
    format!("The year of {what} must have 4 numbers, like 2026")
}

/// The date is before `first`, when the rules began.
pub fn before_the_rules(what: &str, first: NaiveDate) -> String {
    format!(
        "{} must be on or after {}, when the rules for these complaints started",
        capitalise(what),
        day_month_year(first)
    )
}

/// `month` of `year` has no day `day`.
pub fn no_such_day(what: &str, day: u32, month: u32, year: i32) -> String {
    format!(
        "{} must be a real date: {} {year} has no day {day}",
        capitalise(what),
        month_name(month)
    )
}

/// The date is after today.
pub fn in_future(what: &str) -> String {
    format!("{} must be today or in the past", capitalise(what))
}

/// "Yes", but no date.
/// A date every case needs, left blank.
pub fn date_needed(what: &str) -> String {
    format!("Enter {what}")
}

/// A request's date left blank where the council offered ADR first: the
/// date the family said no to it is enough.
pub fn missing_request_date_or_adr_no(what: &str) -> String {
    format!("Enter {what}, or below it the date you said no to the council's offer to talk it through, or answer no if it has not happened")
}

pub fn missing_date(what: &str) -> String {
    format!("Enter {what}, or answer no if it has not happened")
}

/// Something typed in the day box that is more than a day but not a date
/// we can split without guessing.
pub const SPLIT_UNCLEAR: &str = "We could not split that into a day, month and year. Type the day in the first box, the month in the second and the year in the third, for example 19, 12 and 2025.";

/// A whole date typed (or `pasted`) in the day box was split into the
/// three boxes: `date` when the parts make a real date.
pub fn split_note(date: Option<NaiveDate>, pasted: bool) -> String {
    let how = if pasted { "pasted" } else { "typed" };
    match date {
        Some(date) => format!(
            "We split the date you {how} into day, month and year: {}.",
            day_month_year(date)
        ),
        None => format!("We split the date you {how} into day, month and year. Check each box."),
    }
}

/// The address set today's date outside the range we count in, `first` to `last`.
pub fn today_out_of_range(first: NaiveDate, last: NaiveDate) -> String {
    format!(
        "The date set in the address was ignored: this tool counts only from {} to {}. Today's date from this device is used.",
        day_month_year(first),
        day_month_year(last)
    )
}

/// The address set today's date to something that is not a date.
pub const TODAY_NOT_A_DATE: &str = "The date set in the address was ignored: it is not a real date written as YYYY-MM-DD. Today's date from this device is used.";
