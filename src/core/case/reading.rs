//! Reading a case file: every problem named by its field, in plain English
//! (the words are in `text::en::case_checks`), quoting at most a short piece
//! of the bad value; parts this version does not know refused or kept, as
//! the caller asks.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::*;
use crate::core::route::Route;
use crate::text::en::case_checks as words;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum UnknownParts {
    Refuse,
    Keep,
}

/// The longest piece of outside text a message quotes, in characters.
pub const QUOTE_CHARS: usize = 80;

/// Outside text as a message quotes it: at most [`QUOTE_CHARS`] characters,
/// so a huge bad value never makes a huge message.
pub fn quote_part(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(QUOTE_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

pub(super) fn read_case(
    text: &str,
    today: NaiveDate,
    unknown_parts: UnknownParts,
) -> Result<Case, CaseError> {
    let case = read_case_unchecked(text, unknown_parts)?;
    case.validate(today)?;
    Ok(case)
}

/// A case as its file holds it (format, version and every field readable),
/// before the checks of dates, order and council.
pub(super) fn read_case_unchecked(
    text: &str,
    unknown_parts: UnknownParts,
) -> Result<Case, CaseError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|error| CaseError::new("", words::not_json(&error.to_string())))?;
    let Value::Object(fields) = value else {
        return Err(CaseError::new("", words::NOT_AN_OBJECT));
    };
    let mut unknown = Map::new();
    for (key, value) in &fields {
        if TOP_LEVEL_FIELDS.contains(&key.as_str()) {
            continue;
        }
        // What a backup file carries with a saved case (its names for the
        // letters, its entry's parts): not the engine's, but never a
        // mistake, so kept as they are.
        let refused = unknown_parts == UnknownParts::Refuse && !super::carried_by_backups(key);
        if refused || likely_misspelt(key, &TOP_LEVEL_FIELDS) {
            return Err(CaseError::new(
                quote_part(key),
                words::unknown_field(nearest_name(key, &TOP_LEVEL_FIELDS)),
            ));
        }
        unknown.insert(key.clone(), value.clone());
    }
    let case = Case {
        format: read_format(fields.get("format"))?,
        version: read_version(fields.get("version"))?,
        council: read_optional_string(fields.get("council"), "council")?,
        route: read_route(fields.get("procedure"))?,
        label: read_optional_string(fields.get("label"), "label")?,
        events: read_events(fields.get("events"), unknown_parts)?,
        unanswered: read_unanswered(fields.get("unanswered")),
        unknown,
    };
    Ok(case)
}

/// The questions not answered yet: a list of field names. Only what the
/// page shows depends on it, so a list damaged by hand never stops a case
/// from opening: what is not a name in it is passed over, and a list that
/// is not a list at all leaves every question without a date or a "yes"
/// unanswered (the safer reading: "No" would be an answer nobody gave).
/// Absent, as in files made before it existed, every question is answered.
fn read_unanswered(value: Option<&Value>) -> Vec<String> {
    let mut names: Vec<String> = match value {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(_) => Event::ALL
            .iter()
            .map(|e| e.field())
            .chain(Flag::ALL.iter().map(|f| f.field()))
            .map(str::to_string)
            .collect(),
    };
    names.sort();
    names.dedup();
    names
}

pub(super) fn event_path(field: &str) -> String {
    format!("events.{field}")
}

fn describe_json(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

fn read_format(value: Option<&Value>) -> Result<String, CaseError> {
    match value {
        Some(Value::String(format)) if format == CASE_FORMAT => Ok(format.clone()),
        Some(Value::String(format)) => Err(wrong_format(format)),
        Some(other) => Err(wrong_format(&describe_json(other))),
        None => Err(CaseError::new("format", words::no_format(CASE_FORMAT))),
    }
}

pub(super) fn wrong_format(found: &str) -> CaseError {
    CaseError::new(
        "format",
        words::wrong_format(&quote_part(found), CASE_FORMAT),
    )
}

fn read_version(value: Option<&Value>) -> Result<u32, CaseError> {
    match value {
        Some(Value::Number(number)) => match number.as_u64() {
            Some(version) if version == u64::from(CASE_VERSION) => Ok(CASE_VERSION),
            Some(version) => Err(wrong_version(version)),
            None => Err(CaseError::new(
                "version",
                words::version_not_whole(&number.to_string(), CASE_VERSION),
            )),
        },
        Some(other) => Err(CaseError::new(
            "version",
            words::version_not_a_number(&describe_json(other), CASE_VERSION),
        )),
        None => Err(CaseError::new("version", words::no_version(CASE_VERSION))),
    }
}

pub(super) fn wrong_version(version: u64) -> CaseError {
    CaseError::new("version", words::wrong_version(version, CASE_VERSION))
}

fn read_optional_string(value: Option<&Value>, field: &str) -> Result<Option<String>, CaseError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(CaseError::new(
            field,
            words::not_text_or_null(&describe_json(other)),
        )),
    }
}

fn read_route(value: Option<&Value>) -> Result<Option<Route>, CaseError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(id)) => Route::from_id(id).map(Some).ok_or_else(|| {
            CaseError::new(
                "procedure",
                words::unknown_procedure(&quote_part(id), &Route::ALL.map(Route::id)),
            )
        }),
        Some(other) => Err(CaseError::new(
            "procedure",
            words::not_text_or_null(&describe_json(other)),
        )),
    }
}

pub(super) fn unknown_council(council: &str) -> CaseError {
    CaseError::new("council", words::unknown_council(&quote_part(council)))
}

fn read_events(value: Option<&Value>, unknown_parts: UnknownParts) -> Result<Events, CaseError> {
    let fields: &Map<String, Value> = match value {
        None | Some(Value::Null) => return Ok(Events::default()),
        Some(Value::Object(fields)) => fields,
        Some(other) => {
            return Err(CaseError::new(
                "events",
                words::events_not_an_object(&describe_json(other)),
            ))
        }
    };
    let mut events = Events::default();
    for (name, value) in fields {
        let path = event_path(name);
        if let Some(event) = Event::from_field(name) {
            *event.slot(&mut events) = read_date(&path, value)?;
        } else if let Some(flag) = Flag::from_field(name) {
            *flag.slot(&mut events) = match value {
                Value::Bool(yes) => *yes,
                Value::Null => false,
                other => {
                    return Err(CaseError::new(
                        path,
                        words::not_true_or_false(&describe_json(other)),
                    ))
                }
            };
        } else {
            let known: Vec<&str> = Event::ALL
                .iter()
                .map(|e| e.field())
                .chain(Flag::ALL.iter().map(|f| f.field()))
                .collect();
            if unknown_parts == UnknownParts::Keep && !likely_misspelt(name, &known) {
                events.unknown.insert(name.clone(), value.clone());
                continue;
            }
            return Err(CaseError::new(
                quote_part(&path),
                words::unknown_event(nearest_name(name, &known)),
            ));
        }
    }
    Ok(events)
}

/// Reads a date written as text first, so a date that does not exist gets a
/// message saying why (chrono's own parser only says "invalid").
fn read_date(path: &str, value: &Value) -> Result<Option<NaiveDate>, CaseError> {
    let text = match value {
        Value::Null => return Ok(None),
        Value::String(text) => text.trim(),
        other => {
            return Err(CaseError::new(
                path,
                words::not_a_date_value(&describe_json(other)),
            ))
        }
    };
    if text.is_empty() {
        return Ok(None);
    }
    parse_iso_date(text)
        .map(Some)
        .map_err(|message| CaseError::new(path, message))
}

/// Parses YYYY-MM-DD strictly, explaining impossible dates.
pub fn parse_iso_date(text: &str) -> Result<NaiveDate, String> {
    let Some((year, month, day)) = crate::core::dates::iso_parts(text) else {
        return Err(words::not_iso_date(&quote_part(text)));
    };
    if !(1..=12).contains(&month) {
        return Err(words::no_such_month(text, month));
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| words::no_such_day(text, month, year, days_in_month(year, month)))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|day| NaiveDate::from_ymd_opt(year, month, *day).is_some())
        .unwrap_or(28)
}

/// A name one or two letters away from a known one, with the same digits:
/// a slip of the keyboard, not a part of a newer version ("stage4_requested"
/// is a new event, "complaint_recieved" a misspelling).
fn likely_misspelt(name: &str, known: &[&str]) -> bool {
    let digits = |text: &str| {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let length = name.chars().take(64).count();
    known.iter().any(|candidate| {
        length <= candidate.len() + 2
            && edit_distance(name, candidate) <= 2
            && digits(name) == digits(candidate)
    })
}

/// The known name nearest to `name`, when one is one or two edits away
/// ("complaint_received" for "complaint_recieved").
fn nearest_name<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    // Two edits cannot bridge a bigger difference in length: skipping those
    // keeps a huge unknown name from costing seconds.
    let length = name.chars().take(64).count();
    if known.iter().all(|candidate| length > candidate.len() + 2) {
        return None;
    }
    known
        .iter()
        .map(|candidate| (edit_distance(name, candidate), *candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The suggestion as the messages once wrote it after the sentence's subject.
    fn did_you_mean(name: &str, known: &[&str]) -> String {
        nearest_name(name, known)
            .map(|candidate| format!(" (did you mean {candidate}?)"))
            .unwrap_or_default()
    }

    #[test]
    fn explains_impossible_dates() {
        assert_eq!(
            parse_iso_date("2026-02-30"),
            Err("2026-02-30 is not a real date (February 2026 has 28 days).".to_string())
        );
        assert_eq!(
            parse_iso_date("2024-02-30"),
            Err("2024-02-30 is not a real date (February 2024 has 29 days).".to_string())
        );
        assert_eq!(
            parse_iso_date("2026-13-01"),
            Err("2026-13-01 is not a real date (there is no month 13).".to_string())
        );
        assert!(parse_iso_date("7/1/2026").is_err());
        assert!(parse_iso_date("2026-1-07").is_err());
        assert!(parse_iso_date("２０２６-01-07").is_err());
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn suggests_the_nearest_field_name() {
        assert_eq!(
            did_you_mean("complaint_recieved", &["complaint_received", "panel_met"]),
            " (did you mean complaint_received?)"
        );
        assert_eq!(did_you_mean("colour", &["complaint_received"]), "");
    }
}
