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
use complaint_navigator::core::saved::MAX_IMPORT_BYTES;
use complaint_navigator::text::en::cli as words;

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
    let typed: Vec<&str> = args.iter().map(String::as_str).collect();
    match typed.as_slice() {
        [] | ["--help" | "-h" | "help", ..] => Ok(words::HELP.to_string()),
        ["assess", rest @ ..] => assess_command(rest),
        ["councils"] => councils_command(),
        ["councils", "--coverage"] => Ok(serde_json::to_string_pretty(&councils::coverage())?),
        ["check-data"] => check_data_command("data"),
        ["check-data", dir] => check_data_command(dir),
        ["working-days", "add", date, n] => add_command(date, n),
        ["working-days", "between", from, to] => between_command(from, to),
        _ => Err(Failure(words::unknown_command(&typed.join(" ")))),
    }
}

fn assess_command(args: &[&str]) -> Result<String, Failure> {
    let (path, today) = match args {
        [path] => (*path, today_utc()?),
        [path, "--today", date] | ["--today", date, path] => (*path, read_date("--today", date)?),
        _ => return Err(Failure(words::ASSESS_USAGE.to_string())),
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
        Box::new(
            std::fs::File::open(path)
                .map_err(|error| words::cannot_read(path, &error.to_string()))?,
        )
    };
    let mut bytes = Vec::new();
    source
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| words::cannot_read(path, &error.to_string()))?;
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Failure(words::too_large(path, MAX_IMPORT_BYTES / 1024)));
    }
    String::from_utf8(bytes).map_err(|_| Failure(words::not_utf8(path)))
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
                // What the council's pages gave, each fact with its source.
                if let Some(known) = councils::contacts_for(&council.id) {
                    fields.insert("contacts".to_string(), json!(known));
                }
            }
            entry
        })
        .collect();
    Ok(serde_json::to_string_pretty(&list)?)
}

fn add_command(date: &str, n: &str) -> Result<String, Failure> {
    let start = read_date("DATE", date)?;
    let n: u32 = n.parse().map_err(|_| words::not_a_count(n))?;
    let count = calendar().count_working_days(start, n)?;
    let mut lines = vec![
        complaint_navigator::core::dates::iso(count.due),
        words::working_days_after(start, n, count.due),
    ];
    if !count.holidays_skipped.is_empty() {
        lines.push(words::holidays_skipped(&count.holidays_skipped));
    }
    if !count.predicted_years.is_empty() {
        lines.push(words::predicted_years(&count.predicted_years));
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
        .map_err(|_| words::CLOCK_BEFORE_1970)?
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(seconds / 86_400)))
        .ok_or_else(|| Failure(words::CLOCK_OUT_OF_RANGE.into()))
}
