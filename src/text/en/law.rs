//! The law's time limits (and the national guidance's) in words: each
//! deadline's title and note, and how binding it is. The engine's rules,
//! amounts and sources are in `core::assessment::law`.

use chrono::NaiveDate;

use crate::core::case::Event;
use crate::core::dates::long_date;

pub const SET_BY_LAW: &str = "Set by law";

pub const NATIONAL_GUIDANCE: &str = "The usual limit in national guidance, not fixed by law";

pub const OUR_GUIDE: &str = "Our guide, not a fixed legal date";

/// The stage 2 reply counted from the agreed complaint statement: the other
/// reading of a disputed start, shown beside the date to act on.
pub const OTHER_READING: &str =
    "The other reading: if the council counts from the agreed statement";

pub const COMPLAINT_TIME_LIMIT_TITLE: &str = "Making your complaint";

pub const COMPLAINT_TIME_LIMIT_NOTE: &str = "The council can still accept a later complaint if it was not reasonable to complain sooner and the complaint can still be looked at fairly. The Ombudsman says councils must not apply this limit rigidly.";

pub const STAGE1_RESPONSE_TITLE: &str = "The council's stage 1 reply";

pub const STAGE1_RESPONSE_NOTE: &str = "The council can take up to 20 working days if the complaint is complex or an advocate is needed, but it should tell you.";

pub const STAGE1_RESPONSE_EXTENDED_TITLE: &str =
    "The council's stage 1 reply: the law's longest limit";

pub const STAGE1_RESPONSE_EXTENDED_NOTE: &str = "The council has not told you it needs more time, so its reply was due by the usual date (10 working days). This date, 20 working days, is the longest the law ever allows at stage 1, and only if the complaint is complex or an advocate is needed.";

/// Added to the stage 1 reply's longest limit while it is open: once the
/// reply has come, it is no longer advice.
pub const STAGE1_LONGEST_PASSES: &str =
    "If it passes without a reply, you can ask for stage 2 without waiting any longer.";

pub const STAGE2_REQUEST_TITLE: &str = "Asking for stage 2";

pub const STAGE2_REQUEST_NOTE: &str = "This is the usual time limit in the national guidance and councils' procedures, not a fixed rule in the regulations. The council can still accept a later request, especially if you explain why it is late.";

pub const STAGE2_RESPONSE_TITLE: &str = "The council's stage 2 reply";

pub const STAGE2_RESPONSE_NOTE: &str = "We count from the day you asked for stage 2. Many councils count from the day your complaint statement was agreed instead.";

pub const STAGE2_RESPONSE_EXTENDED_TITLE: &str =
    "The council's stage 2 reply: the law's longest limit";

pub const STAGE2_RESPONSE_EXTENDED_NOTE: &str = "The council has not written to say it needs more time, so its reply was due by the usual date (25 working days). This date, 65 working days, is the longest the law ever allows, and the council can take it only if it writes to you explaining why and giving a new date.";

pub const STAGE2_RESPONSE_FROM_STATEMENT_TITLE: &str =
    "The council's stage 2 reply, if counted from the agreed statement";

pub const STAGE2_RESPONSE_FROM_STATEMENT_NOTE: &str = "Many councils count the 25 working days from the day your complaint statement was agreed, which gives a later date. We ask you to act on the date counted from your request, which is earlier; this is the date the council may give you instead.";

pub const STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT_TITLE: &str =
    "The council's stage 2 reply at the latest, if counted from the agreed statement";

pub const STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT_NOTE: &str = "The longest time the law allows, counted from the day your complaint statement was agreed, as many councils do. We ask you to act on the date counted from your request, which is earlier.";

pub const STAGE3_REQUEST_TITLE: &str = "Asking for a review panel (stage 3)";

pub const PANEL_MEETING_TITLE: &str = "The review panel meeting";

pub const PANEL_MEETING_NOTE: &str = "The law gives the council 30 working days from getting your request to hold the panel meeting. We count from the day you asked, because we cannot know when your request arrived: that gives the same date or an earlier one.";

pub const PANEL_REPORT_TITLE: &str = "The review panel's report";

pub const PANEL_REPORT_NOTE: &str =
    "The law says 5 working days, or as soon as reasonably practicable.";

pub const FINAL_RESPONSE_TITLE: &str = "The council's final response";

pub const FINAL_RESPONSE_NOTE: &str = "The law counts from the day the council receives the panel's report; we count from the date you entered for the report.";

pub const OMBUDSMAN_TIME_LIMIT_TITLE: &str = "Going to the Ombudsman: our guide date";

pub const OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM_TITLE: &str =
    "Going to the Ombudsman: the law's time limit";

pub const OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM_NOTE: &str = "This is the law's time limit: 12 months beginning with the day you first knew about the problem. The Ombudsman normally expects the council's procedure to be finished first. If this date has passed, the Ombudsman can still look at your complaint when there is a good reason, such as waiting for the council's procedure to finish: say so when you go. It decides each case itself, so go as soon as you can.";

pub const OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST_TITLE: &str =
    "Going to the Ombudsman: the law's time limit, at the latest";

/// Also said in the Ombudsman section, after the law's date.
pub const OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST_NOTE: &str = "You have not said when you first knew about the problem, but you knew by the day the council received your complaint, so we count the law's 12 months from that day: the law's time limit is this date or earlier. If you knew earlier, enter that day to see the law's own date.";

pub const STAGE1_RESPONSE_WITH_MORE_TIME_TITLE: &str =
    "The council's stage 1 reply, with the extra time";
pub const STAGE1_RESPONSE_WITH_MORE_TIME_NOTE: &str = "The council said it needs more time, so the longer limit applies instead of the usual 10 working days: up to 20 working days, the longest the law allows at stage 1.";

pub const STAGE2_RESPONSE_WITH_MORE_TIME_TITLE: &str =
    "The council's stage 2 reply, with the extra time";
pub const STAGE2_RESPONSE_WITH_MORE_TIME_NOTE: &str = "The council said it needs more time, so the longer limit applies instead of the usual 25 working days: up to 65 working days, the longest the law allows. It should have written to you explaining why and giving a new date: if that date is earlier, hold the council to it.";

pub const STAGE2_RESPONSE_FROM_STATEMENT_WITH_MORE_TIME_TITLE: &str =
    "The council's stage 2 reply with the extra time, if counted from the agreed statement";
pub const STAGE2_RESPONSE_FROM_STATEMENT_WITH_MORE_TIME_NOTE: &str = "The council said it needs more time, so up to 65 working days apply instead of the usual 25. Counted from the day your complaint statement was agreed, as many councils do, this is the later date the council may give you; act on the date counted from your request.";

/// Why the year to complain still counts from when it happened
/// (`happened`), for a family who found out on `noticed`.
pub fn found_out_later(noticed: NaiveDate, happened: NaiveDate) -> String {
    format!(
        "You found out about it on {}, after it happened on {}. The year still counts from when it happened, but the council can accept a later complaint when it was not reasonable for you to complain sooner, and finding out late can be such a reason: say so in your complaint (SI 2006/1738 reg 9).",
        long_date(noticed),
        long_date(happened)
    )
}

/// Why a deadline counts from declining ADR (`start`), with no request entered.
pub fn adr_start_note(start: Event) -> &'static str {
    match start {
        Event::AdrBeforeStage3Declined => "You did not enter the day you asked for a review panel, so we count from the day you said no to informal resolution (ADR): saying no moves your complaint on to stage 3. If you asked for a review panel in writing before that, enter that date: the council's time may run from it.",
        _ => "You did not enter the day you asked for stage 2, so we count from the day you said no to informal resolution (ADR): saying no moves your complaint on to stage 2. If you asked for stage 2 in writing before that, enter that date: the council's time may run from it.",
    }
}

/// The note on our guide date for the Ombudsman, counted from `end`, the
/// event that ended the council's procedure. Written at run time: three
/// copies of one long text cost the first download more.
pub fn ombudsman_guide_note(end: Event) -> String {
    let from = match end {
        Event::Stage2Refused => {
            "the council refused stage 2, because that refusal ended its procedure"
        }
        Event::Stage3Refused => {
            "the council refused a review panel, because that refusal ended its procedure"
        }
        _ => "you received the council's final response, when its procedure ended",
    };
    format!(
        "This date is our guide, not a date fixed by law. {} So, as a guide, we count 12 months beginning with the day {from}. To be safe, go as soon as you can.",
        super::ombudsman::WHY_WE_COUNT_FROM_THE_END
    )
}
