//! The council's corporate procedure, judged against the Ombudsman's
//! Complaint Handling Code: guidance, not law (docs/routes.md, section 2).
//!
//! Verified in the Code's own text: stage 1 acknowledged within 5 working
//! days of receipt (para 6.2), answered within 10 working days of the
//! acknowledgement (6.3), extended by no more than 10 working days without
//! good reason (6.4). Its stage 2 paragraphs could not be read: the stage 2
//! times councils and guides report (acknowledged within 5 working days of
//! the request, answered within 20 working days of that acknowledgement)
//! are shown, labelled as not verified in the Code's own text.

use chrono::NaiveDate;

use super::counting::{build_deadline, DeadlineSpec};
use super::next_steps::step;
use super::timeline::step as row;
use super::{
    Basis, Deadline, DeadlineId, DeadlineStatus, NextStep, Ombudsman, OmbudsmanPosition, Party,
    Reply, Right, Source, Stage, StepState, TimeUnit, TimelineStep, Warning,
};
use crate::core::case::{Case, CaseError, Event};
use crate::text::en::corporate as words;
use crate::text::en::rights::{ASK_WHICH_PROCEDURE, CORPORATE_OMBUDSMAN};

pub(super) const CODE_URL: &str =
    "https://www.lgo.org.uk/information-centre/reports/guidance-notes/complaint-handling-code";

/// The day councils say the Ombudsman began applying its Code to their
/// corporate complaints.
fn code_applies_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn spec(
    id: DeadlineId,
    title: &str,
    start: Event,
    amount: u32,
    done_on: Option<NaiveDate>,
    paragraph: Option<&str>,
    note: String,
) -> DeadlineSpec {
    DeadlineSpec {
        id,
        title: title.to_string(),
        owed_by: Party::Council,
        basis: Basis::Law,
        start,
        amount,
        unit: TimeUnit::WorkingDays,
        done_on,
        source: Source {
            citation: match paragraph {
                Some(paragraph) => format!("Local Government and Social Care Ombudsman, Complaint Handling Code, para {paragraph}"),
                None => words::STAGE2_CITATION.to_string(),
            },
            url: Some(CODE_URL.to_string()),
        },
        note: Some(note),
        guidance: true,
        basis_label: match paragraph {
            Some(_) => words::CODE_LABEL,
            None => words::UNVERIFIED_LABEL,
        }
        .to_string(),
        begins_with_start_day: false,
        other_reading: false,
    }
}

pub(super) fn deadlines(case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    let e = &case.events;
    let Some(received) = e.complaint_received else {
        return Ok(Vec::new());
    };
    let before_code = (received < code_applies_from()).then(code_applies_from);
    let mut out = Vec::new();
    out.push(build_deadline(
        spec(
            DeadlineId::Acknowledgement,
            words::ACKNOWLEDGEMENT_TITLE,
            Event::ComplaintReceived,
            5,
            e.acknowledgement_received.or(e.stage1_response_received),
            Some("6.2"),
            words::acknowledgement_note(before_code),
        ),
        received,
        today,
    )?);
    // 10 working days after the acknowledgement; without one, after the day
    // it was due (5 + 10 = 15 working days from receipt).
    let (start, from, amount) = match e.acknowledgement_received {
        Some(acknowledged) => (Event::AcknowledgementReceived, acknowledged, 10),
        None => (Event::ComplaintReceived, received, 15),
    };
    let note = words::stage1_reply_note(
        e.acknowledgement_received.is_some(),
        e.stage1_extended,
        before_code,
    );
    let (id, title, amount, paragraph) = if e.stage1_extended {
        (
            DeadlineId::Stage1ResponseExtended,
            words::STAGE1_REPLY_EXTENDED_TITLE,
            amount + 10,
            "6.3 and 6.4",
        )
    } else {
        (
            DeadlineId::Stage1Response,
            words::STAGE1_REPLY_TITLE,
            amount,
            "6.3",
        )
    };
    out.push(build_deadline(
        spec(
            id,
            title,
            start,
            amount,
            e.stage1_response_received,
            Some(paragraph),
            note,
        ),
        from,
        today,
    )?);
    // Stage 2, as councils and guides report the Code (not verified in its
    // own text): acknowledged within 5 working days of the request, then a
    // final reply 20 working days after the acknowledgement, or 25 from the
    // request when no acknowledgement is entered.
    if let Some(asked) = e.stage2_requested {
        out.push(build_deadline(
            spec(
                DeadlineId::Stage2Acknowledgement,
                words::STAGE2_ACKNOWLEDGEMENT_TITLE,
                Event::Stage2Requested,
                5,
                e.stage2_acknowledgement_received
                    .or(e.stage2_response_received),
                None,
                words::stage2_acknowledgement_note(before_code),
            ),
            asked,
            today,
        )?);
        let (start, from, amount) = match e.stage2_acknowledgement_received {
            Some(acknowledged) => (Event::Stage2AcknowledgementReceived, acknowledged, 20),
            None => (Event::Stage2Requested, asked, 25),
        };
        out.push(build_deadline(
            spec(
                DeadlineId::Stage2Response,
                words::STAGE2_REPLY_TITLE,
                start,
                amount,
                e.stage2_response_received,
                None,
                words::stage2_reply_note(e.stage2_acknowledgement_received.is_some(), before_code),
            ),
            from,
            today,
        )?);
    }
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

/// The reply the family is waiting for: stage 1's, or stage 2's once asked.
fn awaited(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter(|d| d.status.is_open())
        .find(|d| matches!(d.id.reply(), Some(Reply::Stage1 | Reply::Stage2)))
}

pub(super) fn headline(stage: Stage, deadlines: &[Deadline]) -> String {
    match (stage, awaited(deadlines)) {
        (Stage::NotStarted, _) => words::headline_not_started(),
        (Stage::Stage1, Some(reply)) => match reply.status {
            DeadlineStatus::Overdue => words::headline_reply_overdue(reply),
            DeadlineStatus::DueToday => words::headline_reply_due_today(reply),
            _ => words::headline_reply_expected(reply),
        },
        (Stage::Stage1, None) => words::headline_replied(),
        (Stage::Stage2, Some(reply)) if reply.id.reply() == Some(Reply::Stage2) => {
            match reply.status {
                DeadlineStatus::Overdue => words::headline_stage2_overdue(reply),
                _ => words::headline_stage2_expected(reply),
            }
        }
        (Stage::Stage2, _) => words::headline_stage2(),
        (_, _) => words::headline_finished(),
    }
}

pub(super) fn timeline(
    case: &Case,
    stage: Stage,
    deadlines: &[Deadline],
    ombudsman: OmbudsmanPosition,
) -> Vec<TimelineStep> {
    let e = &case.events;
    let stage1 = match (
        e.complaint_received,
        e.stage1_response_received,
        awaited(deadlines),
    ) {
        (None, _, _) => (StepState::NotStarted, words::stage1_starts()),
        (_, Some(reply), _) => (StepState::Completed, words::reply_received(reply)),
        (_, None, Some(d)) if d.status == DeadlineStatus::Overdue => {
            (StepState::Overdue, words::reply_expected(d.due))
        }
        (_, None, Some(d)) => (StepState::InProgress, words::reply_expected(d.due)),
        (_, None, None) => (StepState::InProgress, words::waiting_for_reply()),
    };
    let stage2 = match stage {
        Stage::Finished => (StepState::Completed, words::final_reply_received()),
        Stage::Stage2 => match awaited(deadlines).filter(|d| d.id.reply() == Some(Reply::Stage2)) {
            Some(d) if d.status == DeadlineStatus::Overdue => {
                (StepState::Overdue, words::reply_expected(d.due))
            }
            Some(d) => (StepState::InProgress, words::reply_expected(d.due)),
            None => (StepState::InProgress, words::stage2_ask_when()),
        },
        _ => (StepState::NotStarted, words::stage2_if_unhappy()),
    };
    let ombudsman_row = match ombudsman {
        OmbudsmanPosition::CanGoNow => (StepState::Open, words::ombudsman_go_now()),
        _ => (StepState::NotStarted, words::ombudsman_not_yet()),
    };
    vec![
        row("stage1", words::STAGE1_TITLE, stage1),
        row("stage2", words::STAGE2_TITLE, stage2),
        row("ombudsman", words::OMBUDSMAN_TITLE, ombudsman_row),
    ]
}

pub(super) fn next_steps(stage: Stage, deadlines: &[Deadline]) -> Vec<NextStep> {
    let mut steps = Vec::new();
    match (stage, awaited(deadlines)) {
        (Stage::NotStarted, _) => {
            steps.push(step("make_complaint", words::step_make_complaint(), None))
        }
        (Stage::Stage1, Some(reply)) if reply.status == DeadlineStatus::Overdue => {
            steps.push(step("chase", words::step_chase(reply.due), Some(reply.due)))
        }
        (Stage::Stage1, Some(reply)) => {
            steps.push(step("wait", words::step_wait(reply.due), Some(reply.due)))
        }
        (Stage::Stage1, None) => steps.push(step("ask_stage2", words::step_ask_stage2(), None)),
        (Stage::Stage2, Some(reply))
            if reply.id.reply() == Some(Reply::Stage2)
                && reply.status == DeadlineStatus::Overdue =>
        {
            steps.push(step(
                "chase",
                words::step_chase_stage2(reply.due),
                Some(reply.due),
            ))
        }
        (Stage::Stage2, Some(reply)) if reply.id.reply() == Some(Reply::Stage2) => steps.push(
            step("wait", words::step_wait_stage2(reply.due), Some(reply.due)),
        ),
        (Stage::Stage2, _) => steps.push(step("ask_when", words::step_ask_when(), None)),
        _ => steps.push(step("go_to_ombudsman", words::step_go_to_ombudsman(), None)),
    }
    steps.push(step("check_route", words::step_check_route(), None));
    steps
}

pub(super) fn rights() -> Vec<Right> {
    vec![
        Right {
            id: "ask_which_procedure".to_string(),
            title: ASK_WHICH_PROCEDURE.title.to_string(),
            explanation: ASK_WHICH_PROCEDURE.explanation.to_string(),
            source: Source { citation: "Local Government and Social Care Ombudsman, guidance on children's social care complaints".to_string(), url: Some("https://www.lgo.org.uk".to_string()) },
        },
        Right {
            id: "ombudsman".to_string(),
            title: CORPORATE_OMBUDSMAN.title.to_string(),
            explanation: CORPORATE_OMBUDSMAN.explanation.to_string(),
            source: Source { citation: super::law::OMBUDSMAN_ACT.0.to_string(), url: Some(super::law::OMBUDSMAN_ACT.1.to_string()) },
        },
    ]
}

pub(super) fn ombudsman(stage: Stage) -> Ombudsman {
    let (position, explanation) = if stage == Stage::Finished {
        (OmbudsmanPosition::CanGoNow, words::ombudsman_finished())
    } else {
        (
            OmbudsmanPosition::NotYet,
            words::ombudsman_not_yet_explained(),
        )
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
        text: words::warning_guidance(),
    }];
    if matches!(stage, Stage::Stage2 | Stage::Finished) {
        out.push(Warning {
            id: "corporate_stage2_unverified".to_string(),
            text: words::warning_stage2_unverified(),
        });
    }
    out
}
