//! Backup files: one case, or several, to download and open again.

use super::*;

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
