//! Prepares data for the first screen at build time, so it downloads and
//! parses less:
//! - two facts the page footer shows: the last year of published bank
//!   holidays, and the latest date a council's page was checked
//!   (`core::councils` tests that they match the parsed data);
//! - a copy of data/councils.csv without its `notes` column, which is for
//!   maintainers and never shown;
//! - the lists of procedure and contact files, so adding a council's file
//!   to data/procedures/ or data/contacts/ is all it takes.
use std::fs;

fn main() {
    println!("cargo:rerun-if-changed=data/bank-holidays-england-and-wales.csv");
    println!("cargo:rerun-if-changed=data/procedures");
    let holidays = fs::read_to_string("data/bank-holidays-england-and-wales.csv")
        .expect("data/bank-holidays-england-and-wales.csv");
    let last_year = holidays
        .lines()
        .filter_map(|line| line.get(..4)?.parse::<u32>().ok())
        .max()
        .expect("bank holidays with years");
    let mut last_checked = String::new();
    for entry in fs::read_dir("data/procedures").expect("data/procedures") {
        let path = entry.expect("a procedure file").path();
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a readable procedure file");
        // The value of "checked" is an ISO date, so text order is date order.
        if let Some(rest) = text.split("\"checked\"").nth(1) {
            let date: String = rest
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take(10)
                .collect();
            if date > last_checked {
                last_checked = date;
            }
        }
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    println!("cargo:rerun-if-changed=data/contacts");
    for (dir, name) in [
        ("procedures", "PROCEDURE_FILES"),
        ("contacts", "CONTACT_FILES"),
    ] {
        fs::write(format!("{out}/{dir}_files.rs"), file_list(dir, name))
            .expect("write the file list");
    }
    println!("cargo:rerun-if-changed=data/councils.csv");
    let councils = fs::read_to_string("data/councils.csv").expect("data/councils.csv");
    fs::write(
        format!("{out}/councils.csv"),
        without_last_column(&councils, "notes"),
    )
    .expect("write councils.csv");
    fs::write(
        format!("{out}/data_facts.rs"),
        format!(
            "/// The last year GOV.UK has published bank holidays for.\n\
             pub const LAST_PUBLISHED_HOLIDAY_YEAR: i32 = {last_year};\n\
             /// The latest date a council's complaints page was checked (ISO).\n\
             pub const PROCEDURES_LAST_CHECKED: &str = \"{last_checked}\";\n"
        ),
    )
    .expect("write data_facts.rs");
}

/// `const NAME: &[(&str, &str)]`: every JSON file of data/DIR (relative name,
/// contents), sorted by name.
fn file_list(dir: &str, name: &str) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let mut files: Vec<String> = fs::read_dir(format!("data/{dir}"))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|file| file.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = format!("/// Every file in data/{dir}/ (made by build.rs).\npub const {name}: &[(&str, &str)] = &[\n");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for file in files {
        println!("cargo:rerun-if-changed=data/{dir}/{file}");
        let source = format!("{root}/data/{dir}/{file}");
        let path = match shipped_copy(dir, &source) {
            Some(text) => {
                let _ = fs::create_dir_all(format!("{out}/{dir}"));
                let copy = format!("{out}/{dir}/{file}");
                fs::write(&copy, text).expect("write a trimmed data file");
                copy
            }
            None => source,
        };
        code.push_str(&format!(
            "    (\"data/{dir}/{file}\", include_str!({path:?})),\n"
        ));
    }
    code.push_str("];\n");
    code
}

/// A contact file as the app ships it: without the maintainers' `notes`
/// and `timescales_stated` (never shown; about three quarters of the
/// files' size), compact. `None` keeps the file as it is (other folders,
/// or a file that does not parse, which the data checks then report).
fn shipped_copy(dir: &str, source: &str) -> Option<String> {
    if dir != "contacts" {
        return None;
    }
    let mut value: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(source).ok()?).ok()?;
    let fields = value.as_object_mut()?;
    fields.remove("notes");
    fields.remove("timescales_stated");
    serde_json::to_string(&value).ok()
}

/// Drops the last column of a CSV file if its header is `name` (the file is
/// returned unchanged otherwise). Quoted fields may hold commas and line
/// breaks, so records are found by walking the quotes, not by lines.
fn without_last_column(csv: &str, name: &str) -> String {
    let header = csv.lines().next().unwrap_or("");
    if !header.trim_end().ends_with(&format!(",{name}")) {
        return csv.to_string();
    }
    let mut out = String::with_capacity(csv.len());
    let mut record = String::new();
    let mut in_quotes = false;
    let mut last_comma = None;
    for c in csv.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => last_comma = Some(record.len()),
            '\n' if !in_quotes => {
                out.push_str(last_comma.map_or(record.as_str(), |at| &record[..at]));
                out.push('\n');
                record.clear();
                last_comma = None;
                continue;
            }
            _ => {}
        }
        record.push(c);
    }
    if !record.trim().is_empty() {
        out.push_str(last_comma.map_or(record.as_str(), |at| &record[..at]));
        out.push('\n');
    }
    out
}
