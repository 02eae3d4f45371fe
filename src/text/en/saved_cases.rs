//! What the page says about keeping cases (`core::saved`): importing a
//! backup file, reading the cases kept on this device, the cases' own
//! names, and the parts of a file this version does not use.

use std::fmt::Display;

use crate::core::dates::capitalise;
use crate::core::saved::LetterNameField;

// ---------------------------------------------------------------------------
// Importing a file.

pub const EMPTY_FILE: &str =
    "The file is empty. Choose the file you saved from Complaint Navigator.";

/// The file is `bytes` long, over the limit of 1 MB.
pub fn too_large(bytes: usize) -> String {
    let size = if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    };
    format!("The file is too large ({size}). A Complaint Navigator file is smaller than 8 MB: check you chose the right file.")
}

/// The file chosen is the calendar file.
pub const CALENDAR_FILE: &str = "This is a calendar file (.ics), not a Complaint Navigator backup file. Choose the .json file you downloaded with \"Download all saved cases (backup file)\" or \"Download a backup file of this case\".";
/// The file is not JSON.
pub const NOT_A_BACKUP: &str = "This is not a Complaint Navigator backup file. Choose the .json file you downloaded with \"Download all saved cases (backup file)\" or \"Download a backup file of this case\".";
/// JSON, but neither a case file nor a backup.
pub const NOT_OUR_FORMAT: &str = "This file is not a Complaint Navigator case or backup. Choose the .json file you saved from Complaint Navigator.";

/// A file of this tool's saved data that could not be read (`reason`
/// completes a sentence about the saved cases).
pub fn saved_data_unreadable(reason: &str) -> String {
    format!("This file holds saved data from Complaint Navigator, but it could not be read. {reason} Keep the file: nothing in it has been changed.")
}

pub fn newer_version(version: u64) -> String {
    format!("This file was made by a newer version of Complaint Navigator (file version {version}). Reload the page to get the newest version, then try again.")
}

/// A version that never existed (`found`, as written), or none.
pub fn unknown_version(found: Option<&str>) -> String {
    let found = found.unwrap_or("no version number");
    format!("This file has a version this app does not know ({found}), so it cannot be read.")
}

pub const NO_CASES: &str = "This backup file has no cases in it.";

/// A case in the file cannot be read: `number` is its place in a backup of
/// several (from 1), `None` for a single case file; `field` is where (""
/// for the whole case); `problem` is the case check's own message.
pub fn damaged_case(
    number: Option<usize>,
    label: Option<&str>,
    field: &str,
    problem: &str,
) -> String {
    format!(
        "{} Nothing was imported.",
        case_cannot_be_read(number, label, field, problem)
    )
}

/// One case of a backup of several could not be read; the others came in.
pub fn case_left_out(
    number: Option<usize>,
    label: Option<&str>,
    field: &str,
    problem: &str,
) -> String {
    format!(
        "{} It is left out here. The file itself is unchanged, so it can be mended and opened again.",
        case_cannot_be_read(number, label, field, problem)
    )
}

/// One of this tool's files that is no longer JSON (a hand edit went
/// wrong): where it stops making sense.
pub fn damaged_file(line: usize, column: usize) -> String {
    let at = where_it_stops(line, column);
    format!("This Complaint Navigator file is damaged: it stops making sense at {at}, so nothing was imported. It may have been cut short, or edited by hand: if it was edited, check that part for a missing or extra comma, quote mark or bracket. The file itself is unchanged.")
}

/// One saved case in a file of saved data could not be read (`reason`
/// names it); the others came in.
pub fn saved_case_left_out(reason: &str) -> String {
    format!("{reason} It is left out here. The file itself is unchanged.")
}

fn case_cannot_be_read(
    number: Option<usize>,
    label: Option<&str>,
    field: &str,
    problem: &str,
) -> String {
    let which = match (number, label) {
        (Some(number), Some(label)) => format!("Case {number} in this file (\"{label}\")"),
        (Some(number), None) => format!("Case {number} in this file"),
        (None, Some(label)) => format!("The case in this file (\"{label}\")"),
        (None, None) => "The case in this file".to_string(),
    };
    if field.is_empty() {
        format!("{which} cannot be read: {problem}")
    } else {
        format!(
            "{which} cannot be read. Look at {} in the file. {problem}",
            super::case_checks::field_in_words(field)
        )
    }
}

pub const NO_LIST_OF_CASES: &str = "The list of cases is missing or is not a list.";

// ---------------------------------------------------------------------------
// The cases kept on this device.

/// The store is not JSON: it stops making sense at `line` and `column`
/// (the JSON reader's own words would mean nothing to a family).
pub fn store_damaged(line: usize, column: usize) -> String {
    format!(
        "The saved cases are damaged and cannot be read: they stop making sense at {}.",
        where_it_stops(line, column)
    )
}

/// Where JSON stops making sense: the line only when there is more than one.
fn where_it_stops(line: usize, column: usize) -> String {
    if line <= 1 {
        format!("character {column}")
    } else {
        format!("line {line}, character {column}")
    }
}

pub const STORE_NOT_OURS: &str = "The saved cases are not in a form this app knows.";
pub const STORE_NO_VERSION: &str =
    "The saved cases have no version number, so this app cannot tell how to read them.";

/// Saved by a newer version (`newer`) than the one this version `reads`.
pub fn store_newer(newer: u64, reads: u32) -> String {
    format!("The saved cases were saved by a newer version of Complaint Navigator (store version {newer}); this version can read version {reads} or older. Reload the page to get the newest version.")
}

pub fn store_unknown_version(version: u64) -> String {
    format!("The saved cases have a version this app does not know ({version}).")
}

pub const STORE_NO_LIST: &str = "The saved cases have no list of cases.";
pub const STORE_LIST_NOT_A_LIST: &str = "The list of saved cases is not a list.";

/// A saved case could not be read (`problem` says which and why): it is
/// kept, and the others are listed.
pub fn saved_case_kept_unread(problem: &str) -> String {
    format!("{problem} It is kept as it was in this browser's saved data, and your other saved cases are below. \"Delete everything saved\" is the only thing that removes it.")
}

/// Saved case `number` (from 1) is not an object.
pub fn saved_case_not_a_case(number: usize) -> String {
    format!("Saved case {number} is damaged: it is not a case.")
}

pub fn saved_case_missing(number: usize, label: &str) -> String {
    format!(
        "{} is damaged: its case is missing.",
        saved_case(number, label)
    )
}

/// Saved case `number`, named `label`, cannot be read: `problem`, at
/// `field` of the case ("" for the case as a whole).
pub fn saved_case_damaged(number: usize, label: &str, field: &str, problem: &str) -> String {
    match field {
        "" => format!("{} is damaged: {problem}", saved_case(number, label)),
        field => format!(
            "{} is damaged, in {}. {problem}",
            saved_case(number, label),
            super::case_checks::field_in_words(field)
        ),
    }
}

/// A saved case by its place in the list and, if it has one, its name.
fn saved_case(number: usize, label: &str) -> String {
    match label.trim() {
        "" => format!("Saved case {number}"),
        label => format!("Saved case {number} (\"{label}\")"),
    }
}

/// A saved case's name is not text (`found`, as written): it is given one
/// (found in a walkthrough: it was renamed without a word).
pub fn label_unreadable(number: usize, found: &str) -> String {
    format!("Saved case {number}'s name could not be read ({found}), so it has been given a new one. Rename it if you wish.")
}

/// Names typed for the letters of one saved case could not be read and were
/// left out: the case's `label`, or its `number` when it has none.
pub fn letter_names_dropped(
    label: Option<&str>,
    number: usize,
    dropped: &[LetterNameField],
) -> String {
    let which = match label {
        Some(label) => label.to_string(),
        None => format!("Saved case {number}"),
    };
    let names: Vec<&str> = dropped
        .iter()
        .map(|field| match field {
            LetterNameField::All => "the names typed for the letters",
            LetterNameField::YourName => "the name typed as your name",
            LetterNameField::ChildName => "the name typed for the child or young person",
            LetterNameField::CouncilReference => "the council's reference typed for the letters",
        })
        .collect();
    let listed = match names.as_slice() {
        [] => String::new(),
        [one] => capitalise(one),
        [rest @ .., last] => capitalise(&format!("{} and {last}", rest.join(", "))),
    };
    let left_out = if dropped.len() == 1 {
        "it was"
    } else {
        "they were"
    };
    format!("{which}: {listed} could not be read, so {left_out} left out. The other names and the dates were kept.")
}

// ---------------------------------------------------------------------------
// The cases' names.

/// A case's name when it is given none: "Case 3".
pub fn numbered_case(number: impl Display) -> String {
    format!("Case {number}")
}

/// The name of this page's version of a case that was changed elsewhere
/// meanwhile, kept beside the other version (`label`).
pub fn second_version(label: &str) -> String {
    format!("{label} (second version)")
}

/// A case's name when it has neither a name nor a number.
pub const UNNUMBERED_CASE: &str = "Case";

/// A saved case without a council: the caseload's name for it.
pub const NO_COUNCIL: &str = "Your council";

// ---------------------------------------------------------------------------
// Parts this version does not use (kept, never dropped). `parts` are their
// names, sorted, once each, at least one.

/// "a, b, c, d, e and 3 more": the first five and how many others.
fn listed(parts: &[String]) -> String {
    let shown = &parts[..parts.len().min(5)];
    let more = parts.len() - shown.len();
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// Parts of the cases kept on this device.
pub fn unknown_parts_on_device(parts: &[String]) -> String {
    format!(
        "Your saved cases include parts this version of the tool does not use ({}), perhaps from a newer version. They are kept unchanged and saved back with your cases.",
        listed(parts)
    )
}

/// Parts of the cases in a file being imported.
pub fn file_parts_not_added(parts: &[String]) -> String {
    format!(
        "The file itself also has parts this version of the tool does not use ({}). They belong to the file, not to its cases, so they are not added with them; the file is left as it was.",
        listed(parts)
    )
}

pub fn unknown_parts_in_file(parts: &[String]) -> String {
    format!(
        "The file also has parts this version of the tool does not use ({}), perhaps from a newer version. They are kept with the cases if you save them, and written back in backup files.",
        listed(parts)
    )
}
