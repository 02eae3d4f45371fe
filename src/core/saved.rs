//! Keeping cases: the backup files the family downloads and imports, and the
//! store kept on the device. Pure: the UI reads and writes localStorage and
//! files; this module only turns text into cases and back, and never panics
//! on any input.
//!
//! Backup files:
//! - one case: the engine's case file exactly ([`Case::to_json_pretty`]), so
//!   `navigator assess` reads an exported case unchanged;
//! - several cases: `{"format":"complaint-navigator.cases","version":1,"cases":[...]}`.
//!
//! [`import`] accepts either, all or nothing: one damaged case stops the
//! import and the message says which case and which field.
//!
//! The store: every saved case under one localStorage key ([`STORE_KEY`]),
//! as `{"version":2,"next_number":3,"cases":[{"id":"case-1","label":"Case 1","case":{...}}]}`.
//! Version 1 (`{"version":1,"cases":[{"label":...,"case":{...}}]}`, no ids)
//! is migrated by numbering the cases. A store that cannot be read (damaged
//! JSON, a newer version) comes back as [`LoadOutcome::Unreadable`] with the
//! raw text, so the UI can keep it aside and offer it for download instead
//! of overwriting it.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::assessment::{assess, DeadlineStatus, Stage};
use crate::core::case::{quote_part, Case, CaseError, CASE_FORMAT, CASE_VERSION};
use crate::core::councils;
use crate::core::letters::LetterNames;

pub const BACKUP_FORMAT: &str = "complaint-navigator.cases";
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
/// The one localStorage key the app uses.
pub const STORE_KEY: &str = "complaint-navigator.store";
pub const STORE_VERSION: u32 = 2;
/// Longest label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 80;

// ---------------------------------------------------------------------------
// Backup files

/// A single case as a backup file: the case file the engine reads.
pub fn export_one(case: &Case) -> String {
    case.to_json_pretty()
}

#[derive(Serialize)]
struct Backup<'a> {
    format: &'static str,
    version: u32,
    cases: &'a [Case],
}

/// Several cases in one backup file.
pub fn export_all(cases: &[Case]) -> String {
    let backup = Backup {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        cases,
    };
    // Plain strings, numbers and dates: serialising cannot fail.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// Why a file could not be imported. [`ImportError::message`] says it in plain English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in the file (or only spaces).
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        detail: String,
    },
    /// JSON, but not a case file or a backup of cases.
    NotOurFormat,
    /// Made by a newer version of the app.
    NewerVersion {
        version: u64,
    },
    /// A version number that never existed, or none.
    UnknownVersion {
        found: String,
    },
    /// A backup with an empty list of cases.
    NoCases,
    /// A case that cannot be read: `number` is its place in a backup of
    /// several cases (from 1), `None` for a single case file.
    DamagedCase {
        number: Option<usize>,
        error: CaseError,
    },
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::Empty => "The file is empty. Choose the file you saved from Complaint Navigator.".to_string(),
            ImportError::TooLarge { bytes } => format!(
                "The file is too large ({}). A Complaint Navigator file is much smaller than 1 MB: check you chose the right file.",
                size(*bytes)
            ),
            ImportError::NotJson { detail } if detail.starts_with("BEGIN:VCALENDAR") => "This is a calendar file (.ics), not a Complaint Navigator backup file. Choose the .json file you downloaded with \"Download a backup file\".".to_string(),
            ImportError::NotJson { .. } => "This is not a Complaint Navigator backup file. Choose the .json file you downloaded with \"Download a backup file\".".to_string(),
            ImportError::NotOurFormat => "This file is not a Complaint Navigator case or backup. Choose the .json file you saved from Complaint Navigator.".to_string(),
            ImportError::NewerVersion { version } => format!(
                "This file was made by a newer version of Complaint Navigator (file version {version}). Reload the page to get the newest version, then try again."
            ),
            ImportError::UnknownVersion { found } => format!(
                "This file has a version this app does not know ({found}), so it cannot be read."
            ),
            ImportError::NoCases => "This backup file has no cases in it.".to_string(),
            ImportError::DamagedCase { number, error } => {
                let which = match number {
                    Some(number) => format!("Case {number} in this file"),
                    None => "The case in this file".to_string(),
                };
                let field = if error.field.is_empty() {
                    String::new()
                } else {
                    format!(" (at {})", error.field)
                };
                format!(
                    "{which} cannot be read{field}: {} Nothing was imported.",
                    error.message
                )
            }
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

fn size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Reads a backup file: a single case file or a backup of several cases.
/// Every case is checked as of `today`, as `navigator assess` would.
pub fn import(text: &str, today: NaiveDate) -> Result<Vec<Case>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| ImportError::NotJson {
        // A calendar file is the likeliest wrong choice: name it.
        detail: if text.starts_with("BEGIN:VCALENDAR") {
            "BEGIN:VCALENDAR".to_string()
        } else {
            error.to_string()
        },
    })?;
    let Value::Object(fields) = &value else {
        return Err(ImportError::NotOurFormat);
    };
    match fields.get("format") {
        Some(Value::String(format)) if format == BACKUP_FORMAT => import_backup(fields, today),
        Some(Value::String(format)) if format == CASE_FORMAT => {
            if let Some(version) = fields.get("version").and_then(Value::as_u64) {
                if version > u64::from(CASE_VERSION) {
                    return Err(ImportError::NewerVersion { version });
                }
            }
            read_case(text, None, today).map(|case| vec![case])
        }
        // A hand-written case file without its format line: let the case
        // reader explain what is missing.
        None if fields.contains_key("events") => {
            read_case(text, None, today).map(|case| vec![case])
        }
        _ => Err(ImportError::NotOurFormat),
    }
}

/// Fields and events this version does not know are kept in the case (see
/// [`Case::from_json_keeping_unknown`]) and name themselves through
/// [`Case::unknown_parts`], so the page can say they were kept.
fn read_case(text: &str, number: Option<usize>, today: NaiveDate) -> Result<Case, ImportError> {
    Case::from_json_keeping_unknown(text, today)
        .map_err(|error| ImportError::DamagedCase { number, error })
}

fn import_backup(fields: &Map<String, Value>, today: NaiveDate) -> Result<Vec<Case>, ImportError> {
    match fields.get("version") {
        Some(Value::Number(number)) => match number.as_u64() {
            Some(version) if version == u64::from(BACKUP_VERSION) => {}
            Some(version) if version > u64::from(BACKUP_VERSION) => {
                return Err(ImportError::NewerVersion { version })
            }
            _ => {
                return Err(ImportError::UnknownVersion {
                    found: number.to_string(),
                })
            }
        },
        Some(other) => {
            return Err(ImportError::UnknownVersion {
                found: short(other),
            })
        }
        None => {
            return Err(ImportError::UnknownVersion {
                found: "no version number".to_string(),
            })
        }
    }
    let Some(Value::Array(cases)) = fields.get("cases") else {
        return Err(ImportError::DamagedCase {
            number: None,
            error: CaseError::new("cases", "The list of cases is missing or is not a list."),
        });
    };
    if cases.is_empty() {
        return Err(ImportError::NoCases);
    }
    cases
        .iter()
        .enumerate()
        .map(|(index, case)| read_case(&case.to_string(), Some(index + 1), today))
        .collect()
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

// ---------------------------------------------------------------------------
// The store on the device

/// One saved case. `id` ("case-3") never changes and holds no personal data;
/// `label` is what the family calls it ("Case 3" unless they rename it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCase {
    pub id: String,
    pub label: String,
    pub case: Case,
    /// Names typed for the letters, kept only because the family saved.
    #[serde(default, skip_serializing_if = "LetterNames::is_blank")]
    pub letter_names: LetterNames,
    /// Fields of the entry this version does not know: kept and written back.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

/// Every saved case. Change it with the methods, which keep `case.label`
/// equal to `label` so an exported case keeps its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Store {
    pub version: u32,
    /// The number of the next id ("case-{next_number}"); ids are never reused.
    pub next_number: u32,
    pub cases: Vec<SavedCase>,
    /// Top-level fields this version does not know: kept and written back.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
    /// What reading the store had to say, in plain English: parts left out
    /// because they could not be read, parts kept that this version does
    /// not know. Never saved.
    #[serde(skip)]
    pub read_notes: Vec<String>,
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing saved (no key, or an empty value).
    Empty,
    Loaded(Store),
    /// Read from an older version and brought up to date: save it back with
    /// [`save_store`]. The number is the version it was read from.
    Migrated(Store, u32),
    /// Cannot be read. Do not overwrite `raw` without keeping it aside: offer
    /// it for download, and say `reason`.
    Unreadable {
        raw: String,
        reason: String,
    },
}

impl Store {
    pub fn new() -> Store {
        Store {
            version: STORE_VERSION,
            next_number: 1,
            cases: Vec::new(),
            unknown: Map::new(),
            read_notes: Vec::new(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&SavedCase> {
        self.cases.iter().find(|saved| saved.id == id)
    }

    /// "Case 1", "Case 2", ...: the next number not already used as a label.
    /// Never a name.
    pub fn suggest_label(&self) -> String {
        let mut number = self.next_number.max(1);
        loop {
            let label = format!("Case {number}");
            if !self
                .cases
                .iter()
                .any(|saved| saved.label.eq_ignore_ascii_case(&label))
            {
                return label;
            }
            number = next_number_after(number);
        }
    }

    /// Adds a case and returns its new id. The label is `label` if not
    /// blank, else the case's own label if it has one, else a suggested one.
    pub fn add(&mut self, mut case: Case, label: &str) -> String {
        let label = clean_label(label)
            .or_else(|| case.label.as_deref().and_then(clean_label))
            .unwrap_or_else(|| self.suggest_label());
        let id = self.new_id();
        case.label = Some(label.clone());
        self.cases.push(SavedCase {
            id: id.clone(),
            label,
            case,
            letter_names: LetterNames::default(),
            unknown: Map::new(),
        });
        id
    }

    /// Renames a case. Returns false if there is no such case or the label is blank.
    pub fn rename(&mut self, id: &str, label: &str) -> bool {
        let Some(label) = clean_label(label) else {
            return false;
        };
        match self.cases.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                saved.case.label = Some(label.clone());
                saved.label = label;
                true
            }
            None => false,
        }
    }

    /// Replaces a case's events and council, keeping its id and label.
    /// Returns false if there is no such case.
    pub fn replace(&mut self, id: &str, mut case: Case) -> bool {
        match self.cases.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                case.label = Some(saved.label.clone());
                case.keep_unknown_from(&saved.case);
                saved.case = case;
                true
            }
            None => false,
        }
    }

    /// Keeps the names typed for the letters with a saved case (blank to forget them).
    pub fn set_letter_names(&mut self, id: &str, names: LetterNames) -> bool {
        match self.cases.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                saved.letter_names = names;
                true
            }
            None => false,
        }
    }

    /// Deletes a case and returns it.
    pub fn delete(&mut self, id: &str) -> Option<SavedCase> {
        let index = self.cases.iter().position(|saved| saved.id == id)?;
        Some(self.cases.remove(index))
    }

    fn new_id(&mut self) -> String {
        let mut number = self.next_number.max(1);
        loop {
            let id = format!("case-{number}");
            if self.get(&id).is_none() {
                self.next_number = number.saturating_add(1);
                return id;
            }
            number = next_number_after(number);
        }
    }

    /// Makes ids unique and non-empty, and `next_number` past every id.
    fn repair(&mut self) {
        let highest = self
            .cases
            .iter()
            .filter_map(|saved| saved.id.strip_prefix("case-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        self.next_number = self.next_number.max(highest.saturating_add(1)).max(1);
        let mut seen: Vec<String> = Vec::new();
        for index in 0..self.cases.len() {
            let id = self.cases[index].id.clone();
            if id.trim().is_empty() || seen.contains(&id) {
                let fresh = self.new_id();
                self.cases[index].id = fresh.clone();
                seen.push(fresh);
            } else {
                seen.push(id);
            }
        }
        for saved in &mut self.cases {
            if clean_label(&saved.label).is_none() {
                saved.label = saved
                    .id
                    .strip_prefix("case-")
                    .map(|number| format!("Case {number}"))
                    .unwrap_or_else(|| "Case".to_string());
            }
            saved.case.label = Some(saved.label.clone());
        }
    }
}

/// How saving one case's changes went. Another tab may have changed the
/// saved cases since this page read them, so the change is made to the
/// store as it is on the device right before writing, and never over
/// someone else's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved over the case as this page last saw it.
    Saved { id: String },
    /// The case had been deleted elsewhere: saved again as a new case.
    SavedAgain { id: String },
    /// The case was changed elsewhere since this page opened it: that
    /// version stays as it is, and this page's answers are kept beside it
    /// as a new case.
    KeptBoth { id: String, other_label: String },
}

/// How deleting a case went (see [`SaveOutcome`] for why it can differ).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted(Box<SavedCase>),
    /// Changed elsewhere since this page showed it: not deleted, so the
    /// newer version is not lost without being seen.
    ChangedElsewhere,
    /// Already gone.
    Missing,
}

impl SavedCase {
    fn changed_since(&self, seen: Option<&SavedCase>) -> bool {
        seen.is_some_and(|seen| {
            !seen.case.same_answers(&self.case) || seen.letter_names != self.letter_names
        })
    }
}

impl Store {
    /// Saves this page's answers for the case `id`. `seen` is the case as
    /// this page last opened or saved it.
    pub fn save_changes(
        &mut self,
        id: &str,
        case: Case,
        names: LetterNames,
        seen: Option<&SavedCase>,
    ) -> SaveOutcome {
        let label = seen.map(|s| s.label.clone()).unwrap_or_default();
        match self.get(id) {
            None => {
                let id = self.add(case, &label);
                self.set_letter_names(&id, names);
                SaveOutcome::SavedAgain { id }
            }
            Some(current)
                if current.changed_since(seen)
                    && !(current.case.same_answers(&case) && current.letter_names == names) =>
            {
                let other_label = current.label.clone();
                let mut copy = case;
                copy.keep_unknown_from(&current.case);
                let id = self.add(copy, &format!("{other_label} (second version)"));
                self.set_letter_names(&id, names);
                SaveOutcome::KeptBoth { id, other_label }
            }
            Some(_) => {
                self.replace(id, case);
                self.set_letter_names(id, names);
                SaveOutcome::Saved { id: id.to_string() }
            }
        }
    }

    /// Deletes the case `id` unless it was changed since `seen`.
    pub fn delete_unless_changed(&mut self, id: &str, seen: Option<&SavedCase>) -> DeleteOutcome {
        match self.get(id) {
            None => DeleteOutcome::Missing,
            Some(current) if current.changed_since(seen) => DeleteOutcome::ChangedElsewhere,
            Some(_) => self.delete(id).map_or(DeleteOutcome::Missing, |c| {
                DeleteOutcome::Deleted(Box::new(c))
            }),
        }
    }
}

/// The next number to try; wraps round to 1 only after `u32::MAX` (never in
/// practice), so a search among fewer cases than numbers always ends.
fn next_number_after(number: u32) -> u32 {
    number.checked_add(1).unwrap_or(1)
}

/// `store.suggest_label()`.
pub fn suggest_label(store: &Store) -> String {
    store.suggest_label()
}

/// A label as it will be stored: what an import preview shows.
pub fn label_as_stored(label: &str) -> Option<String> {
    clean_label(label)
}

/// What the page says about parts of imported cases this version does not
/// use, if any: they are kept with the cases, never dropped.
pub fn unknown_parts_note(cases: &[Case]) -> Option<String> {
    let mut parts: Vec<String> = cases.iter().flat_map(Case::unknown_parts).collect();
    parts.sort();
    parts.dedup();
    if parts.is_empty() {
        return None;
    }
    let shown: Vec<String> = parts.iter().take(5).cloned().collect();
    let more = parts.len() - shown.len();
    Some(format!(
        "The file also has parts this version of the tool does not use ({}{}), perhaps from a newer version. They are kept with the cases if you save them, and written back in backup files.",
        shown.join(", "),
        if more > 0 { format!(" and {more} more") } else { String::new() }
    ))
}

/// Trimmed, at most [`MAX_LABEL_CHARS`] characters; `None` when blank.
fn clean_label(label: &str) -> Option<String> {
    let label: String = label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_LABEL_CHARS)
        .collect();
    (!label.is_empty()).then_some(label)
}

#[derive(Serialize)]
struct StoreOut<'a> {
    version: u32,
    next_number: u32,
    cases: &'a [SavedCase],
    #[serde(flatten)]
    unknown: &'a Map<String, Value>,
}

/// The text to keep under [`STORE_KEY`], always in the current version.
pub fn save_store(store: &Store) -> String {
    let out = StoreOut {
        version: STORE_VERSION,
        next_number: store.next_number,
        cases: &store.cases,
        unknown: &store.unknown,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads what is kept under [`STORE_KEY`] (`None` when the key is absent).
/// Never panics. A saved case that no longer passes the checks as of `today`
/// (say the device's clock went back, or a council id changed) is still
/// loaded, so nothing is lost: assessing it then reports the problem (see
/// [`CaseloadRow::problem`]).
pub fn load_store(raw: Option<&str>, today: NaiveDate) -> LoadOutcome {
    let Some(text) = raw else {
        return LoadOutcome::Empty;
    };
    if text.trim().is_empty() {
        return LoadOutcome::Empty;
    }
    let unreadable = |reason: String| LoadOutcome::Unreadable {
        raw: text.to_string(),
        reason,
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            return unreadable(format!(
                "The cases saved on this device are damaged and cannot be read ({error})."
            ))
        }
    };
    let Value::Object(fields) = &value else {
        return unreadable(
            "The cases saved on this device are not in a form this app knows.".to_string(),
        );
    };
    let version = match fields.get("version").and_then(Value::as_u64) {
        Some(version) => version,
        None => {
            return unreadable(
                "The cases saved on this device have no version number, so this app cannot tell how to read them.".to_string(),
            )
        }
    };
    let result = match version {
        1 => read_store_v1(fields, today).map(|store| LoadOutcome::Migrated(store, 1)),
        2 => read_store_v2(fields, today).map(LoadOutcome::Loaded),
        newer if newer > u64::from(STORE_VERSION) => Err(format!(
            "The cases on this device were saved by a newer version of Complaint Navigator (store version {newer}); this version can read version {STORE_VERSION} or older. Reload the page to get the newest version."
        )),
        other => Err(format!(
            "The cases on this device have a version this app does not know ({other})."
        )),
    };
    result.unwrap_or_else(unreadable)
}

fn cases_list(fields: &Map<String, Value>) -> Result<&Vec<Value>, String> {
    match fields.get("cases") {
        Some(Value::Array(cases)) => Ok(cases),
        None | Some(Value::Null) => Err("The saved cases have no list of cases.".to_string()),
        Some(_) => Err("The list of saved cases is not a list.".to_string()),
    }
}

/// One entry of the list: an object with a "case".
fn entry(value: &Value, number: usize) -> Result<&Map<String, Value>, String> {
    match value {
        Value::Object(fields) => Ok(fields),
        _ => Err(format!("Saved case {number} is damaged: it is not a case.")),
    }
}

fn text_field(fields: &Map<String, Value>, name: &str) -> String {
    fields
        .get(name)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// A saved case: checked as a case file; if the checks fail only because of
/// dates or council (not structure), loaded anyway so nothing is lost.
fn stored_case(value: Option<&Value>, number: usize, today: NaiveDate) -> Result<Case, String> {
    let Some(value) = value else {
        return Err(format!(
            "Saved case {number} is damaged: its case is missing."
        ));
    };
    match Case::from_json_keeping_unknown(&value.to_string(), today) {
        Ok(case) => Ok(case),
        Err(error) => serde_json::from_value::<Case>(value.clone())
            .ok()
            .filter(|case| case.format == CASE_FORMAT && case.version == CASE_VERSION)
            .ok_or_else(|| format!("Saved case {number} is damaged: {error}")),
    }
}

fn read_store_v1(fields: &Map<String, Value>, today: NaiveDate) -> Result<Store, String> {
    let mut store = Store::new();
    for (index, value) in cases_list(fields)?.iter().enumerate() {
        let number = index + 1;
        let fields = entry(value, number)?;
        let case = stored_case(fields.get("case"), number, today)?;
        let label =
            clean_label(&text_field(fields, "label")).unwrap_or_else(|| format!("Case {number}"));
        let id = store.new_id();
        store.cases.push(SavedCase {
            id,
            label,
            case,
            letter_names: LetterNames::default(),
            unknown: unknown_fields(fields, &["label", "case"]),
        });
    }
    store.unknown = unknown_fields(fields, &["version", "cases"]);
    store.repair();
    store.note_unknown_parts();
    Ok(store)
}

fn read_store_v2(fields: &Map<String, Value>, today: NaiveDate) -> Result<Store, String> {
    let next_number = fields
        .get("next_number")
        .and_then(Value::as_u64)
        .map_or(1, |n| u32::try_from(n).unwrap_or(u32::MAX));
    let mut store = Store {
        version: STORE_VERSION,
        next_number,
        cases: Vec::new(),
        unknown: unknown_fields(fields, &["version", "next_number", "cases"]),
        read_notes: Vec::new(),
    };
    for (index, value) in cases_list(fields)?.iter().enumerate() {
        let number = index + 1;
        let fields = entry(value, number)?;
        let label = text_field(fields, "label");
        let (letter_names, dropped) = read_letter_names(fields.get("letter_names"));
        if !dropped.is_empty() {
            let which = clean_label(&label).unwrap_or_else(|| format!("Saved case {number}"));
            store.read_notes.push(format!(
                "{which}: {} could not be read, so {} left out. The other names and the dates were kept.",
                join_names(&dropped),
                if dropped.len() == 1 { "it was" } else { "they were" }
            ));
        }
        store.cases.push(SavedCase {
            id: text_field(fields, "id"),
            label,
            case: stored_case(fields.get("case"), number, today)?,
            letter_names,
            unknown: unknown_fields(fields, &["id", "label", "case", "letter_names"]),
        });
    }
    store.repair();
    store.note_unknown_parts();
    Ok(store)
}

fn unknown_fields(fields: &Map<String, Value>, known: &[&str]) -> Map<String, Value> {
    fields
        .iter()
        .filter(|(key, _)| !known.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

/// The names typed for the letters, one by one: a name that is not text is
/// left out (and named in the second list), the others are kept.
fn read_letter_names(value: Option<&Value>) -> (LetterNames, Vec<&'static str>) {
    let mut names = LetterNames::default();
    let mut dropped = Vec::new();
    let Some(value) = value else {
        return (names, dropped);
    };
    let Value::Object(fields) = value else {
        if !value.is_null() {
            dropped.push("the names typed for the letters");
        }
        return (names, dropped);
    };
    let slots: [(&str, &'static str, &mut String); 3] = [
        (
            "your_name",
            "the name typed as your name",
            &mut names.your_name,
        ),
        (
            "child_name",
            "the name typed as your child's name",
            &mut names.child_name,
        ),
        (
            "council_reference",
            "the council's reference typed for the letters",
            &mut names.council_reference,
        ),
    ];
    for (field, words, slot) in slots {
        match fields.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::String(text)) => *slot = text.clone(),
            Some(_) => dropped.push(words),
        }
    }
    (names, dropped)
}

fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => crate::core::dates::capitalise(one),
        [rest @ .., last] => {
            crate::core::dates::capitalise(&format!("{} and {last}", rest.join(", ")))
        }
    }
}

impl Store {
    /// Adds a note naming the parts this version does not know, which are
    /// kept and written back unchanged.
    fn note_unknown_parts(&mut self) {
        let mut parts: Vec<String> = self.unknown.keys().map(|key| quote_part(key)).collect();
        for saved in &self.cases {
            parts.extend(saved.unknown.keys().map(|key| quote_part(key)));
            parts.extend(saved.case.unknown_parts());
        }
        if parts.is_empty() {
            return;
        }
        parts.sort();
        parts.dedup();
        let shown: Vec<String> = parts.iter().take(5).cloned().collect();
        let more = parts.len() - shown.len();
        self.read_notes.push(format!(
            "Your saved cases include parts this version of the tool does not use ({}{}), perhaps from a newer version. They are kept unchanged and saved back with your cases.",
            shown.join(", "),
            if more > 0 { format!(" and {more} more") } else { String::new() }
        ));
    }
}

// ---------------------------------------------------------------------------
// The caseload: every saved case, most urgent first

/// An open deadline as the caseload shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenDeadline {
    pub id: String,
    pub title: String,
    pub due: NaiveDate,
    /// Upcoming, due today or overdue.
    pub status: DeadlineStatus,
    pub working_days_remaining: Option<i32>,
    pub working_days_late: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseloadRow {
    pub id: String,
    pub label: String,
    pub council: String,
    /// `None` when the case could not be assessed (see `problem`).
    pub stage: Option<Stage>,
    /// The most urgent open deadline: the first of `open`.
    pub next: Option<OpenDeadline>,
    /// Every open deadline (upcoming, due today, overdue), earliest first.
    pub open: Vec<OpenDeadline>,
    pub overdue: usize,
    /// Open deadlines due from today to 6 days after it (7 calendar days).
    pub due_this_week: usize,
    /// Why the case could not be assessed, in plain English.
    pub problem: Option<String>,
}

/// The last day of "this week": 6 days after today (7 calendar days including today).
pub fn end_of_week(today: NaiveDate) -> NaiveDate {
    today.checked_add_days(Days::new(6)).unwrap_or(today)
}

fn in_week(deadline: &OpenDeadline, today: NaiveDate) -> bool {
    deadline.status != DeadlineStatus::Overdue
        && deadline.due >= today
        && deadline.due <= end_of_week(today)
}

/// One row per saved case, sorted: cases with an overdue deadline first
/// (longest overdue first), then by the date of their next deadline, then
/// cases with no open deadline, then cases that could not be assessed; ties
/// by label.
pub fn caseload(store: &Store, today: NaiveDate) -> Vec<CaseloadRow> {
    let mut rows: Vec<CaseloadRow> = store.cases.iter().map(|saved| row(saved, today)).collect();
    crate::core::order::sort_by_key(&mut rows, |row| {
        (rank(row), row.label.to_lowercase(), row.id.clone())
    });
    rows
}

fn rank(row: &CaseloadRow) -> (u8, NaiveDate) {
    match (&row.next, &row.problem) {
        (_, Some(_)) => (3, NaiveDate::MAX),
        (Some(next), None) if next.status == DeadlineStatus::Overdue => (0, next.due),
        (Some(next), None) => (1, next.due),
        (None, None) => (2, NaiveDate::MAX),
    }
}

fn row(saved: &SavedCase, today: NaiveDate) -> CaseloadRow {
    let mut row = CaseloadRow {
        id: saved.id.clone(),
        label: saved.label.clone(),
        council: council_name(&saved.case),
        stage: None,
        next: None,
        open: Vec::new(),
        overdue: 0,
        due_this_week: 0,
        problem: None,
    };
    let assessment = match assess(&saved.case, today) {
        Ok(assessment) => assessment,
        Err(error) => {
            row.problem = Some(error.message);
            return row;
        }
    };
    row.council = assessment.council.name.clone();
    row.stage = Some(assessment.stage);
    row.open = assessment
        .deadlines
        .iter()
        .filter(|d| d.status.is_open())
        .map(|d| OpenDeadline {
            id: d.id.clone(),
            title: d.title.clone(),
            due: d.due,
            status: d.status,
            working_days_remaining: d.working_days_remaining,
            working_days_late: d.working_days_late,
        })
        .collect();
    // Stable: deadlines due the same day keep the assessment's order.
    crate::core::order::sort_by_key(&mut row.open, |d| d.due);
    row.next = row.open.first().cloned();
    row.overdue = row
        .open
        .iter()
        .filter(|d| d.status == DeadlineStatus::Overdue)
        .count();
    row.due_this_week = row.open.iter().filter(|d| in_week(d, today)).count();
    row
}

fn council_name(case: &Case) -> String {
    match case.council.as_deref() {
        None => "Your council".to_string(),
        Some(id) => councils::find(id).map_or_else(|| id.to_string(), |c| c.name.clone()),
    }
}

/// One line over the caseload, e.g. "3 deadlines this week, 1 overdue".
/// This week is today and the 6 days after it; overdue deadlines are counted
/// apart, not in the week.
pub fn caseload_summary(rows: &[CaseloadRow], today: NaiveDate) -> String {
    if rows.is_empty() {
        return "No saved cases".to_string();
    }
    let open = rows.iter().flat_map(|row| row.open.iter());
    let this_week = open.clone().filter(|d| in_week(d, today)).count();
    let overdue = open.filter(|d| d.status == DeadlineStatus::Overdue).count();
    let problems = rows.iter().filter(|row| row.problem.is_some()).count();
    let mut text = match this_week {
        0 => "No deadlines this week".to_string(),
        1 => "1 deadline this week".to_string(),
        n => format!("{n} deadlines this week"),
    };
    if overdue > 0 {
        text.push_str(&format!(", {overdue} overdue"));
    }
    match problems {
        0 => {}
        1 => text.push_str(", 1 case to check"),
        n => text.push_str(&format!(", {n} cases to check")),
    }
    text
}
