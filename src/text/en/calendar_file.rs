//! The calendar file's words (`core::ics`): its name, each entry's title
//! (a step, never a person) and description, and the reminder.

use chrono::NaiveDate;

use crate::core::assessment::{Deadline, DeadlineId};
use crate::core::dates::{day_month_year, long_date, working_days};

/// The calendar's name, as calendar apps show it.
pub const CALENDAR_NAME: &str = "Complaint deadlines";

/// An entry's title: "Council's stage 1 reply due". `id` is the deadline's
/// id without "_council"; `promise` when the date is the council's own
/// promise; `title` is used for a deadline added later.
/// The law's 12 months counted from the complaint's receipt, as the family
/// has not said when they first knew.
pub const OMBUDSMAN_AT_THE_LATEST: &str = "Ombudsman: the law's time limit, at the latest";

pub fn summary(id: DeadlineId, promise: bool, title: &str) -> String {
    use DeadlineId::*;
    // A council's version is named as the law's, then said to be a promise.
    let text = match id.law_version() {
        ComplaintTimeLimit => "Usual last day to make your complaint",
        Acknowledgement => "Council's acknowledgement due",
        Stage1Response => "Council's stage 1 reply due",
        Stage1ResponseExtended => "Council's stage 1 reply due at the latest",
        Stage2Request => "Last day to ask for stage 2",
        Stage2Response => "Council's stage 2 reply due",
        Stage2ResponseExtended => "Council's stage 2 reply due at the latest",
        Stage2ResponseFromStatement => {
            "Council's stage 2 reply due (counted from the agreed statement)"
        }
        Stage2ResponseExtendedFromStatement => {
            "Council's stage 2 reply due at the latest (counted from the agreed statement)"
        }
        Stage3Request => "Last day to ask for a review panel (stage 3)",
        PanelAppointed => "Council to choose the review panel",
        PanelMeeting => "Review panel should have met",
        PanelReport => "Review panel's report due",
        FinalResponse => "Council's final response due",
        OmbudsmanTimeLimit => "Ombudsman: our guide date (not the law's time limit)",
        OmbudsmanTimeLimitFromProblem => "Ombudsman: the law's time limit",
        // The corporate procedure's stage 2 acknowledgement: its title
        // names the step.
        Stage2Acknowledgement => return format!("{title} (due)"),
        // law_version never returns a council's version.
        ComplaintTimeLimitCouncil
        | Stage1ResponseCouncil
        | Stage1ResponseExtendedCouncil
        | Stage2RequestCouncil
        | Stage2ResponseCouncil
        | Stage2ResponseExtendedCouncil
        | Stage2ResponseFromStatementCouncil
        | Stage2ResponseExtendedFromStatementCouncil
        | Stage3RequestCouncil
        | PanelMeetingCouncil
        | PanelReportCouncil
        | FinalResponseCouncil => return format!("{title} (due)"),
    };
    // The acknowledgement and the panel's choosing are only ever the
    // council's promises: saying so would add nothing.
    if promise && !matches!(id, Acknowledgement | PanelAppointed) {
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
    format!("{summary}: {}", long_date(due))
}

/// The entry for the law's longest time, before it is a deadline on the
/// page: its date and the next step that gives it.
pub fn longest_description(due: NaiveDate, step: &str) -> String {
    format!("Due {} at the latest.\n{step}", long_date(due))
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
