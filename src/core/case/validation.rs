//! Checking a case however it was made (file or page): format and version,
//! council, every date possible and not after today, and events in an order
//! that can happen. Only what cannot happen is refused. The messages' words
//! are in `text::en::case_checks`.

use chrono::NaiveDate;

use super::reading::{event_path, unknown_council, wrong_format, wrong_version};
use super::*;
use crate::core::calendar::{FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};
use crate::core::councils;
use crate::text::en::case_checks as words;

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
                    words::flag_without_event(flag, needed, &event_path(needed.field())),
                ));
            }
        }
        Ok(())
    }
}

fn check_in_supported_range(field: &str, date: NaiveDate) -> Result<(), CaseError> {
    if date < FIRST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            words::before_the_rules(date, FIRST_SUPPORTED_DATE),
        ));
    }
    if date > LAST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            words::after_the_calendar(date, LAST_SUPPORTED_DATE),
        ));
    }
    Ok(())
}

fn check_event_date(event: Event, date: NaiveDate, today: NaiveDate) -> Result<(), CaseError> {
    let path = event_path(event.field());
    if date > today {
        return Err(CaseError::new(path, words::after_today(date, today)));
    }
    check_in_supported_range(&path, date)
}

fn check_prerequisite(events: &Events, event: Event) -> Result<(), CaseError> {
    match event.prerequisite() {
        Some(needed) if events.start_of(needed).is_none() => Err(CaseError::new(
            event_path(event.field()),
            words::missing_prerequisite(event, needed, &event_path(needed.field())),
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
        words::out_of_order(event, date, earlier, earlier_date),
    )
}
