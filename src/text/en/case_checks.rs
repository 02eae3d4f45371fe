//! What the checks of a case say, each a whole message: reading a case
//! file (`core::case`), whether its dates can be and fit together, and
//! reading a link to a case (`core::share`). Field names ("events.panel_met")
//! and quoted values are passed in; the events are named here.

use chrono::NaiveDate;

use crate::core::case::{Event, Flag};
use crate::core::dates::{day_month_year, long_date, month_name};

/// A field of a case file (`field`, e.g. "events.complaint_received") in
/// words: "the date for the day the council received your complaint", or
/// the field itself, quoted, when it is not one of the events' dates.
pub fn field_in_words(field: &str) -> String {
    match field.strip_prefix("events.").and_then(Event::from_field) {
        Some(event) => format!(
            "the date for the day {} (\"{field}\")",
            what_happened(event)
        ),
        None => format!("\"{field}\""),
    }
}

/// What happened, as it reads after "the day".
fn what_happened(event: Event) -> &'static str {
    match event {
        Event::ProblemHappened => "the thing you are complaining about happened",
        Event::ProblemNoticed => "you first noticed the problem",
        Event::ComplaintReceived => "the council received your complaint",
        Event::AcknowledgementReceived => "the council acknowledged your complaint",
        Event::Stage1ResponseReceived => "you received the council's stage 1 reply",
        Event::Stage2Requested => "you asked for stage 2",
        Event::Stage2Refused => "the council refused stage 2",
        Event::AdrBeforeStage2Declined => "you said no to informal resolution before stage 2",
        Event::Stage2StatementAgreed => "your complaint statement for stage 2 was agreed",
        Event::Stage2AcknowledgementReceived => "the council acknowledged your stage 2 request",
        Event::Stage2ResponseReceived => "you received the council's stage 2 reply",
        Event::Stage3Requested => "you asked for a review panel (stage 3)",
        Event::Stage3Refused => "the council refused a review panel",
        Event::AdrBeforeStage3Declined => "you said no to informal resolution before stage 3",
        Event::PanelMet => "the review panel met",
        Event::PanelReportReceived => "the review panel's report was received",
        Event::FinalResponseReceived => "you received the council's final response",
    }
}

/// What the flag says, as it reads after "you said".
fn what_you_said(flag: Flag) -> &'static str {
    match flag {
        Flag::Stage1Extended => "the council needs more time at stage 1",
        Flag::AdrBeforeStage2Offered => "the council offered informal resolution before stage 2",
        Flag::Stage2Extended => "the council needs more time at stage 2",
        Flag::AdrBeforeStage3Offered => "the council offered informal resolution before stage 3",
    }
}

// ---------------------------------------------------------------------------
// Reading a case file.

/// The text is not JSON; `error` is the JSON reader's own description.
pub fn not_json(error: &str) -> String {
    format!("The file is not valid JSON ({error}).")
}

pub const NOT_AN_OBJECT: &str =
    "This is not a case file: it should be a JSON object, starting with {.";

/// A top-level field we do not know; `nearest` is a known field one or two
/// letters away, if any.
pub fn unknown_field(nearest: Option<&str>) -> String {
    match nearest {
        Some(name) => format!("This is not a field of a case file (did you mean {name}?). The fields are format, version, council, label and events."),
        None => "This is not a field of a case file. The fields are format, version, council, label and events.".to_string(),
    }
}

/// No "format"; `format` is what a case file has.
pub fn no_format(format: &str) -> String {
    format!(
        "This file has no format. A Complaint Navigator case file has \"format\": \"{format}\"."
    )
}

/// The "format" is `found` (quoted in part), not `format`.
pub fn wrong_format(found: &str, format: &str) -> String {
    format!(
        "\"{found}\" is not a Complaint Navigator case file: the format should be \"{format}\"."
    )
}

/// The version is a number but not a whole one; this app `reads` one version.
pub fn version_not_whole(number: &str, reads: u32) -> String {
    format!("{number} is not a version number: this app reads version {reads}.")
}

/// The version is not a number (`found`, as JSON).
pub fn version_not_a_number(found: &str, reads: u32) -> String {
    format!("{found} is not a version number: it should be a whole number, like {reads}.")
}

pub fn no_version(reads: u32) -> String {
    format!("This file has no version number: this app reads version {reads}.")
}

/// A version this app cannot read: newer than the one it `reads`, or one
/// that never existed.
pub fn wrong_version(version: u64, reads: u32) -> String {
    if version > u64::from(reads) {
        // What to do, as for a whole file of a newer version (found in a
        // walkthrough: one case said only that it could be mended).
        return format!("This case file is version {version}, which this app cannot read: it was made by a newer version of Complaint Navigator, and this one reads version {reads}. Reload the page to get the newest version, then try again.");
    }
    format!("This case file is version {version}, which this app cannot read (there is no such version); it reads version {reads}.")
}

/// `found` (as JSON) where text or null belongs.
pub fn not_text_or_null(found: &str) -> String {
    format!("{found} should be text in quotes, or null.")
}

/// A procedure we do not know; `ids` are those we do.
pub fn unknown_procedure(found: &str, ids: &[&str]) -> String {
    format!(
        "\"{found}\" is not a complaints procedure this app knows. Use one of: {}.",
        ids.join(", ")
    )
}

pub fn unknown_council(found: &str) -> String {
    // Read by families opening a backup as well as by whoever edits a file:
    // what to do on the page first (found in a walkthrough), then in a file.
    format!("\"{found}\" is not a council we know. Choose the council again on the page. (In a case file, a council is written as its id, such as \"leeds\", or its GSS code, such as \"E08000035\", or as null when it is not known.)")
}

/// The split web build has not yet fetched this council's published procedure.
pub fn council_file_not_held(council_name: &str) -> String {
    let council_name_s = super::council::possessive_first(council_name);
    format!("{council_name_s} published complaints procedure has not loaded yet, so these dates cannot be worked out. Nothing you entered has been lost.")
}

/// `found` (as JSON) where the events belong.
pub fn events_not_an_object(found: &str) -> String {
    format!("{found} should be a list of events in braces, like {{\"complaint_received\": \"2026-01-05\"}}.")
}

/// `found` (as JSON) where a yes/no fact belongs.
pub fn not_true_or_false(found: &str) -> String {
    format!("{found} should be true or false.")
}

/// An event we do not know; `nearest` is a known one one or two letters
/// away, if any.
pub fn unknown_event(nearest: Option<&str>) -> String {
    match nearest {
        Some(name) => format!("This is not an event we know (did you mean {name}?). Check the spelling: unknown events are not ignored, so nothing is lost by mistake."),
        None => "This is not an event we know. Check the spelling: unknown events are not ignored, so nothing is lost by mistake.".to_string(),
    }
}

/// `found` (as JSON) where a date belongs.
pub fn not_a_date_value(found: &str) -> String {
    format!("{found} should be a date in quotes, like \"2026-01-07\", or null.")
}

/// `found` (quoted in part) is not written YYYY-MM-DD.
pub fn not_iso_date(found: &str) -> String {
    format!("\"{found}\" is not a date in the form YYYY-MM-DD, like 2026-01-07.")
}

/// `text` is written YYYY-MM-DD, but there is no month `month`.
pub fn no_such_month(text: &str, month: u32) -> String {
    format!("{text} is not a real date (there is no month {month}).")
}

/// `text` is written YYYY-MM-DD, but `month` of `year` has only `days` days.
pub fn no_such_day(text: &str, month: u32, year: i32, days: u32) -> String {
    format!(
        "{text} is not a real date ({} {year} has {days} days).",
        month_name(month)
    )
}

// ---------------------------------------------------------------------------
// A case's dates and their order. `field` is where the missing answer goes,
// e.g. "events.complaint_received".

/// A yes/no fact is set but the event it follows is not entered.
pub fn flag_without_event(flag: Flag, needed: Event, field: &str) -> String {
    format!(
        "You said {}, but did not enter the day {} ({field}).",
        what_you_said(flag),
        what_happened(needed)
    )
}

/// `date` is before `first`, when the rules began.
pub fn before_the_rules(date: NaiveDate, first: NaiveDate) -> String {
    format!(
        "{} is before {}, when the rules for these complaints (SI 2006/1738) started, so we cannot work out deadlines for it.",
        day_month_year(date),
        day_month_year(first)
    )
}

/// `date` is after `last`, the end of the working-day calendar.
pub fn after_the_calendar(date: NaiveDate, last: NaiveDate) -> String {
    format!(
        "{} is after {}, the last date we can count working days to.",
        day_month_year(date),
        day_month_year(last)
    )
}

pub fn after_today(date: NaiveDate, today: NaiveDate) -> String {
    format!(
        "{} is after today ({}): only enter things that have happened.",
        long_date(date),
        long_date(today)
    )
}

/// `event` is entered but `needed`, which comes before it, is not.
pub fn missing_prerequisite(event: Event, needed: Event, field: &str) -> String {
    format!(
        "You entered the day {}, but not the day {} ({field}).",
        what_happened(event),
        what_happened(needed)
    )
}

/// `event` on `date` is before `earlier` on `earlier_date`, which cannot be.
pub fn out_of_order(
    event: Event,
    date: NaiveDate,
    earlier: Event,
    earlier_date: NaiveDate,
) -> String {
    format!(
        "The day {} ({}) is before the day {} ({}).",
        what_happened(event),
        long_date(date),
        what_happened(earlier),
        long_date(earlier_date)
    )
}

// ---------------------------------------------------------------------------
// A link to a case.

pub const LINK_NO_COUNCIL: &str = "The link names no council.";

pub fn link_unknown_council(id: &str) -> String {
    format!("The link names a council this tool does not know (\"{id}\").")
}

pub const LINK_UNKNOWN_PROCEDURE: &str =
    "The link names a complaints procedure this tool does not know.";

/// The link's `value` for `event` is not a date.
pub fn link_bad_date(event: Event, value: &str) -> String {
    format!(
        "The link's date for the day {} (\"{value}\") is not a real date.",
        what_happened(event)
    )
}

/// The link's `value` for `flag` is not yes or no.
pub fn link_bad_yes_no(flag: Flag, value: &str) -> String {
    format!(
        "The link's answer to whether {} (\"{value}\") should be yes or no.",
        what_you_said(flag)
    )
}

pub fn link_unknown_key(key: &str) -> String {
    format!("The link contains \"{key}\", which this tool does not recognise. It may have been cut short or changed.")
}
