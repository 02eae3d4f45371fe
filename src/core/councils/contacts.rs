//! Where to send a complaint, for every council we could source: its home
//! page, its children's social care complaints page, and the complaints
//! team's phone, email, postal address and online form, as published.
//!
//! Data: `data/contacts/<council id>.json`, one file per council (build.rs
//! lists them). Every fact carries the address of the page it was read from
//! and the file the day it was read: a fact without its source is never
//! shown. These are what the council's page said then, and it may have
//! changed since: the page says so and links to the council.

#[cfg(not(council_files_fetched))]
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(not(council_files_fetched))]
include!(concat!(env!("OUT_DIR"), "/contacts_files.rs"));

/// One fact from a council's page, with the page it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedFact {
    pub value: String,
    /// The address of the page the value was read from.
    pub source: String,
    /// Who answers, for phone numbers ("Children's complaints team").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The "last updated" date the page showed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_updated: Option<String>,
}

/// A timescale a council's page states, kept for maintainers to turn into a
/// procedure file (`data/procedures/`) once checked against the law.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedTimescale {
    pub fact: String,
    pub stage: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilContacts {
    /// The council's id (`data/councils.csv`).
    pub council: String,
    /// The day the pages were read.
    #[serde(deserialize_with = "crate::core::dates::iso_serde::date")]
    pub read_on: NaiveDate,
    #[serde(default)]
    pub home_page: Option<SourcedFact>,
    #[serde(default)]
    pub complaints_page: Option<SourcedFact>,
    /// The trust or company that handles complaints, where a page says so.
    #[serde(default)]
    pub handled_by: Option<SourcedFact>,
    #[serde(default)]
    pub phone: Option<SourcedFact>,
    #[serde(default)]
    pub email: Option<SourcedFact>,
    #[serde(default)]
    pub postal_address: Option<SourcedFact>,
    #[serde(default)]
    pub online_form: Option<SourcedFact>,
    #[serde(default)]
    pub timescales_stated: Vec<StatedTimescale>,
    /// For maintainers: what was searched, copies that disagreed.
    #[serde(default)]
    pub notes: Option<String>,
}

#[cfg(not(council_files_fetched))]
static CONTACTS: LazyLock<Vec<CouncilContacts>> = LazyLock::new(|| {
    CONTACT_FILES
        .iter()
        .filter_map(|(_, text)| serde_json::from_str(text).ok())
        .collect()
});

/// Every council's contacts, in file order.
#[cfg(not(council_files_fetched))]
pub fn all_contacts() -> &'static [CouncilContacts] {
    &CONTACTS
}

/// The contacts held for a council id, if any.
pub fn contacts_for(council_id: &str) -> Option<&'static CouncilContacts> {
    super::held::contacts_for(council_id)
}

/// Every contact file with its name, for the data checks.
#[cfg(not(council_files_fetched))]
pub fn contact_files() -> &'static [(&'static str, &'static str)] {
    CONTACT_FILES
}
