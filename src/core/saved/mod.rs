//! Keeping cases: the backup files the family downloads and imports, and the
//! store kept on the device. Pure: the UI reads and writes localStorage and
//! files; this module only turns text into cases and back, and never panics
//! on any input.
//!
//! Backup files:
//! - one case: the engine's case file exactly ([`Case::to_json_pretty`]), so
//!   `navigator assess` reads an exported case unchanged (a saved case's
//!   names for the letters go with it, under `letter_names`);
//! - several cases: `{"format":"complaint-navigator.cases","version":1,"cases":[...]}`.
//!
//! [`import`] accepts either, all or nothing: one damaged case stops the
//! import and the message says which case and which field.
//!
//! The store: every saved case under one localStorage key ([`STORE_KEY`]),
//! as `{"version":2,"next_number":3,"cases":[{"id":"case-1","label":"Case 1","case":{...}}],"key":"3f9a0c"}`
//! (`key`, random, joins each case's id in its calendar entries).
//! Version 1 (`{"version":1,"cases":[{"label":...,"case":{...}}]}`, no ids)
//! is migrated by numbering the cases. A store that cannot be read (damaged
//! JSON, a newer version) comes back as [`LoadOutcome::Unreadable`] with the
//! raw text, so the UI can keep it aside and offer it for download instead
//! of overwriting it.
//!
//! Three rooms: [`backup`] (files), [`store`] (the device store and its
//! changes), [`reading`] (every version of the store), [`caseload`] (every saved case, most urgent first).

mod backup;
mod caseload;
mod reading;
mod store;

pub use backup::*;
pub use caseload::*;
pub use reading::*;
pub use store::*;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::assessment::{assess, DeadlineStatus, Stage};
use crate::core::case::{quote_part, Case, CaseError, CASE_FORMAT, CASE_VERSION};
use crate::core::councils;
use crate::core::letters::LetterNames;

pub const BACKUP_FORMAT: &str = "complaint-navigator.cases";
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before they are read. A backup of everything a
/// browser can save here (its storage holds about 5 million characters)
/// fits (found in a walkthrough: at 1 MB, a backup of 900 cases the tool
/// itself made could not be opened).
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;
/// The one localStorage key the app uses.
pub const STORE_KEY: &str = "complaint-navigator.store";
pub const STORE_VERSION: u32 = 2;
/// Longest label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 80;
