//! Dates for people: writing them out in full, and reading the GOV.UK
//! day/month/year input (numbers or month names), with errors that say which
//! part is wrong (their words are in `text::en::date_input`).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::text::en::date_input as words;

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

/// What a `#today=YYYY-MM-DD` fragment (for tests and demonstrations) says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TodayOverride {
    /// No `today=` in the fragment.
    Absent,
    Use(NaiveDate),
    /// Present but not usable: the device's date is used, and the page says why.
    Ignored(String),
}

/// Reads `today=` from an address fragment. A date the calendar cannot count
/// from (before 1 September 2006 or after 2100) or that does not exist is
/// ignored, never shown as "Today is Monday 1 January 1".
pub fn today_override(fragment: &str) -> TodayOverride {
    let Some(text) = fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("today="))
    else {
        return TodayOverride::Absent;
    };
    let first = crate::core::calendar::FIRST_SUPPORTED_DATE;
    let last = crate::core::calendar::LAST_SUPPORTED_DATE;
    match parse_iso(text) {
        Some(date) if date >= first && date <= last => TodayOverride::Use(date),
        Some(_) => TodayOverride::Ignored(words::today_out_of_range(first, last)),
        None => TodayOverride::Ignored(words::TODAY_NOT_A_DATE.to_string()),
    }
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
    /// Two boxes left empty: the one filled in is not marked as wrong.
    DayAndMonth,
    DayAndYear,
    MonthAndYear,
    /// The whole date (e.g. it is not a real date, or it is in the future).
    All,
}

impl DatePart {
    /// Whether an error on `self` marks this box (`Day`, `Month` or `Year`).
    pub fn marks(self, part: DatePart) -> bool {
        use DatePart::*;
        match self {
            All => true,
            DayAndMonth => matches!(part, Day | Month),
            DayAndYear => matches!(part, Day | Year),
            MonthAndYear => matches!(part, Month | Year),
            one => one == part,
        }
    }
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
        missing.push(DatePart::Day);
    }
    if month.is_empty() {
        missing.push(DatePart::Month);
    }
    if year.is_empty() {
        missing.push(DatePart::Year);
    }
    if !missing.is_empty() {
        let part = match missing.as_slice() {
            [one] => *one,
            [DatePart::Day, DatePart::Month] => DatePart::DayAndMonth,
            [DatePart::Day, DatePart::Year] => DatePart::DayAndYear,
            [DatePart::Month, DatePart::Year] => DatePart::MonthAndYear,
            _ => DatePart::All,
        };
        return Err(problem(part, words::missing_parts(what, &missing)));
    }
    let day_number = without_ordinal(day)
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
        .ok_or_else(|| problem(DatePart::Day, words::day_not_a_day(what)))?;
    let month_number = parse_month(month)
        .ok_or_else(|| problem(DatePart::Month, words::month_not_a_month(what)))?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(problem(DatePart::Year, words::year_not_a_year(what)));
    }
    let year_number: i32 = year.parse().unwrap_or(0);
    // Checked here, in words, so that no later check shows a machine date
    // like "0025-12-19". (Dates after today are refused by the form.)
    let first = crate::core::calendar::FIRST_SUPPORTED_DATE;
    let too_early = |part| problem(part, words::before_the_rules(what, first));
    if year_number < first.year() {
        return Err(too_early(DatePart::Year));
    }
    let date = NaiveDate::from_ymd_opt(year_number, month_number, day_number).ok_or_else(|| {
        problem(
            DatePart::All,
            words::no_such_day(what, day_number, month_number, year_number),
        )
    })?;
    if date < first {
        return Err(too_early(DatePart::All));
    }
    Ok(Some(date))
}

/// A day written as people say it, "7th" or "1st", as its number (found in
/// a walkthrough: "7th" alone was refused, while "7th January 2026" was read).
fn without_ordinal(day: &str) -> &str {
    let cut = day.len().saturating_sub(2);
    match day.get(cut..) {
        Some(end)
            if cut > 0
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|o| end.eq_ignore_ascii_case(o)) =>
        {
            day[..cut].trim_end()
        }
        _ => day,
    }
}

/// What someone typed or pasted into the day box of a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayBox {
    /// A day, or something that is not a whole date: left as typed.
    Day,
    /// A whole date: what goes in the day, month and year boxes.
    Split {
        day: String,
        month: String,
        year: String,
    },
    /// More than a day, but not a date we can split without guessing.
    Unclear,
}

/// What the page says when [`DayBox::Unclear`].
pub const SPLIT_UNCLEAR: &str = words::SPLIT_UNCLEAR;

/// Words that may come with a date but say nothing about it: "Friday 19th of
/// December 2025", "Thurs 1st Jan 2026". A weekday may be cut short ("Wed").
fn says_nothing(word: &str) -> bool {
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = word.to_ascii_lowercase();
    matches!(word.as_str(), "st" | "nd" | "rd" | "th" | "of" | "the")
        || (word.len() >= 3 && WEEKDAYS.iter().any(|day| day.starts_with(&word)))
}

/// Reads a whole date typed or pasted into the day box: "19/12/2025",
/// "19.12.25", "19-12-2025", "19 Dec 2025", "Friday 19th December 2025",
/// "December 19, 2025" or "2025-12-19" (year first only with four figures).
/// Numbers alone are read day, month, year, the British order. The parts are
/// returned as typed (a month name stays a name), except a two-figure year:
/// 00 to 79 are 2000 to 2079 and 80 to 99 are 1980 to 1999 (these rules began
/// in 2006, so no real answer is in the 1900s, and the later check says so).
/// Whether the parts make a real date is left to [`parse_date_parts`], which
/// names the part that is wrong ("February 2025 has no day 31").
///
/// One number or word alone ("19", "7th", "1234") is [`DayBox::Day`], and
/// figures alone longer than that are read by [`figures_alone`]. Typing digit
/// by digit never changes anything: the page splits a typed date only when
/// the box is left.
pub fn read_day_box(text: &str) -> DayBox {
    // Far longer than any date: not worth reading, but clearly not a day.
    if text.len() > 60 {
        return DayBox::Unclear;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut start = None;
    let mut digits = false;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_ascii_alphabetic() {
            Some(false)
        } else {
            None
        };
        if let Some(from) = start {
            if kind != Some(digits) {
                parts.push(&text[from..i]);
                start = None;
            }
        }
        if let (None, Some(is_digit)) = (start, kind) {
            start = Some(i);
            digits = is_digit;
        }
    }
    parts.retain(|part| !says_nothing(part));
    if let [figures] = parts.as_slice() {
        if figures.len() > 4 && figures.bytes().all(|b| b.is_ascii_digit()) {
            return figures_alone(figures);
        }
    }
    if parts.len() < 2 {
        return DayBox::Day;
    }
    let (numbers, words): (Vec<&str>, Vec<&str>) = parts
        .into_iter()
        .partition(|part| part.as_bytes()[0].is_ascii_digit());
    let short = |n: &str| n.len() <= 2;
    let year_like = |n: &str| n.len() == 2 || n.len() == 4;
    let (day, month, year) = match (numbers.as_slice(), words.as_slice()) {
        ([a, b, c], []) if a.len() == 4 && short(b) && short(c) => (*c, *b, *a),
        ([a, b, c], []) if short(a) && short(b) && year_like(c) => (*a, *b, *c),
        ([a, b], [name]) if parse_month(name).is_some() => {
            if short(a) && year_like(b) {
                (*a, *name, *b)
            } else if a.len() == 4 && short(b) {
                (*b, *name, *a)
            } else {
                return DayBox::Unclear;
            }
        }
        _ => return DayBox::Unclear,
    };
    let year = if year.len() == 2 {
        full_year(year)
    } else {
        year.to_string()
    };
    DayBox::Split {
        day: day.to_string(),
        month: month.to_string(),
        year,
    }
}

/// A date typed as figures alone, as a phone's number pad (which has no
/// "/") leaves it: "19122025" or "191225", day first; "20251219", year
/// first, only where day first cannot be a date (a month over 12, say).
/// Any other run of more than four figures is not a day, and is unclear.
fn figures_alone(figures: &str) -> DayBox {
    let cut = |a: usize, b: usize| &figures[a..b];
    let plausible = |day: &str, month: &str| {
        let (day, month) = (day.parse().unwrap_or(0u32), month.parse().unwrap_or(0u32));
        (1..=31).contains(&day) && (1..=12).contains(&month)
    };
    let split = |day: &str, month: &str, year: &str| DayBox::Split {
        day: day.to_string(),
        month: month.to_string(),
        year: year.to_string(),
    };
    match figures.len() {
        8 if plausible(cut(0, 2), cut(2, 4)) => split(cut(0, 2), cut(2, 4), cut(4, 8)),
        8 if matches!(cut(0, 2), "19" | "20") && plausible(cut(6, 8), cut(4, 6)) => {
            split(cut(6, 8), cut(4, 6), cut(0, 4))
        }
        6 if plausible(cut(0, 2), cut(2, 4)) => split(cut(0, 2), cut(2, 4), &full_year(cut(4, 6))),
        _ => DayBox::Unclear,
    }
}

/// A two-figure year in full: 00 to 79 are 2000 to 2079, 80 to 99 are 1980
/// to 1999 (see [`read_day_box`]).
fn full_year(two: &str) -> String {
    let two: u32 = two.parse().unwrap_or(0);
    (if two < 80 { 2000 + two } else { 1900 + two }).to_string()
}

/// The day, month and year of a whole date in the day box (see [`read_day_box`]).
pub fn split_whole_date(text: &str) -> Option<(String, String, String)> {
    match read_day_box(text) {
        DayBox::Split { day, month, year } => Some((day, month, year)),
        _ => None,
    }
}

/// What the page says after splitting a date: the date written out when it
/// is a real one, so a two-figure year's century is plain to see.
pub fn split_note(day: &str, month: &str, year: &str, pasted: bool) -> String {
    let date = parse_date_parts(day, month, year, "the date")
        .ok()
        .flatten();
    words::split_note(date, pasted)
}

/// Serde readers for the dates in our files (`YYYY-MM-DD`, strictly, as
/// case files are read): chrono's own reader would bring its general date
/// parser (about 11 KB) into the download.
pub mod iso_serde {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer};

    pub fn date<'de, D: Deserializer<'de>>(from: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(from)?;
        crate::core::case::parse_iso_date(text.trim()).map_err(D::Error::custom)
    }

    /// As case files are read: surrounding spaces ignored, and "" or null
    /// for a date that has not happened.
    pub fn optional<'de, D: Deserializer<'de>>(from: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(from)? {
            None => Ok(None),
            Some(text) if text.trim().is_empty() => Ok(None),
            Some(text) => crate::core::case::parse_iso_date(text.trim())
                .map(Some)
                .map_err(D::Error::custom),
        }
    }
}

/// The text with a capital first letter. Our sentences start with plain
/// ASCII, and ASCII rules keep Unicode's case tables out of the download.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod iso_serde_tests {
    use crate::core::case::Events;

    #[test]
    fn dates_in_files_are_read_as_case_files_are() {
        let events: Events = serde_json::from_str(
            r#"{"complaint_received": " 2025-12-19 ", "acknowledgement_received": "", "stage1_response_received": null}"#,
        )
        .unwrap();
        assert_eq!(
            events.complaint_received,
            chrono::NaiveDate::from_ymd_opt(2025, 12, 19)
        );
        assert_eq!(events.acknowledgement_received, None);
        assert_eq!(events.stage1_response_received, None);
        for wrong in ["2025-1-5", "19/12/2025", "2025-02-30"] {
            let json = format!(r#"{{"complaint_received": "{wrong}"}}"#);
            assert!(serde_json::from_str::<Events>(&json).is_err(), "{wrong}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_today_in_the_address_outside_the_calendar_is_ignored() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            today_override("#today=2026-01-05&council=leeds"),
            TodayOverride::Use(date(2026, 1, 5))
        );
        assert_eq!(today_override("#council=leeds"), TodayOverride::Absent);
        for ignored in [
            "#today=0001-01-01",
            "#today=9999-12-31",
            "#today=2026-02-30",
            "#today=soon",
        ] {
            let TodayOverride::Ignored(why) = today_override(ignored) else {
                panic!("{ignored} must be ignored");
            };
            assert!(
                why.starts_with("The date set in the address was ignored"),
                "{why}"
            );
            assert!(!why.contains("9999") && !why.contains("0001"), "{why}");
        }
    }

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
        // A day as people say it.
        for (day, month) in [("7th", "1"), ("1ST", "1"), ("22nd", "1"), ("23 rd", "1")] {
            let expected = date(2026, 1, day[..day.len() - 2].trim().parse().unwrap());
            assert_eq!(
                parse_date_parts(day, month, "2026", what),
                Ok(Some(expected))
            );
        }
        assert!(parse_date_parts("th", "1", "2026", what).is_err());
        assert!(parse_date_parts("7x", "1", "2026", what).is_err());
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
        // Two boxes empty: the year typed is not marked as wrong.
        let error = parse_date_parts("", "", "2026", what).unwrap_err();
        assert_eq!(error.part, DatePart::DayAndMonth);
        assert!(!error.part.marks(DatePart::Year));
        assert!(error.part.marks(DatePart::Day) && error.part.marks(DatePart::Month));
        assert_eq!(
            error.message,
            "The date you complained must include a day and month"
        );
    }
}
