//! Checking a case however it was made (file or page): format and version,
//! council, every date possible and not after today, and events in an order
//! that can happen. Only what cannot happen is refused.

use chrono::NaiveDate;

use super::reading::{event_path, unknown_council, wrong_format, wrong_version};
use super::*;
use crate::core::calendar::{FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};
use crate::core::councils;
use crate::core::dates::{day_month_year, long_date};

impl Case {
    /// Checks a case however it was made (file or UI): format and version,
    /// council, every date possible and not after `today`, and the events in
    /// an order that can happen.
    pub fn validate(&self, today: NaiveDate) -> Result<(), CaseError> {
        check_in_supported_range("today", today)?;
        if self.format != CASE_FORMAT {
            return Err(wrong_format(&self.format));
        }
        if self.version != CASE_VERSION {
            return Err(wrong_version(u64::from(self.version)));
        }
        if let Some(council) = &self.council {
            if councils::find(council).is_none() {
                return Err(unknown_council(council));
            }
        }
        for event in Event::ALL {
            if let Some(date) = event.date(&self.events) {
                check_event_date(event, date, today)?;
            }
        }
        for event in Event::ALL {
            if let Some(date) = event.date(&self.events) {
                check_prerequisite(&self.events, event)?;
                check_order(&self.events, event, date)?;
            }
        }
        for flag in Flag::ALL {
            let needed = flag.prerequisite();
            if flag.get(&self.events) && self.events.start_of(needed).is_none() {
                return Err(CaseError::new(
                    event_path(flag.field()),
                    format!(
                        "You said {}, but did not enter the day {} ({}).",
                        flag.clause(),
                        needed.clause(),
                        event_path(needed.field())
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn check_in_supported_range(field: &str, date: NaiveDate) -> Result<(), CaseError> {
    let written = day_month_year(date);
    if date < FIRST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            format!(
                "{written} is before {}, when the rules for these complaints (SI 2006/1738) started, so we cannot work out deadlines for it.",
                day_month_year(FIRST_SUPPORTED_DATE)
            ),
        ));
    }
    if date > LAST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            format!(
                "{written} is after {}, the last date we can count working days to.",
                day_month_year(LAST_SUPPORTED_DATE)
            ),
        ));
    }
    Ok(())
}

fn check_event_date(event: Event, date: NaiveDate, today: NaiveDate) -> Result<(), CaseError> {
    let path = event_path(event.field());
    if date > today {
        return Err(CaseError::new(
            path,
            format!(
                "{} is after today ({}): only enter things that have happened.",
                day_month_year(date),
                long_date(today)
            ),
        ));
    }
    check_in_supported_range(&path, date)
}

fn check_prerequisite(events: &Events, event: Event) -> Result<(), CaseError> {
    match event.prerequisite() {
        Some(needed) if events.start_of(needed).is_none() => Err(CaseError::new(
            event_path(event.field()),
            format!(
                "You entered the day {}, but not the day {} ({}).",
                event.clause(),
                needed.clause(),
                event_path(needed.field())
            ),
        )),
        _ => Ok(()),
    }
}

fn check_order(events: &Events, event: Event, date: NaiveDate) -> Result<(), CaseError> {
    for &earlier in event.not_before() {
        if let Some((earlier, earlier_date)) = events.start_of(earlier) {
            if date < earlier_date {
                return Err(out_of_order(event, date, earlier, earlier_date));
            }
        }
    }
    Ok(())
}

fn out_of_order(
    event: Event,
    date: NaiveDate,
    earlier: Event,
    earlier_date: NaiveDate,
) -> CaseError {
    CaseError::new(
        event_path(event.field()),
        format!(
            "The day {} ({}) is before the day {} ({}).",
            event.clause(),
            day_month_year(date),
            earlier.clause(),
            day_month_year(earlier_date)
        ),
    )
}
