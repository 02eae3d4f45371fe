//! Dates for people: writing them out in full, and reading the GOV.UK
//! day/month/year input (numbers or month names), with errors that say which
//! part is wrong.

use chrono::{Datelike, NaiveDate, Weekday};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "Wednesday 7 January 2026".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(date.weekday()),
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "7 January 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "2026-01-07": ISO 8601, without chrono's formatting machinery (it is large in wasm).
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads exactly "YYYY-MM-DD"; `None` for anything else or an impossible date.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let (year, month, day) = iso_parts(text)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The year, month and day numbers of text shaped exactly like "YYYY-MM-DD",
/// whether or not they make a real date.
pub fn iso_parts(text: &str) -> Option<(i32, u32, u32)> {
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !well_formed {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    Some((number(0..4)? as i32, number(5..7)?, number(8..10)?))
}

/// "1 working day" / "3 working days".
pub fn working_days(count: i64) -> String {
    if count == 1 {
        "1 working day".to_string()
    } else {
        format!("{count} working days")
    }
}

/// Which part of a date input is wrong, so the UI can highlight just that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
    /// The whole date (e.g. it is not a real date, or it is in the future).
    All,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateInputError {
    pub part: DatePart,
    pub message: String,
}

fn problem(part: DatePart, message: String) -> DateInputError {
    DateInputError { part, message }
}

/// Reads a month typed as a number ("3", "03") or a name ("Mar", "march", "Sept").
pub fn parse_month(text: &str) -> Option<u32> {
    let text = text.trim().trim_end_matches('.');
    if let Ok(number) = text.parse::<u32>() {
        return (1..=12).contains(&number).then_some(number);
    }
    let lower = text.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    if lower == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|name| {
            let name = name.to_ascii_lowercase();
            name == lower || (lower.len() == 3 && name.starts_with(&lower))
        })
        .map(|index| index as u32 + 1)
}

/// Reads the three text fields of a GOV.UK date input. `what` names the date
/// in messages ("the date you complained"). Returns `Ok(None)` when all three
/// fields are empty.
pub fn parse_date_parts(
    day: &str,
    month: &str,
    year: &str,
    what: &str,
) -> Result<Option<NaiveDate>, DateInputError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Ok(None);
    }
    let mut missing = Vec::new();
    if day.is_empty() {
        missing.push("day");
    }
    if month.is_empty() {
        missing.push("month");
    }
    if year.is_empty() {
        missing.push("year");
    }
    if !missing.is_empty() {
        let part = match missing.as_slice() {
            ["day"] => DatePart::Day,
            ["month"] => DatePart::Month,
            ["year"] => DatePart::Year,
            _ => DatePart::All,
        };
        return Err(problem(
            part,
            format!(
                "{} must include a {}",
                capitalise(what),
                missing.join(" and ")
            ),
        ));
    }
    let day_number = day
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
        .ok_or_else(|| {
            problem(
                DatePart::Day,
                format!("The day of {what} must be a number from 1 to 31"),
            )
        })?;
    let month_number = parse_month(month).ok_or_else(|| {
        problem(
            DatePart::Month,
            format!("The month of {what} must be a number from 1 to 12 or a month name, like 3 or March"),
        )
    })?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(problem(
            DatePart::Year,
            format!("The year of {what} must have 4 numbers, like 2026"),
        ));
    }
    let year_number: i32 = year.parse().unwrap_or(0);
    NaiveDate::from_ymd_opt(year_number, month_number, day_number)
        .map(Some)
        .ok_or_else(|| {
            problem(
                DatePart::All,
                format!(
                    "{} must be a real date: {} has no day {}",
                    capitalise(what),
                    month_and_year(month_number, year_number),
                    day_number
                ),
            )
        })
}

fn month_and_year(month: u32, year: i32) -> String {
    format!("{} {}", month_name(month), year)
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn writes_dates_out_in_full() {
        assert_eq!(long_date(date(2026, 1, 7)), "Wednesday 7 January 2026");
        assert_eq!(long_date(date(2022, 9, 19)), "Monday 19 September 2022");
        assert_eq!(day_month_year(date(2025, 12, 19)), "19 December 2025");
    }

    #[test]
    fn reads_numbers_and_month_names() {
        let what = "the date you complained";
        assert_eq!(
            parse_date_parts("7", "1", "2026", what),
            Ok(Some(date(2026, 1, 7)))
        );
        assert_eq!(
            parse_date_parts("07", "Jan", "2026", what),
            Ok(Some(date(2026, 1, 7)))
        );
        assert_eq!(
            parse_date_parts(" 19 ", "december", "2025", what),
            Ok(Some(date(2025, 12, 19)))
        );
        assert_eq!(parse_month("Sept"), Some(9));
        assert_eq!(parse_month("13"), None);
        assert_eq!(parse_month("Ma"), None);
        assert_eq!(parse_date_parts("", " ", "", what), Ok(None));
    }

    #[test]
    fn names_the_part_that_is_wrong() {
        let what = "the date you complained";
        let error = parse_date_parts("30", "2", "2026", what).unwrap_err();
        assert_eq!(error.part, DatePart::All);
        assert_eq!(
            error.message,
            "The date you complained must be a real date: February 2026 has no day 30"
        );
        let error = parse_date_parts("3", "", "2026", what).unwrap_err();
        assert_eq!(error.part, DatePart::Month);
        assert_eq!(
            error.message,
            "The date you complained must include a month"
        );
        let error = parse_date_parts("3", "4", "26", what).unwrap_err();
        assert_eq!(error.part, DatePart::Year);
        let error = parse_date_parts("x", "4", "2026", what).unwrap_err();
        assert_eq!(error.part, DatePart::Day);
        let error = parse_date_parts("", "", "2026", what).unwrap_err();
        assert_eq!(error.part, DatePart::All);
        assert_eq!(
            error.message,
            "The date you complained must include a day and month"
        );
    }
}
