//! The council's corporate procedure, judged against the Ombudsman's
//! Complaint Handling Code: its deadlines' titles and notes, headline,
//! timeline, next steps, Ombudsman and warnings.

use chrono::NaiveDate;

use super::deadline_words::lateness;
use super::ombudsman::{time_limit, Limits};
use crate::core::assessment::Deadline;
use crate::core::dates::{day_month_year, long_date};

/// How binding the Code's dates are, for their label.
pub const CODE_LABEL: &str = "The Ombudsman's expected standard (guidance, not law)";

pub const ACKNOWLEDGEMENT_TITLE: &str = "The council acknowledging your complaint";
pub const STAGE1_REPLY_TITLE: &str = "The council's stage 1 reply";
pub const STAGE1_REPLY_EXTENDED_TITLE: &str = "The council's stage 1 reply, with the extra time";
pub const STAGE2_ACKNOWLEDGEMENT_TITLE: &str = "The council acknowledging your stage 2 request";
pub const STAGE2_REPLY_TITLE: &str = "The council's stage 2 reply";

/// How binding the stage 2 dates are: reported, not read in the Code.
pub const UNVERIFIED_LABEL: &str =
    "As councils and guides report the Ombudsman's Code: not checked in the Code's own text (guidance, not law)";
pub const STAGE2_CITATION: &str = "Local Government and Social Care Ombudsman, Complaint Handling Code, stage 2, as councils and guides report it (not checked in the Code's own text)";

pub fn stage2_acknowledgement_note(before_code_from: Option<NaiveDate>) -> String {
    format!(
        "Councils and advice guides say the Code expects a stage 2 request to be acknowledged within 5 working days. We could not check this in the Code's own words, so treat it as a guide.{}",
        before_code(before_code_from)
    )
}

pub fn stage2_reply_note(acknowledged: bool, before_code_from: Option<NaiveDate>) -> String {
    let why = if acknowledged {
        "Councils and advice guides say the Code expects the final reply within 20 working days of the stage 2 acknowledgement."
    } else {
        "Councils and advice guides say the Code expects the final reply within 20 working days of the stage 2 acknowledgement. You have not entered one, so we count from the day it was due: 25 working days from your request in all."
    };
    format!(
        "{why} We could not check this in the Code's own words, so treat it as a guide, and ask the council by when it will reply.{}",
        before_code(before_code_from)
    )
}

pub fn headline_stage2_overdue(reply: &Deadline) -> String {
    format!(
        "{NAME}, stage 2: the council's final reply is {} by the times councils report for the Ombudsman's Code: it was expected by {}. You can ask it when it will reply, and go to the Ombudsman if it will not.",
        lateness(reply.working_days_late),
        long_date(reply.due)
    )
}

pub fn headline_stage2_expected(reply: &Deadline) -> String {
    format!(
        "{NAME}, stage 2: the council's final reply is expected by {}, by the times councils report for the Ombudsman's Code (a guide, not a legal time limit).",
        long_date(reply.due)
    )
}

pub fn step_chase_stage2(expected: NaiveDate) -> String {
    format!(
        "Write to the council: its stage 2 reply was expected by {}. Ask when it will reply. If it does not, you can go to the Ombudsman.",
        long_date(expected)
    )
}

pub fn step_wait_stage2(expected: NaiveDate) -> String {
    format!(
        "Wait for the council's stage 2 reply: it is expected by {}.",
        long_date(expected)
    )
}

/// The complaint reached the council before `code_from`, when councils say
/// the Ombudsman began applying the Code: said after each note.
/// The headline's caveat for a complaint that came before the Code applied.
pub fn headline_before_code(code_from: Option<NaiveDate>) -> String {
    match code_from {
        Some(from) => format!(" Your complaint reached the council before {}, when councils say the Ombudsman began applying its Code, so this date is only a guide: check the times in the council's own procedure.", day_month_year(from)),
        None => String::new(),
    }
}

fn before_code(code_from: Option<NaiveDate>) -> String {
    match code_from {
        Some(from) => format!(" Your complaint reached the council before {}, when councils say the Ombudsman began applying this Code to corporate complaints: the council's own corporate procedure set the times then, so this date is only a guide.", day_month_year(from)),
        None => String::new(),
    }
}

/// The acknowledgement's note; `before_code` is the day the Code began
/// applying, when the complaint came before it.
pub fn acknowledgement_note(before_code_from: Option<NaiveDate>) -> String {
    format!(
        "The Code expects a council to acknowledge a complaint within 5 working days of receiving it.{}",
        before_code(before_code_from)
    )
}

/// The stage 1 reply's note: `acknowledged` when the acknowledgement's
/// date is entered, `extended` when the council said it needs more time.
pub fn stage1_reply_note(
    acknowledged: bool,
    extended: bool,
    before_code_from: Option<NaiveDate>,
) -> String {
    let why = if acknowledged {
        "The Code expects a full reply within 10 working days of the acknowledgement."
    } else {
        "The Code expects a full reply within 10 working days of the acknowledgement. You have not entered one, so we count from the day it was due: 15 working days from receipt in all."
    };
    let era = before_code(before_code_from);
    if extended {
        format!("{why} The council said it needs more time: the Code allows no more than 10 working days more without good reason, and the council should explain why and give the Ombudsman's details.{era}")
    } else {
        format!("{why}{era}")
    }
}

pub const NAME: &str = "Corporate procedure";

pub fn headline_not_started() -> String {
    format!("{NAME}: send your complaint to the council in writing, then enter the day it reached the council.")
}

pub fn headline_reply_overdue(reply: &Deadline) -> String {
    format!(
        "{NAME}, stage 1: the council's reply is {} by the Ombudsman's standard: it was expected by {}. You can ask for stage 2 now.",
        lateness(reply.working_days_late),
        long_date(reply.due)
    )
}

pub fn headline_reply_due_today(reply: &Deadline) -> String {
    format!(
        "{NAME}, stage 1: the council's reply is expected today, {}, by the Ombudsman's standard.",
        long_date(reply.due)
    )
}

pub fn headline_reply_expected(reply: &Deadline) -> String {
    format!(
        "{NAME}, stage 1: the council's reply is expected by {}, by the Ombudsman's standard (guidance, not a legal time limit).",
        long_date(reply.due)
    )
}

pub fn headline_replied() -> String {
    format!("{NAME}, stage 1: the council has replied. If you are not happy, ask for stage 2 in writing.")
}

pub fn headline_stage2() -> String {
    format!("{NAME}, stage 2: we could not check the Ombudsman's times for stage 2, so ask the council in writing by when it will reply.")
}

/// The timeline's stage 2 row after a refusal on `refused`.
pub fn stage2_refused(refused: NaiveDate) -> String {
    format!(
        "The council refused to start stage 2 on {}, which ended its procedure.",
        long_date(refused)
    )
}

/// Stage 2 refused on `refused`, and no reply since.
pub fn headline_refused(refused: NaiveDate) -> String {
    format!(
        "{NAME}, stage 2: on {} the council refused to start stage 2. That ends its own procedure, so if you are still not happy you can go to the Ombudsman now.",
        long_date(refused)
    )
}

pub const STAGE1_TITLE: &str = "Stage 1: the council's reply";
pub const STAGE2_TITLE: &str = "Stage 2: a review by a more senior officer";
pub const OMBUDSMAN_TITLE: &str = "The Ombudsman";

pub fn stage1_starts() -> String {
    "Starts when the council receives your complaint.".to_string()
}

pub fn reply_received(on: NaiveDate) -> String {
    format!("Reply received on {}.", long_date(on))
}

pub fn reply_expected(by: NaiveDate) -> String {
    format!("Reply expected by {}.", long_date(by))
}

pub fn no_reply_before_stage2(asked: NaiveDate) -> String {
    format!(
        "No reply came in time; you asked for stage 2 on {}.",
        long_date(asked)
    )
}

pub fn waiting_for_reply() -> String {
    "Waiting for the council's reply.".to_string()
}

pub fn final_reply_received() -> String {
    "Final reply received.".to_string()
}

pub fn stage2_ask_when() -> String {
    "Ask the council by when it will reply.".to_string()
}

pub fn stage2_if_unhappy() -> String {
    "If you are not happy with the stage 1 reply, ask for stage 2 in writing.".to_string()
}

pub fn step_make_complaint() -> String {
    "Send your complaint to the council in writing and keep a copy. Then enter the day it reached the council.".to_string()
}

pub fn step_chase(expected: NaiveDate) -> String {
    format!(
        "Write to the council: its reply was expected by {} under the Ombudsman's Complaint Handling Code. Ask for it, or ask for stage 2.",
        long_date(expected)
    )
}

pub fn step_wait(expected: NaiveDate) -> String {
    format!(
        "Wait for the council's reply: it is expected by {}.",
        long_date(expected)
    )
}

pub fn step_ask_stage2() -> String {
    "If you are not happy with the reply, ask for stage 2 in writing. Ask the council how long you have to ask, and by when it will reply.".to_string()
}

pub fn step_ask_when() -> String {
    "Ask the council in writing by when it will send its stage 2 reply.".to_string()
}

pub fn step_check_route() -> String {
    "If your complaint is about help or services for a child, it may belong in the statutory children's procedure, with time limits set by law: ask the council in writing which procedure it is using and why.".to_string()
}

pub const OMBUDSMAN_NOT_YET: &str = "The Ombudsman normally expects you to finish the council's corporate procedure first. It may step in earlier if the council delays a lot.";

/// Stage 2 refused on `refused`: the procedure ended there.
pub fn ombudsman_after_refusal(refused: NaiveDate, limits: Limits) -> String {
    format!(
        "On {}, the council refused to start stage 2. That ends its own procedure, so the Ombudsman may look at your complaint now, without waiting. {}",
        long_date(refused),
        time_limit(limits)
    )
}

pub fn warning_guidance() -> String {
    "These dates come from the Ombudsman's Complaint Handling Code, which is guidance for councils, not law. Your council's own corporate procedure may give other times: check its page.".to_string()
}

pub fn warning_stage2_unverified() -> String {
    "The stage 2 dates are the times councils and advice guides report for the Ombudsman's Code; we could not check them in the Code's own words. Treat them as a guide, and ask the council by when it will reply.".to_string()
}
