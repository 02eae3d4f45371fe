//! `navigator`: the command-line twin of the engine, for checking dates,
//! scripting and golden tests. Native only; std only.
//!
//! This file is "the edge": it is the only place that reads the clock. When
//! `--today` is not given, today is the current date in UTC, worked out from
//! `std::time::SystemTime` (chrono is built without its clock feature). England
//! is on UTC in winter and UTC+1 in summer, so between midnight and 1am in
//! summer this is still yesterday: pass `--today` when that matters.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};

use complaint_navigator::core::assessment::assess;
use complaint_navigator::core::calendar::calendar;
use complaint_navigator::core::case::{parse_iso_date, Case};
use complaint_navigator::core::councils;
use complaint_navigator::core::dates::{day_month_year, long_date, working_days};
use complaint_navigator::core::saved::MAX_IMPORT_BYTES;

const HELP: &str = "\
navigator: deadlines for children's social care complaints in England

USAGE:
    navigator assess CASE.json [--today YYYY-MM-DD]
        Prints the assessment of a case file as JSON. Use - to read the case from standard input.
    navigator councils
        Prints every council as JSON (id, name, GSS code, procedures held, ...).
    navigator check-data [DIR]
        Checks every procedure and contact file in DIR (default: data) and names the file and field at fault.
    navigator working-days add DATE N
        Prints the Nth working day after DATE (day 0), then how it was counted.
    navigator working-days between FROM TO
        Prints the number of working days after FROM up to and including TO (negative if TO is earlier).
    navigator --help

Without --today, today is the current date in UTC (from the system clock).
Exit status: 0 on success, 2 when the input or the command is wrong.";

/// Why the command failed, in plain English.
struct Failure(String);

impl<T: std::fmt::Display> From<T> for Failure {
    fn from(message: T) -> Self {
        Failure(message.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("navigator: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, Failure> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["--help" | "-h" | "help", ..] => Ok(HELP.to_string()),
        ["assess", rest @ ..] => assess_command(rest),
        ["councils"] => councils_command(),
        ["check-data"] => check_data_command("data"),
        ["check-data", dir] => check_data_command(dir),
        ["working-days", "add", date, n] => add_command(date, n),
        ["working-days", "between", from, to] => between_command(from, to),
        _ => Err(Failure(format!(
            "I don't understand \"{}\". Run navigator --help to see the commands.",
            words.join(" ")
        ))),
    }
}

fn assess_command(args: &[&str]) -> Result<String, Failure> {
    let (path, today) = match args {
        [path] => (*path, today_utc()?),
        [path, "--today", date] | ["--today", date, path] => (*path, read_date("--today", date)?),
        _ => {
            return Err(Failure(
                "usage: navigator assess CASE.json [--today YYYY-MM-DD]".to_string(),
            ))
        }
    };
    let text = read_limited(path)?;
    // A byte-order mark, as some Windows editors write, is not part of the case.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let case = Case::from_json(text, today).map_err(|error| format!("{path}: {error}"))?;
    let assessment = assess(&case, today).map_err(|error| format!("{path}: {error}"))?;
    Ok(serde_json::to_string_pretty(&assessment)?)
}

/// Reads a case file of at most [`MAX_IMPORT_BYTES`] (as the app's import),
/// so `/dev/zero` or a huge file gets a message instead of a hang.
fn read_limited(path: &str) -> Result<String, Failure> {
    use std::io::Read;
    let source: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|error| format!("cannot read {path}: {error}"))?)
    };
    let mut bytes = Vec::new();
    source
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read {path}: {error}"))?;
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Failure(format!(
            "{path}: the file is larger than {} KB, too large for a case file: check you chose the right file",
            MAX_IMPORT_BYTES / 1024
        )));
    }
    String::from_utf8(bytes).map_err(|_| {
        Failure(format!(
            "{path}: the file is not UTF-8 text, so it is not a case file"
        ))
    })
}

/// Runs every data check over a data folder on disk, for whoever edits it.
fn check_data_command(dir: &str) -> Result<String, Failure> {
    councils::check_data_folder(std::path::Path::new(dir))
        .map_err(|problems| Failure(problems.join("\n")))
}

fn councils_command() -> Result<String, Failure> {
    let list: Vec<Value> = councils::all()
        .iter()
        .map(|council| {
            let mut entry = serde_json::to_value(council).unwrap_or(Value::Null);
            let procedures: Vec<&str> = councils::procedures_for(&council.id)
                .iter()
                .map(|p| p.id.as_str())
                .collect();
            if let Value::Object(fields) = &mut entry {
                fields.insert("procedures".to_string(), json!(procedures));
            }
            entry
        })
        .collect();
    Ok(serde_json::to_string_pretty(&list)?)
}

fn add_command(date: &str, n: &str) -> Result<String, Failure> {
    let start = read_date("DATE", date)?;
    let n: u32 = n
        .parse()
        .map_err(|_| format!("N: \"{n}\" is not a whole number of working days, like 10"))?;
    let count = calendar().count_working_days(start, n)?;
    let mut lines = vec![
        complaint_navigator::core::dates::iso(count.due),
        format!(
            "Day 0 is {}; {} after it is {}.",
            long_date(start),
            working_days(i64::from(n)),
            long_date(count.due)
        ),
    ];
    if !count.holidays_skipped.is_empty() {
        let names: Vec<String> = count
            .holidays_skipped
            .iter()
            .map(|h| format!("{} ({})", h.name, day_month_year(h.date)))
            .collect();
        lines.push(format!("Bank holidays skipped: {}.", names.join(", ")));
    }
    if !count.predicted_years.is_empty() {
        let years: Vec<String> = count.predicted_years.iter().map(i32::to_string).collect();
        lines.push(format!(
            "Assumes the usual bank holidays for {}; check nearer the time.",
            years.join(", ")
        ));
    }
    Ok(lines.join("\n"))
}

fn between_command(from: &str, to: &str) -> Result<String, Failure> {
    let from = read_date("FROM", from)?;
    let to = read_date("TO", to)?;
    Ok(calendar().working_days_between(from, to)?.to_string())
}

fn read_date(what: &str, text: &str) -> Result<NaiveDate, Failure> {
    parse_iso_date(text).map_err(|message| Failure(format!("{what}: {message}")))
}

/// Today's date in UTC from the system clock (see the module comment).
fn today_utc() -> Result<NaiveDate, Failure> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| "the system clock is set before 1970: pass --today YYYY-MM-DD")?
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(seconds / 86_400)))
        .ok_or_else(|| Failure("the system clock is out of range: pass --today YYYY-MM-DD".into()))
}
