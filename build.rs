//! Reads two facts the page footer shows from the data files at build time,
//! so the first screen does not have to parse the data to show them: the last
//! year of published bank holidays, and the latest date a council's page was
//! checked. `core::councils` tests that they match the parsed data.
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
