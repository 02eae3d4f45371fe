//! Integration tests for the working-day calendar: the data against GOV.UK,
//! the 1971 Act rule against the data, hand-checked counts, and properties.
//!
//! Counting convention (docs/rules.md, "Counting working days"): the
//! trigger day is day 0; the first working day after it is day 1.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use complaint_navigator::core::calendar::{
    calendar, easter_sunday, rule_based_holidays, BankHoliday, CalendarError, FIRST_SUPPORTED_DATE,
    LAST_SUPPORTED_DATE,
};
use proptest::prelude::*;

const GOV_UK_CSV: &str = include_str!("../data/bank-holidays-england-and-wales.csv");
const CSV_2006_2014: &str = include_str!("../data/bank-holidays-2006-2014.csv");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// (date, name) rows of a `date,title` CSV for one year.
fn csv_year(csv: &str, year: i32) -> Vec<(NaiveDate, String)> {
    csv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (date, title) = l.split_once(',').unwrap();
            (date.parse::<NaiveDate>().unwrap(), title.to_string())
        })
        .filter(|(date, _)| date.year() == year)
        .collect()
}

fn pairs(holidays: &[BankHoliday]) -> Vec<(NaiveDate, String)> {
    holidays.iter().map(|h| (h.date, h.name.clone())).collect()
}

/// Rows in `a` but not in `b`.
fn minus(a: &[(NaiveDate, String)], b: &[(NaiveDate, String)]) -> Vec<(NaiveDate, String)> {
    a.iter().filter(|x| !b.contains(x)).cloned().collect()
}

fn row(date: NaiveDate, name: &str) -> (NaiveDate, String) {
    (date, name.to_string())
}

fn dates(holidays: &[BankHoliday]) -> Vec<NaiveDate> {
    holidays.iter().map(|h| h.date).collect()
}

// ---------------------------------------------------------------------------
// Data

#[test]
fn calendar_matches_gov_uk_file_for_2015_to_2028() {
    let cal = calendar();
    // 2028 with today's data; a later GOV.UK year added to the file is
    // checked too.
    assert!(cal.last_known_year() >= 2028);
    let mut total = 0;
    for year in 2015..=cal.last_known_year() {
        let expected = csv_year(GOV_UK_CSV, year);
        assert!(expected.len() >= 8, "{year}");
        total += expected.len();
        let actual = cal.holidays_in_year(year);
        assert_eq!(pairs(actual), expected, "{year}");
        assert!(actual.iter().all(|h| !h.predicted), "{year}");
        assert!(!cal.is_predicted_year(year));
    }
    if cal.last_known_year() == 2028 {
        assert_eq!(total, 115, "the GOV.UK file has 115 rows");
    }
    let first_predicted = cal.last_known_year() + 1;
    assert!(cal.is_predicted_year(first_predicted));
    assert!(!cal.is_predicted_year(cal.last_known_year()));
    assert!(cal
        .holidays_in_year(first_predicted)
        .iter()
        .all(|h| h.predicted));
}

#[test]
fn rule_agrees_with_gov_uk_except_proclaimed_changes() {
    for year in 2015..=2028 {
        let real = csv_year(GOV_UK_CSV, year);
        let rule = rule_based_holidays(year);
        assert!(rule.iter().all(|h| h.predicted));
        let rule = pairs(&rule);
        let (rule_only, real_only) = (minus(&rule, &real), minus(&real, &rule));
        match year {
            2020 => {
                // VE day: early May moved from Mon 4 May to Fri 8 May.
                assert_eq!(rule_only, [row(d(2020, 5, 4), "Early May bank holiday")]);
                assert_eq!(
                    real_only,
                    [row(d(2020, 5, 8), "Early May bank holiday (VE day)")]
                );
            }
            2022 => {
                // Platinum Jubilee: spring moved from Mon 30 May to Thu 2 Jun,
                // plus Fri 3 Jun; plus the state funeral on Mon 19 Sep.
                assert_eq!(rule_only, [row(d(2022, 5, 30), "Spring bank holiday")]);
                assert_eq!(
                    real_only,
                    [
                        row(d(2022, 6, 2), "Spring bank holiday"),
                        row(d(2022, 6, 3), "Platinum Jubilee bank holiday"),
                        row(
                            d(2022, 9, 19),
                            "Bank Holiday for the State Funeral of Queen Elizabeth II"
                        ),
                    ]
                );
            }
            2023 => {
                // Coronation: an extra Mon 8 May.
                assert!(rule_only.is_empty());
                assert_eq!(
                    real_only,
                    [row(
                        d(2023, 5, 8),
                        "Bank holiday for the coronation of King Charles III"
                    )]
                );
            }
            _ => assert_eq!(rule, real, "{year}"),
        }
    }
}

#[test]
fn data_2006_to_2014() {
    let cal = calendar();
    for year in 2006..=2014 {
        let data = csv_year(CSV_2006_2014, year);
        assert_eq!(pairs(cal.holidays_in_year(year)), data, "{year}");
        let rule = pairs(&rule_based_holidays(year));
        match year {
            2011 => {
                assert!(minus(&rule, &data).is_empty());
                assert_eq!(dates_of(&minus(&data, &rule)), [d(2011, 4, 29)]);
            }
            2012 => {
                assert_eq!(
                    minus(&rule, &data),
                    [row(d(2012, 5, 28), "Spring bank holiday")]
                );
                assert_eq!(
                    minus(&data, &rule),
                    [
                        row(d(2012, 6, 4), "Spring bank holiday"),
                        row(d(2012, 6, 5), "Queen’s Diamond Jubilee"),
                    ]
                );
            }
            _ => assert_eq!(rule, data, "{year}"),
        }
    }
    assert!(cal.holiday_on(d(2011, 4, 29)).is_some());
    assert!(cal.holiday_on(d(2012, 6, 4)).is_some());
    assert!(cal.holiday_on(d(2012, 6, 5)).is_some());
    assert!(cal.holiday_on(d(2012, 5, 28)).is_none());
    assert_eq!(cal.is_working_day(d(2012, 5, 28)), Ok(true));
    assert_eq!(cal.is_working_day(d(2011, 4, 29)), Ok(false));
    // Christmas and New Year substitutes, checked by hand against a calendar:
    // 2009 Fri 25 -> Boxing Day Mon 28; 2010 Sat 25 -> Mon 27 + Tue 28;
    // 1 Jan 2011 Sat -> Mon 3 Jan; 2011 Sun 25 -> Boxing Mon 26 + Tue 27;
    // 1 Jan 2012 Sun -> Mon 2 Jan; 1 Jan 2006 Sun -> Mon 2 Jan.
    for (date, name) in [
        (d(2006, 1, 2), "New Year’s Day (substitute day)"),
        (d(2009, 12, 28), "Boxing Day (substitute day)"),
        (d(2010, 12, 27), "Christmas Day (substitute day)"),
        (d(2010, 12, 28), "Boxing Day (substitute day)"),
        (d(2011, 1, 3), "New Year’s Day (substitute day)"),
        (d(2011, 12, 26), "Boxing Day"),
        (d(2011, 12, 27), "Christmas Day (substitute day)"),
        (d(2012, 1, 2), "New Year’s Day (substitute day)"),
    ] {
        assert_eq!(cal.holiday_on(date).map(|h| h.name.as_str()), Some(name));
    }
}

fn dates_of(rows: &[(NaiveDate, String)]) -> Vec<NaiveDate> {
    rows.iter().map(|(date, _)| *date).collect()
}

#[test]
fn easter_dates() {
    assert_eq!(easter_sunday(2026), d(2026, 4, 5));
    assert_eq!(easter_sunday(2029), d(2029, 4, 1));
    assert_eq!(easter_sunday(2038), d(2038, 4, 25)); // latest possible
    assert_eq!(easter_sunday(2285), d(2285, 3, 22)); // earliest possible
    let cal = calendar();
    assert_eq!(cal.holiday_on(d(2026, 4, 3)).unwrap().name, "Good Friday");
    assert_eq!(cal.holiday_on(d(2026, 4, 6)).unwrap().name, "Easter Monday");
}

// ---------------------------------------------------------------------------
// Hand-checked counts

#[test]
fn christmas_2021_on_a_saturday() {
    let cal = calendar();
    // Fri 24 Dec 2021 = day 0; Sat 25, Sun 26, Mon 27 (hol), Tue 28 (hol);
    // Wed 29 = 1, Thu 30 = 2, Fri 31 = 3; Sat 1, Sun 2, Mon 3 Jan (hol);
    // Tue 4 Jan 2022 = 4.
    assert_eq!(
        cal.add_working_days(d(2021, 12, 24), 1),
        Ok(d(2021, 12, 29))
    );
    let count = cal.count_working_days(d(2021, 12, 24), 4).unwrap();
    assert_eq!(count.due, d(2022, 1, 4));
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2021, 12, 27), d(2021, 12, 28), d(2022, 1, 3)]
    );
    assert_eq!(
        count.holidays_skipped[0].name,
        "Christmas Day (substitute day)"
    );
    assert!(count.predicted_years.is_empty());
}

#[test]
fn christmas_2022_on_a_sunday() {
    let cal = calendar();
    // Fri 23 Dec 2022 = day 0; Sat 24, Sun 25, Mon 26 (Boxing Day),
    // Tue 27 (Christmas substitute); Wed 28 = 1, Thu 29 = 2, Fri 30 = 3;
    // Sat 31, Sun 1, Mon 2 Jan (hol); Tue 3 Jan 2023 = 4.
    assert_eq!(
        cal.add_working_days(d(2022, 12, 23), 1),
        Ok(d(2022, 12, 28))
    );
    let count = cal.count_working_days(d(2022, 12, 23), 4).unwrap();
    assert_eq!(count.due, d(2023, 1, 3));
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2022, 12, 26), d(2022, 12, 27), d(2023, 1, 2)]
    );
    assert_eq!(count.holidays_skipped[0].name, "Boxing Day");
}

#[test]
fn christmas_2026_on_a_friday() {
    let cal = calendar();
    // Thu 24 Dec 2026 = day 0; Fri 25 (hol), Sat 26, Sun 27, Mon 28 (Boxing
    // substitute); Tue 29 = 1, Wed 30 = 2, Thu 31 = 3; Fri 1 Jan (hol);
    // Sat 2, Sun 3; Mon 4 Jan 2027 = 4.
    assert_eq!(
        cal.add_working_days(d(2026, 12, 24), 3),
        Ok(d(2026, 12, 31))
    );
    let count = cal.count_working_days(d(2026, 12, 24), 4).unwrap();
    assert_eq!(count.due, d(2027, 1, 4));
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2026, 12, 25), d(2026, 12, 28), d(2027, 1, 1)]
    );
    assert!(count.predicted_years.is_empty());
}

#[test]
fn christmas_2027_on_a_saturday() {
    let cal = calendar();
    // Fri 24 Dec 2027 = day 0; Mon 27, Tue 28 (hols); Wed 29 = 1, Thu 30 = 2,
    // Fri 31 = 3; Mon 3 Jan 2028 (New Year substitute); Tue 4 Jan = 4.
    let count = cal.count_working_days(d(2027, 12, 24), 4).unwrap();
    assert_eq!(count.due, d(2028, 1, 4));
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2027, 12, 27), d(2027, 12, 28), d(2028, 1, 3)]
    );
}

#[test]
fn easter_2026() {
    let cal = calendar();
    // Thu 2 Apr 2026 = day 0; Fri 3 (Good Friday), Sat, Sun, Mon 6 (Easter
    // Monday); Tue 7 Apr = 1.
    assert_eq!(cal.add_working_days(d(2026, 4, 2), 1), Ok(d(2026, 4, 7)));
    assert_eq!(
        cal.working_days_between(d(2026, 4, 2), d(2026, 4, 7)),
        Ok(1)
    );
    assert_eq!(cal.is_working_day(d(2026, 4, 3)), Ok(false));
    assert_eq!(cal.is_working_day(d(2026, 4, 6)), Ok(false));
}

#[test]
fn state_funeral_19_september_2022() {
    let cal = calendar();
    // Thu 1 Sep 2022 = day 0; Fri 2 = 1; 5-9 Sep = 2-6; 12-16 Sep = 7-11;
    // Mon 19 (funeral); 20-23 Sep = 12-15; 26-30 Sep = 16-20.
    let count = cal.count_working_days(d(2022, 9, 1), 20).unwrap();
    assert_eq!(count.due, d(2022, 9, 30));
    assert_eq!(dates(&count.holidays_skipped), [d(2022, 9, 19)]);
    // Fri 16 Sep = day 0; Mon 19 (hol); Tue 20 = 1.
    assert_eq!(cal.add_working_days(d(2022, 9, 16), 1), Ok(d(2022, 9, 20)));
}

#[test]
fn coronation_8_may_2023() {
    let cal = calendar();
    // Fri 28 Apr 2023 = day 0; Mon 1 May (hol); Tue 2 = 1, Wed 3 = 2,
    // Thu 4 = 3, Fri 5 = 4; Mon 8 (coronation); Tue 9 May = 5.
    let count = cal.count_working_days(d(2023, 4, 28), 5).unwrap();
    assert_eq!(count.due, d(2023, 5, 9));
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2023, 5, 1), d(2023, 5, 8)]
    );
}

#[test]
fn ve_day_8_may_2020() {
    let cal = calendar();
    // Fri 1 May 2020 = day 0; Mon 4 (a working day that year) = 1,
    // Tue 5 = 2, Wed 6 = 3, Thu 7 = 4; Fri 8 (VE day); Mon 11 May = 5.
    assert_eq!(cal.is_working_day(d(2020, 5, 4)), Ok(true));
    assert_eq!(cal.add_working_days(d(2020, 5, 1), 1), Ok(d(2020, 5, 4)));
    let count = cal.count_working_days(d(2020, 5, 1), 5).unwrap();
    assert_eq!(count.due, d(2020, 5, 11));
    assert_eq!(dates(&count.holidays_skipped), [d(2020, 5, 8)]);
}

#[test]
fn trigger_on_a_non_working_day() {
    let cal = calendar();
    // Sat 10 Jan 2026 = day 0; Sun 11; Mon 12 Jan = 1.
    assert_eq!(cal.add_working_days(d(2026, 1, 10), 1), Ok(d(2026, 1, 12)));
    // Mon 4 May 2026 (early May bank holiday) = day 0; Tue 5 May = 1.
    assert_eq!(cal.add_working_days(d(2026, 5, 4), 1), Ok(d(2026, 5, 5)));
    // Good Friday 3 Apr 2026 = day 0; Sat, Sun, Mon 6 (hol); Tue 7 Apr = 1.
    assert_eq!(cal.add_working_days(d(2026, 4, 3), 1), Ok(d(2026, 4, 7)));
    // n = 0 returns the trigger day itself, working day or not.
    assert_eq!(cal.add_working_days(d(2026, 1, 10), 0), Ok(d(2026, 1, 10)));
    let zero = cal.count_working_days(d(2026, 1, 10), 0).unwrap();
    assert_eq!(zero.due, d(2026, 1, 10));
    assert!(zero.holidays_skipped.is_empty() && zero.predicted_years.is_empty());
    // Next working day on or after a Saturday, a holiday and a working day.
    assert_eq!(
        cal.next_working_day_on_or_after(d(2026, 1, 10)),
        Ok(d(2026, 1, 12))
    );
    assert_eq!(
        cal.next_working_day_on_or_after(d(2026, 12, 25)),
        Ok(d(2026, 12, 29))
    );
    assert_eq!(
        cal.next_working_day_on_or_after(d(2026, 1, 12)),
        Ok(d(2026, 1, 12))
    );
}

#[test]
fn ten_working_days_over_christmas_2025() {
    let cal = calendar();
    // Fri 19 Dec 2025 = day 0; Mon 22 = 1, Tue 23 = 2, Wed 24 = 3;
    // Thu 25, Fri 26 (hols); Mon 29 = 4, Tue 30 = 5, Wed 31 = 6;
    // Thu 1 Jan (hol); Fri 2 = 7; Mon 5 = 8, Tue 6 = 9, Wed 7 Jan 2026 = 10.
    assert_eq!(cal.add_working_days(d(2025, 12, 19), 10), Ok(d(2026, 1, 7)));
    let count = cal.count_working_days(d(2025, 12, 19), 10).unwrap();
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2025, 12, 25), d(2025, 12, 26), d(2026, 1, 1)]
    );
    assert_eq!(
        cal.working_days_between(d(2025, 12, 19), d(2026, 1, 7)),
        Ok(10)
    );
    assert_eq!(
        cal.working_days_between(d(2026, 1, 7), d(2025, 12, 19)),
        Ok(-10)
    );
}

#[test]
fn working_days_in_2026() {
    let cal = calendar();
    // 2026 has 261 weekdays (365 days from a Thursday) and 8 holidays, none
    // at a weekend: 253 working days in (31 Dec 2025, 31 Dec 2026].
    assert_eq!(
        cal.working_days_between(d(2025, 12, 31), d(2026, 12, 31)),
        Ok(253)
    );
    assert_eq!(
        dates(cal.holidays_between(d(2026, 4, 3), d(2026, 5, 4))),
        [d(2026, 4, 6), d(2026, 5, 4)],
        "from is excluded, to is included"
    );
}

// ---------------------------------------------------------------------------
// Predicted years

#[test]
fn count_into_a_predicted_year() {
    let cal = calendar();
    // Fri 1 Dec 2028 = day 0. December: 4-8, 11-15, 18-22 = 15; Mon 25,
    // Tue 26 (hols); 27-29 = 18. 2029: Mon 1 Jan (hol); 2-5 Jan = 22;
    // 8-12, 15-19, 22-26 = 37; 29-31 = 40; February (4 full weeks) = 60;
    // Thu 1 Mar = 61, Fri 2 = 62, Mon 5 = 63, Tue 6 = 64, Wed 7 Mar = 65.
    let count = cal.count_working_days(d(2028, 12, 1), 65).unwrap();
    assert_eq!(count.due, d(2029, 3, 7));
    if cal.is_predicted_year(2029) {
        // Today's data ends in 2028.
        assert_eq!(count.predicted_years, [2029]);
    } else {
        assert!(count.predicted_years.is_empty());
    }
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2028, 12, 25), d(2028, 12, 26), d(2029, 1, 1)]
    );
    assert_eq!(
        count
            .holidays_skipped
            .iter()
            .map(|h| h.predicted)
            .collect::<Vec<_>>(),
        [false, false, cal.is_predicted_year(2029)]
    );
    // Wed 20 Dec 2028 = day 0; Thu 21 = 1, Fri 22 = 2; Mon 25, Tue 26
    // (hols); Wed 27 = 3, Thu 28 = 4, Fri 29 = 5: stays in 2028.
    let count = cal.count_working_days(d(2028, 12, 20), 5).unwrap();
    assert_eq!(count.due, d(2028, 12, 29));
    assert!(count.predicted_years.is_empty());
}

#[test]
fn count_within_2026_is_not_predicted() {
    let cal = calendar();
    // Mon 5 Jan 2026 = day 0. January: 6-9 = 4, 12-30 = 19; February
    // (starts Sunday, 4 full weeks) = 39; March 2-27 = 59, 30-31 = 61;
    // Wed 1 Apr = 62, Thu 2 = 63; Fri 3 and Mon 6 (Easter); Tue 7 = 64,
    // Wed 8 Apr = 65.
    let count = cal.count_working_days(d(2026, 1, 5), 65).unwrap();
    assert_eq!(count.due, d(2026, 4, 8));
    assert!(count.predicted_years.is_empty());
    assert_eq!(
        dates(&count.holidays_skipped),
        [d(2026, 4, 3), d(2026, 4, 6)]
    );
}

#[test]
fn count_across_several_predicted_years() {
    let cal = calendar();
    // 600 working days from 1 Jun 2028 ends in 2030.
    let count = cal.count_working_days(d(2028, 6, 1), 600).unwrap();
    assert_eq!(count.due.year(), 2030);
    let expected: Vec<i32> = (2029..=2030)
        .filter(|y| cal.is_predicted_year(*y))
        .collect();
    assert_eq!(count.predicted_years, expected);
    if cal.last_known_year() == 2028 {
        assert_eq!(count.predicted_years, [2029, 2030]);
    }
}

// ---------------------------------------------------------------------------
// Range

#[test]
fn out_of_range_is_an_error_not_a_panic() {
    let cal = calendar();
    let before = d(2006, 8, 31);
    let after = d(2101, 1, 1);
    let err_before = CalendarError::OutOfRange { date: before };
    let err_after = CalendarError::OutOfRange { date: after };
    assert_eq!(cal.is_working_day(before), Err(err_before));
    assert_eq!(cal.is_working_day(after), Err(err_after.clone()));
    assert_eq!(
        cal.add_working_days(before, 5),
        Err(CalendarError::OutOfRange { date: before })
    );
    assert_eq!(
        cal.add_working_days(after, 0),
        Err(CalendarError::OutOfRange { date: after })
    );
    assert!(cal.count_working_days(before, 5).is_err());
    assert!(cal.working_days_between(before, d(2020, 1, 1)).is_err());
    assert!(cal.working_days_between(d(2020, 1, 1), after).is_err());
    assert!(cal.next_working_day_on_or_after(after).is_err());
    // An add that runs past 31 Dec 2100 (a Friday; 25 Dec 2100 is a
    // Saturday, so Mon 27 and Tue 28 are holidays).
    assert_eq!(
        cal.add_working_days(d(2100, 12, 30), 1),
        Ok(d(2100, 12, 31))
    );
    assert_eq!(
        cal.add_working_days(d(2100, 12, 31), 1),
        Err(err_after.clone())
    );
    assert_eq!(cal.add_working_days(d(2100, 12, 1), 65), Err(err_after));
    assert!(cal.count_working_days(d(2100, 12, 1), 65).is_err());
    assert!(cal.add_working_days(d(2020, 1, 1), u32::MAX).is_err());
    // The edges themselves work.
    assert!(cal.is_working_day(FIRST_SUPPORTED_DATE).is_ok());
    assert!(cal.is_working_day(LAST_SUPPORTED_DATE).is_ok());
    assert_eq!(
        cal.add_working_days(FIRST_SUPPORTED_DATE, 1),
        Ok(d(2006, 9, 4)) // Fri 1 Sep 2006 = day 0; Mon 4 Sep = 1.
    );
    assert_eq!(
        cal.add_working_days(d(2100, 1, 1), 0).unwrap().weekday(),
        Weekday::Fri
    );
    assert_eq!(
        CalendarError::OutOfRange {
            date: d(2101, 3, 3)
        }
        .to_string(),
        "We can only count working days between 1 September 2006 and \
         31 December 2100; 3 March 2101 is outside that range."
    );
}

// ---------------------------------------------------------------------------
// Properties

fn supported_date() -> impl Strategy<Value = NaiveDate> {
    let last = d(2099, 6, 30);
    let span = (last - FIRST_SUPPORTED_DATE).num_days() as u64;
    (0..=span).prop_map(|offset| FIRST_SUPPORTED_DATE + Days::new(offset))
}

proptest! {
    #[test]
    fn add_gives_a_working_day(start in supported_date(), n in 1u32..300) {
        let cal = calendar();
        let due = cal.add_working_days(start, n).unwrap();
        prop_assert!(due > start);
        prop_assert_eq!(cal.is_working_day(due), Ok(true));
        prop_assert!(due.weekday() != Weekday::Sat && due.weekday() != Weekday::Sun);
        prop_assert!(cal.holiday_on(due).is_none());
    }

    #[test]
    fn between_inverts_add(start in supported_date(), n in 0u32..300) {
        let cal = calendar();
        let due = cal.add_working_days(start, n).unwrap();
        prop_assert_eq!(cal.working_days_between(start, due), Ok(n as i32));
        prop_assert_eq!(cal.working_days_between(due, start), Ok(-(n as i32)));
        let count = cal.count_working_days(start, n).unwrap();
        prop_assert_eq!(count.due, due);
        // Every weekday in (start, due] is a working day or a listed holiday.
        let weekdays = start
            .iter_days()
            .skip(1)
            .take_while(|day| *day <= due)
            .filter(|day| day.weekday().num_days_from_monday() < 5)
            .count();
        prop_assert_eq!(weekdays, n as usize + count.holidays_skipped.len());
    }

    #[test]
    fn add_is_monotonic(start in supported_date(), n in 0u32..300) {
        let cal = calendar();
        let a = cal.add_working_days(start, n).unwrap();
        let b = cal.add_working_days(start, n + 1).unwrap();
        prop_assert!(a < b);
    }

    #[test]
    fn between_is_antisymmetric(a in supported_date(), b in supported_date()) {
        let cal = calendar();
        let ab = cal.working_days_between(a, b).unwrap();
        let ba = cal.working_days_between(b, a).unwrap();
        prop_assert_eq!(ab, -ba);
        if a <= b { prop_assert!(ab >= 0) } else { prop_assert!(ab <= 0) }
    }

    #[test]
    fn next_working_day_is_the_first_on_or_after(date in supported_date()) {
        let cal = calendar();
        let next = cal.next_working_day_on_or_after(date).unwrap();
        prop_assert!(next >= date);
        prop_assert_eq!(cal.is_working_day(next), Ok(true));
        // No working day in [date, next).
        let skipped = if cal.is_working_day(date).unwrap() { 0 } else { 1 };
        prop_assert_eq!(cal.working_days_between(date, next), Ok(skipped));
        if next > date {
            prop_assert_eq!(cal.add_working_days(date, 1), Ok(next));
        }
    }
}
