//! Turning "N units after an event" into a dated [`Deadline`] with its
//! status and the working shown. Every deadline, the law's or a council's,
//! is built by [`build_deadline`].

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{
    Basis, Counting, Deadline, DeadlineId, DeadlineStatus, Party, SkippedHoliday, Source, TimeUnit,
};
use crate::core::calendar::{calendar, CalendarError, LAST_SUPPORTED_DATE};
use crate::core::case::{CaseError, Event};
use crate::text::en::counting::{self as words, DayOff};

/// Everything needed to date one deadline.
#[derive(Debug, Clone)]
pub(super) struct DeadlineSpec {
    pub id: DeadlineId,
    pub title: String,
    pub owed_by: Party,
    pub basis: Basis,
    /// The event that starts the clock (day 0).
    pub start: Event,
    pub amount: u32,
    pub unit: TimeUnit,
    /// When the awaited thing happened, if it has.
    pub done_on: Option<NaiveDate>,
    pub source: Source,
    pub note: Option<String>,
    /// Our guide rather than a limit fixed by the law or the council.
    pub guidance: bool,
    /// How binding it is, in words: "Set by law", "Your council's own promise", ...
    pub basis_label: String,
    /// A period "beginning with" the start day (Local Government Act 1974
    /// s26B: "12 months beginning with the day..."): the start day is the
    /// first day of the period, so it ends the day before the same date
    /// 12 months later. Otherwise a period runs "from" or "of" the start
    /// day and ends on the same date (SI 2006/1738 reg 9, "within one year
    /// of"). Working days always count from day 0.
    pub begins_with_start_day: bool,
    /// The other reading of a disputed start, shown beside the date to act on.
    pub other_reading: bool,
}

/// Dates `spec` counting from `start_date` and decides its status as of `today`.
pub(super) fn build_deadline(
    spec: DeadlineSpec,
    start_date: NaiveDate,
    today: NaiveDate,
) -> Result<Deadline, CaseError> {
    let counting_error = |error: CalendarError| {
        CaseError::new(
            format!("events.{}", spec.start.field()),
            words::cannot_count(&spec.title, &error),
        )
    };
    let (due, holidays_skipped, predicted) = match spec.unit {
        TimeUnit::WorkingDays => {
            let count = calendar()
                .count_working_days(start_date, spec.amount)
                .map_err(counting_error)?;
            let skipped = count
                .holidays_skipped
                .iter()
                .map(|h| SkippedHoliday {
                    date: h.date,
                    name: h.name.clone(),
                })
                .collect();
            (count.due, skipped, !count.predicted_years.is_empty())
        }
        unit => {
            let due = add_calendar_time(start_date, spec.amount, unit).map_err(counting_error)?;
            let due = if spec.begins_with_start_day {
                ends_before_corresponding_day(start_date, due, unit)
            } else {
                due
            };
            (due, Vec::new(), false)
        }
    };
    let progress = status_on(due, spec.done_on, today).map_err(counting_error)?;
    let explanation = if spec.begins_with_start_day && spec.unit != TimeUnit::WorkingDays {
        words::explain_beginning_with(spec.start, spec.amount, spec.unit)
    } else {
        explain(spec.start, start_date, spec.amount, spec.unit).map_err(counting_error)?
    };
    // Time left is given in the deadline's own unit: working days for
    // working-day deadlines, calendar days for the others.
    let (working_days_remaining, calendar_days_remaining) = match (spec.unit, progress.remaining) {
        (_, None) => (None, None),
        (TimeUnit::WorkingDays, remaining) => (remaining, None),
        _ => (None, Some((due - today).num_days())),
    };
    Ok(Deadline {
        id: spec.id,
        title: spec.title,
        owed_by: spec.owed_by,
        basis: spec.basis,
        due,
        status: progress.status,
        working_days_remaining,
        working_days_late: progress.late,
        done_on: spec.done_on,
        counting: Counting {
            start_event: spec.start.field().to_string(),
            start_label: words::start_label(spec.start).to_string(),
            start_date,
            amount: spec.amount,
            unit: spec.unit,
            holidays_skipped,
            explanation,
        },
        source: spec.source,
        relies_on_predicted_holidays: predicted,
        note: spec.note,
        guidance: spec.guidance,
        basis_label: spec.basis_label,
        other_reading: spec.other_reading,
        calendar_days_remaining,
        left_behind: None,
    })
}

/// The last day of a period beginning with `start` (its first day), given
/// the corresponding day a period later (`corresponding`): the day before
/// it. 12 months beginning with 15 March 2024 end on 14 March 2025; with 1
/// March 2023, on 29 February 2024. Where the later month has no such day
/// (29 February 2024 to 2025, the 31st to a shorter month), the date was
/// held at that month's last day, which is the period's last day: 12 months
/// beginning with 29 February 2024 end on 28 February 2025.
fn ends_before_corresponding_day(
    start: NaiveDate,
    corresponding: NaiveDate,
    unit: TimeUnit,
) -> NaiveDate {
    let held_at_month_end =
        matches!(unit, TimeUnit::Months | TimeUnit::Years) && corresponding.day() != start.day();
    if held_at_month_end {
        corresponding
    } else {
        corresponding.pred_opt().unwrap_or(corresponding)
    }
}

/// Calendar days, months or years after `start`, within the supported range.
fn add_calendar_time(
    start: NaiveDate,
    amount: u32,
    unit: TimeUnit,
) -> Result<NaiveDate, CalendarError> {
    let due = match unit {
        TimeUnit::CalendarDays => start.checked_add_days(Days::new(u64::from(amount))),
        TimeUnit::Months => start.checked_add_months(Months::new(amount)),
        TimeUnit::Years => amount
            .checked_mul(12)
            .and_then(|months| start.checked_add_months(Months::new(months))),
        TimeUnit::WorkingDays => calendar().add_working_days(start, amount).ok(),
    };
    match due {
        Some(due) if due <= LAST_SUPPORTED_DATE => Ok(due),
        _ => Err(CalendarError::OutOfRange {
            date: LAST_SUPPORTED_DATE + Days::new(1),
        }),
    }
}

struct Progress {
    status: DeadlineStatus,
    remaining: Option<i32>,
    late: Option<i32>,
}

/// Met iff done on or before `due`; late iff done after it; otherwise by
/// today: upcoming, due today, or overdue once `due` has passed.
fn status_on(
    due: NaiveDate,
    done_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Progress, CalendarError> {
    let between = |from, to| calendar().working_days_between(from, to);
    Ok(match done_on {
        Some(done) if done <= due => Progress {
            status: DeadlineStatus::Met,
            remaining: None,
            late: None,
        },
        Some(done) => Progress {
            status: DeadlineStatus::Late,
            remaining: None,
            late: Some(between(due, done)?),
        },
        None if today < due => Progress {
            status: DeadlineStatus::Upcoming,
            remaining: Some(between(today, due)?),
            late: None,
        },
        None if today == due => Progress {
            status: DeadlineStatus::DueToday,
            remaining: Some(0),
            late: None,
        },
        None => Progress {
            status: DeadlineStatus::Overdue,
            remaining: None,
            late: Some(between(due, today)?),
        },
    })
}

/// The one sentence under "How we worked this out".
fn explain(
    start: Event,
    start_date: NaiveDate,
    amount: u32,
    unit: TimeUnit,
) -> Result<String, CalendarError> {
    let day_off = if unit == TimeUnit::WorkingDays && !calendar().is_working_day(start_date)? {
        Some(day_off(start_date))
    } else {
        None
    };
    Ok(words::explain(start, amount, unit, day_off))
}

fn day_off(date: NaiveDate) -> DayOff<'static> {
    match (date.weekday(), calendar().holiday_on(date)) {
        (Weekday::Sat, _) => DayOff::Saturday,
        (Weekday::Sun, _) => DayOff::Sunday,
        (_, Some(holiday)) => DayOff::BankHoliday(&holiday.name),
        _ => DayOff::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn statuses_follow_the_dates() {
        let due = date(2026, 1, 7);
        let status = |done, today| status_on(due, done, today).unwrap().status;
        assert_eq!(status(None, date(2026, 1, 5)), DeadlineStatus::Upcoming);
        assert_eq!(status(None, due), DeadlineStatus::DueToday);
        assert_eq!(status(None, date(2026, 1, 8)), DeadlineStatus::Overdue);
        assert_eq!(status(Some(due), date(2026, 2, 1)), DeadlineStatus::Met);
        assert_eq!(
            status(Some(date(2026, 1, 9)), date(2026, 2, 1)),
            DeadlineStatus::Late
        );
    }

    #[test]
    fn calendar_time_stays_in_range() {
        assert_eq!(
            add_calendar_time(date(2024, 2, 29), 1, TimeUnit::Years),
            Ok(date(2025, 2, 28))
        );
        assert!(add_calendar_time(date(2100, 6, 1), 12, TimeUnit::Months).is_err());
    }
}
