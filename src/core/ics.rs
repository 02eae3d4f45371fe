//! The case's deadlines as an iCalendar file (RFC 5545) the family can add
//! to their own calendar. Built by hand (no dependency) and pure: the time
//! stamp is passed in, never read from a clock. The entries' words are in
//! `text::en::calendar_file`.
//!
//! Decisions:
//! - Which deadlines: the open ones only (upcoming, due today, overdue).
//!   Met and late ones are finished business and would only clutter the
//!   calendar. Overdue ones stay, so the calendar shows what is still owed.
//! - All-day events: `DTSTART;VALUE=DATE` and an explicit exclusive
//!   `DTEND;VALUE=DATE` the day after (Outlook and Google mis-show an event
//!   without one). Dates are never converted through a time zone.
//! - Privacy: summaries name the step, never a person, a child or a case
//!   reference; the UID is built from the deadline id and the case id the
//!   caller passes (the stored case id such as "case-3", never a label).
//! - Re-importing the file updates events rather than duplicating them: the
//!   UID is stable per case and deadline, and `SEQUENCE` grows with the
//!   stamp (days since 1 January 2000), so a later export wins.
//! - Reminders: a `VALARM` only when its time is still ahead of the stamp,
//!   so importing the file does not set off reminders that are already past.

use chrono::{Datelike, Days, NaiveDate};

use crate::core::assessment::{Assessment, Basis, Deadline, DeadlineId, DeadlineStatus};
use crate::text::en::calendar_file as words;

/// The domain in every UID: `.invalid` is reserved, so it can never clash.
pub const UID_DOMAIN: &str = "complaint-navigator.invalid";
pub const PRODID: &str = "-//Complaint Navigator//Complaint deadlines//EN";
/// Longest content line, in octets, without the CRLF (RFC 5545 section 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The open deadlines of `assessment` as an iCalendar file, with CRLF line
/// endings and lines folded at 75 octets. `case_id` is the stored case id
/// (e.g. "case-3"); characters other than letters, digits, `-`, `_` and `.`
/// are dropped from it. `stamp` is the day the file is made (normally
/// today). `reminder_days_before`: `Some(n)` adds a reminder n days before.
pub fn calendar_file(
    case_id: &str,
    assessment: &Assessment,
    stamp: NaiveDate,
    reminder_days_before: Option<u32>,
) -> String {
    calendar_file_with_label(case_id, assessment, stamp, reminder_days_before, None)
}

/// [`calendar_file`], with the family's own name for the case before each
/// entry's title when they ask for it ("Family A: Council's stage 1 reply
/// due"): titles stay neutral unless they choose otherwise.
pub fn calendar_file_with_label(
    case_id: &str,
    assessment: &Assessment,
    stamp: NaiveDate,
    reminder_days_before: Option<u32>,
    label: Option<&str>,
) -> String {
    let label = label.map(str::trim).filter(|l| !l.is_empty());
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(&fold_line(text));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", words::CALENDAR_NAME));
    let case_id = safe_id(case_id);
    // One date to act on: the other reading of a disputed start stays out,
    // and so does a date that gives way to another one shown.
    // Once that other date has passed, this one is the date left to act on.
    let gives_way = |d: &Deadline| {
        d.id.gives_way_to().is_some_and(|other| {
            assessment
                .deadlines
                .iter()
                .any(|o| o.id == other && o.status != DeadlineStatus::Overdue)
        })
    };
    let mut entries: Vec<Entry> = Vec::new();
    for deadline in assessment
        .deadlines
        .iter()
        .filter(|d| is_open(d) && !d.other_reading && !gives_way(d))
    {
        entries.push(Entry {
            id: deadline.id,
            due: deadline.due,
            summary: summary(deadline),
            description: description(deadline, stamp),
        });
    }
    // The law's longest time, from the stage's first day: on the page it is
    // a next step until the usual time passes (one date to act on), but a
    // calendar made now would otherwise leave out the day the family may
    // move on (found in a walkthrough). It has the id the deadline takes
    // later, so a file downloaded then updates this entry.
    for (step, id) in [
        ("stage2_if_no_reply", DeadlineId::Stage1ResponseExtended),
        ("stage2_longest", DeadlineId::Stage2ResponseExtended),
    ] {
        let Some((due, text)) = assessment
            .next_steps
            .iter()
            .find(|s| s.id == step)
            .and_then(|s| s.by.map(|by| (by, s.text.clone())))
        else {
            continue;
        };
        if entries.iter().any(|e| e.id == id) {
            continue;
        }
        entries.push(Entry {
            id,
            due,
            summary: words::summary(id, false, ""),
            description: words::longest_description(due, &text),
        });
    }
    for entry in &entries {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", uid(&case_id, entry.id.as_str())));
        line(&format!("DTSTAMP:{}T000000Z", ical_date(stamp)));
        line(&format!("SEQUENCE:{}", sequence(stamp)));
        line(&format!("DTSTART;VALUE=DATE:{}", ical_date(entry.due)));
        let end = entry
            .due
            .checked_add_days(Days::new(1))
            .unwrap_or(entry.due);
        line(&format!("DTEND;VALUE=DATE:{}", ical_date(end)));
        let summary = match label {
            Some(label) => words::labelled(label, &entry.summary),
            None => entry.summary.clone(),
        };
        line(&format!("SUMMARY:{}", escape_text(&summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&entry.description)));
        line("TRANSP:TRANSPARENT");
        line("CLASS:PRIVATE");
        if let Some(days) =
            reminder_days_before.filter(|days| reminder_ahead(entry.due, *days, stamp))
        {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("TRIGGER:{}", trigger(days)));
            line(&format!(
                "DESCRIPTION:{}",
                escape_text(&words::reminder(&summary, entry.due))
            ));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The deadlines the calendar file holds: those still open.
pub fn is_open(deadline: &Deadline) -> bool {
    deadline.status.is_open()
}

/// `{deadline_id}-{case_id}@complaint-navigator.invalid`.
pub fn uid(case_id: &str, deadline_id: &str) -> String {
    format!("{}-{}@{UID_DOMAIN}", safe_id(deadline_id), safe_id(case_id))
}

/// The calendar file's name: after the case's label when it is to be named
/// ("complaint-deadlines-family-a.ics"), else neutral.
pub fn file_name(label: Option<&str>) -> String {
    match label.map(file_stem).filter(|stem| !stem.is_empty()) {
        Some(stem) => format!("complaint-deadlines-{stem}.ics"),
        None => "complaint-deadlines.ics".to_string(),
    }
}

/// A label as part of a file name: ASCII letters and digits, lower case,
/// a letter with an accent as its plain letter ("Zoë" is "zoe", not "zo":
/// found in a walkthrough), anything else a single hyphen; at most 40
/// characters.
pub fn file_stem(label: &str) -> String {
    let mut stem = String::new();
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if let Some(plain) = plain_letters(c) {
            stem.push_str(plain);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
    }
    stem.trim_matches('-')
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// The plain letters for a Latin letter with an accent, or run together
/// ("æ"), in either case.
fn plain_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => "c",
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => "e",
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' => "i",
        'ñ' | 'Ñ' | 'ń' | 'Ń' => "n",
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' => "o",
        'œ' | 'Œ' => "oe",
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'ł' | 'Ł' => "l",
        'ś' | 'Ś' | 'š' | 'Š' => "s",
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => "z",
        _ => return None,
    })
}

fn safe_id(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if kept.is_empty() {
        "case".to_string()
    } else {
        kept
    }
}

/// A short title naming the step, never a person: "Council's stage 1 reply due".
pub fn summary(deadline: &Deadline) -> String {
    if crate::text::en::deadline_words::at_the_latest(deadline) {
        return words::OMBUDSMAN_AT_THE_LATEST.to_string();
    }
    let promise = deadline.basis == Basis::CouncilPromise;
    words::summary(deadline.id, promise, &deadline.title)
}

/// One entry of the calendar: a deadline, or the law's longest time ahead.
struct Entry {
    id: DeadlineId,
    due: NaiveDate,
    summary: String,
    description: String,
}

fn description(deadline: &Deadline, stamp: NaiveDate) -> String {
    let late = deadline
        .working_days_late
        .filter(|late| deadline.status == DeadlineStatus::Overdue && *late > 0);
    words::description(deadline, late, stamp)
}

fn reminder_ahead(due: NaiveDate, days: u32, stamp: NaiveDate) -> bool {
    due.checked_sub_days(Days::new(u64::from(days)))
        .is_some_and(|when| when >= stamp)
}

fn trigger(days: u32) -> String {
    if days == 0 {
        "PT0S".to_string()
    } else {
        format!("-P{days}D")
    }
}

/// Days since 1 January 2000, so a later export has a higher SEQUENCE.
fn sequence(stamp: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    (stamp - epoch).num_days().max(0)
}

/// `YYYYMMDD`.
pub fn ical_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Escapes a TEXT value: backslash, semicolon, comma and newline (RFC 5545
/// section 3.3.11). Carriage returns are dropped (a CRLF becomes `\n`).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (without its CRLF) so no line is longer than 75
/// octets: each continuation starts with a space, and a multi-byte UTF-8
/// character is never split. Lines are joined with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if used + size > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += size;
    }
    out
}
