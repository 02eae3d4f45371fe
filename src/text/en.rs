//! English.

pub mod calendar_file;
pub mod case_checks;
pub mod cli;
pub mod corporate;
pub mod council;
pub mod council_data;
pub mod counting;
pub mod data_checks;
pub mod date_input;
pub(crate) mod deadline_words;
pub mod embed_options;
pub mod form_questions;
pub mod headline;
pub mod law;
pub mod letters;
pub mod next_steps;
pub mod ombudsman;
pub mod promises;
pub mod rights;
pub mod route;
pub mod route_question;
pub mod saved_cases;
pub mod timeline;
pub mod ui_embed;
pub mod ui_keep;
pub mod ui_page;
pub mod ui_questions;
pub mod ui_results;
pub mod warnings;
pub mod working_calendar;

use super::Words;
use crate::core::assessment::{
    Deadline, DeadlineStatus, LeftBehind, LeftBehindBy, StepState, TimeUnit,
};
use crate::core::dates::{long_date, working_days};
use crate::core::saved::{CaseloadCounts, OpenDeadline};

/// The first screen's heading, lead and privacy note. `index.html` paints
/// the same words before the app starts (a test keeps them equal).
pub const HEADING: &str = "Check where your complaint stands";
pub const LEAD: &str = "Tell us your council and what has happened so far. We will show your stage, every date the council owes you, your rights and what you can do next.";
/// [`LEAD`] in a widget set up for one council: no council to tell.
pub const LEAD_COUNCIL_SET: &str = "Tell us what has happened so far. We will show your stage, every date the council owes you, your rights and what you can do next.";
pub const PRIVACY_LABEL: &str = "Private: ";
pub const PRIVACY: &str = "everything is worked out on this device. Nothing you type is sent anywhere, and nothing is saved unless you choose to.";

pub static WORDS: Words = Words {
    deadline_status,
    longest_beside_usual_status,
    amount,
    then_after,
    step_state,
    caseload_next,
    caseload_nothing_open: "No open deadlines.",
    caseload_overdue,
    caseload_summary,
};

fn deadline_status(deadline: &Deadline) -> String {
    match deadline.status {
        DeadlineStatus::Upcoming => match (
            deadline.working_days_remaining,
            deadline.calendar_days_remaining,
        ) {
            (Some(n), _) => format!("Upcoming: {} left", working_days(i64::from(n))),
            (None, Some(1)) => "Upcoming: 1 day left".to_string(),
            (None, Some(n)) => format!("Upcoming: {n} days left"),
            (None, None) => "Upcoming".to_string(),
        },
        DeadlineStatus::DueToday => "Due today".to_string(),
        // Calendar-day limits are not counted late in working days.
        DeadlineStatus::Overdue if deadline.counting.unit != TimeUnit::WorkingDays => {
            "This date has passed".to_string()
        }
        DeadlineStatus::Overdue => match deadline.working_days_late {
            Some(n) if n > 0 => format!("Overdue by {}", working_days(i64::from(n))),
            _ => "Overdue".to_string(),
        },
        DeadlineStatus::Met => match deadline.done_on {
            Some(date) => format!("Done on time ({})", long_date(date)),
            None => "Done on time".to_string(),
        },
        DeadlineStatus::Late => match (deadline.done_on, deadline.working_days_late) {
            (Some(date), Some(n)) => format!(
                "Done late ({}, {} late)",
                long_date(date),
                working_days(i64::from(n))
            ),
            _ => "Done late".to_string(),
        },
        DeadlineStatus::NotDone => not_done(deadline),
    }
}

/// A date left behind, never done: what happened instead, when, and how
/// late it was then (it no longer grows).
fn not_done(deadline: &Deadline) -> String {
    let Some(LeftBehind { by, on }) = deadline.left_behind else {
        return "Not done".to_string();
    };
    let (what, late_by) = match by {
        LeftBehindBy::ReplyCame => (
            format!("Not done: the reply came instead, on {}", long_date(on)),
            "after this date",
        ),
        LeftBehindBy::Stage2Began => (
            format!("Not done when stage 2 began on {}", long_date(on)),
            "late by then",
        ),
    };
    match deadline.working_days_late.filter(|n| *n > 0) {
        Some(n) => format!("{what} ({} {late_by})", working_days(i64::from(n))),
        None => what,
    }
}

/// The longest time a reply may take, shown beside the usual time (no
/// extension claimed): a reply after the usual time is late there, and only
/// within this limit here, never "on time" on both rows.
fn longest_beside_usual_status(deadline: &Deadline) -> String {
    match (deadline.status, deadline.done_on) {
        (DeadlineStatus::Met, Some(date)) => {
            format!("Within this longest limit ({})", long_date(date))
        }
        (DeadlineStatus::Met, None) => "Within this longest limit".to_string(),
        _ => deadline_status(deadline),
    }
}

fn amount(amount: u32, unit: TimeUnit) -> String {
    let (one, many) = match unit {
        TimeUnit::WorkingDays => ("working day", "working days"),
        TimeUnit::CalendarDays => ("day", "days"),
        TimeUnit::Months => ("month", "months"),
        TimeUnit::Years => ("year", "years"),
    };
    format!("{amount} {}", if amount == 1 { one } else { many })
}

fn then_after(count: u32, unit: TimeUnit) -> String {
    format!("Then {} after it.", amount(count, unit))
}

fn step_state(state: StepState) -> &'static str {
    match state {
        StepState::Completed => "Done",
        StepState::InProgress => "In progress",
        StepState::Overdue => "Overdue",
        StepState::NotStarted => "Not started",
        StepState::Open => "You can go now",
    }
}

fn caseload_next(next: &OpenDeadline) -> String {
    let when = match next.status {
        DeadlineStatus::Overdue => "overdue",
        DeadlineStatus::DueToday => "due today",
        _ => "upcoming",
    };
    format!("Next: {}, {} ({when}).", next.title, long_date(next.due))
}

fn caseload_overdue(count: usize) -> String {
    format!(" · {count} overdue")
}

/// This week is today and the 6 days after it; overdue deadlines are
/// counted apart, not in the week.
fn caseload_summary(counts: &CaseloadCounts) -> String {
    if counts.cases == 0 {
        return "No saved cases".to_string();
    }
    // Until their councils' procedures come, those cases' dates are unknown:
    // "no deadlines this week" would not be true of them.
    let waiting = match counts.waiting {
        0 => String::new(),
        1 => ", 1 case waiting for its council's procedure".to_string(),
        n => format!(", {n} cases waiting for their council's procedure"),
    };
    if counts.waiting == counts.cases {
        return format!("{} to load", waiting.trim_start_matches(", "));
    }
    let mut text = match counts.this_week {
        0 => "No deadlines this week".to_string(),
        1 => "1 deadline this week".to_string(),
        n => format!("{n} deadlines this week"),
    };
    if counts.overdue > 0 {
        text.push_str(&format!(", {} overdue", counts.overdue));
    }
    match counts.problems {
        0 => {}
        1 => text.push_str(", 1 case to check"),
        n => text.push_str(&format!(", {n} cases to check")),
    }
    text + &waiting
}
