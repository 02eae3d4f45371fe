//! The council's corporate procedure, judged against the Ombudsman's
//! Complaint Handling Code: guidance, not law (docs/routes.md, section 2).
//!
//! Verified in the Code's own text: stage 1 acknowledged within 5 working
//! days of receipt (para 6.2), answered within 10 working days of the
//! acknowledgement (6.3), extended by no more than 10 working days without
//! good reason (6.4). Its stage 2 paragraphs could not be read, so stage 2
//! has no dates here: the family is told to ask the council for its own.

use chrono::NaiveDate;

use super::counting::{build_deadline, lateness, DeadlineSpec};
use super::{
    Basis, Deadline, DeadlineStatus, NextStep, Ombudsman, OmbudsmanPosition, Party, Right, Source,
    Stage, StepState, TimeUnit, TimelineStep, Warning,
};
use crate::core::case::{Case, CaseError, Event};
use crate::core::dates::{day_month_year, long_date};

pub(super) const CODE_URL: &str =
    "https://www.lgo.org.uk/information-centre/reports/guidance-notes/complaint-handling-code";
const CODE_LABEL: &str = "The Ombudsman's expected standard (guidance, not law)";

/// The day councils say the Ombudsman began applying its Code to their
/// corporate complaints.
fn code_applies_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default()
}

fn spec(
    id: &str,
    title: &str,
    start: Event,
    amount: u32,
    done_on: Option<NaiveDate>,
    paragraph: &str,
    note: String,
) -> DeadlineSpec {
    DeadlineSpec {
        id: id.to_string(),
        title: title.to_string(),
        owed_by: Party::Council,
        basis: Basis::Law,
        start,
        amount,
        unit: TimeUnit::WorkingDays,
        done_on,
        source: Source {
            citation: format!("Local Government and Social Care Ombudsman, Complaint Handling Code, para {paragraph}"),
            url: Some(CODE_URL.to_string()),
        },
        note: Some(note),
        guidance: true,
        basis_label: CODE_LABEL.to_string(),
        begins_with_start_day: false,
        other_reading: false,
    }
}

pub(super) fn deadlines(case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    let e = &case.events;
    let Some(received) = e.complaint_received else {
        return Ok(Vec::new());
    };
    let before_code = received < code_applies_from();
    let era = if before_code {
        format!(" Your complaint reached the council before {}, when councils say the Ombudsman began applying this Code to corporate complaints: the council's own corporate procedure set the times then, so this date is only a guide.", day_month_year(code_applies_from()))
    } else {
        String::new()
    };
    let mut out = Vec::new();
    out.push(build_deadline(
        spec(
            "corporate_acknowledgement",
            "The council acknowledging your complaint",
            Event::ComplaintReceived,
            5,
            e.acknowledgement_received.or(e.stage1_response_received),
            "6.2",
            format!("The Code expects a council to acknowledge a complaint within 5 working days of receiving it.{era}"),
        ),
        received,
        today,
    )?);
    // 10 working days after the acknowledgement; without one, after the day
    // it was due (5 + 10 = 15 working days from receipt).
    let (start, from, amount, why) = match e.acknowledgement_received {
        Some(acknowledged) => (Event::AcknowledgementReceived, acknowledged, 10, "The Code expects a full reply within 10 working days of the acknowledgement."),
        None => (Event::ComplaintReceived, received, 15, "The Code expects a full reply within 10 working days of the acknowledgement. You have not entered one, so we count from the day it was due: 15 working days from receipt in all."),
    };
    let (id, title, amount, paragraph, why) = if e.stage1_extended {
        ("corporate_stage1_response_extended", "The council's stage 1 reply, with the extra time", amount + 10, "6.3 and 6.4", format!("{why} The council said it needs more time: the Code allows no more than 10 working days more without good reason, and the council should explain why and give the Ombudsman's details."))
    } else {
        (
            "corporate_stage1_response",
            "The council's stage 1 reply",
            amount,
            "6.3",
            why.to_string(),
        )
    };
    out.push(build_deadline(
        spec(
            id,
            title,
            start,
            amount,
            e.stage1_response_received,
            paragraph,
            format!("{why}{era}"),
        ),
        from,
        today,
    )?);
    Ok(out)
}

pub(super) fn stage(case: &Case) -> Stage {
    let e = &case.events;
    if e.stage2_response_received.is_some() {
        Stage::Finished
    } else if e.stage2_requested.is_some() {
        Stage::Stage2
    } else if e.complaint_received.is_some() {
        Stage::Stage1
    } else {
        Stage::NotStarted
    }
}

fn awaited(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .find(|d| d.id.starts_with("corporate_stage1_response") && d.status.is_open())
}

pub(super) fn headline(stage: Stage, deadlines: &[Deadline]) -> String {
    let name = "Corporate procedure";
    match (stage, awaited(deadlines)) {
        (Stage::NotStarted, _) => format!("{name}: send your complaint to the council in writing, then enter the day it reached the council."),
        (Stage::Stage1, Some(reply)) => match reply.status {
            DeadlineStatus::Overdue => format!(
                "{name}, stage 1: the council's reply is {} by the Ombudsman's standard: it was expected by {}. You can ask for stage 2 now.",
                lateness(reply.working_days_late),
                long_date(reply.due)
            ),
            DeadlineStatus::DueToday => format!("{name}, stage 1: the council's reply is expected today, {}, by the Ombudsman's standard.", long_date(reply.due)),
            _ => format!("{name}, stage 1: the council's reply is expected by {}, by the Ombudsman's standard (guidance, not a legal time limit).", long_date(reply.due)),
        },
        (Stage::Stage1, None) => format!("{name}, stage 1: the council has replied. If you are not happy, ask for stage 2 in writing."),
        (Stage::Stage2, _) => format!("{name}, stage 2: we could not check the Ombudsman's times for stage 2, so ask the council in writing by when it will reply."),
        (_, _) => format!("{name}: the council's procedure is finished. If you are still not happy, you can go to the Ombudsman."),
    }
}

pub(super) fn timeline(
    case: &Case,
    stage: Stage,
    deadlines: &[Deadline],
    ombudsman: OmbudsmanPosition,
) -> Vec<TimelineStep> {
    let e = &case.events;
    let row = |id: &str, title: &str, state: StepState, detail: String| TimelineStep {
        id: id.to_string(),
        title: title.to_string(),
        state,
        detail,
    };
    let stage1 = match (
        e.complaint_received,
        e.stage1_response_received,
        awaited(deadlines),
    ) {
        (None, _, _) => (
            StepState::NotStarted,
            "Starts when the council receives your complaint.".to_string(),
        ),
        (_, Some(reply), _) => (
            StepState::Completed,
            format!("Reply received on {}.", long_date(reply)),
        ),
        (_, None, Some(d)) if d.status == DeadlineStatus::Overdue => (
            StepState::Overdue,
            format!("Reply expected by {}.", long_date(d.due)),
        ),
        (_, None, Some(d)) => (
            StepState::InProgress,
            format!("Reply expected by {}.", long_date(d.due)),
        ),
        (_, None, None) => (
            StepState::InProgress,
            "Waiting for the council's reply.".to_string(),
        ),
    };
    let stage2 = match stage {
        Stage::Finished => (StepState::Completed, "Final reply received.".to_string()),
        Stage::Stage2 => (
            StepState::InProgress,
            "Ask the council by when it will reply.".to_string(),
        ),
        _ => (
            StepState::NotStarted,
            "If you are not happy with the stage 1 reply, ask for stage 2 in writing.".to_string(),
        ),
    };
    let ombudsman_row = match ombudsman {
        OmbudsmanPosition::CanGoNow => (StepState::Open, "You can go now.".to_string()),
        _ => (
            StepState::NotStarted,
            "Usually after the council's procedure is finished.".to_string(),
        ),
    };
    vec![
        row("stage1", "Stage 1: the council's reply", stage1.0, stage1.1),
        row(
            "stage2",
            "Stage 2: a review by a more senior officer",
            stage2.0,
            stage2.1,
        ),
        row(
            "ombudsman",
            "The Ombudsman",
            ombudsman_row.0,
            ombudsman_row.1,
        ),
    ]
}

pub(super) fn next_steps(stage: Stage, deadlines: &[Deadline]) -> Vec<NextStep> {
    let step = |id: &str, text: String, by: Option<NaiveDate>| NextStep {
        id: id.to_string(),
        text,
        by,
    };
    let mut steps = Vec::new();
    match (stage, awaited(deadlines)) {
        (Stage::NotStarted, _) => steps.push(step("make_complaint", "Send your complaint to the council in writing and keep a copy. Then enter the day it reached the council.".to_string(), None)),
        (Stage::Stage1, Some(reply)) if reply.status == DeadlineStatus::Overdue => steps.push(step(
            "chase",
            format!("Write to the council: its reply was expected by {} under the Ombudsman's Complaint Handling Code. Ask for it, or ask for stage 2.", long_date(reply.due)),
            Some(reply.due),
        )),
        (Stage::Stage1, Some(reply)) => steps.push(step("wait", format!("Wait for the council's reply: it is expected by {}.", long_date(reply.due)), Some(reply.due))),
        (Stage::Stage1, None) => steps.push(step("ask_stage2", "If you are not happy with the reply, ask for stage 2 in writing. Ask the council how long you have to ask, and by when it will reply.".to_string(), None)),
        (Stage::Stage2, _) => steps.push(step("ask_when", "Ask the council in writing by when it will send its stage 2 reply.".to_string(), None)),
        _ => steps.push(step("go_to_ombudsman", format!("If you are still not happy, complain to the Ombudsman: call {} or use its website.", super::ombudsman::PHONE), None)),
    }
    steps.push(step(
        "check_route",
        "If your complaint is about help or services for a child, it may belong in the statutory children's procedure, with time limits set by law: ask the council in writing which procedure it is using and why.".to_string(),
        None,
    ));
    steps
}

pub(super) fn rights() -> Vec<Right> {
    vec![
        Right {
            id: "ask_which_procedure".to_string(),
            title: "You can ask which procedure the council is using".to_string(),
            explanation: "The council should tell you which complaints procedure it is using and why. If your complaint is about services for a child, the statutory children's procedure may apply instead, with three stages and time limits set by law.".to_string(),
            source: Source { citation: "Local Government and Social Care Ombudsman, guidance on children's social care complaints".to_string(), url: Some("https://www.lgo.org.uk".to_string()) },
        },
        Right {
            id: "ombudsman".to_string(),
            title: "You can go to the Ombudsman".to_string(),
            explanation: "The Local Government and Social Care Ombudsman is independent and free. It normally expects you to finish the council's procedure first, and it treats using the wrong procedure as a fault.".to_string(),
            source: Source { citation: super::law::OMBUDSMAN_ACT.0.to_string(), url: Some(super::law::OMBUDSMAN_ACT.1.to_string()) },
        },
    ]
}

pub(super) fn ombudsman(stage: Stage) -> Ombudsman {
    let (position, explanation) = if stage == Stage::Finished {
        (OmbudsmanPosition::CanGoNow, "The council's corporate procedure is finished. If you are still not happy, you can complain to the Ombudsman. The law's time limit is 12 months beginning with the day you first knew about the problem; the Ombudsman can look at a later complaint for a good reason.".to_string())
    } else {
        (OmbudsmanPosition::NotYet, "The Ombudsman normally expects you to finish the council's corporate procedure first. It may step in earlier if the council delays a lot.".to_string())
    };
    Ombudsman {
        position,
        explanation,
        time_limit: None,
        phone: super::ombudsman::PHONE.to_string(),
        website: super::ombudsman::WEBSITE.to_string(),
    }
}

pub(super) fn warnings(stage: Stage) -> Vec<Warning> {
    let mut out = vec![Warning {
        id: "corporate_is_guidance".to_string(),
        text: "These dates come from the Ombudsman's Complaint Handling Code, which is guidance for councils, not law. Your council's own corporate procedure may give other times: check its page.".to_string(),
    }];
    if matches!(stage, Stage::Stage2 | Stage::Finished) {
        out.push(Warning {
            id: "corporate_stage2_unverified".to_string(),
            text: "We could not check the Code's own words for stage 2, so we give no stage 2 dates. Ask the council by when it will reply.".to_string(),
        });
    }
    out
}
