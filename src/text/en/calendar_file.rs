//! The calendar file's words (`core::ics`): its name, each entry's title
//! (a step, never a person) and description, and the reminder.

use chrono::NaiveDate;

use crate::core::assessment::Deadline;
use crate::core::dates::{day_month_year, long_date, working_days};

/// The calendar's name, as calendar apps show it.
pub const CALENDAR_NAME: &str = "Complaint deadlines";

/// An entry's title: "Council's stage 1 reply due". `id` is the deadline's
/// id without "_council"; `promise` when the date is the council's own
/// promise; `title` is used for a deadline added later.
pub fn summary(id: &str, promise: bool, title: &str) -> String {
    let text = match id {
        "complaint_time_limit" => "Usual last day to make your complaint",
        "acknowledgement" => "Council's acknowledgement due",
        "stage1_response" => "Council's stage 1 reply due",
        "stage1_response_extended" => "Council's stage 1 reply due at the latest",
        "stage2_request" => "Last day to ask for stage 2",
        "stage2_response" => "Council's stage 2 reply due",
        "stage2_response_extended" => "Council's stage 2 reply due at the latest",
        "stage2_response_from_statement" => {
            "Council's stage 2 reply due (counted from the agreed statement)"
        }
        "stage2_response_extended_from_statement" => {
            "Council's stage 2 reply due at the latest (counted from the agreed statement)"
        }
        "stage3_request" => "Last day to ask for a review panel (stage 3)",
        "panel_appointed" => "Council to choose the review panel",
        "panel_meeting" => "Review panel should have met",
        "panel_report" => "Review panel's report due",
        "final_response" => "Council's final response due",
        "ombudsman_time_limit" => "Ombudsman: aim to go by this date",
        "ombudsman_time_limit_from_problem" => "Ombudsman: 12 months since you noticed the problem",
        // A deadline added later: its title names a step, not a person.
        _ => return format!("{title} (due)"),
    };
    // The acknowledgement and the panel's choosing are only ever the
    // council's promises: saying so would add nothing.
    if promise && !matches!(id, "acknowledgement" | "panel_appointed") {
        format!("{text} (council's own promise)")
    } else {
        text.to_string()
    }
}

/// An entry's title after the family's own name for the case, when they
/// ask for it: "Family A: Council's stage 1 reply due".
pub fn labelled(label: &str, summary: &str) -> String {
    format!("{label}: {summary}")
}

/// What the reminder says.
pub fn reminder(summary: &str, due: NaiveDate) -> String {
    format!("{summary}: {}", day_month_year(due))
}

/// An entry's description: when it is due, how late it was on `stamp` (the
/// day the file is made) when `late` working days, how we counted, the
/// rule, any note, and that this is guidance.
pub fn description(deadline: &Deadline, late: Option<i32>, stamp: NaiveDate) -> String {
    let mut text = format!("Due {}.", long_date(deadline.due));
    if let Some(late) = late {
        text.push_str(&format!(
            " On {} it was {} late.",
            day_month_year(stamp),
            working_days(i64::from(late))
        ));
    }
    text.push_str(&format!(
        "\nHow we counted: {}",
        deadline.counting.explanation
    ));
    if !deadline.counting.holidays_skipped.is_empty() {
        let names: Vec<String> = deadline
            .counting
            .holidays_skipped
            .iter()
            .map(|h| format!("{} ({})", h.name, day_month_year(h.date)))
            .collect();
        text.push_str(&format!(" Bank holidays skipped: {}.", names.join(", ")));
    }
    text.push_str(&format!("\nRule: {}", deadline.source.citation));
    if let Some(url) = &deadline.source.url {
        text.push_str(&format!(" ({url})"));
    }
    text.push('.');
    if let Some(note) = &deadline.note {
        text.push_str(&format!("\n{note}"));
    }
    text.push_str(&format!(
        "\nWorked out by Complaint Navigator on {}. This is guidance, not legal advice: check the dates in the council's letters.",
        day_month_year(stamp)
    ));
    text
}
