//! Prepares data for the first screen at build time, so it downloads and
//! parses less:
//! - two facts the page footer shows: the last year of published bank
//!   holidays, and the latest date a council's page was checked
//!   (`core::councils` tests that they match the parsed data);
//! - a copy of data/councils.csv without its `notes` column, which is for
//!   maintainers and never shown;
//! - the lists of procedure and contact files, so adding a council's file
//!   to data/procedures/ or data/contacts/ is all it takes;
//! - one file of every council's procedures and contacts, which the split
//!   web build fetches alongside the engine instead of holding it in the
//!   engine's code (`core::councils::held`); scripts/split_wasm.py copies it
//!   into the site.
use std::fs;

// The same rule the app uses for council ids (build scripts cannot call the crate).
#[path = "src/core/councils/id.rs"]
mod council_id_rule;
use council_id_rule::council_id;
// The same CSV reading the app uses.
#[path = "src/core/councils/csv.rs"]
mod csv;

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
    council_files(&out);
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

/// The names of the JSON files in data/DIR, sorted.
fn json_files(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(format!("data/{dir}"))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|file| file.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `const NAME: &[(&str, &str)]`: every JSON file of data/DIR (relative name,
/// contents), sorted by name.
fn file_list(dir: &str, name: &str) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let files = json_files(dir);
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

type CouncilData = (Vec<(String, serde_json::Value)>, Option<serde_json::Value>);

/// Takes a procedure's own wording (its page's words and ours about it) out
/// of it: what a family reads beside the dates, never what counts them.
/// The councils file goes without it, so a result needs less; the app
/// fetches the wording next (`core::councils::wording`).
fn take_wording(procedure: &mut serde_json::Value) -> serde_json::Value {
    let take = |value: &mut serde_json::Value, field: &str| {
        value
            .as_object_mut()
            .and_then(|fields| fields.remove(field))
            .unwrap_or(serde_json::Value::Null)
    };
    let mut each = |list: &str, fields: &[&str]| -> Vec<serde_json::Value> {
        let mut taken = Vec::new();
        for item in procedure[list].as_array_mut().into_iter().flatten() {
            let words = fields.iter().map(|field| take(item, field));
            taken.extend(words);
        }
        taken
    };
    let steps = each("steps", &["description"]);
    let extra_steps = each("extra_steps", &["explanation"]);
    // The council is the part's own; the page's title is never shown.
    take(procedure, "council");
    // A difference from the law is only words: it goes whole.
    serde_json::json!({
        "id": procedure["id"].clone(),
        "page_title": take(procedure, "page_title"),
        "notes": take(procedure, "notes"),
        "steps": steps,
        "extra_steps": extra_steps,
        "differences": take(procedure, "differences"),
    })
}

/// Leaves out every field whose value is null, at every depth.
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            fields.retain(|_, field| !field.is_null());
            fields.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// One compact file of every council's procedures and contacts,
/// `councils-<version>.json`: a list of `{"council", "procedures": [..],
/// "contacts": {..} | null}`, written to
/// `<target>/<triple>/<profile>/council-files/` (where scripts/split_wasm.py
/// finds it), with `council_files.rs` naming the councils and the version:
/// a hash of the data, so a new release renames the file and it can be
/// cached for ever.
fn council_files(out: &str) {
    use std::collections::BTreeMap;
    // Per council: its procedure files (name, contents) and its contacts.
    let mut by_council: BTreeMap<String, CouncilData> = BTreeMap::new();
    for dir in ["procedures", "contacts"] {
        for name in json_files(dir) {
            let source = format!("data/{dir}/{name}");
            // A file that does not parse is left out here; the data checks report it.
            let text = match dir {
                "contacts" => shipped_copy(dir, &source),
                _ => fs::read_to_string(&source).ok(),
            };
            let Some(value) = text.and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            else {
                continue;
            };
            let Some(council) = value
                .get("council")
                .and_then(|c| c.as_str())
                .map(str::to_string)
            else {
                continue;
            };
            let entry = by_council.entry(council).or_default();
            if dir == "procedures" {
                entry.0.push((name, value));
            } else {
                entry.1 = Some(value);
            }
        }
    }
    // Every council has a file, even one we hold nothing for, so the page
    // can ask for any council's without a list of which have one.
    let councils = fs::read_to_string("data/councils.csv").expect("data/councils.csv");
    let records = csv::records(&councils).expect("data/councils.csv: a quote is never closed");
    for record in records.iter().skip(1) {
        if let Some(short_name) = record.get(1) {
            by_council.entry(council_id(short_name)).or_default();
        }
    }
    // Each council whole (for its part alone), and without its page's
    // wording (for the councils file), with that wording apart.
    let mut files = Vec::new();
    let mut without_wording = Vec::new();
    let mut wording = Vec::new();
    for (council, (procedures, contacts)) in &by_council {
        let mut value = serde_json::json!({
            "council": council,
            "procedures": procedures.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
            "contacts": contacts,
        });
        files.push((
            council.clone(),
            serde_json::to_string(&value).expect("a council file"),
        ));
        // Most facts were read on the complaints page: say so once.
        let page = value["contacts"]
            .get("complaints_page")
            .map(|p| p["value"].clone());
        for procedure in value["procedures"].as_array_mut().into_iter().flatten() {
            wording.push(take_wording(procedure));
            if let Some(fields) = procedure.as_object_mut() {
                if page.is_some() && fields.get("page_url") == page.as_ref() {
                    fields.remove("page_url");
                }
            }
        }
        if let Some(contacts) = value["contacts"].as_object_mut() {
            contacts.remove("council");
            for fact in contacts.values_mut().filter_map(|f| f.as_object_mut()) {
                if page.is_some() && fact.get("source") == page.as_ref() {
                    fact.remove("source");
                }
            }
        }
        // A missing field reads as null does.
        drop_nulls(&mut value);
        without_wording.push(serde_json::to_string(&value).expect("a council file"));
    }
    // The layout's own version first: a new layout renames the files too.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in "parts as lists of one, wording apart".bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let wording = serde_json::to_string(&wording).expect("the councils' wording");
    // Every file's text, so a change in how they are cut renames them too.
    let texts = files.iter().flat_map(|(council, text)| [council, text]);
    for text in texts.chain(&without_wording).chain([&wording]) {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let version = format!("{hash:016x}");
    // One file for every council: a file per council would tell the host
    // which council a family chose (the parts below are only for pages
    // whose address named the council already). It goes beside the cargo output, where
    // scripts/split_wasm.py finds it; OUT_DIR is
    // <target>/<triple>/<profile>/build/<package>-<hash>/out. Older versions
    // are left alone (another build may be using them): the hook takes the
    // one whose version the app was built with.
    let folder = std::path::Path::new(out)
        .ancestors()
        .nth(3)
        .expect("OUT_DIR inside the target folder")
        .join("council-files");
    fs::create_dir_all(&folder).expect("create council-files");
    let bundle = format!("[{}]", without_wording.join(","));
    // The wording first: a page that finds the councils file finds it too.
    for (name, text) in [
        (format!("council-words-{version}.json"), &wording),
        (format!("councils-{version}.json"), &bundle),
    ] {
        let partial = folder.join(format!("{name}.{}", std::process::id()));
        fs::write(&partial, text).expect("write the councils file");
        fs::rename(&partial, folder.join(&name)).expect("move the councils file into place");
    }
    // Each council's part alone, `councils-<version>/<id>.json`, for a page
    // whose address already names its council (a widget set to one
    // council): the host learnt that council with the page's own request.
    let parts = folder.join(format!("councils-{version}"));
    if !parts.is_dir() {
        let partial = folder.join(format!("councils-{version}.{}", std::process::id()));
        let _ = fs::remove_dir_all(&partial);
        fs::create_dir_all(&partial).expect("create the councils' parts folder");
        for (council, text) in &files {
            // A list of one, read as the councils file is.
            fs::write(partial.join(format!("{council}.json")), format!("[{text}]"))
                .expect("write a council's part");
        }
        // Another build may have put the same parts in place meanwhile.
        if fs::rename(&partial, &parts).is_err() {
            let _ = fs::remove_dir_all(&partial);
        }
    }
    fs::write(format!("{out}/councils.json"), &bundle)
        .expect("copy the councils file for the tests");
    fs::write(format!("{out}/council-words.json"), &wording)
        .expect("copy the councils' wording for the tests");
    let ids: Vec<String> = files.iter().map(|(c, _)| format!("{c:?}")).collect();
    fs::write(
        format!("{out}/council_files.rs"),
        format!(
            "/// A hash of every council file, part of each one's name.\n\
             pub const COUNCIL_DATA_VERSION: &str = \"{version}\";\n\
             /// Every council in the councils file, by id (sorted).\n\
             #[allow(dead_code)]\n\
             pub const COUNCIL_IDS: &[&str] = &[{}];\n\
             /// This build's councils file (for the native tests).\n\
             #[allow(dead_code)]\n\
             pub const COUNCILS_FILE_BUILT: &str = {:?};\n\
             /// This build's councils' wording (for the native tests).\n\
             #[allow(dead_code)]\n\
             pub const COUNCIL_WORDS_BUILT: &str = {:?};\n\
             /// The folder of this build's councils' parts (for the native tests).\n\
             #[allow(dead_code)]\n\
             pub const COUNCIL_PARTS_BUILT: &str = {:?};\n",
            ids.join(", "),
            format!("{out}/councils.json"),
            format!("{out}/council-words.json"),
            parts.display().to_string()
        ),
    )
    .expect("write council_files.rs");
    // The split web build fetches the councils file instead of holding it.
    println!("cargo:rustc-check-cfg=cfg(council_files_fetched)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-cfg=council_files_fetched");
    }
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
