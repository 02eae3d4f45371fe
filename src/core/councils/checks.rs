//! The data checks for whoever edits `data/`: every procedure file against
//! its schema and its meaning (naming the file and the field at fault),
//! the set of files together, and every contact file. The app itself only
//! parses the files; these run in the tests and in `navigator check-data`.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::*;
use crate::text::en::data_checks as words;

/// Checks rules that span files: unique ids and, per council, no two
/// versions in force on the same day.
pub fn check_procedure_set(list: &[Procedure]) -> Result<(), String> {
    let mut ids = HashSet::new();
    for p in list {
        if !ids.insert(p.id.as_str()) {
            return Err(words::id_used_twice(&p.id));
        }
    }
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if a.council == b.council && periods_overlap(a, b) {
                return Err(words::periods_overlap(&a.id, &b.id));
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
    let value: Value = serde_json::from_str(json)
        .map_err(|e| words::not_valid_json(file_name, e.line(), e.column(), &e.to_string()))?;
    check_value(&value, &Ty::Obj(PROCEDURE_FIELDS), "")
        .map_err(|e| words::in_file(file_name, &e))?;
    let procedure: Procedure =
        serde_json::from_value(value).map_err(|e| words::in_file(file_name, &e.to_string()))?;
    check_meaning(file_name, &procedure).map_err(|e| words::in_file(file_name, &e))?;
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

fn check_value(value: &Value, ty: &Ty, path: &str) -> Result<(), String> {
    match ty {
        Ty::Text => match value.as_str() {
            Some(text) if !text.trim().is_empty() => Ok(()),
            Some(_) => Err(words::empty_text(path)),
            None => Err(words::expected_text(path)),
        },
        Ty::Bool => value
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| words::expected_true_or_false(path)),
        Ty::Date => value
            .as_str()
            .and_then(crate::core::dates::parse_iso)
            .map(|_| ())
            .ok_or_else(|| words::expected_date(path)),
        Ty::Count => value
            .as_u64()
            .filter(|n| (1..=u64::from(u32::MAX)).contains(n))
            .map(|_| ())
            .ok_or_else(|| words::expected_count(path)),
        Ty::OneOf(allowed) => value
            .as_str()
            .filter(|s| allowed.contains(s))
            .map(|_| ())
            .ok_or_else(|| words::expected_one_of(path, allowed)),
        Ty::List(item) => {
            let items = value.as_array().ok_or_else(|| words::expected_list(path))?;
            for (i, element) in items.iter().enumerate() {
                check_value(element, item, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        Ty::Obj(fields) => {
            let map: &Map<String, Value> = value
                .as_object()
                .ok_or_else(|| words::expected_object(path))?;
            for key in map.keys() {
                if !fields.iter().any(|(name, _, _)| name == key) {
                    let allowed: Vec<&str> = fields.iter().map(|(name, _, _)| *name).collect();
                    return Err(words::unknown_field(&join(path, key), &allowed));
                }
            }
            for (name, field_ty, need) in fields.iter() {
                let field_path = join(path, name);
                match (map.get(*name), need) {
                    (None, Need::Required) => return Err(words::missing_field(&field_path)),
                    (Some(Value::Null), Need::Required) => {
                        return Err(words::null_field(&field_path))
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
        return Err(words::ID_NOT_A_SLUG.to_string());
    }
    if file_name.ends_with(".json") && p.id != stem {
        return Err(words::id_not_file_name(stem, &p.id));
    }
    match super::find(&p.council) {
        Some(council) if council.id == p.council => {}
        Some(council) => return Err(words::council_by_code(&council.id)),
        None => return Err(words::unknown_council(&p.council)),
    }
    if let (Some(from), Some(until)) = (p.valid_from, p.valid_until) {
        if from >= until {
            return Err(words::valid_until_too_early(from, until));
        }
    }
    if !is_web_address(&p.page_url) {
        return Err(words::PAGE_URL_NOT_WEB.to_string());
    }
    match (&p.link_instead, p.page_url_works) {
        (None, false) => return Err(words::LINK_INSTEAD_NEEDED.to_string()),
        (Some(link), _) if !is_web_address(link) => {
            return Err(words::LINK_INSTEAD_NOT_WEB.to_string())
        }
        _ => {}
    }
    if let Some(address) = [Some(&p.page_url), p.link_instead.as_ref()]
        .into_iter()
        .flatten()
        .find(|address| is_draft_or_test_site(address))
    {
        return Err(words::page_not_a_source(address));
    }
    for (i, contact) in p.contacts.iter().enumerate() {
        let ok = match contact.kind.as_str() {
            "email" => contact.value.contains('@') && !contact.value.contains(char::is_whitespace),
            "phone" => contact.value.chars().filter(char::is_ascii_digit).count() >= 10,
            "online_form" => is_web_address(&contact.value),
            _ => true,
        };
        if !ok {
            return Err(words::contact_not_valid(i, &contact.kind, &contact.value));
        }
    }
    if p.steps.is_empty() {
        return Err(words::NO_STEPS.to_string());
    }
    let mut step_ids = HashSet::new();
    for (i, step) in p.steps.iter().enumerate() {
        if !step_ids.insert(step.id.as_str()) {
            return Err(words::step_listed_twice(i, &step.id));
        }
        let allowed = allowed_clock_starts(&step.id);
        if !allowed.contains(&step.clock_starts.as_str()) {
            return Err(words::clock_not_allowed(i, &step.id, allowed));
        }
        if let Some(extension) = step.extension {
            if extension.unit == step.time.unit && extension.amount <= step.time.amount {
                return Err(words::extension_too_short(i, step.time, extension));
            }
        }
    }
    let mut extra_ids = HashSet::new();
    for (i, extra) in p.extra_steps.iter().enumerate() {
        if !extra_ids.insert(extra.id.as_str()) {
            return Err(words::extra_step_listed_twice(i, &extra.id));
        }
    }
    let mut difference_ids = HashSet::new();
    for (i, difference) in p.differences.iter().enumerate() {
        if !is_slug(&difference.id) {
            return Err(words::difference_id_not_a_slug(i));
        }
        if !difference_ids.insert(difference.id.as_str()) {
            return Err(words::difference_listed_twice(i, &difference.id));
        }
        if let Some(step) = &difference.step {
            if !step_ids.contains(step.as_str()) {
                return Err(words::difference_unknown_step(i, step));
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
        serde_json::from_str(json).map_err(|e| words::in_file(file_name, &e.to_string()))?;
    let council = crate::core::councils::find(&contacts.council)
        .ok_or_else(|| words::contacts_unknown_council(file_name, &contacts.council))?;
    if !file_name.ends_with(&format!("/{}.json", council.id))
        && file_name != format!("{}.json", council.id)
    {
        return Err(words::contacts_file_name(file_name, &council.id));
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
            return Err(words::fact_empty(file_name, field));
        }
        if !fact.source.starts_with("https://") && !fact.source.starts_with("http://") {
            return Err(words::fact_without_source(file_name, field));
        }
        for address in [&fact.source, &fact.value] {
            if is_draft_or_test_site(address) {
                return Err(words::fact_not_a_source(file_name, field, address));
            }
        }
    }
    for (i, stated) in contacts.timescales_stated.iter().enumerate() {
        if !stated.source.starts_with("http") {
            return Err(words::timescale_without_source(file_name, i));
        }
    }
    Ok(contacts)
}

/// Every check over a data folder as it is on disk (for `navigator
/// check-data`): procedure files, the set of them, contact files, and the
/// addresses, numbers and emails in them (`link_checks`).
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
    let mut contacts = Vec::new();
    for (name, text) in &contact_files {
        match validate_contacts(name, text) {
            Ok(read) => contacts.push(read),
            Err(problem) => problems.push(problem),
        }
    }
    let domains = std::fs::read_to_string(root.join("council-domains.csv")).unwrap_or_default();
    problems.extend(check_links(all(), &parsed, &contacts, &domains));
    if problems.is_empty() {
        Ok(words::all_passed(
            procedure_files.len(),
            contact_files.len(),
        ))
    } else {
        Err(problems)
    }
}

/// "a, b or c", as the messages list allowed words (`procedure`'s tests
/// check the lists read well).
#[cfg(test)]
pub(super) fn list_words(list: &[&str]) -> String {
    words::or_list(list)
}
