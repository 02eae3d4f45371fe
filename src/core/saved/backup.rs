//! Backup files: one case, or several, to download and open again.

use super::*;
use crate::text::en::saved_cases as words;

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
    /// A version number that never existed (as written), or none.
    UnknownVersion {
        found: Option<String>,
    },
    /// A backup with an empty list of cases.
    NoCases,
    /// The saved data of this tool's storage (as "Download the saved data"
    /// gives it), which could not be read: why.
    SavedDataUnreadable {
        reason: String,
    },
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
            ImportError::Empty => words::EMPTY_FILE.to_string(),
            ImportError::TooLarge { bytes } => words::too_large(*bytes),
            ImportError::NotJson { detail } if detail.starts_with("BEGIN:VCALENDAR") => {
                words::CALENDAR_FILE.to_string()
            }
            ImportError::NotJson { .. } => words::NOT_A_BACKUP.to_string(),
            ImportError::NotOurFormat => words::NOT_OUR_FORMAT.to_string(),
            ImportError::NewerVersion { version } => words::newer_version(*version),
            ImportError::UnknownVersion { found } => words::unknown_version(found.as_deref()),
            ImportError::NoCases => words::NO_CASES.to_string(),
            ImportError::SavedDataUnreadable { reason } => words::saved_data_unreadable(reason),
            ImportError::DamagedCase { number, error } => {
                words::damaged_case(*number, &error.field, &error.message)
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
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            // This tool's own saved data, damaged (the file "Download the
            // saved data" gives): say what it is, not that it is someone
            // else's file.
            if text.starts_with("{\"version\"") {
                if let LoadOutcome::Unreadable { reason, .. } = load_store(Some(text), today) {
                    return Err(ImportError::SavedDataUnreadable { reason });
                }
            }
            return Err(ImportError::NotJson {
                // A calendar file is the likeliest wrong choice: name it.
                detail: if text.starts_with("BEGIN:VCALENDAR") {
                    "BEGIN:VCALENDAR".to_string()
                } else {
                    error.to_string()
                },
            });
        }
    };
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
        // The saved data itself (the file "Download the saved data" gives,
        // which the page says to open here): its cases, with their names.
        None if fields.contains_key("cases") && fields.contains_key("version") => {
            import_saved_data(text, today)
        }
        _ => Err(ImportError::NotOurFormat),
    }
}

fn import_saved_data(text: &str, today: NaiveDate) -> Result<Vec<Case>, ImportError> {
    match load_store(Some(text), today) {
        LoadOutcome::Loaded(store) | LoadOutcome::Migrated(store, _) => {
            let cases: Vec<Case> = store
                .cases
                .into_iter()
                .map(|saved| Case {
                    label: Some(saved.label),
                    ..saved.case
                })
                .collect();
            if cases.is_empty() {
                Err(ImportError::NoCases)
            } else {
                Ok(cases)
            }
        }
        LoadOutcome::Empty => Err(ImportError::Empty),
        LoadOutcome::Unreadable { reason, .. } => Err(ImportError::SavedDataUnreadable { reason }),
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
                    found: Some(number.to_string()),
                })
            }
        },
        Some(other) => {
            return Err(ImportError::UnknownVersion {
                found: Some(short(other)),
            })
        }
        None => return Err(ImportError::UnknownVersion { found: None }),
    }
    let Some(Value::Array(cases)) = fields.get("cases") else {
        return Err(ImportError::DamagedCase {
            number: None,
            error: CaseError::new("cases", words::NO_LIST_OF_CASES),
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
