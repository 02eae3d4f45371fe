//! The working-day calendar for England.
//!
//! A working day is any day except Saturday, Sunday and the England-and-Wales
//! bank holidays (which include Christmas Day and Good Friday): SI 2006/1738
//! reg 2. Known holidays come from the data files in `data/` (GOV.UK's list
//! plus 2006-2014); later years, up to 2100, are predicted from the rule of
//! the Banking and Financial Dealings Act 1971 and flagged as predicted.
//!
//! Counting convention: the day of the triggering event is day 0, and "within
//! N working days" means by the end of the Nth working day after it, whether or
//! not day 0 is itself a working day.
//!
//! Everything is precomputed once into a per-day table, so adding working days
//! and counting the working days between two dates are O(1) look-ups.

use std::fmt;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::text::en::working_calendar as words;

/// The first date the calendar counts from: SI 2006/1738 came into force on
/// 1 September 2006.
pub const FIRST_SUPPORTED_DATE: NaiveDate = ymd(2006, 9, 1);

/// The last date the calendar counts to.
pub const LAST_SUPPORTED_DATE: NaiveDate = ymd(2100, 12, 31);

/// Bank holidays published before GOV.UK's list starts (2006-2014).
const DATA_2006_2014: &str = include_str!("../../data/bank-holidays-2006-2014.csv");

/// GOV.UK's England-and-Wales list (`https://www.gov.uk/bank-holidays`).
const DATA_GOV_UK: &str = include_str!("../../data/bank-holidays-england-and-wales.csv");

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid constant date"),
    }
}

/// A date the calendar cannot handle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// The date (given, or the one an answer would fall on) is outside
    /// [`FIRST_SUPPORTED_DATE`, `LAST_SUPPORTED_DATE`]. When an answer would
    /// run past the end of the range, `date` is the day after
    /// `LAST_SUPPORTED_DATE` (1 January 2101).
    OutOfRange { date: NaiveDate },
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::OutOfRange { date } => f.write_str(&words::out_of_range(
                FIRST_SUPPORTED_DATE,
                LAST_SUPPORTED_DATE,
                *date,
            )),
        }
    }
}

impl std::error::Error for CalendarError {}

/// One bank holiday in England and Wales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankHoliday {
    pub date: NaiveDate,
    /// As GOV.UK writes it, e.g. "Boxing Day (substitute day)".
    pub name: String,
    /// True when the date comes from the 1971 Act rule rather than a published
    /// list: the real list for that year may differ (an extra or moved day).
    pub predicted: bool,
}

/// The answer to "what is the Nth working day after `start`", with what the
/// app needs to explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingDayCount {
    pub due: NaiveDate,
    /// Bank holidays falling on weekdays in (start, due]; weekends are not listed.
    pub holidays_skipped: Vec<BankHoliday>,
    /// Years in (start, due] whose holidays are predicted, ascending, deduplicated.
    pub predicted_years: Vec<i32>,
}

/// The precomputed working-day calendar. Get it with [`calendar()`].
pub struct Calendar {
    /// All holidays, known and predicted, sorted by date, dates unique.
    holidays: Vec<BankHoliday>,
    /// The last year in the data files; later years are predicted.
    last_known_year: i32,
    /// `cumulative[i]` is the number of working days in
    /// [FIRST_SUPPORTED_DATE, FIRST_SUPPORTED_DATE + i); length = days + 1.
    cumulative: Vec<u16>,
    /// Every working day in the supported range, in order.
    working_days: Vec<NaiveDate>,
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(Calendar::build);

/// The calendar, built on first use from the data files.
pub fn calendar() -> &'static Calendar {
    &CALENDAR
}

/// `FIRST_SUPPORTED_DATE.num_days_from_ce()`.
fn first_day_number() -> i32 {
    FIRST_SUPPORTED_DATE.num_days_from_ce()
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// One past the supported range: what an answer that runs off the end reports.
fn past_the_end() -> CalendarError {
    CalendarError::OutOfRange {
        date: LAST_SUPPORTED_DATE + Days::new(1),
    }
}

impl Calendar {
    fn build() -> Calendar {
        let mut known = parse_csv(DATA_2006_2014);
        // GOV.UK wins where the two files overlap.
        let gov_uk = parse_csv(DATA_GOV_UK);
        known.retain(|h| gov_uk.iter().all(|g| g.date != h.date));
        known.extend(gov_uk);
        Calendar::from_known(known)
    }

    /// Builds a calendar from known holidays (any order); years after the
    /// last known year are filled in by [`rule_based_holidays`].
    fn from_known(mut holidays: Vec<BankHoliday>) -> Calendar {
        crate::core::order::sort_by_key(&mut holidays, |h| h.date);
        holidays.dedup_by_key(|h| h.date);
        let last_known_year = holidays
            .last()
            .map_or(FIRST_SUPPORTED_DATE.year() - 1, |h| h.date.year());
        for year in (last_known_year + 1)..=LAST_SUPPORTED_DATE.year() {
            holidays.extend(rule_based_holidays(year));
        }
        crate::core::order::sort_by_key(&mut holidays, |h| h.date);
        holidays.dedup_by_key(|h| h.date);

        let total_days = (LAST_SUPPORTED_DATE.num_days_from_ce() - first_day_number() + 1) as usize;
        let mut cumulative = Vec::with_capacity(total_days + 1);
        let mut working_days = Vec::with_capacity(total_days * 5 / 7 + 1);
        cumulative.push(0u16);
        let mut next_holiday = holidays.partition_point(|h| h.date < FIRST_SUPPORTED_DATE);
        for date in FIRST_SUPPORTED_DATE.iter_days().take(total_days) {
            let mut holiday = false;
            if let Some(h) = holidays.get(next_holiday) {
                if h.date == date {
                    holiday = true;
                    next_holiday += 1;
                }
            }
            if !holiday && !is_weekend(date) {
                working_days.push(date);
            }
            let count = u16::try_from(working_days.len()).expect("working-day count fits u16");
            cumulative.push(count);
        }

        Calendar {
            holidays,
            last_known_year,
            cumulative,
            working_days,
        }
    }

    /// Position of `date` in the day table, or `OutOfRange`.
    #[inline]
    fn index(&self, date: NaiveDate) -> Result<usize, CalendarError> {
        if date < FIRST_SUPPORTED_DATE || date > LAST_SUPPORTED_DATE {
            return Err(CalendarError::OutOfRange { date });
        }
        Ok((date.num_days_from_ce() - first_day_number()) as usize)
    }

    /// Working days in [FIRST_SUPPORTED_DATE, date].
    #[inline]
    fn count_through(&self, date: NaiveDate) -> Result<u32, CalendarError> {
        let i = self.index(date)?;
        Ok(u32::from(self.cumulative[i + 1]))
    }

    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        let i = self.index(date)?;
        Ok(self.cumulative[i + 1] != self.cumulative[i])
    }

    /// Day 0 is `start` (working day or not); returns the Nth working day after it. n = 0 returns start itself.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        let before = self.count_through(start)?;
        if n == 0 {
            return Ok(start);
        }
        // The working day whose 1-based number is `before + n`.
        let target = u64::from(before) + u64::from(n);
        usize::try_from(target - 1)
            .ok()
            .and_then(|k| self.working_days.get(k).copied())
            .ok_or_else(past_the_end)
    }

    /// Like [`Calendar::add_working_days`], with the holidays skipped and the
    /// predicted years the answer depends on.
    pub fn count_working_days(
        &self,
        start: NaiveDate,
        n: u32,
    ) -> Result<WorkingDayCount, CalendarError> {
        let due = self.add_working_days(start, n)?;
        let holidays_skipped = self
            .holidays_between(start, due)
            .iter()
            .filter(|h| !is_weekend(h.date))
            .cloned()
            .collect();
        let predicted_years = if due > start {
            let first = start.succ_opt().map_or(due.year(), |d| d.year());
            (first.max(self.last_known_year + 1)..=due.year()).collect()
        } else {
            Vec::new()
        };
        Ok(WorkingDayCount {
            due,
            holidays_skipped,
            predicted_years,
        })
    }

    /// Signed: for from <= to, the number of working days in (from, to]; for from > to, minus working_days_between(to, from).
    /// So working_days_between(d, add_working_days(d, n)) == n.
    pub fn working_days_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<i32, CalendarError> {
        let a = self.count_through(from)?;
        let b = self.count_through(to)?;
        Ok(b as i32 - a as i32)
    }

    /// `date` itself if it is a working day, otherwise the next one.
    pub fn next_working_day_on_or_after(
        &self,
        date: NaiveDate,
    ) -> Result<NaiveDate, CalendarError> {
        let i = self.index(date)?;
        if self.cumulative[i + 1] != self.cumulative[i] {
            return Ok(date);
        }
        // Working days up to `date` number `cumulative[i + 1]`; the next one
        // has that as its 0-based position.
        self.working_days
            .get(usize::from(self.cumulative[i + 1]))
            .copied()
            .ok_or_else(past_the_end)
    }

    /// The bank holiday on `date`, if any (known or predicted, 2006-2100).
    pub fn holiday_on(&self, date: NaiveDate) -> Option<&BankHoliday> {
        self.holidays
            .binary_search_by_key(&date, |h| h.date)
            .ok()
            .map(|i| &self.holidays[i])
    }

    /// Holidays with from < date <= to, sorted.
    pub fn holidays_between(&self, from: NaiveDate, to: NaiveDate) -> &[BankHoliday] {
        if from >= to {
            return &[];
        }
        let lo = self.holidays.partition_point(|h| h.date <= from);
        let hi = self.holidays.partition_point(|h| h.date <= to);
        &self.holidays[lo..hi]
    }

    /// The year's holidays, sorted (empty outside 2006-2100).
    pub fn holidays_in_year(&self, year: i32) -> &[BankHoliday] {
        let lo = self.holidays.partition_point(|h| h.date.year() < year);
        let hi = self.holidays.partition_point(|h| h.date.year() <= year);
        &self.holidays[lo..hi]
    }

    /// The last year in the data files (2028 with today's data).
    pub fn last_known_year(&self) -> i32 {
        self.last_known_year
    }

    /// True for years after [`Calendar::last_known_year`]: their holidays are predicted.
    pub fn is_predicted_year(&self, year: i32) -> bool {
        year > self.last_known_year
    }

    /// Every bank holiday from 2006 to 2100, known and predicted, sorted.
    pub fn all_holidays(&self) -> &[BankHoliday] {
        &self.holidays
    }
}

/// Parses a `date,title` CSV (GOV.UK's format). The data is compiled in and
/// checked by the tests, so a malformed line is a bug: it panics with the line.
fn parse_csv(text: &str) -> Vec<BankHoliday> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let header = lines.next().unwrap_or_default();
    assert_eq!(header, "date,title", "bank holiday CSV header");
    lines
        .map(|line| {
            let (date, title) = line
                .split_once(',')
                .unwrap_or_else(|| panic!("bank holiday CSV line without a comma: {line}"));
            let date = crate::core::dates::parse_iso(date.trim())
                .unwrap_or_else(|| panic!("bank holiday CSV bad date in {line}"));
            BankHoliday {
                date,
                name: unquote(title.trim()),
                predicted: false,
            }
        })
        .collect()
}

/// Removes CSV quoting from a field: `"a ""b"", c"` -> `a "b", c`.
fn unquote(field: &str) -> String {
    match field.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => field.to_string(),
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm, also
/// known as Meeus/Jones/Butcher).
///
/// # Panics
///
/// If the date is outside chrono's range (years beyond about ±262,000).
pub fn easter_sunday(year: i32) -> NaiveDate {
    easter_opt(year).expect("year within chrono's range")
}

fn easter_opt(year: i32) -> Option<NaiveDate> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// A bank holiday the 1971 Act rule gives (its name is in
/// `text::en::working_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleHoliday {
    NewYearsDay,
    GoodFriday,
    EasterMonday,
    EarlyMay,
    SpringBank,
    SummerBank,
    ChristmasDay,
    BoxingDay,
}

/// Holidays for a year by the 1971 Act rule alone: 1 January (next weekday
/// if at a weekend); Good Friday and Easter Monday; first Monday of May; last
/// Mondays of May and August; 25 and 26 December, each moved to the next
/// weekday not already taken. All are `predicted`. Names as GOV.UK writes
/// them. Empty for years chrono cannot represent.
pub fn rule_based_holidays(year: i32) -> Vec<BankHoliday> {
    rule_based_opt(year).unwrap_or_default()
}

fn rule_based_opt(year: i32) -> Option<Vec<BankHoliday>> {
    let named = |holiday| words::bank_holiday(holiday, false);
    let mut days: Vec<(NaiveDate, String)> = Vec::with_capacity(8);

    let new_year = NaiveDate::from_ymd_opt(year, 1, 1)?;
    if is_weekend(new_year) {
        let monday = NaiveDate::from_weekday_of_month_opt(year, 1, Weekday::Mon, 1)?;
        days.push((monday, words::bank_holiday(RuleHoliday::NewYearsDay, true)));
    } else {
        days.push((new_year, named(RuleHoliday::NewYearsDay)));
    }

    let easter = easter_opt(year)?;
    days.push((
        easter.checked_sub_days(Days::new(2))?,
        named(RuleHoliday::GoodFriday),
    ));
    days.push((
        easter.checked_add_days(Days::new(1))?,
        named(RuleHoliday::EasterMonday),
    ));

    let first_may = NaiveDate::from_weekday_of_month_opt(year, 5, Weekday::Mon, 1)?;
    days.push((first_may, named(RuleHoliday::EarlyMay)));
    days.push((last_monday(year, 5)?, named(RuleHoliday::SpringBank)));
    days.push((last_monday(year, 8)?, named(RuleHoliday::SummerBank)));

    // Christmas Day and Boxing Day: those on weekdays stay put; the others
    // move, Christmas first, to the next weekday not already taken.
    let fixed = [
        (
            NaiveDate::from_ymd_opt(year, 12, 25)?,
            RuleHoliday::ChristmasDay,
        ),
        (
            NaiveDate::from_ymd_opt(year, 12, 26)?,
            RuleHoliday::BoxingDay,
        ),
    ];
    let mut christmas: Vec<(NaiveDate, String)> = Vec::with_capacity(2);
    for (date, holiday) in fixed {
        if !is_weekend(date) {
            christmas.push((date, named(holiday)));
        }
    }
    for (date, holiday) in fixed {
        if is_weekend(date) {
            let mut substitute = date.succ_opt()?;
            while is_weekend(substitute) || christmas.iter().any(|(d, _)| *d == substitute) {
                substitute = substitute.succ_opt()?;
            }
            christmas.push((substitute, words::bank_holiday(holiday, true)));
        }
    }
    days.extend(christmas);
    crate::core::order::sort_by_key(&mut days, |(d, _)| *d);

    Some(
        days.into_iter()
            .map(|(date, name)| BankHoliday {
                date,
                name,
                predicted: true,
            })
            .collect(),
    )
}

fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    let last = NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()?;
    let back = last.weekday().num_days_from_monday();
    last.checked_sub_days(Days::new(u64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn data_files_parse_and_cover_every_year() {
        let cal = calendar();
        assert!(cal.last_known_year() >= 2028);
        for year in 2006..=2100 {
            let n = cal.holidays_in_year(year).len();
            assert!((8..=10).contains(&n), "{year} has {n} holidays");
            let predicted = cal.holidays_in_year(year).iter().all(|h| h.predicted);
            let known = cal.holidays_in_year(year).iter().all(|h| !h.predicted);
            assert_eq!(predicted, cal.is_predicted_year(year), "{year}");
            assert_eq!(known, !cal.is_predicted_year(year), "{year}");
        }
    }

    #[test]
    fn no_holiday_on_a_weekend() {
        for h in calendar().all_holidays() {
            assert!(!is_weekend(h.date), "{h:?}");
        }
    }

    #[test]
    fn table_matches_a_slow_count() {
        let cal = calendar();
        let slow = |date: NaiveDate| !is_weekend(date) && cal.holiday_on(date).is_none();
        let mut count = 0;
        for date in FIRST_SUPPORTED_DATE.iter_days() {
            if date > LAST_SUPPORTED_DATE {
                break;
            }
            assert_eq!(cal.is_working_day(date), Ok(slow(date)), "{date}");
            if slow(date) {
                count += 1;
            }
            assert_eq!(cal.count_through(date), Ok(count), "{date}");
        }
        assert_eq!(cal.working_days.len() as u32, count);
    }

    #[test]
    fn extra_data_year_is_known_and_overrides_the_rule() {
        // Adding a year of data is editing the data file only: simulate it.
        let mut known = parse_csv(DATA_2006_2014);
        known.extend(parse_csv(DATA_GOV_UK));
        known.push(BankHoliday {
            date: d(2029, 6, 4),
            name: "Made-up extra holiday".into(),
            predicted: false,
        });
        let cal = Calendar::from_known(known);
        assert_eq!(cal.last_known_year(), 2029);
        assert!(!cal.is_predicted_year(2029));
        assert!(cal.is_predicted_year(2030));
        assert_eq!(cal.is_working_day(d(2029, 6, 4)), Ok(false));
    }

    #[test]
    fn quoted_titles() {
        assert_eq!(unquote("\"A, \"\"B\"\"\""), "A, \"B\"");
        assert_eq!(unquote("Boxing Day"), "Boxing Day");
        let parsed = parse_csv("\u{feff}date,title\r\n2030-01-01,\"New Year’s Day, observed\"\r\n");
        assert_eq!(parsed[0].date, d(2030, 1, 1));
        assert_eq!(parsed[0].name, "New Year’s Day, observed");
    }

    #[test]
    fn error_message_is_plain_english() {
        let err = CalendarError::OutOfRange {
            date: d(2101, 3, 3),
        };
        assert_eq!(
            err.to_string(),
            "We can only count working days between 1 September 2006 and 31 December 2100; \
             3 March 2101 is outside that range."
        );
    }

    #[test]
    fn extreme_years_do_not_panic() {
        assert!(rule_based_holidays(i32::MAX).is_empty());
        assert!(rule_based_holidays(i32::MIN).is_empty());
        assert_eq!(easter_sunday(2000), d(2000, 4, 23));
        let cal = calendar();
        assert!(cal.holidays_in_year(i32::MAX).is_empty());
        assert!(cal
            .holidays_between(d(2030, 1, 1), d(2020, 1, 1))
            .is_empty());
        assert!(cal.add_working_days(d(2020, 1, 1), u32::MAX).is_err());
        assert_eq!(
            cal.next_working_day_on_or_after(d(2100, 12, 31)),
            Ok(d(2100, 12, 31)) // a Friday
        );
    }
}
