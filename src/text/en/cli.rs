//! What `navigator`, the command line, says: its help, its errors and the
//! working-day sums it prints. (`navigator check-data` speaks in
//! `data_checks`.)

use chrono::NaiveDate;

use crate::core::calendar::BankHoliday;
use crate::core::dates::{day_month_year, long_date, working_days};

pub const HELP: &str = "\
navigator: deadlines for children's social care complaints in England

USAGE:
    navigator assess CASE.json [--today YYYY-MM-DD]
        Prints the assessment of a case file as JSON. Use - to read the case from standard input.
    navigator councils
        Prints every council as JSON (id, name, GSS code, procedures held, contacts with their sources, ...).
    navigator councils --coverage
        Prints how many councils have a home page, a complaints page, a phone, an email, a procedure file, ...
    navigator check-data [DIR]
        Checks every procedure and contact file in DIR (default: data) and names the file and field at fault.
    navigator working-days add DATE N
        Prints the Nth working day after DATE (day 0), then how it was counted.
    navigator working-days between FROM TO
        Prints the number of working days after FROM up to and including TO (negative if TO is earlier).
    navigator --help

Without --today, today is the current date in UTC (from the system clock).
Exit status: 0 on success, 2 when the input or the command is wrong.";

/// The words typed are not a command.
pub fn unknown_command(typed: &str) -> String {
    format!("I don't understand \"{typed}\". Run navigator --help to see the commands.")
}

pub const ASSESS_USAGE: &str = "usage: navigator assess CASE.json [--today YYYY-MM-DD]";

/// The file at `path` cannot be opened or read; `error` is the system's reason.
pub fn cannot_read(path: &str, error: &str) -> String {
    format!("cannot read {path}: {error}")
}

/// The file at `path` is over `limit_kb` KB.
pub fn too_large(path: &str, limit_kb: usize) -> String {
    format!("{path}: the file is larger than {limit_kb} KB, too large for a case file: check you chose the right file")
}

pub fn not_utf8(path: &str) -> String {
    format!("{path}: the file is not UTF-8 text, so it is not a case file")
}

/// N, as typed, is not a whole number.
pub fn not_a_count(typed: &str) -> String {
    format!("N: \"{typed}\" is not a whole number of working days, like 10")
}

/// `count` working days after `start` is `due`.
pub fn working_days_after(start: NaiveDate, count: u32, due: NaiveDate) -> String {
    format!(
        "Day 0 is {}; {} after it is {}.",
        long_date(start),
        working_days(i64::from(count)),
        long_date(due)
    )
}

/// The bank holidays the count skipped (at least one).
pub fn holidays_skipped(holidays: &[BankHoliday]) -> String {
    let names: Vec<String> = holidays
        .iter()
        .map(|h| format!("{} ({})", h.name, day_month_year(h.date)))
        .collect();
    format!("Bank holidays skipped: {}.", names.join(", "))
}

/// The count relies on the usual bank holidays of `years` (at least one).
pub fn predicted_years(years: &[i32]) -> String {
    let years: Vec<String> = years.iter().map(i32::to_string).collect();
    format!(
        "Assumes the usual bank holidays for {}; check nearer the time.",
        years.join(", ")
    )
}

pub const CLOCK_BEFORE_1970: &str = "the system clock is set before 1970: pass --today YYYY-MM-DD";
pub const CLOCK_OUT_OF_RANGE: &str = "the system clock is out of range: pass --today YYYY-MM-DD";
