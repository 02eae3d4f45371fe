//! Published complaints procedures: what a council's own page promises, step
//! by step, and where that differs from the law.
//!
//! One JSON file per version of a council's page, in `data/procedures/`; see
//! the "Councils and procedures" section of `data/README.md` for every field.
//! A step holds the council's promise only: where a council's page says
//! nothing about a step, the statutory rule applies and the step is absent.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

// Every procedure file the app ships: build.rs lists data/procedures/.
include!(concat!(env!("OUT_DIR"), "/procedures_files.rs"));

/// Step ids, in the order they happen.
pub const STEP_IDS: &[&str] = &[
    "acknowledgement",
    "stage1_response",
    "stage2_request",
    "stage2_response",
    "stage3_request",
    "panel_appointed",
    "panel_meeting",
    "panel_report",
    "final_response",
];

/// Events a step's clock can start from (the names used in the case file).
pub const CLOCK_EVENTS: &[&str] = &[
    "complaint_received",
    "stage1_response_received",
    "stage2_requested",
    "stage2_statement_agreed",
    "stage2_response_received",
    "stage3_requested",
    "panel_met",
    "panel_report_received",
];

/// Optional steps some councils add.
pub const EXTRA_STEP_IDS: &[&str] = &[
    "adr_before_stage2",
    "adr_before_stage3",
    "resolution_meeting_after_stage1",
];

pub const CONTACT_KINDS: &[&str] = &["address", "phone", "email", "online_form", "hours"];

pub const UNIT_NAMES: &[&str] = &["working_days", "calendar_days", "months"];

const COMPARISON_NAMES: &[&str] = &["stricter", "weaker", "different"];
const HOLD_TO_NAMES: &[&str] = &["law", "council", "earlier_date"];

/// The events a step's clock may start from.
pub fn allowed_clock_starts(step_id: &str) -> &'static [&'static str] {
    match step_id {
        "acknowledgement" | "stage1_response" => &["complaint_received"],
        "stage2_request" => &["stage1_response_received"],
        "stage2_response" => &["stage2_requested", "stage2_statement_agreed"],
        "stage3_request" => &["stage2_response_received"],
        "panel_appointed" | "panel_meeting" => &["stage3_requested"],
        "panel_report" => &["panel_met"],
        "final_response" => &["panel_report_received"],
        _ => &[],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    WorkingDays,
    CalendarDays,
    Months,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::WorkingDays => "working_days",
            Unit::CalendarDays => "calendar_days",
            Unit::Months => "months",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    pub amount: u32,
    pub unit: Unit,
}

impl Duration {
    pub const fn new(amount: u32, unit: Unit) -> Self {
        Duration { amount, unit }
    }
}

impl fmt::Display for Duration {
    /// "10 working days", "1 working day", "30 calendar days", "12 months".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one = self.amount == 1;
        let word = match (self.unit, one) {
            (Unit::WorkingDays, true) => "working day",
            (Unit::WorkingDays, false) => "working days",
            (Unit::CalendarDays, true) => "calendar day",
            (Unit::CalendarDays, false) => "calendar days",
            (Unit::Months, true) => "month",
            (Unit::Months, false) => "months",
        };
        write!(f, "{} {word}", self.amount)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// "address" | "phone" | "email" | "online_form" | "hours"
    pub kind: String,
    pub value: String,
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// One of [`STEP_IDS`].
    pub id: String,
    /// The council's promise (or, for "stage2_request"/"stage3_request", the
    /// time the council gives the family).
    pub time: Duration,
    /// One of [`CLOCK_EVENTS`], allowed for this step by [`allowed_clock_starts`].
    pub clock_starts: String,
    /// The longest time in all when the council extends (e.g. "up to 20
    /// working days" is 20, not 10 more); counted from the same event.
    pub extension: Option<Duration>,
    /// Plain English, our own words.
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraStep {
    /// One of [`EXTRA_STEP_IDS`].
    pub id: String,
    pub explanation: String,
}

/// How a council's page compares with the law on one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// The council promises more than the law (shorter time, an extra promise).
    Stricter,
    /// The council promises less (longer time, softer words, a refusal the
    /// law does not allow, or silence on something the law requires).
    Weaker,
    /// Counted or worded differently, so which is earlier depends on the case.
    Different,
}

/// Which rule the family can hold the council to, for the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldTo {
    /// The law's rule (the council's page is weaker).
    Law,
    /// The council's own promise (stricter than the law; the law stays the backstop).
    Council,
    /// Work out both dates and use the earlier one.
    EarlierDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Difference {
    /// Lower case with hyphens, e.g. "panel-appointed-30-days".
    pub id: String,
    /// The step it is about; must be one of this procedure's steps.
    pub step: Option<String>,
    pub council_says: String,
    pub law_says: String,
    /// What it means for the family.
    pub explanation: String,
    /// Which one the family can hold the council to, in plain English.
    pub hold_them_to: String,
    pub compared_to_law: Comparison,
    pub hold_to: HoldTo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// The file name without ".json", e.g. "thurrock-current".
    pub id: String,
    /// Council id.
    pub council: String,
    /// First day this version applies to; None = since before our records.
    pub valid_from: Option<NaiveDate>,
    /// First day it no longer applies to (exclusive end); None = still current.
    pub valid_until: Option<NaiveDate>,
    /// True when `valid_from`/`valid_until` are our assumption, not dates the
    /// council published: say so next to anything that depends on them.
    #[serde(default)]
    pub validity_assumed: bool,
    pub page_title: String,
    pub page_url: String,
    /// False when the address no longer works (or no longer shows this version).
    pub page_url_works: bool,
    /// Where to send people instead when `page_url_works` is false.
    pub link_instead: Option<String>,
    /// The date printed on the page, if it shows one.
    pub page_dated: Option<NaiveDate>,
    /// The day the facts were read from the page at `page_url` (from a
    /// stored public copy of it when the live page could not be reached).
    pub checked: NaiveDate,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The council's own limit for making a complaint (Essex: 12 months).
    pub complaint_window: Option<Duration>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub extra_steps: Vec<ExtraStep>,
    #[serde(default)]
    pub differences: Vec<Difference>,
    #[serde(default)]
    pub notes: Vec<String>,
}

impl Procedure {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn extra_step(&self, id: &str) -> Option<&ExtraStep> {
        self.extra_steps.iter().find(|s| s.id == id)
    }

    /// The differences about one step.
    pub fn differences_for<'a>(&'a self, step_id: &'a str) -> impl Iterator<Item = &'a Difference> {
        self.differences
            .iter()
            .filter(move |d| d.step.as_deref() == Some(step_id))
    }

    /// True when this version applies to something that happened on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date)
            && self.valid_until.is_none_or(|until| date < until)
    }

    pub fn is_current(&self) -> bool {
        self.valid_until.is_none()
    }

    /// The address to show people: the page itself, or `link_instead` when
    /// the page no longer works.
    pub fn link(&self) -> &str {
        if self.page_url_works {
            &self.page_url
        } else {
            self.link_instead.as_deref().unwrap_or(&self.page_url)
        }
    }
}

// The full schema checks (validate_procedure, check_procedure_set) run in the
// tests; at start-up a plain parse keeps that checking code out of the wasm.
static PROCEDURES: LazyLock<Vec<Procedure>> = LazyLock::new(|| {
    let mut list: Vec<Procedure> = PROCEDURE_FILES
        .iter()
        .map(|(name, text)| {
            serde_json::from_str::<Procedure>(text).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect();
    crate::core::order::sort_by_key(&mut list, |p| (p.council.clone(), p.valid_from));
    list
});

/// Every procedure version, sorted by council then start date.
pub fn procedures() -> &'static [Procedure] {
    &PROCEDURES
}

/// The embedded procedure files: (path, text).
pub fn procedure_files() -> &'static [(&'static str, &'static str)] {
    PROCEDURE_FILES
}

/// A procedure version by its id, e.g. "thurrock-2018".
pub fn find_procedure(id: &str) -> Option<&'static Procedure> {
    procedures().iter().find(|p| p.id == id)
}

/// Every version held for a council (id or GSS code), oldest first.
pub fn procedures_for(council_id: &str) -> Vec<&'static Procedure> {
    let Some(council) = super::find(council_id) else {
        return Vec::new();
    };
    procedures()
        .iter()
        .filter(|p| p.council == council.id)
        .collect()
}

/// The procedure in force for this council on `on` (e.g. the complaint date);
/// with `on = None` the current one. `council_id` may also be a GSS code.
/// None means we hold no published procedure for that council and date: the
/// statutory procedure applies.
pub fn procedure_for(council_id: &str, on: Option<NaiveDate>) -> Option<&'static Procedure> {
    procedures_for(council_id).into_iter().find(|p| match on {
        Some(date) => p.in_force_on(date),
        None => p.is_current(),
    })
}

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
fn list_words(words: &[&str]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(
            Duration::new(1, Unit::WorkingDays).to_string(),
            "1 working day"
        );
        assert_eq!(
            Duration::new(30, Unit::CalendarDays).to_string(),
            "30 calendar days"
        );
        assert_eq!(Duration::new(12, Unit::Months).to_string(), "12 months");
    }

    #[test]
    fn every_step_has_a_clock() {
        for id in STEP_IDS {
            let starts = allowed_clock_starts(id);
            assert!(!starts.is_empty(), "{id}");
            assert!(starts.iter().all(|e| CLOCK_EVENTS.contains(e)), "{id}");
        }
    }

    #[test]
    fn list_words_joins_with_or() {
        assert_eq!(
            list_words(UNIT_NAMES),
            "working_days, calendar_days or months"
        );
    }
}
