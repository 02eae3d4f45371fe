//! "How we worked this out": the start of a deadline's count, and the one
//! sentence on how it was counted.

use std::fmt::Display;

use crate::core::assessment::TimeUnit;
use crate::core::case::Event;
use crate::core::dates::working_days;

/// Why a start day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff<'a> {
    Saturday,
    Sunday,
    BankHoliday(&'a str),
    Other,
}

/// The start event as the counting shows it, after "the day" (day 0 is
/// "the day the council received your complaint"). Declining ADR starts
/// the next stage when no request is entered, so its label says so.
pub fn start_label(start: Event) -> &'static str {
    match start {
        Event::AdrBeforeStage2Declined => {
            "you said no to informal resolution (ADR), which moved your complaint on to stage 2"
        }
        Event::AdrBeforeStage3Declined => {
            "you said no to informal resolution (ADR), which moved your complaint on to stage 3 (the review panel)"
        }
        Event::ProblemHappened => "the thing you are complaining about happened",
        Event::ProblemNoticed => "you first noticed the problem",
        Event::ComplaintReceived => "the council received your complaint",
        Event::AcknowledgementReceived => "the council acknowledged your complaint",
        Event::Stage1ResponseReceived => "you received the council's stage 1 reply",
        Event::Stage2Requested => "you asked for stage 2",
        Event::Stage2Refused => "the council refused stage 2",
        Event::Stage2StatementAgreed => "your complaint statement for stage 2 was agreed",
        Event::Stage2AcknowledgementReceived => "the council acknowledged your stage 2 request",
        Event::Stage2ResponseReceived => "you received the council's stage 2 reply",
        Event::Stage3Requested => "you asked for a review panel (stage 3)",
        Event::Stage3Refused => "the council refused a review panel",
        Event::PanelMet => "the review panel met",
        Event::PanelReportReceived => "the review panel's report was received",
        Event::FinalResponseReceived => "you received the council's final response",
    }
}

fn plural<'a>(amount: u32, one: &'a str, many: &'a str) -> &'a str {
    if amount == 1 {
        one
    } else {
        many
    }
}

/// How `amount` `unit`s were counted from `start`; `day_off` when a
/// working-day count starts on a day that is not a working day.
pub fn explain(start: Event, amount: u32, unit: TimeUnit, day_off: Option<DayOff>) -> String {
    let clause = start_label(start);
    match unit {
        TimeUnit::WorkingDays => {
            let day0 = match day_off {
                None => format!("Day 0 is the day {clause}"),
                Some(off) => {
                    let off = match off {
                        DayOff::Saturday => "Saturday".to_string(),
                        DayOff::Sunday => "Sunday".to_string(),
                        DayOff::BankHoliday(name) => format!("bank holiday, {name}"),
                        DayOff::Other => "day off".to_string(),
                    };
                    format!(
                        "Day 0 is the day {clause} (a {off}, not a working day, so day 1 is the next working day)"
                    )
                }
            };
            format!(
                "{day0}; we counted {} after it, skipping weekends and bank holidays.",
                working_days(i64::from(amount))
            )
        }
        TimeUnit::CalendarDays => format!(
            "Day 0 is the day {clause}; we counted {amount} calendar days after it, including weekends and bank holidays."
        ),
        TimeUnit::Months => format!(
            "We counted {amount} {} from the day {clause}, to the same date in the month.",
            plural(amount, "month", "months")
        ),
        TimeUnit::Years => format!(
            "We counted {amount} {} from the day {clause}, to the same date.",
            plural(amount, "year", "years")
        ),
    }
}

/// How a period that begins with its start day was counted.
pub fn explain_beginning_with(start: Event, amount: u32, unit: TimeUnit) -> String {
    let period = match unit {
        TimeUnit::Years => format!("{amount} {}", plural(amount, "year", "years")),
        TimeUnit::CalendarDays => format!("{amount} {}", plural(amount, "day", "days")),
        _ => format!("{amount} {}", plural(amount, "month", "months")),
    };
    format!(
        "The {period} begin with the day {}: that day is the first day, so the last day is the day before the same date {period} later.",
        start_label(start)
    )
}

/// A deadline (`title`) that the calendar cannot count from its start date.
pub fn cannot_count(title: &str, error: &impl Display) -> String {
    format!(
        "We cannot work out \"{}\" from this date. {error}",
        title.to_ascii_lowercase()
    )
}
