//! The data checks for whoever edits `data/`: every procedure file against
//! its schema and its meaning (naming the file and the field at fault),
//! the set of files together, and every contact file. The app itself only
//! parses the files; these run in the tests and in `navigator check-data`.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::*;

/// Checks rules that span files: unique ids and, per council, no two
/// versions in force on the same day.
pub fn check_procedure_set(list: &[Procedure]) -> Result<(), String> {
    let mut ids = HashSet::new();
    for p in list {
        if !ids.insert(p.id.as_str()) {
            return Err(format!("procedure id {:?} is used by two files", p.id));
        }
    }
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if a.council == b.council && periods_overlap(a, b) {
                return Err(format!(
                    "{} and {} are both in force on some days: set valid_until of the older \
                     one to valid_from of the newer one",
                    a.id, b.id
                ));
            }
        }
    }
    Ok(())
}

fn periods_overlap(a: &Procedure, b: &Procedure) -> bool {
    let starts_before_end = |from: Option<NaiveDate>, until: Option<NaiveDate>| match (from, until)
    {
        (Some(from), Some(until)) => from < until,
        _ => true,
    };
    starts_before_end(a.valid_from, b.valid_until) && starts_before_end(b.valid_from, a.valid_until)
}

/// Validates one procedure file's text. The error names the file and the
/// field, e.g. "data/procedures/essex.json: steps[2].time.unit: expected
/// working_days, calendar_days or months".
pub fn validate_procedure(file_name: &str, json: &str) -> Result<Procedure, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        format!(
            "{file_name}: not valid JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        )
    })?;
    check_value(&value, &Ty::Obj(PROCEDURE_FIELDS), "").map_err(|e| format!("{file_name}: {e}"))?;
    let procedure: Procedure =
        serde_json::from_value(value).map_err(|e| format!("{file_name}: {e}"))?;
    check_meaning(file_name, &procedure).map_err(|e| format!("{file_name}: {e}"))?;
    Ok(procedure)
}

// ---------------------------------------------------------------------------
// Shape: types, required and unknown fields, allowed words.

#[derive(Clone, Copy)]
enum Need {
    /// Must be present and not null.
    Required,
    /// May be missing or null.
    Optional,
    /// May be missing (then empty or false), but not null.
    Defaulted,
}

enum Ty {
    Text,
    Bool,
    Date,
    Count,
    OneOf(&'static [&'static str]),
    List(&'static Ty),
    Obj(&'static [(&'static str, Ty, Need)]),
}

const DURATION_FIELDS: &[(&str, Ty, Need)] = &[
    ("amount", Ty::Count, Need::Required),
    ("unit", Ty::OneOf(UNIT_NAMES), Need::Required),
];

const CONTACT_FIELDS: &[(&str, Ty, Need)] = &[
    ("kind", Ty::OneOf(CONTACT_KINDS), Need::Required),
    ("value", Ty::Text, Need::Required),
    ("label", Ty::Text, Need::Optional),
];

const STEP_FIELDS: &[(&str, Ty, Need)] = &[
    ("id", Ty::OneOf(STEP_IDS), Need::Required),
    ("time", Ty::Obj(DURATION_FIELDS), Need::Required),
    ("clock_starts", Ty::OneOf(CLOCK_EVENTS), Need::Required),
    ("extension", Ty::Obj(DURATION_FIELDS), Need::Optional),
    ("description", Ty::Text, Need::Required),
];

const EXTRA_STEP_FIELDS: &[(&str, Ty, Need)] = &[
    ("id", Ty::OneOf(EXTRA_STEP_IDS), Need::Required),
    ("explanation", Ty::Text, Need::Required),
];

const DIFFERENCE_FIELDS: &[(&str, Ty, Need)] = &[
    ("id", Ty::Text, Need::Required),
    ("step", Ty::OneOf(STEP_IDS), Need::Optional),
    ("council_says", Ty::Text, Need::Required),
    ("law_says", Ty::Text, Need::Required),
    ("explanation", Ty::Text, Need::Required),
    ("hold_them_to", Ty::Text, Need::Required),
    (
        "compared_to_law",
        Ty::OneOf(COMPARISON_NAMES),
        Need::Required,
    ),
    ("hold_to", Ty::OneOf(HOLD_TO_NAMES), Need::Required),
];

const PROCEDURE_FIELDS: &[(&str, Ty, Need)] = &[
    ("id", Ty::Text, Need::Required),
    ("council", Ty::Text, Need::Required),
    ("valid_from", Ty::Date, Need::Optional),
    ("valid_until", Ty::Date, Need::Optional),
    ("validity_assumed", Ty::Bool, Need::Defaulted),
    ("page_title", Ty::Text, Need::Required),
    ("page_url", Ty::Text, Need::Required),
    ("page_url_works", Ty::Bool, Need::Required),
    ("link_instead", Ty::Text, Need::Optional),
    ("page_dated", Ty::Date, Need::Optional),
    ("checked", Ty::Date, Need::Required),
    (
        "contacts",
        Ty::List(&Ty::Obj(CONTACT_FIELDS)),
        Need::Defaulted,
    ),
    ("complaint_window", Ty::Obj(DURATION_FIELDS), Need::Optional),
    ("steps", Ty::List(&Ty::Obj(STEP_FIELDS)), Need::Required),
    (
        "extra_steps",
        Ty::List(&Ty::Obj(EXTRA_STEP_FIELDS)),
        Need::Defaulted,
    ),
    (
        "differences",
        Ty::List(&Ty::Obj(DIFFERENCE_FIELDS)),
        Need::Defaulted,
    ),
    ("notes", Ty::List(&Ty::Text), Need::Defaulted),
];

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// "a, b or c"
pub(super) fn list_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

fn check_value(value: &Value, ty: &Ty, path: &str) -> Result<(), String> {
    let at = |what: &str| {
        if path.is_empty() {
            format!("the file: {what}")
        } else {
            format!("{path}: {what}")
        }
    };
    match ty {
        Ty::Text => match value.as_str() {
            Some(text) if !text.trim().is_empty() => Ok(()),
            Some(_) => Err(at("must not be empty")),
            None => Err(at("expected text in double quotes")),
        },
        Ty::Bool => value
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| at("expected true or false")),
        Ty::Date => value
            .as_str()
            .and_then(crate::core::dates::parse_iso)
            .map(|_| ())
            .ok_or_else(|| at("expected a date written as YYYY-MM-DD, e.g. 2026-11-22")),
        Ty::Count => value
            .as_u64()
            .filter(|n| (1..=u64::from(u32::MAX)).contains(n))
            .map(|_| ())
            .ok_or_else(|| at("expected a whole number, 1 or more")),
        Ty::OneOf(words) => value
            .as_str()
            .filter(|s| words.contains(s))
            .map(|_| ())
            .ok_or_else(|| at(&format!("expected {}", list_words(words)))),
        Ty::List(item) => {
            let items = value
                .as_array()
                .ok_or_else(|| at("expected a list in [ ]"))?;
            for (i, element) in items.iter().enumerate() {
                check_value(element, item, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        Ty::Obj(fields) => {
            let map: &Map<String, Value> = value
                .as_object()
                .ok_or_else(|| at("expected an object in { }"))?;
            for key in map.keys() {
                if !fields.iter().any(|(name, _, _)| name == key) {
                    let allowed: Vec<&str> = fields.iter().map(|(name, _, _)| *name).collect();
                    return Err(format!(
                        "{}: unknown field (allowed: {})",
                        join(path, key),
                        allowed.join(", ")
                    ));
                }
            }
            for (name, field_ty, need) in fields.iter() {
                let field_path = join(path, name);
                match (map.get(*name), need) {
                    (None, Need::Required) => {
                        return Err(format!("{field_path}: missing (this field is required)"))
                    }
                    (Some(Value::Null), Need::Required) => {
                        return Err(format!(
                            "{field_path}: must not be null (this field is required)"
                        ))
                    }
                    (None, _) | (Some(Value::Null), Need::Optional) => {}
                    (Some(v), _) => check_value(v, field_ty, &field_path)?,
                }
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// Meaning: rules between fields.

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Draft, test and staging sites are never a source (their text may never
/// have been published).
pub fn is_draft_or_test_site(address: &str) -> bool {
    let lower = address.to_ascii_lowercase();
    [
        "://webtest.",
        "://test.",
        "://test2.",
        "://sandbox.",
        "://beta.",
        "://staging.",
        "://dev.",
        "draft_",
    ]
    .iter()
    .any(|marker| lower.contains(marker))
}

fn is_web_address(text: &str) -> bool {
    text.strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace))
}

fn check_meaning(file_name: &str, p: &Procedure) -> Result<(), String> {
    let stem = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .trim_end_matches(".json");
    if !is_slug(&p.id) {
        return Err("id: use lower-case letters, digits and single hyphens".to_string());
    }
    if file_name.ends_with(".json") && p.id != stem {
        return Err(format!(
            "id: must be the file name without .json ({stem:?}), found {:?}",
            p.id
        ));
    }
    match super::find(&p.council) {
        Some(council) if council.id == p.council => {}
        Some(council) => {
            return Err(format!(
                "council: use the council id {:?}, not a code",
                council.id
            ))
        }
        None => {
            return Err(format!(
                "council: no council with id {:?} in data/councils.csv",
                p.council
            ))
        }
    }
    if let (Some(from), Some(until)) = (p.valid_from, p.valid_until) {
        if from >= until {
            return Err(format!(
                "valid_until: must be after valid_from ({from}), found {until}"
            ));
        }
    }
    if !is_web_address(&p.page_url) {
        return Err("page_url: expected a web address starting with https://".to_string());
    }
    match (&p.link_instead, p.page_url_works) {
        (None, false) => {
            return Err(
                "link_instead: required when page_url_works is false (where should people go?)"
                    .to_string(),
            )
        }
        (Some(link), _) if !is_web_address(link) => {
            return Err("link_instead: expected a web address starting with https://".to_string())
        }
        _ => {}
    }
    if let Some(address) = [Some(&p.page_url), p.link_instead.as_ref()]
        .into_iter()
        .flatten()
        .find(|address| is_draft_or_test_site(address))
    {
        return Err(format!(
            "page_url: {address} is a draft, test or retired site, never a source"
        ));
    }
    for (i, contact) in p.contacts.iter().enumerate() {
        let ok = match contact.kind.as_str() {
            "email" => contact.value.contains('@') && !contact.value.contains(char::is_whitespace),
            "phone" => contact.value.chars().filter(char::is_ascii_digit).count() >= 10,
            "online_form" => is_web_address(&contact.value),
            _ => true,
        };
        if !ok {
            return Err(format!(
                "contacts[{i}].value: not a valid {} ({:?})",
                contact.kind, contact.value
            ));
        }
    }
    if p.steps.is_empty() {
        return Err(
            "steps: list at least one step the council's page gives a time for".to_string(),
        );
    }
    let mut step_ids = HashSet::new();
    for (i, step) in p.steps.iter().enumerate() {
        if !step_ids.insert(step.id.as_str()) {
            return Err(format!("steps[{i}].id: {:?} is listed twice", step.id));
        }
        let allowed = allowed_clock_starts(&step.id);
        if !allowed.contains(&step.clock_starts.as_str()) {
            return Err(format!(
                "steps[{i}].clock_starts: for {} expected {}",
                step.id,
                list_words(allowed)
            ));
        }
        if let Some(extension) = step.extension {
            if extension.unit == step.time.unit && extension.amount <= step.time.amount {
                return Err(format!(
                    "steps[{i}].extension: must be the longest time in all, more than time \
                     ({}), found {extension}",
                    step.time
                ));
            }
        }
    }
    let mut extra_ids = HashSet::new();
    for (i, extra) in p.extra_steps.iter().enumerate() {
        if !extra_ids.insert(extra.id.as_str()) {
            return Err(format!(
                "extra_steps[{i}].id: {:?} is listed twice",
                extra.id
            ));
        }
    }
    let mut difference_ids = HashSet::new();
    for (i, difference) in p.differences.iter().enumerate() {
        if !is_slug(&difference.id) {
            return Err(format!(
                "differences[{i}].id: use lower-case letters, digits and single hyphens"
            ));
        }
        if !difference_ids.insert(difference.id.as_str()) {
            return Err(format!(
                "differences[{i}].id: {:?} is listed twice",
                difference.id
            ));
        }
        if let Some(step) = &difference.step {
            if !step_ids.contains(step.as_str()) {
                return Err(format!(
                    "differences[{i}].step: no step {step:?} in this file's steps"
                ));
            }
        }
    }
    Ok(())
}

/// Checks one contact file (`data/contacts/<council>.json`): it parses, names
/// a council we know and matches its file name, every fact has a page
/// address as its source, and nothing comes from a draft or test site.
pub fn validate_contacts(file_name: &str, json: &str) -> Result<CouncilContacts, String> {
    let contacts: CouncilContacts =
        serde_json::from_str(json).map_err(|e| format!("{file_name}: {e}"))?;
    let council = crate::core::councils::find(&contacts.council).ok_or_else(|| {
        format!(
            "{file_name}: council: {:?} is not a council id",
            contacts.council
        )
    })?;
    if !file_name.ends_with(&format!("/{}.json", council.id))
        && file_name != format!("{}.json", council.id)
    {
        return Err(format!(
            "{file_name}: the file should be named {}.json",
            council.id
        ));
    }
    let facts = [
        ("home_page", &contacts.home_page),
        ("complaints_page", &contacts.complaints_page),
        ("handled_by", &contacts.handled_by),
        ("phone", &contacts.phone),
        ("email", &contacts.email),
        ("postal_address", &contacts.postal_address),
        ("online_form", &contacts.online_form),
    ];
    for (field, fact) in facts {
        let Some(fact) = fact else { continue };
        if fact.value.trim().is_empty() {
            return Err(format!(
                "{file_name}: {field}.value: empty; leave the fact out instead"
            ));
        }
        if !fact.source.starts_with("https://") && !fact.source.starts_with("http://") {
            return Err(format!(
                "{file_name}: {field}.source: the address of the page it was read from"
            ));
        }
        for address in [&fact.source, &fact.value] {
            if is_draft_or_test_site(address) {
                return Err(format!("{file_name}: {field}: {address} is a draft, test or retired site, never a source"));
            }
        }
    }
    for (i, stated) in contacts.timescales_stated.iter().enumerate() {
        if !stated.source.starts_with("http") {
            return Err(format!("{file_name}: timescales_stated[{i}].source: the address of the page it was read from"));
        }
    }
    Ok(contacts)
}

/// Every check over a data folder as it is on disk (for `navigator
/// check-data`): procedure files, the set of them, and contact files.
/// Returns a summary line, or every problem found.
pub fn check_data_folder(root: &std::path::Path) -> Result<String, Vec<String>> {
    let mut problems = Vec::new();
    let read_dir = |dir: &str| -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = std::fs::read_dir(root.join(dir))
            .map(|entries| {
                entries
                    .filter_map(|entry| {
                        let path = entry.ok()?.path();
                        (path.extension()? == "json").then_some(())?;
                        let name = format!("data/{dir}/{}", path.file_name()?.to_string_lossy());
                        Some((name, std::fs::read_to_string(&path).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    };
    let procedure_files = read_dir("procedures");
    let mut parsed = Vec::new();
    for (name, text) in &procedure_files {
        match validate_procedure(name, text) {
            Ok(procedure) => parsed.push(procedure),
            Err(problem) => problems.push(problem),
        }
    }
    if let Err(problem) = check_procedure_set(&parsed) {
        problems.push(problem);
    }
    let contact_files = read_dir("contacts");
    for (name, text) in &contact_files {
        if let Err(problem) = validate_contacts(name, text) {
            problems.push(problem);
        }
    }
    if problems.is_empty() {
        Ok(format!(
            "All data checks passed: {} procedure files, {} contact files.",
            procedure_files.len(),
            contact_files.len()
        ))
    } else {
        Err(problems)
    }
}
