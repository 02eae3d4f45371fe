//! The one sentence at the top of the result: the stage, and who is
//! waiting on whom. The engine chooses the message; each function here
//! writes the whole sentence.

use chrono::NaiveDate;

use super::deadline_words::LATE_REQUEST_REFUSED;
use super::deadline_words::{
    by, lateness, ombudsman_due, refused as refused_clause, stage_name, Owed,
};
use crate::core::assessment::{Deadline, DeadlineId, DeadlineStatus, Stage};
use crate::core::case::Event;
use crate::core::dates::long_date;

/// Nothing entered yet.
pub fn not_started() -> String {
    "Tell us when the council received your complaint to see your deadlines.".to_string()
}

/// A refusal to move the complaint on still stands; `after_late_request`
/// when it followed a request made after the usual 20 working days.
pub fn refused(stage: Stage, event: Event, date: NaiveDate, after_late_request: bool) -> String {
    let stage = stage_name(stage);
    let refused = format!("{stage}: {} on {}.", refused_clause(event), long_date(date));
    if after_late_request {
        format!("{refused} {LATE_REQUEST_REFUSED}")
    } else {
        format!("{refused} The Ombudsman treats this as a fault, so you can ask it to step in now.")
    }
}

/// Just the stage: "Stage 2."
pub fn stage_only(stage: Stage) -> String {
    format!("{}.", stage_name(stage))
}

/// The family's own next request (stage 2 after the stage 1 reply, or a
/// review panel after the stage 2 reply), still to come.
pub fn yours_upcoming(stage: Stage, request: &Deadline) -> String {
    let (s, by) = (stage_name(stage), by(request));
    if request.id == DeadlineId::Stage2Request {
        format!("{s}: the council has replied. If you are still not happy, ask for stage 2 {by}.")
    } else {
        format!("{s}: the council has sent its stage 2 reply. If you are still not happy, ask for a review panel (stage 3) {by}.")
    }
}

/// The family's own next request, due today.
pub fn yours_due_today(stage: Stage, request: &Deadline) -> String {
    let (s, due) = (stage_name(stage), long_date(request.due));
    if request.id == DeadlineId::Stage2Request {
        format!("{s}: the council has replied. If you are still not happy, ask for stage 2 today, {due}.")
    } else {
        format!("{s}: the council has sent its stage 2 reply. If you are still not happy, ask for a review panel (stage 3) today, {due}.")
    }
}

/// The family's own next request, after its usual time.
pub fn yours_late(stage: Stage, request: &Deadline) -> String {
    let (s, due) = (stage_name(stage), long_date(request.due));
    if request.id == DeadlineId::Stage2Request {
        format!("{s}: the council has replied. The usual time to ask for stage 2 ended on {due}, but you can still do it: explain why it is late.")
    } else {
        format!("{s}: the council has sent its stage 2 reply. The usual time to ask for a review panel (stage 3) ended on {due}, but you can still do it: explain why it is late.")
    }
}

/// The council's (or panel's) next step, still to come.
pub fn theirs_upcoming(stage: Stage, deadline: &Deadline) -> String {
    let (s, by) = (stage_name(stage), by(deadline));
    match Owed::of(deadline) {
        Owed::Stage1Reply => format!("{s}: the council should reply {by}."),
        Owed::Stage2Reply => format!("{s}: the council should send its stage 2 reply {by}."),
        Owed::PanelMeeting => format!("{s}: the review panel should meet {by}."),
        Owed::PanelReport => format!("{s}: the review panel should send its report {by}."),
        Owed::FinalResponse => format!("{s}: the council should send its final response {by}."),
        Owed::Other => format!("{s}: the next step should happen {by}."),
    }
}

/// The council's (or panel's) next step, due today.
pub fn theirs_due_today(stage: Stage, deadline: &Deadline) -> String {
    let (s, due) = (stage_name(stage), long_date(deadline.due));
    match Owed::of(deadline) {
        Owed::Stage1Reply => format!("{s}: the council's reply is due today, {due}."),
        Owed::Stage2Reply => format!("{s}: the council's stage 2 reply is due today, {due}."),
        Owed::PanelMeeting => format!("{s}: the review panel should meet today, {due}."),
        Owed::PanelReport => format!("{s}: the panel's report is due today, {due}."),
        Owed::FinalResponse => format!("{s}: the council's final response is due today, {due}."),
        Owed::Other => format!("{s}: the next step is due today, {due}."),
    }
}

/// The stage 1 reply is past the law's longest time: the family can ask
/// for stage 2 now.
pub fn theirs_overdue_ask_stage2_now(stage: Stage, reply: &Deadline) -> String {
    format!(
        "{}: the council's reply is {}. Even the longest time the law allows has passed, so you can ask for stage 2 now.",
        stage_name(stage),
        lateness(reply.working_days_late)
    )
}

/// The stage 2 reply is late counted from the request, but not yet due by
/// the other reading (from the agreed statement), which falls due on `other_due`.
pub fn theirs_overdue_by_one_reading(
    stage: Stage,
    reply: &Deadline,
    other_due: NaiveDate,
) -> String {
    format!(
        "{}: counted from the day you asked for stage 2, the council's stage 2 reply is {}: it was due by {}. If the council counts from the day your complaint statement was agreed, as many councils do, it is not due until {}.",
        stage_name(stage),
        lateness(reply.working_days_late),
        long_date(reply.due),
        long_date(other_due)
    )
}

/// The council's (or panel's) next step is overdue.
pub fn theirs_overdue(stage: Stage, deadline: &Deadline) -> String {
    let s = stage_name(stage);
    let late = lateness(deadline.working_days_late);
    let due = long_date(deadline.due);
    match Owed::of(deadline) {
        Owed::Stage1Reply => format!("{s}: the council's reply is {late}. It was due by {due}."),
        Owed::Stage2Reply => {
            format!("{s}: the council's stage 2 reply is {late}. It was due by {due}.")
        }
        Owed::PanelMeeting => {
            format!("{s}: the review panel meeting is {late}. It was due by {due}.")
        }
        Owed::PanelReport => format!("{s}: the panel's report is {late}. It was due by {due}."),
        Owed::FinalResponse => {
            format!("{s}: the council's final response is {late}. It was due by {due}.")
        }
        Owed::Other => format!("{s}: the next step is {late}. It was due by {due}."),
    }
}

/// The procedure is finished: the law's date for the Ombudsman when the
/// family said when they first knew, else our guide date (`limit.guidance`).
pub fn ombudsman(stage: Stage, limit: &Deadline) -> String {
    ombudsman_after(stage_name(stage), limit)
}

/// The same after `stage`, the words the headline starts with.
pub fn ombudsman_after(stage: &str, limit: &Deadline) -> String {
    let due = ombudsman_due(limit);
    let done = "the council's procedure is complete";
    match (limit.guidance, limit.status) {
        (false, DeadlineStatus::DueToday) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman today, {due}: it is the last day of the law's time limit."
        ),
        (false, DeadlineStatus::Overdue) => format!(
            "{stage}: {done}. The law's time limit for going to the Ombudsman ended on {due}, but it can still look at your complaint if there is a good reason, such as waiting for the council's procedure to finish: go as soon as you can."
        ),
        (false, _) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman by {due}: that is the law's time limit."
        ),
        (true, DeadlineStatus::DueToday) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman today, {due}: that is our guide date."
        ),
        (true, DeadlineStatus::Overdue) => format!(
            "{stage}: {done}. Our guide date for going to the Ombudsman, {due}, has passed, but it can still look at your complaint if there is a good reason: go as soon as you can."
        ),
        (true, _) => format!(
            "{stage}: {done}. If you are still not happy, go to the Ombudsman as soon as you can: aim to go by {due}."
        ),
    }
}
