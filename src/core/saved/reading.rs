//! Reading the store kept on the device, every version of it: parts this
//! version does not know are kept, one bad part is dropped alone and named,
//! and what cannot be read is handed back whole to be kept aside.

use super::*;
use crate::text::en::saved_cases as words;

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
        newer: false,
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return unreadable(words::store_damaged(error.line(), error.column())),
    };
    let Value::Object(fields) = &value else {
        return unreadable(words::STORE_NOT_OURS.to_string());
    };
    let version = match fields.get("version").and_then(Value::as_u64) {
        Some(version) => version,
        None => return unreadable(words::STORE_NO_VERSION.to_string()),
    };
    let result = match version {
        1 => read_store_v1(fields, today).map(|store| LoadOutcome::Migrated(store, 1)),
        2 => read_store_v2(fields, today).map(LoadOutcome::Loaded),
        newer if newer > u64::from(STORE_VERSION) => {
            return LoadOutcome::Unreadable {
                raw: text.to_string(),
                reason: words::store_newer(newer, STORE_VERSION),
                newer: true,
            }
        }
        other => Err(words::store_unknown_version(other)),
    };
    result.unwrap_or_else(unreadable)
}

fn cases_list(fields: &Map<String, Value>) -> Result<&Vec<Value>, String> {
    match fields.get("cases") {
        Some(Value::Array(cases)) => Ok(cases),
        None | Some(Value::Null) => Err(words::STORE_NO_LIST.to_string()),
        Some(_) => Err(words::STORE_LIST_NOT_A_LIST.to_string()),
    }
}

/// One entry of the list: an object with a "case".
fn entry(value: &Value, number: usize) -> Result<&Map<String, Value>, String> {
    match value {
        Value::Object(fields) => Ok(fields),
        _ => Err(words::saved_case_not_a_case(number)),
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
fn stored_case(
    fields: &Map<String, Value>,
    number: usize,
    today: NaiveDate,
) -> Result<Case, String> {
    let label = quote_part(&text_field(fields, "label"));
    let Some(value) = fields.get("case") else {
        return Err(words::saved_case_missing(number, &label));
    };
    Case::from_json_keeping_what_reads(&value.to_string(), today)
        .map(|(case, _problem)| case)
        .map_err(|error| words::saved_case_damaged(number, &label, &error.field, &error.message))
}

fn read_store_v1(fields: &Map<String, Value>, today: NaiveDate) -> Result<Store, String> {
    let mut store = Store::new();
    let entries = cases_list(fields)?;
    read_entries(&mut store, entries, None, |store, fields, number| {
        let case = stored_case(fields, number, today)?;
        let label = clean_label(&text_field(fields, "label"))
            .unwrap_or_else(|| words::numbered_case(number));
        Ok(SavedCase {
            id: store.new_id(),
            label,
            case,
            letter_names: LetterNames::default(),
            unknown: unknown_fields(fields, &["label", "case"]),
        })
    });
    // Set before the list is read, so the cases it keeps unread stay.
    for (key, value) in unknown_fields(fields, &["version", "cases"]) {
        store.unknown.entry(key).or_insert(value);
    }
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
        // Only letters and figures: it goes into calendar files.
        key: text_field(fields, "key")
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(32)
            .collect(),
        // The cases kept unread are read again below, when they are a list;
        // anything else under that name is kept as it is.
        unknown: unknown_fields(
            fields,
            if unreadable_list(fields).is_some() {
                &["version", "next_number", "cases", "key", UNREADABLE_CASES]
            } else {
                &["version", "next_number", "cases", "key"]
            },
        ),
        read_notes: Vec::new(),
        unreadable_reasons: Vec::new(),
    };
    let entries = cases_list(fields)?;
    let kept_before = unreadable_list(fields);
    read_entries(&mut store, entries, kept_before, |store, fields, number| {
        let label = text_field(fields, "label");
        let (letter_names, dropped) = read_letter_names(fields.get("letter_names"));
        let case = stored_case(fields, number, today)?;
        if let Some(found) = fields
            .get("label")
            .filter(|l| !l.is_string() && !l.is_null())
        {
            store.read_notes.push(words::label_unreadable(
                number,
                &quote_part(&found.to_string()),
            ));
        }
        if !dropped.is_empty() {
            store.read_notes.push(words::letter_names_dropped(
                clean_label(&label).as_deref(),
                number,
                &dropped,
            ));
        }
        Ok(SavedCase {
            id: text_field(fields, "id"),
            label,
            case,
            letter_names,
            unknown: unknown_fields(fields, &super::ENTRY_FIELDS),
        })
    });
    store.repair();
    store.note_unknown_parts();
    Ok(store)
}

/// Where a store keeps, as they were, saved cases that could not be read.
pub const UNREADABLE_CASES: &str = "unreadable_cases";

fn unreadable_list(fields: &Map<String, Value>) -> Option<&Vec<Value>> {
    fields.get(UNREADABLE_CASES).and_then(Value::as_array)
}

/// Reads the list of saved cases one by one. A case that cannot be read is
/// not allowed to hide the others: it is kept as it was under
/// [`UNREADABLE_CASES`] (written back with the store, so nothing is lost)
/// and named in a read note. Cases kept there before are tried again after
/// the list, so one mended by hand, or readable by this version, comes back.
fn read_entries(
    store: &mut Store,
    entries: &[Value],
    kept_before: Option<&Vec<Value>>,
    mut read: impl FnMut(&mut Store, &Map<String, Value>, usize) -> Result<SavedCase, String>,
) {
    let mut unreadable = Vec::new();
    let all = entries.iter().chain(kept_before.into_iter().flatten());
    for (index, value) in all.enumerate() {
        let number = index + 1;
        match entry(value, number).and_then(|fields| read(store, fields, number)) {
            Ok(saved) => store.cases.push(saved),
            Err(problem) => {
                store
                    .read_notes
                    .push(words::saved_case_kept_unread(&problem));
                store.unreadable_reasons.push(problem);
                unreadable.push(value.clone());
            }
        }
    }
    if !unreadable.is_empty() {
        // Something else kept under the name (not a list) goes first in it.
        if let Some(other) = store.unknown.remove(UNREADABLE_CASES) {
            unreadable.insert(0, other);
        }
        store
            .unknown
            .insert(UNREADABLE_CASES.to_string(), Value::Array(unreadable));
    }
}

fn unknown_fields(fields: &Map<String, Value>, known: &[&str]) -> Map<String, Value> {
    fields
        .iter()
        .filter(|(key, _)| !known.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

/// Which names typed for the letters could not be read: all of them (they
/// are not an object), or one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterNameField {
    All,
    YourName,
    ChildName,
    CouncilReference,
}

/// The names typed for the letters, one by one: a name that is not text is
/// left out (and named in the second list), the others are kept.
pub(crate) fn read_letter_names(value: Option<&Value>) -> (LetterNames, Vec<LetterNameField>) {
    let mut names = LetterNames::default();
    let mut dropped = Vec::new();
    let Some(value) = value else {
        return (names, dropped);
    };
    let Value::Object(fields) = value else {
        if !value.is_null() {
            dropped.push(LetterNameField::All);
        }
        return (names, dropped);
    };
    let slots: [(&str, LetterNameField, &mut String); 3] = [
        ("your_name", LetterNameField::YourName, &mut names.your_name),
        (
            "child_name",
            LetterNameField::ChildName,
            &mut names.child_name,
        ),
        (
            "council_reference",
            LetterNameField::CouncilReference,
            &mut names.council_reference,
        ),
    ];
    for (field, which, slot) in slots {
        match fields.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::String(text)) => *slot = text.clone(),
            Some(_) => dropped.push(which),
        }
    }
    names.unknown = unknown_fields(fields, &["your_name", "child_name", "council_reference"]);
    (names, dropped)
}

impl Store {
    /// Adds a note naming the parts this version does not know, which are
    /// kept and written back unchanged.
    fn note_unknown_parts(&mut self) {
        // The cases kept unread are this version's own part, named apart.
        let mut parts: Vec<String> = self
            .unknown
            .keys()
            .filter(|key| *key != UNREADABLE_CASES)
            .map(|key| quote_part(key))
            .collect();
        for saved in &self.cases {
            parts.extend(saved.unknown.keys().map(|key| quote_part(key)));
            parts.extend(saved.letter_names.unknown.keys().map(|key| quote_part(key)));
            parts.extend(saved.case.unknown_parts());
        }
        if let Some(parts) = part_names(parts) {
            self.read_notes.push(words::unknown_parts_on_device(&parts));
        }
    }
}
