//! Published complaints procedures: what a council's own page promises, step
//! by step, and where that differs from the law.
//!
//! One JSON file per version of a council's page, in `data/procedures/`; see
//! the "Councils and procedures" section of `data/README.md` for every field.
//! A step holds the council's promise only: where a council's page says
//! nothing about a step, the statutory rule applies and the step is absent.

use std::fmt;
#[cfg(not(council_files_fetched))]
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

// Every procedure file the app ships: build.rs lists data/procedures/.
#[cfg(not(council_files_fetched))]
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

/// The names of [`Unit`], [`Comparison`] and [`HoldTo`] in the files, in the
/// order of each enum's variants (the councils file's reader relies on it).
pub const UNIT_NAMES: &[&str] = &["working_days", "calendar_days", "months"];
pub(super) const COMPARISON_NAMES: &[&str] = &["stricter", "weaker", "different"];
pub(super) const HOLD_TO_NAMES: &[&str] = &["law", "council", "earlier_date"];

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
    #[serde(default, deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub valid_from: Option<NaiveDate>,
    /// First day it no longer applies to (exclusive end); None = still current.
    #[serde(default, deserialize_with = "crate::core::dates::iso_serde::optional")]
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
    #[serde(default, deserialize_with = "crate::core::dates::iso_serde::optional")]
    pub page_dated: Option<NaiveDate>,
    /// The day the facts were read from the page at `page_url` (from a
    /// stored public copy of it when the live page could not be reached).
    #[serde(deserialize_with = "crate::core::dates::iso_serde::date")]
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
#[cfg(not(council_files_fetched))]
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
#[cfg(not(council_files_fetched))]
pub fn procedures() -> &'static [Procedure] {
    &PROCEDURES
}

/// The embedded procedure files: (path, text).
#[cfg(not(council_files_fetched))]
pub fn procedure_files() -> &'static [(&'static str, &'static str)] {
    PROCEDURE_FILES
}

/// A procedure version by its id, e.g. "thurrock-2018".
#[cfg(not(council_files_fetched))]
pub fn find_procedure(id: &str) -> Option<&'static Procedure> {
    procedures().iter().find(|p| p.id == id)
}

/// Every version held for a council (id or GSS code), oldest first.
pub fn procedures_for(council_id: &str) -> Vec<&'static Procedure> {
    let Some(council) = super::find(council_id) else {
        return Vec::new();
    };
    super::held::procedures_for_id(&council.id)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::councils::checks::list_words;

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
