//! The user's case: what has happened so far, with dates. This is also the
//! versioned file format users export and import, and what `navigator assess`
//! reads. Three rooms: [`events`] (what can happen, described once),
//! reading a case file, and validating a case however it was made.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::route::Route;

mod events;
mod reading;
mod validation;

pub use events::*;
use reading::{event_path, read_case, read_case_unchecked, UnknownParts};
pub use reading::{parse_iso_date, quote_part, QUOTE_CHARS};

pub const CASE_FORMAT: &str = "complaint-navigator.case";
pub const CASE_VERSION: u32 = 1;

/// A yes/no/unknown answer the user may leave blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    NotSure,
    Yes,
    No,
}

/// A case as validated by [`Case::from_json`] or built by the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub format: String,
    pub version: u32,
    /// Council id or GSS code; `None` means "I don't know my council" (statutory procedure).
    pub council: Option<String>,
    /// Which complaints procedure applies; `None` means the statutory one
    /// (the default, and every case made before the question existed).
    #[serde(rename = "procedure", default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default)]
    pub events: Events,
    /// The yes-or-no questions not answered yet, by their events' and
    /// facts' field names, so a case opened again shows them unanswered
    /// rather than "No" (the engine counts both as "not happened"). Empty in
    /// files made before it existed: their questions all read as answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered: Vec<String>,
    /// Top-level fields this version does not know, kept like
    /// [`Events::unknown`].
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

/// Why a case cannot be assessed; the message names the field and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseError {
    /// The field at fault, e.g. "events.stage1_response_received"; "" for the whole file.
    pub field: String,
    /// Plain English, e.g. "The reply to your complaint (2 January 2026) is before the complaint itself (5 January 2026)."
    pub message: String,
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for CaseError {}

impl CaseError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        CaseError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// What a backup file carries with a saved case beyond the case: the parts
/// of its saved entry this version does not know (a newer version's), put
/// back beside the case when it is saved again (`Store::add`).
pub const SAVED_ENTRY_FIELD: &str = "saved_entry";

/// Fields a backup file adds to a case for its saved entry: known, never
/// a mistake, and not the engine's.
pub(crate) fn carried_by_backups(key: &str) -> bool {
    key == crate::core::letters::LETTER_NAMES_FIELD || key == SAVED_ENTRY_FIELD
}

const TOP_LEVEL_FIELDS: [&str; 7] = [
    "format",
    "version",
    "council",
    "procedure",
    "label",
    "events",
    "unanswered",
];

impl Case {
    pub fn new(council: Option<String>, events: Events) -> Self {
        Case {
            format: CASE_FORMAT.to_string(),
            version: CASE_VERSION,
            council,
            route: None,
            label: None,
            events,
            unanswered: Vec::new(),
            unknown: Map::new(),
        }
    }

    /// Whether the family has not answered the yes-or-no question for
    /// `field` (an event's or fact's field name).
    pub fn is_unanswered(&self, field: &str) -> bool {
        self.unanswered.iter().any(|name| name == field)
    }

    /// Whether the case says "yes" to the question for `field`: its event
    /// has a date, or its fact is true.
    pub fn answered_yes(&self, field: &str) -> bool {
        Event::from_field(field).is_some_and(|event| event.date(&self.events).is_some())
            || Flag::from_field(field).is_some_and(|flag| flag.get(&self.events))
    }

    /// Reads a case file and validates it as of `today`. Never panics: every
    /// problem comes back as a [`CaseError`] naming the field. Fields and
    /// events this version does not know are refused (this is the engine's
    /// and the command line's reader: a hand-written file with a misspelt
    /// field must not be assessed as if that date were missing).
    pub fn from_json(text: &str, today: NaiveDate) -> Result<Case, CaseError> {
        read_case(text, today, UnknownParts::Refuse)
    }

    /// Reads a case kept by the app or brought back from a backup file.
    /// Fields and events this version does not know (from a newer version,
    /// or added by hand) are kept in [`Case::unknown`] and
    /// [`Events::unknown`] and written back unchanged; [`Case::unknown_parts`]
    /// names them so the page can say so. A name one or two letters away
    /// from a known one is still refused as a likely misspelling.
    pub fn from_json_keeping_unknown(text: &str, today: NaiveDate) -> Result<Case, CaseError> {
        read_case(text, today, UnknownParts::Keep)
    }

    /// Reads a case kept by the app or from a backup file as
    /// [`Case::from_json_keeping_unknown`] does, but takes it even when its
    /// dates or council do not pass the checks as of `today` (the device's
    /// clock went back, a council's id changed, a date was edited by hand),
    /// so nothing is lost: only a case that cannot be read at all is
    /// refused. What the checks say comes back beside it; opening the case
    /// shows it as what to fix.
    pub fn from_json_keeping_what_reads(
        text: &str,
        today: NaiveDate,
    ) -> Result<(Case, Option<CaseError>), CaseError> {
        let case = read_case_unchecked(text, UnknownParts::Keep)?;
        let problem = case.validate(today).err();
        Ok((case, problem))
    }

    /// The fields and events this version does not know, as paths
    /// ("events.stage4_requested"), each at most [`QUOTE_CHARS`] long.
    pub fn unknown_parts(&self) -> Vec<String> {
        // A backup file's names for the letters and its saved entry's parts
        // are known, and go with the case when it is saved (`Store::add`).
        self.unknown
            .keys()
            .filter(|key| !carried_by_backups(key))
            .map(|key| quote_part(key))
            .chain(
                self.events
                    .unknown
                    .keys()
                    .map(|key| quote_part(&event_path(key))),
            )
            .collect()
    }

    /// Takes over the unknown parts of `earlier` (the same case as saved
    /// before) where this one has none: the questions on the page know only
    /// the known fields, and saving their answers must not drop the rest.
    pub fn keep_unknown_from(&mut self, earlier: &Case) {
        if self.unknown.is_empty() {
            self.unknown = earlier.unknown.clone();
        }
        if self.events.unknown.is_empty() {
            self.events.unknown = earlier.events.unknown.clone();
        }
    }

    /// The same council and the same known answers (labels and unknown parts aside).
    pub fn same_answers(&self, other: &Case) -> bool {
        let known = |case: &Case| {
            let mut events = case.events.clone();
            events.unknown = Map::new();
            (
                case.council.clone(),
                case.route,
                events,
                case.unanswered.clone(),
            )
        };
        known(self) == known(other)
    }

    /// The case file users export: pretty JSON, every event listed (null when
    /// it has not happened) so the file can be filled in by hand.
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain strings, numbers and dates cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
