//! The one or two things to do now, each a whole sentence with its dates
//! written out. The engine chooses the steps; this writes them.

use chrono::NaiveDate;

use super::deadline_words::{lateness, ombudsman_due, Owed};
use crate::core::assessment::{
    Deadline, DeadlineId, DeadlineStatus, Stage, OMBUDSMAN_PHONE as PHONE,
};
use crate::core::case::{Event, STAGE1_LONGEST_WORKING_DAYS};
use crate::core::dates::long_date;

/// "stage 2" or "a review panel": what the council refused to start.
fn refused_what(event: Event) -> &'static str {
    match event {
        Event::Stage3Refused => "a review panel",
        _ => "stage 2",
    }
}

/// The council refused a request that came after the usual time.
pub fn ask_why_refused(event: Event) -> String {
    format!(
        "Ask the council in writing why it refused, and whether it thought about your reasons for asking late. If you still want {}, you can ask the Ombudsman to look: call {PHONE} or use its website.",
        refused_what(event)
    )
}

/// The council refused to move the complaint on.
pub fn ask_ombudsman_after_refusal(event: Event) -> String {
    format!(
        "Write back to say you still want {}, and ask the Ombudsman to step in: call {PHONE} or use its website.",
        refused_what(event)
    )
}

/// The law's longest stage 1 time (which ended on `ended`) passed without a reply.
pub fn ask_stage2_now(ended: NaiveDate) -> String {
    format!(
        "You can ask for stage 2 now: {STAGE1_LONGEST_WORKING_DAYS} working days have passed without a reply, the longest the law allows (it ended on {}).",
        long_date(ended)
    )
}

/// The delay is serious enough for the Ombudsman to look early.
pub fn ombudsman_early() -> String {
    format!(
        "You can also ask the Ombudsman to look at the delay now: call {PHONE} or use its website."
    )
}

/// The law's longest stage 1 time ends on `longest`; stage 2 may be asked
/// for from `from`.
pub fn stage2_if_no_reply(longest: NaiveDate, from: NaiveDate) -> String {
    format!(
        "If there is still no reply by {} ({STAGE1_LONGEST_WORKING_DAYS} working days, the longest the law allows), you can ask for stage 2 from {} without waiting any longer.",
        long_date(longest),
        long_date(from)
    )
}

/// The stage 2 reply can never be later than `longest`.
pub fn stage2_longest(longest: NaiveDate) -> String {
    format!(
        "The council can take longer than the usual 25 working days only if it writes to explain why and gives you a new date, and never beyond {} (65 working days).",
        long_date(longest)
    )
}

const SEND: &str = "Send your complaint to the council in writing and keep a copy.";

/// No complaint yet, and the year to complain has passed.
pub fn make_complaint_late() -> String {
    format!("{SEND} It is more than a year since it happened, so say why you did not complain sooner: the council can still accept it.")
}

/// No complaint yet; the usual time limit is `limit`.
pub fn make_complaint_by(limit: NaiveDate) -> String {
    format!("{SEND} The usual time limit is {}.", long_date(limit))
}

/// No complaint yet, and we do not know when it happened.
pub fn make_complaint() -> String {
    format!("{SEND} Then tell us the date the council received it.")
}

/// The acknowledgement promised by `promised` has not come; `council` is
/// the council's name when known.
pub fn check_received(council: Option<&str>, promised: NaiveDate) -> String {
    format!(
        "You have not had an acknowledgement: {} promised one by {}. Contact the council to check it received your complaint, and ask when it will reply.",
        council.unwrap_or("The council"),
        long_date(promised)
    )
}

/// The family's request for the next stage (`stage2_request` or
/// `stage3_request`): before the usual time ends, or after it.
pub fn ask_next_stage(request: &Deadline) -> String {
    let due = long_date(request.due);
    let late = request.status == DeadlineStatus::Overdue;
    match (request.id, late) {
        (DeadlineId::Stage2Request, true) => format!("If you are not happy with the stage 1 reply, you can still ask for stage 2: the usual time ended on {due}. Say why your request is late."),
        (DeadlineId::Stage2Request, false) => format!("If you are not happy with the stage 1 reply, ask for stage 2 in writing. You have until {due}."),
        (_, true) => format!("If you are not happy with the stage 2 reply, you can still ask for a review panel (stage 3): the usual time ended on {due}. Say why your request is late."),
        (_, false) => format!("If you are not happy with the stage 2 reply, ask for a review panel (stage 3) in writing. You have until {due}."),
    }
}

/// Going to the Ombudsman by its time limit: the law's
/// (`ombudsman_time_limit_from_problem`) or our guide's.
pub fn go_to_ombudsman(limit: &Deadline) -> String {
    let due = ombudsman_due(limit);
    match (limit.id, limit.status) {
        (DeadlineId::OmbudsmanTimeLimitFromProblem, DeadlineStatus::Overdue) => format!("If you are still not happy, you can still complain to the Ombudsman: the law's time limit ended on {due}, but it can look at a later complaint if there is a good reason, such as waiting for the council's procedure to finish. Say so when you go: call {PHONE} or use its website."),
        (DeadlineId::OmbudsmanTimeLimitFromProblem, DeadlineStatus::DueToday) => format!("If you are still not happy, complain to the Ombudsman today, {due}, the last day of the law's time limit: use its website, or call {PHONE}."),
        (DeadlineId::OmbudsmanTimeLimitFromProblem, _) => format!("If you are still not happy, complain to the Ombudsman by {due}, the law's time limit: call {PHONE} or use its website."),
        (_, DeadlineStatus::Overdue) => format!("If you are still not happy, you can still complain to the Ombudsman: our guide date ({due}) has passed, but it may look at a later complaint if there is a good reason. Call {PHONE} or use its website."),
        (_, DeadlineStatus::DueToday) => format!("If you are still not happy, complain to the Ombudsman today, {due} (our guide date): use its website, or call {PHONE}."),
        (_, _) => format!("If you are still not happy, complain to the Ombudsman as soon as you can, and aim to go by {due}: call {PHONE} or use its website."),
    }
}

/// Waiting for the council's (or panel's) next step.
pub fn wait(deadline: &Deadline) -> String {
    let due = long_date(deadline.due);
    match Owed::of(deadline) {
        Owed::Stage1Reply => format!("Wait for the council's reply: it is due by {due}."),
        Owed::Stage2Reply => format!("Wait for the council's stage 2 reply: it is due by {due}."),
        Owed::PanelMeeting => format!("The review panel should meet by {due}."),
        Owed::PanelReport => format!("Wait for the panel's report: it is due by {due}."),
        Owed::FinalResponse => {
            format!("Wait for the council's final response: it is due by {due}.")
        }
        Owed::Other => format!("Wait for the next step: it is due by {due}."),
    }
}

/// The council's (or panel's) next step is due today; what to do on the
/// next working day (`next`, when the calendar can count it) if it does not come.
pub fn due_today(deadline: &Deadline, next: Option<NaiveDate>) -> String {
    let due = long_date(deadline.due);
    let next = next.map_or_else(|| "the next working day".to_string(), long_date);
    match Owed::of(deadline) {
        Owed::Stage1Reply => format!("The council's reply is due today, {due}. If nothing arrives, chase the council on {next}."),
        Owed::Stage2Reply => format!("The council's stage 2 reply is due today, {due}. If nothing arrives, chase the council on {next}."),
        Owed::PanelMeeting => format!("The review panel should meet today, {due}. If the panel has not met by today, contact the council on {next}."),
        Owed::PanelReport => format!("The panel's report is due today, {due}. If nothing arrives, chase the council on {next}."),
        Owed::FinalResponse => format!("The council's final response is due today, {due}. If nothing arrives, chase the council on {next}."),
        Owed::Other => format!("The next step is due today, {due}. If nothing arrives, chase the council on {next}."),
    }
}

/// The council's (or panel's) next step is overdue.
pub fn chase(deadline: &Deadline) -> String {
    let late = lateness(deadline.working_days_late);
    let due = long_date(deadline.due);
    match Owed::of(deadline) {
        Owed::Stage1Reply => {
            format!("Chase the council: its reply is {late}. It was due by {due}.")
        }
        Owed::Stage2Reply => {
            format!("Chase the council: its stage 2 reply is {late}. It was due by {due}.")
        }
        Owed::PanelMeeting => {
            format!("Chase the council: the review panel meeting is {late}. It was due by {due}.")
        }
        Owed::PanelReport => {
            format!("Chase the council: the panel's report is {late}. It was due by {due}.")
        }
        Owed::FinalResponse => {
            format!("Chase the council: its final response is {late}. It was due by {due}.")
        }
        Owed::Other => format!("Chase the council: the next step is {late}. It was due by {due}."),
    }
}

/// Informal resolution (ADR) is on offer before `next` (stage 2, or the
/// review panel at stage 3).
pub fn adr_choice(next: Stage) -> String {
    let next = match next {
        Stage::Stage3 => "a review panel",
        _ => "stage 2",
    };
    format!("The council offered informal resolution (ADR): a go-between or a meeting to sort things out. It is your choice. If you do not want it, tell the council and your complaint goes on to {next}.")
}
