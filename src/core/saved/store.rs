//! The store on the device: saved cases, their changes (made to the store
//! as it is right before writing), reading every version, and unknown or
//! damaged parts kept rather than dropped.

use super::*;
use crate::text::en::saved_cases as words;

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
    /// A random key this device's saved cases share, chosen when they are
    /// first written. Ids ("case-1") start again after everything saved is
    /// deleted and on every device, so a calendar entry's id joins the two:
    /// two families' entries never update each other in a calendar (found
    /// in a walkthrough). Empty until then, and in older versions' data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// Top-level fields this version does not know: kept and written back.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
    /// What reading the store had to say, in plain English: parts left out
    /// because they could not be read, parts kept that this version does
    /// not know. Never saved.
    #[serde(skip)]
    pub read_notes: Vec<String>,
    /// Why each saved case kept under [`UNREADABLE_CASES`] could not be
    /// read, in their order there. Never saved.
    #[serde(skip)]
    pub unreadable_reasons: Vec<String>,
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
        /// Written by a newer version (another tab or window may have been
        /// reloaded into a new release): not damaged, so never to be set
        /// aside for a new list unless the family chooses to.
        newer: bool,
    },
}

impl Store {
    pub fn new() -> Store {
        Store {
            version: STORE_VERSION,
            next_number: 1,
            cases: Vec::new(),
            key: String::new(),
            unknown: Map::new(),
            read_notes: Vec::new(),
            unreadable_reasons: Vec::new(),
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
            let label = words::numbered_case(number);
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
        // Names for the letters from a backup file go where saved names
        // live; any that are not text stay in the case as they were.
        let letter_names = super::take_letter_names(&mut case);
        // Its saved entry's parts this version does not know go back beside it.
        let unknown = take_saved_entry_parts(&mut case);
        self.cases.push(SavedCase {
            id: id.clone(),
            label,
            case,
            letter_names,
            unknown,
        });
        id
    }

    /// `label`, or if another saved case (not `except`) already has that
    /// name, whatever its capitals, the name with the first number free
    /// ("Case A (2)"): two cases are never told apart by their answers alone.
    pub fn free_label(&self, label: &str, except: Option<&str>) -> String {
        let taken = |label: &str| {
            self.cases.iter().any(|saved| {
                Some(saved.id.as_str()) != except && saved.label.eq_ignore_ascii_case(label)
            })
        };
        if !taken(label) {
            return label.to_string();
        }
        (2..)
            .map(|n| format!("{label} ({n})"))
            .find(|numbered| !taken(numbered))
            .unwrap_or_else(|| label.to_string())
    }

    /// Adds a case under the name typed for it (or its own, or a suggested
    /// one), numbered if another saved case has it ([`Store::free_label`]).
    pub fn add_named(&mut self, case: Case, typed: &str) -> String {
        let label = clean_label(typed)
            .or_else(|| case.label.as_deref().and_then(clean_label))
            .map(|label| self.free_label(&label, None))
            .unwrap_or_default();
        self.add(case, &label)
    }

    /// Adds a case from a backup file under its own name, numbered if a
    /// saved case already has that name.
    pub fn add_imported(&mut self, case: Case) -> String {
        self.add_named(case, "")
    }

    /// Whether a case with the same name (or none) and the same answers is
    /// already saved: opening the same backup file twice adds it once (a
    /// name given a number when it came in counts as the same name).
    pub fn holds_copy_of(&self, case: &Case) -> bool {
        // A backup carries a case's letter names inside it; saved, they are
        // beside it (found in a walkthrough: every case with names came in
        // again as a copy from a backup made a moment before).
        let mut case = case.clone();
        let names = super::take_letter_names(&mut case);
        let entry_parts = take_saved_entry_parts(&mut case);
        let label = case.label.as_deref().and_then(clean_label);
        let same_name = |label: &str, saved: &str| {
            saved == label
                || saved
                    .strip_prefix(label)
                    .and_then(|rest| rest.strip_prefix(" ("))
                    .and_then(|rest| rest.strip_suffix(')'))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        self.cases.iter().any(|saved| {
            label
                .as_ref()
                .is_none_or(|label| same_name(label, &saved.label))
                && saved.case.same_answers(&case)
                && saved.case.unknown == case.unknown
                && saved.case.events.unknown == case.events.unknown
                && saved.letter_names.same_as(&names)
                && saved.unknown == entry_parts
        })
    }

    /// Renames a case (numbered if another saved case has the name, see
    /// [`Store::free_label`]). Returns false if there is no such case or the
    /// label is blank.
    pub fn rename(&mut self, id: &str, label: &str) -> bool {
        let Some(label) = clean_label(label).map(|label| self.free_label(&label, Some(id))) else {
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

    pub(super) fn new_id(&mut self) -> String {
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
    pub(super) fn repair(&mut self) {
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
                    .map(words::numbered_case)
                    .unwrap_or_else(|| words::UNNUMBERED_CASE.to_string());
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
                let id = self.add(copy, &words::second_version(&other_label));
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
    let parts = part_names(cases.iter().flat_map(Case::unknown_parts).collect())?;
    Some(words::unknown_parts_in_file(&parts))
}

/// The fields of a saved entry this version knows; the others are kept as
/// its unknown parts.
pub(super) const ENTRY_FIELDS: [&str; 4] = ["id", "label", "case", "letter_names"];

/// The fields a backup file (or the saved data opened as one) has of its
/// own: any others are parts this version does not know.
pub(super) const BACKUP_FIELDS: [&str; 5] = [
    "format",
    "version",
    "cases",
    "next_number",
    UNREADABLE_CASES,
];

/// A backup file's case carries its saved entry's parts this version does
/// not know: taken out, for beside the case. Anything else stays in the
/// case as it was (never in place of the entry's own fields).
fn take_saved_entry_parts(case: &mut Case) -> Map<String, Value> {
    let field = crate::core::case::SAVED_ENTRY_FIELD;
    match case.unknown.get(field) {
        Some(Value::Object(parts))
            if !parts.keys().any(|key| ENTRY_FIELDS.contains(&key.as_str())) =>
        {
            let parts = parts.clone();
            case.unknown.remove(field);
            parts
        }
        _ => Map::new(),
    }
}

/// What the page says about parts of a backup file itself (not of its
/// cases) that this version does not use: they belong to the file, which is
/// left as it was, and are not added with the cases. Never left unsaid.
pub fn file_parts_note(text: &str) -> Option<String> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}').trim()).ok()?;
    let Value::Object(fields) = value else {
        return None;
    };
    // A single case file's own fields are the case's (kept with it).
    if fields.contains_key("events") {
        return None;
    }
    // The saved cases kept unread are read with the others, and named.
    let parts = part_names(
        fields
            .keys()
            .filter(|key| !BACKUP_FIELDS.contains(&key.as_str()))
            .map(|key| crate::core::case::quote_part(key))
            .collect(),
    )?;
    Some(words::file_parts_not_added(&parts))
}

/// Names of unknown parts for a note: sorted, once each; `None` when there
/// are none.
pub(super) fn part_names(mut parts: Vec<String>) -> Option<Vec<String>> {
    parts.sort();
    parts.dedup();
    (!parts.is_empty()).then_some(parts)
}

/// Trimmed, at most [`MAX_LABEL_CHARS`] characters; `None` when blank.
pub(super) fn clean_label(label: &str) -> Option<String> {
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
    #[serde(skip_serializing_if = "str::is_empty")]
    key: &'a str,
    #[serde(flatten)]
    unknown: &'a Map<String, Value>,
}

/// The id a saved case's calendar entries are known by: its id with the
/// device's key (see [`Store::key`]), or its id alone before any key.
pub fn calendar_id(store: &Store, id: &str) -> String {
    if store.key.is_empty() {
        id.to_string()
    } else {
        format!("{id}-{}", store.key)
    }
}

/// The text to keep under [`STORE_KEY`], always in the current version.
pub fn save_store(store: &Store) -> String {
    let out = StoreOut {
        version: STORE_VERSION,
        next_number: store.next_number,
        cases: &store.cases,
        key: &store.key,
        unknown: &store.unknown,
    };
    serde_json::to_string(&out).unwrap_or_default()
}
