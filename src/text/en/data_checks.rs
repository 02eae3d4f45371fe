//! What the data checks say, for whoever edits `data/` (`navigator
//! check-data` and the tests, `core::councils`): each message names the
//! file, line or field at fault (`at`, e.g. "steps[2].time.unit", or
//! "data/councils.csv: line 4: region") and what is wrong with it.

/// "a, b or c"
pub fn or_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// A `problem` (one of the messages here, or a JSON reader's own) in `file`.
pub fn in_file(file: &str, problem: &str) -> String {
    format!("{file}: {problem}")
}

/// A problem with a value at `at`, a field path ("" for the whole file).
fn at(path: &str, problem: &str) -> String {
    if path.is_empty() {
        format!("the file: {problem}")
    } else {
        format!("{path}: {problem}")
    }
}

// ---------------------------------------------------------------------------
// A procedure file's shape: types, required and unknown fields.

pub fn not_valid_json(file: &str, line: usize, column: usize, error: &str) -> String {
    format!("{file}: not valid JSON (line {line}, column {column}): {error}")
}

pub fn empty_text(path: &str) -> String {
    at(path, "must not be empty")
}

pub fn expected_text(path: &str) -> String {
    at(path, "expected text in double quotes")
}

pub fn expected_true_or_false(path: &str) -> String {
    at(path, "expected true or false")
}

pub fn expected_date(path: &str) -> String {
    at(
        path,
        "expected a date written as YYYY-MM-DD, e.g. 2026-11-22",
    )
}

pub fn expected_count(path: &str) -> String {
    at(path, "expected a whole number, 1 or more")
}

/// The value at `path` is not one of `words`.
pub fn expected_one_of(path: &str, words: &[&str]) -> String {
    at(path, &format!("expected {}", or_list(words)))
}

pub fn expected_list(path: &str) -> String {
    at(path, "expected a list in [ ]")
}

pub fn expected_object(path: &str) -> String {
    at(path, "expected an object in { }")
}

/// A field not in the schema; `allowed` are those that are.
pub fn unknown_field(path: &str, allowed: &[&str]) -> String {
    format!("{path}: unknown field (allowed: {})", allowed.join(", "))
}

pub fn missing_field(path: &str) -> String {
    format!("{path}: missing (this field is required)")
}

pub fn null_field(path: &str) -> String {
    format!("{path}: must not be null (this field is required)")
}

// ---------------------------------------------------------------------------
// A procedure file's meaning.

/// Two files use the id `id` (written as the files write it, in quotes).
pub fn id_used_twice(id: &str) -> String {
    format!("procedure id {id:?} is used by two files")
}

/// Two versions of a council's procedure are in force on the same days.
pub fn periods_overlap(older: &str, newer: &str) -> String {
    format!(
        "{older} and {newer} are both in force on some days: set valid_until of the older \
         one to valid_from of the newer one"
    )
}

pub const ID_NOT_A_SLUG: &str = "id: use lower-case letters, digits and single hyphens";

/// The id is not the file name `stem`.
pub fn id_not_file_name(stem: &str, id: &str) -> String {
    format!("id: must be the file name without .json ({stem:?}), found {id:?}")
}

/// The council is named by a code, not its id `id`.
pub fn council_by_code(id: &str) -> String {
    format!("council: use the council id {id:?}, not a code")
}

pub fn unknown_council(council: &str) -> String {
    format!("council: no council with id {council:?} in data/councils.csv")
}

/// `until` is not after `from`.
pub fn valid_until_too_early(
    from: impl std::fmt::Display,
    until: impl std::fmt::Display,
) -> String {
    format!("valid_until: must be after valid_from ({from}), found {until}")
}

pub const PAGE_URL_NOT_WEB: &str = "page_url: expected a web address starting with https://";
pub const LINK_INSTEAD_NEEDED: &str =
    "link_instead: required when page_url_works is false (where should people go?)";
pub const LINK_INSTEAD_NOT_WEB: &str =
    "link_instead: expected a web address starting with https://";

/// The page's `address` is a draft, test or retired site.
pub fn page_not_a_source(address: &str) -> String {
    format!("page_url: {address} is a draft, test or retired site, never a source")
}

/// Contact `index`'s value is not a valid `kind` (an email, a phone, ...).
pub fn contact_not_valid(index: usize, kind: &str, value: &str) -> String {
    format!("contacts[{index}].value: not a valid {kind} ({value:?})")
}

pub const NO_STEPS: &str = "steps: list at least one step the council's page gives a time for";

pub fn step_listed_twice(index: usize, id: &str) -> String {
    format!("steps[{index}].id: {id:?} is listed twice")
}

/// Step `index` (`step`) starts its clock on an event not in `allowed`.
pub fn clock_not_allowed(index: usize, step: &str, allowed: &[&str]) -> String {
    format!(
        "steps[{index}].clock_starts: for {step} expected {}",
        or_list(allowed)
    )
}

/// Step `index`'s extension (`extension`) is not longer than its time (`time`).
pub fn extension_too_short(
    index: usize,
    time: impl std::fmt::Display,
    extension: impl std::fmt::Display,
) -> String {
    format!(
        "steps[{index}].extension: must be the longest time in all, more than time \
         ({time}), found {extension}"
    )
}

pub fn extra_step_listed_twice(index: usize, id: &str) -> String {
    format!("extra_steps[{index}].id: {id:?} is listed twice")
}

pub fn difference_id_not_a_slug(index: usize) -> String {
    format!("differences[{index}].id: use lower-case letters, digits and single hyphens")
}

pub fn difference_listed_twice(index: usize, id: &str) -> String {
    format!("differences[{index}].id: {id:?} is listed twice")
}

/// Difference `index` names a step the file does not list.
pub fn difference_unknown_step(index: usize, step: &str) -> String {
    format!("differences[{index}].step: no step {step:?} in this file's steps")
}

// ---------------------------------------------------------------------------
// A contact file.

pub fn contacts_unknown_council(file: &str, council: &str) -> String {
    format!("{file}: council: {council:?} is not a council id")
}

/// The file should be named after the council's `id`.
pub fn contacts_file_name(file: &str, id: &str) -> String {
    format!("{file}: the file should be named {id}.json")
}

pub fn fact_empty(file: &str, field: &str) -> String {
    format!("{file}: {field}.value: empty; leave the fact out instead")
}

/// The fact's source is not a web address.
pub fn fact_without_source(file: &str, field: &str) -> String {
    format!("{file}: {field}.source: the address of the page it was read from")
}

pub fn fact_not_a_source(file: &str, field: &str, address: &str) -> String {
    format!("{file}: {field}: {address} is a draft, test or retired site, never a source")
}

pub fn timescale_without_source(file: &str, index: usize) -> String {
    format!("{file}: timescales_stated[{index}].source: the address of the page it was read from")
}

/// Every check passed.
pub fn all_passed(procedure_files: usize, contact_files: usize) -> String {
    format!(
        "All data checks passed: {procedure_files} procedure files, {contact_files} contact files."
    )
}

// ---------------------------------------------------------------------------
// The councils' list and its aliases (CSV files). `line` counts from 1,
// the header included.

pub fn quote_not_closed(line: usize) -> String {
    format!("line {line}: a quoted field is not closed")
}

pub fn csv_empty(file: &str) -> String {
    format!("{file}: the file is empty")
}

pub fn csv_missing_column(file: &str, column: &str) -> String {
    format!("{file}: missing column {column}")
}

pub fn csv_field_count(file: &str, line: usize, expected: usize, found: usize) -> String {
    format!("{file}: line {line}: expected {expected} fields, found {found}")
}

pub fn csv_empty_field(file: &str, line: usize, column: &str) -> String {
    format!("{file}: line {line}: {column}: empty")
}

/// The id made from the short name is another council's too.
pub fn csv_id_used_twice(file: &str, line: usize, column: &str, id: &str) -> String {
    format!("{file}: line {line}: {column}: id {id} is used twice")
}

pub fn csv_not_a_gss_code(file: &str, line: usize, column: &str, code: &str) -> String {
    format!("{file}: line {line}: {column}: \"{code}\" is not a code like E06000034")
}

pub fn csv_code_used_twice(file: &str, line: usize, column: &str, code: &str) -> String {
    format!("{file}: line {line}: {column}: {code} is used twice")
}

pub fn csv_not_a_dfe_code(file: &str, line: usize, column: &str) -> String {
    format!("{file}: line {line}: {column}: expected a 3-digit number")
}

pub fn csv_not_a_kind(file: &str, line: usize, column: &str, kinds: &[&str]) -> String {
    format!(
        "{file}: line {line}: {column}: expected one of {}",
        kinds.join(", ")
    )
}

pub fn csv_run_by_status(file: &str, line: usize, column: &str) -> String {
    format!("{file}: line {line}: {column}: expected sourced or unsure when run_by is filled in, empty otherwise")
}

pub fn csv_not_https(file: &str, line: usize, column: &str) -> String {
    format!("{file}: line {line}: {column}: expected an https:// address")
}

pub fn aliases_header(file: &str) -> String {
    format!("{file}: the first line must be \"alias,council\"")
}

pub fn aliases_field_count(file: &str, line: usize) -> String {
    format!("{file}: line {line}: expected 2 fields")
}

pub fn aliases_empty(file: &str, line: usize) -> String {
    format!("{file}: line {line}: alias: empty")
}

pub fn aliases_unknown_council(file: &str, line: usize, id: &str) -> String {
    format!("{file}: line {line}: council: no council with id \"{id}\"")
}

/// `data/council-domains.csv` lists a site for a council without saying why.
pub fn domain_without_reason(council: &str, site: &str) -> String {
    format!("data/council-domains.csv: {council}, {site}: say why this site may be linked for the council (more than a few words)")
}

/// A web address the app would link is not https.
pub fn address_not_https(council: &str, field: &str, address: &str) -> String {
    format!("{council} {field}: {address} does not start with https://; link the secure address")
}

/// A web address is on neither the council's own site nor one listed for it.
pub fn address_not_councils_site(
    council: &str,
    field: &str,
    address: &str,
    home_site: Option<&str>,
) -> String {
    match home_site {
        Some(home) => format!("{council} {field}: {address} is not on the council's own site ({home}); if it should be linked, add the site to data/council-domains.csv with the reason"),
        None => format!("{council} {field}: {address} cannot be checked: the council has no home page in data/councils.csv or its contact file"),
    }
}

/// A phone number not written as a UK number.
pub fn not_a_uk_phone(whose: &str, number: &str) -> String {
    format!("{whose}: phone \"{number}\" is not a UK number written like 0113 222 4405 (optionally followed by \" ext. 1234\")")
}

pub fn not_an_email(council: &str, email: &str) -> String {
    format!("{council}: \"{email}\" is not an email address")
}

/// Two councils give the same complaints email.
pub fn email_shared(email: &str, first: &str, second: &str) -> String {
    format!(
        "{email} is given for both {first} and {second}; a complaints email belongs to one council"
    )
}
