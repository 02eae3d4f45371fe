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
    /// Saved cases that could not be read, as the store keeps them.
    #[serde(rename = "unreadable_cases", skip_serializing_if = "Option::is_none")]
    unreadable: Option<&'a Value>,
    /// The saved data's own parts this version does not know (a newer
    /// version's): kept in the file, which says so when it is opened.
    #[serde(flatten)]
    store_parts: Map<String, Value>,
}

/// The case with the names saved for its letters, for a backup file: a
/// backup that left them out lost them on another device without a word
/// (found in a walkthrough).
pub fn with_letter_names(case: &Case, names: &LetterNames) -> Case {
    let mut case = case.clone();
    if !names.is_blank() {
        if let Ok(value) = serde_json::to_value(names) {
            case.unknown
                .insert(crate::core::letters::LETTER_NAMES_FIELD.to_string(), value);
        }
    }
    case
}

/// The names for the letters a backup file's case carries, taken out of it
/// (the reverse of [`with_letter_names`]), for where saved names live. A
/// value with parts that are not text stays in the case as it was.
pub fn take_letter_names(case: &mut Case) -> LetterNames {
    let Some(value) = case
        .unknown
        .remove(crate::core::letters::LETTER_NAMES_FIELD)
    else {
        return LetterNames::default();
    };
    let (names, dropped) = super::reading::read_letter_names(Some(&value));
    if !dropped.is_empty() {
        case.unknown
            .insert(crate::core::letters::LETTER_NAMES_FIELD.to_string(), value);
    }
    names
}

/// Several cases in one backup file.
pub fn export_all(cases: &[Case]) -> String {
    backup_file(cases, None, Map::new())
}

/// Every saved case in one backup file ("Download all saved cases"), with
/// any that could not be read kept in it as they were, so a backup taken
/// before deleting everything holds them too.
///
/// Parts of the saved data this version does not know go in it too, the
/// store's and each saved entry's (found in a walkthrough: the page said
/// they were kept, and the backup left them out).
pub fn export_saved(store: &Store) -> String {
    let cases: Vec<Case> = store
        .cases
        .iter()
        .map(|saved| {
            let mut case = with_letter_names(&saved.case, &saved.letter_names);
            if !saved.unknown.is_empty() {
                case.unknown.insert(
                    crate::core::case::SAVED_ENTRY_FIELD.to_string(),
                    Value::Object(saved.unknown.clone()),
                );
            }
            case
        })
        .collect();
    // Never in place of the backup's own fields.
    let store_parts = store
        .unknown
        .iter()
        .filter(|(key, _)| !BACKUP_FIELDS.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    backup_file(&cases, store.unknown.get(UNREADABLE_CASES), store_parts)
}

fn backup_file(
    cases: &[Case],
    unreadable: Option<&Value>,
    store_parts: Map<String, Value>,
) -> String {
    let backup = Backup {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        cases,
        unreadable,
        store_parts,
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
    /// One of this tool's files (it names its format), no longer JSON: a
    /// hand edit went wrong at `line` and `column`.
    DamagedJson {
        line: usize,
        column: usize,
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
        /// The case's name in the file, if it has one.
        label: Option<String>,
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
            ImportError::DamagedJson { line, column } => words::damaged_file(*line, *column),
            ImportError::NotOurFormat => words::NOT_OUR_FORMAT.to_string(),
            ImportError::NewerVersion { version } => words::newer_version(*version),
            ImportError::UnknownVersion { found } => words::unknown_version(found.as_deref()),
            ImportError::NoCases => words::NO_CASES.to_string(),
            ImportError::SavedDataUnreadable { reason } => words::saved_data_unreadable(reason),
            ImportError::DamagedCase {
                number,
                label,
                error,
            } => words::damaged_case(*number, label.as_deref(), &error.field, &error.message),
        }
    }

    /// Said of a case left out of an import that brought the others in
    /// ([`Imported::left_out`]).
    pub fn left_out_message(&self) -> String {
        match self {
            ImportError::DamagedCase {
                number,
                label,
                error,
            } => words::case_left_out(*number, label.as_deref(), &error.field, &error.message),
            ImportError::SavedDataUnreadable { reason } => words::saved_case_left_out(reason),
            other => other.message(),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// What a backup file gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Every case that could be read, in the file's order. A case whose
    /// dates or council do not pass the checks is still here, so nothing in
    /// the file is lost; opening it shows what to fix.
    pub cases: Vec<ImportedCase>,
    /// The cases of a backup of several that could not be read at all, as
    /// [`ImportError::DamagedCase`], in the file's order. The others come
    /// in anyway; the file itself is unchanged, so these can be mended and
    /// opened again. (When no case can be read, the import fails instead.)
    pub left_out: Vec<ImportError>,
}

/// One case read from a backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCase {
    /// Its place in a file of several cases (from 1); `None` for a case file.
    pub number: Option<usize>,
    pub case: Case,
    /// What the checks as of the day of reading say of it: `None` when
    /// there is nothing to fix.
    pub problem: Option<CaseError>,
}

/// Reads a backup file, taking every case that can be read: a single case
/// file, a backup of several cases, or this tool's saved data.
pub fn import_what_reads(text: &str, today: NaiveDate) -> Result<Imported, ImportError> {
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
            // One of this tool's files, edited by hand: where it went wrong.
            if text.starts_with('{') && text.contains("\"complaint-navigator.") {
                return Err(ImportError::DamagedJson {
                    line: error.line(),
                    column: error.column(),
                });
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
            read_case(text, None, label_in(&value), today).map(Imported::one)
        }
        // A hand-written case file without its format line: let the case
        // reader explain what is missing.
        None if fields.contains_key("events") => {
            read_case(text, None, label_in(&value), today).map(Imported::one)
        }
        // The saved data itself (the file "Download the saved data" gives,
        // which the page says to open here): its cases, with their names.
        None if fields.contains_key("cases") && fields.contains_key("version") => {
            import_saved_data(text, today)
        }
        _ => Err(ImportError::NotOurFormat),
    }
}

/// Reads a backup file: a single case file or a backup of several cases.
/// Every case must be readable and pass the checks as of `today`, as
/// `navigator assess` would: the first that does not is the error. The
/// page uses [`import_what_reads`], which keeps what it can.
pub fn import(text: &str, today: NaiveDate) -> Result<Vec<Case>, ImportError> {
    let imported = import_what_reads(text, today)?;
    if let Some(error) = imported.left_out.into_iter().next() {
        return Err(error);
    }
    imported
        .cases
        .into_iter()
        .map(|read| match read.problem {
            None => Ok(read.case),
            Some(error) => Err(ImportError::DamagedCase {
                number: read.number,
                label: read.case.label,
                error,
            }),
        })
        .collect()
}

impl Imported {
    fn one(case: ImportedCase) -> Imported {
        Imported {
            cases: vec![case],
            left_out: Vec::new(),
        }
    }
}

fn import_saved_data(text: &str, today: NaiveDate) -> Result<Imported, ImportError> {
    match load_store(Some(text), today) {
        LoadOutcome::Loaded(store) | LoadOutcome::Migrated(store, _) => {
            let cases: Vec<ImportedCase> = store
                .cases
                .into_iter()
                .enumerate()
                .map(|(index, saved)| ImportedCase {
                    number: Some(index + 1),
                    problem: saved.case.validate(today).err(),
                    case: Case {
                        label: Some(saved.label),
                        ..saved.case
                    },
                })
                .collect();
            let mut left_out: Vec<ImportError> = store
                .unreadable_reasons
                .into_iter()
                .map(|reason| ImportError::SavedDataUnreadable { reason })
                .collect();
            match (cases.is_empty(), left_out.is_empty()) {
                (true, true) => Err(ImportError::NoCases),
                (true, false) => Err(left_out.swap_remove(0)),
                _ => Ok(Imported { cases, left_out }),
            }
        }
        LoadOutcome::Empty => Err(ImportError::Empty),
        LoadOutcome::Unreadable { reason, .. } => Err(ImportError::SavedDataUnreadable { reason }),
    }
}

/// Fields and events this version does not know are kept in the case (see
/// [`Case::from_json_keeping_unknown`]) and name themselves through
/// [`Case::unknown_parts`], so the page can say they were kept.
/// `label`: the case's name as the file gives it, to name the case by if
/// it cannot be read.
fn read_case(
    text: &str,
    number: Option<usize>,
    label: Option<String>,
    today: NaiveDate,
) -> Result<ImportedCase, ImportError> {
    Case::from_json_keeping_what_reads(text, today)
        .map(|(case, problem)| ImportedCase {
            number,
            case,
            problem,
        })
        .map_err(|error| ImportError::DamagedCase {
            number,
            label,
            error,
        })
}

/// The name a case or saved entry in a file gives itself, if any.
fn label_in(value: &Value) -> Option<String> {
    value
        .get("label")
        .and_then(Value::as_str)
        .and_then(clean_label)
}

fn import_backup(fields: &Map<String, Value>, today: NaiveDate) -> Result<Imported, ImportError> {
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
            label: None,
            error: CaseError::new("cases", words::NO_LIST_OF_CASES),
        });
    };
    // Saved cases that could not be read, kept as the store kept them
    // ("Download all saved cases"): tried again, so one mended comes in.
    let kept_unread = fields
        .get(UNREADABLE_CASES)
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    if cases.is_empty() && kept_unread.is_empty() {
        return Err(ImportError::NoCases);
    }
    let mut imported = Imported {
        cases: Vec::new(),
        left_out: Vec::new(),
    };
    let mut take = |read: Result<ImportedCase, ImportError>| match read {
        Ok(case) => imported.cases.push(case),
        Err(error) => imported.left_out.push(error),
    };
    for (index, case) in cases.iter().enumerate() {
        take(read_case(
            &case.to_string(),
            Some(index + 1),
            label_in(case),
            today,
        ));
    }
    for (index, entry) in kept_unread.iter().enumerate() {
        let number = cases.len() + index + 1;
        take(match entry.get("case") {
            Some(case) => {
                let label = label_in(entry).or_else(|| label_in(case));
                read_case(&case.to_string(), Some(number), label.clone(), today).map(|mut read| {
                    if read.case.label.is_none() {
                        read.case.label = label;
                    }
                    read
                })
            }
            None => Err(ImportError::SavedDataUnreadable {
                reason: words::saved_case_not_a_case(number),
            }),
        });
    }
    if imported.cases.is_empty() {
        // Nothing readable: say why the first could not be read.
        return Err(imported.left_out.swap_remove(0));
    }
    Ok(imported)
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}
