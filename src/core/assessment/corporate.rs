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
use super::procedure::{DeclaredStep, Procedure, Reading};
use super::timeline::step as row;
use super::{
    Basis, Deadline, DeadlineId, DeadlineStatus, NextStep, Ombudsman, OmbudsmanPosition, Party,
    Reply, Right, Source, Stage, StepState, TimeUnit, TimelineStep, Warning,
};
use crate::core::case::{Case, CaseError, Event, Events};
use crate::core::councils;
use crate::text::en::corporate as words;
use crate::text::en::rights::{ASK_WHICH_PROCEDURE, CORPORATE_OMBUDSMAN};
use crate::text::en::timeline as timeline_words;

pub(super) const CODE_URL: &str =
    "https://www.lgo.org.uk/information-centre/reports/guidance-notes/complaint-handling-code";

/// The day councils say the Ombudsman began applying its Code to their
/// corporate complaints.
fn code_applies_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default()
}

/// The day the Code began applying, for a complaint that reached the
/// council (`received`) before it: its times are then only a guide.
pub(crate) fn before_code(received: Option<NaiveDate>) -> Option<NaiveDate> {
    received
        .filter(|received| *received < code_applies_from())
        .map(|_| code_applies_from())
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

const CODE_CITATION: &str = "Local Government and Social Care Ombudsman, Complaint Handling Code";

/// The steps of the corporate procedure as the Code times them. Without an
/// acknowledgement date, a reply counts from the receipt (or request) with
/// the acknowledgement's days added (our decision, docs/routes.md).
const ACKNOWLEDGEMENT: DeclaredStep = DeclaredStep {
    id: DeadlineId::Acknowledgement,
    owed_by: Party::Council,
    start: Event::ComplaintReceived,
    amount: 5,
    unit: TimeUnit::WorkingDays,
    longest: None,
    citation: CODE_CITATION,
};
const STAGE1_RESPONSE: DeclaredStep = DeclaredStep {
    id: DeadlineId::Stage1Response,
    start: Event::AcknowledgementReceived,
    amount: 10,
    longest: Some(DeadlineId::Stage1ResponseExtended),
    ..ACKNOWLEDGEMENT
};
/// No more than 10 working days more without good reason (para 6.4).
const STAGE1_RESPONSE_EXTENDED: DeclaredStep = DeclaredStep {
    id: DeadlineId::Stage1ResponseExtended,
    amount: 20,
    longest: None,
    ..STAGE1_RESPONSE
};
/// Stage 2, as councils and guides report the Code (not verified in its own text).
const STAGE2_ACKNOWLEDGEMENT: DeclaredStep = DeclaredStep {
    id: DeadlineId::Stage2Acknowledgement,
    start: Event::Stage2Requested,
    ..ACKNOWLEDGEMENT
};
const STAGE2_RESPONSE: DeclaredStep = DeclaredStep {
    id: DeadlineId::Stage2Response,
    start: Event::Stage2AcknowledgementReceived,
    amount: 20,
    ..ACKNOWLEDGEMENT
};

/// The council's corporate procedure, against the Ombudsman's Code.
pub(super) struct Corporate;

impl Procedure for Corporate {
    fn steps(&self) -> Vec<DeclaredStep> {
        vec![
            ACKNOWLEDGEMENT,
            STAGE1_RESPONSE,
            STAGE1_RESPONSE_EXTENDED,
            STAGE2_ACKNOWLEDGEMENT,
            STAGE2_RESPONSE,
        ]
    }

    fn deadlines(&self, case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
        deadlines(case, today)
    }

    fn stage(&self, case: &Case) -> Stage {
        stage(case)
    }

    fn read(&self, case: &Case, today: NaiveDate, stage: Stage, deadlines: &[Deadline]) -> Reading {
        let council = case.council.as_deref().and_then(councils::find);
        let before_code = before_code(case.events.complaint_received);
        let ended = Ended {
            refused: refusal(&case.events),
            limit: super::ombudsman_date_to_act_on(deadlines),
        };
        let ombudsman = ombudsman(stage, &ended, case, deadlines, today);
        Reading {
            headline: headline(stage, deadlines, before_code, &ended),
            council: super::council::council_view(council, None, false),
            timeline: timeline(case, stage, deadlines, &ended),
            rights: rights(),
            next_steps: next_steps(stage, deadlines, &ended),
            warnings: warnings(stage),
            ombudsman,
        }
    }
}

fn deadlines(case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
    let e = &case.events;
    let Some(received) = e.complaint_received else {
        return Ok(Vec::new());
    };
    let before_code = before_code(Some(received));
    let mut out = Vec::new();
    out.push(build_deadline(
        spec(
            DeadlineId::Acknowledgement,
            words::ACKNOWLEDGEMENT_TITLE,
            ACKNOWLEDGEMENT.start,
            ACKNOWLEDGEMENT.amount,
            e.acknowledgement_received.or(e.stage1_response_received),
            Some("6.2"),
            words::acknowledgement_note(before_code),
        ),
        received,
        today,
    )?);
    // 10 working days after the acknowledgement; without one, after the day
    // it was due (5 + 10 = 15 working days from receipt).
    let (start, from, acknowledgement_days) = match e.acknowledgement_received {
        Some(acknowledged) => (STAGE1_RESPONSE.start, acknowledged, 0),
        None => (ACKNOWLEDGEMENT.start, received, ACKNOWLEDGEMENT.amount),
    };
    let note = words::stage1_reply_note(
        e.acknowledgement_received.is_some(),
        e.stage1_extended,
        before_code,
    );
    let (id, title, amount, paragraph) = if e.stage1_extended {
        (
            STAGE1_RESPONSE_EXTENDED.id,
            words::STAGE1_REPLY_EXTENDED_TITLE,
            acknowledgement_days + STAGE1_RESPONSE_EXTENDED.amount,
            "6.3 and 6.4",
        )
    } else {
        (
            STAGE1_RESPONSE.id,
            words::STAGE1_REPLY_TITLE,
            acknowledgement_days + STAGE1_RESPONSE.amount,
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
                STAGE2_ACKNOWLEDGEMENT.id,
                words::STAGE2_ACKNOWLEDGEMENT_TITLE,
                STAGE2_ACKNOWLEDGEMENT.start,
                STAGE2_ACKNOWLEDGEMENT.amount,
                // A refusal answers the request too.
                e.stage2_acknowledgement_received
                    .or(e.stage2_response_received)
                    .or(e.stage2_refused),
                None,
                words::stage2_acknowledgement_note(before_code),
            ),
            asked,
            today,
        )?);
        // A refusal that stands ended the procedure: no stage 2 reply is
        // owed, so none is chased or put in a calendar (found in a
        // walkthrough: it showed as overdue beside the refusal).
        if refusal(e).is_some() {
            return ombudsman_after(Event::Stage2Refused, e, today, out);
        }
        let (start, from, amount) = match e.stage2_acknowledgement_received {
            Some(acknowledged) => (STAGE2_RESPONSE.start, acknowledged, STAGE2_RESPONSE.amount),
            None => (
                STAGE2_ACKNOWLEDGEMENT.start,
                asked,
                STAGE2_ACKNOWLEDGEMENT.amount + STAGE2_RESPONSE.amount,
            ),
        };
        out.push(build_deadline(
            spec(
                STAGE2_RESPONSE.id,
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
    match e.stage2_response_received {
        Some(_) => ombudsman_after(Event::Stage2ResponseReceived, e, today, out),
        None => Ok(out),
    }
}

/// Once the procedure has ended with `end`, the Ombudsman's 12 months, as
/// for the statutory procedure (docs/rules.md, "The Ombudsman's time limit").
fn ombudsman_after(
    end: Event,
    e: &Events,
    today: NaiveDate,
    mut out: Vec<Deadline>,
) -> Result<Vec<Deadline>, CaseError> {
    out.extend(super::deadlines::ombudsman_deadlines_after(end, e, today)?);
    Ok(out)
}

/// A refusal of stage 2 that stands (no stage 2 reply came after it): it
/// ends the council's own procedure, so the Ombudsman is next.
fn refusal(e: &Events) -> Option<NaiveDate> {
    e.stage2_refused
        .filter(|_| e.stage2_response_received.is_none())
}

/// How the procedure ended, if it has: a standing refusal of stage 2, and
/// the Ombudsman's date to act on.
struct Ended<'a> {
    refused: Option<NaiveDate>,
    limit: Option<&'a Deadline>,
}

fn stage(case: &Case) -> Stage {
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

/// A reply the council still owes.
fn open_reply(deadlines: &[Deadline], reply: Reply) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter(|d| d.status.is_open())
        .find(|d| d.id.reply() == Some(reply))
}

/// The reply the family is waiting for: stage 1's, or stage 2's once asked
/// (even while a stage 1 reply asked for early is still owed).
fn awaited(stage: Stage, deadlines: &[Deadline]) -> Option<&Deadline> {
    match stage {
        Stage::Stage1 => open_reply(deadlines, Reply::Stage1),
        Stage::Stage2 => open_reply(deadlines, Reply::Stage2),
        _ => None,
    }
}

/// Where things stand, with the awaited reply's date; a complaint that came
/// before the Code applied is told that date is only a guide, as its card
/// says.
fn headline(
    stage: Stage,
    deadlines: &[Deadline],
    before_code: Option<NaiveDate>,
    ended: &Ended,
) -> String {
    if let Some(refused) = ended.refused {
        return words::headline_refused(refused);
    }
    if let Some(limit) = ended.limit {
        return crate::text::en::headline::ombudsman_after(words::NAME, limit);
    }
    let awaited = awaited(stage, deadlines);
    let mut text = headline_alone(stage, awaited);
    if awaited.is_some() {
        text.push_str(&words::headline_before_code(before_code));
    }
    text
}

fn headline_alone(stage: Stage, awaited: Option<&Deadline>) -> String {
    match (stage, awaited) {
        (Stage::NotStarted, _) => words::headline_not_started(),
        (Stage::Stage1, Some(reply)) => match reply.status {
            DeadlineStatus::Overdue => words::headline_reply_overdue(reply),
            DeadlineStatus::DueToday => words::headline_reply_due_today(reply),
            _ => words::headline_reply_expected(reply),
        },
        (Stage::Stage1, None) => words::headline_replied(),
        (Stage::Stage2, Some(reply)) => match reply.status {
            DeadlineStatus::Overdue => words::headline_stage2_overdue(reply),
            _ => words::headline_stage2_expected(reply),
        },
        (Stage::Stage2, _) => words::headline_stage2(),
        // Finished always has the Ombudsman's date, which leads above.
        (_, _) => String::new(),
    }
}

/// The day stage 2 began, when the stage 1 reply was left behind then.
fn moved_on(deadlines: &[Deadline]) -> Option<NaiveDate> {
    deadlines
        .iter()
        .find(|d| d.id.reply() == Some(Reply::Stage1) && d.status == DeadlineStatus::NotDone)
        .and_then(|d| d.left_behind)
        .map(|left| left.on)
}

fn timeline(case: &Case, stage: Stage, deadlines: &[Deadline], ended: &Ended) -> Vec<TimelineStep> {
    let e = &case.events;
    let stage1 = match (
        e.complaint_received,
        e.stage1_response_received,
        open_reply(deadlines, Reply::Stage1),
        moved_on(deadlines),
    ) {
        (None, _, _, _) => (StepState::NotStarted, words::stage1_starts()),
        (_, Some(reply), _, _) => (StepState::Completed, words::reply_received(reply)),
        (_, None, Some(d), _) if d.status == DeadlineStatus::Overdue => {
            (StepState::Overdue, words::reply_expected(d.due))
        }
        (_, None, Some(d), _) => (StepState::InProgress, words::reply_expected(d.due)),
        // Stage 2 asked after the reply's date passed: no longer awaited.
        (_, None, None, Some(asked)) => (StepState::Overdue, words::no_reply_before_stage2(asked)),
        (_, None, None, None) => (StepState::InProgress, words::waiting_for_reply()),
    };
    let stage2 = match (stage, ended.refused) {
        // Stage 2 never started: the refusal ended the procedure.
        (_, Some(refused)) => (StepState::NotStarted, words::stage2_refused(refused)),
        (Stage::Finished, _) => (StepState::Completed, words::final_reply_received()),
        (Stage::Stage2, _) => match awaited(stage, deadlines) {
            Some(d) if d.status == DeadlineStatus::Overdue => {
                (StepState::Overdue, words::reply_expected(d.due))
            }
            Some(d) => (StepState::InProgress, words::reply_expected(d.due)),
            None => (StepState::InProgress, words::stage2_ask_when()),
        },
        _ => (StepState::NotStarted, words::stage2_if_unhappy()),
    };
    let ombudsman_row = match ended.limit {
        Some(limit) if limit.status == DeadlineStatus::Overdue => {
            (StepState::Overdue, timeline_words::ombudsman_passed(limit))
        }
        Some(limit) => (StepState::Open, timeline_words::ombudsman_go_by(limit)),
        None => (StepState::NotStarted, timeline_words::ombudsman_not_yet()),
    };
    vec![
        row("stage1", words::STAGE1_TITLE, stage1),
        row("stage2", words::STAGE2_TITLE, stage2),
        row("ombudsman", words::OMBUDSMAN_TITLE, ombudsman_row),
    ]
}

fn next_steps(stage: Stage, deadlines: &[Deadline], ended: &Ended) -> Vec<NextStep> {
    let now = match (ended.limit, stage, awaited(stage, deadlines)) {
        (Some(limit), _, _) => step(
            "go_to_ombudsman",
            crate::text::en::next_steps::go_to_ombudsman(limit),
            Some(limit.due),
        ),
        (None, Stage::NotStarted, _) => step("make_complaint", words::step_make_complaint(), None),
        (None, Stage::Stage1, Some(reply)) if reply.status == DeadlineStatus::Overdue => {
            step("chase", words::step_chase(reply.due), Some(reply.due))
        }
        (None, Stage::Stage1, Some(reply)) => {
            step("wait", words::step_wait(reply.due), Some(reply.due))
        }
        (None, Stage::Stage1, None) => step("ask_stage2", words::step_ask_stage2(), None),
        (None, Stage::Stage2, Some(reply)) if reply.status == DeadlineStatus::Overdue => step(
            "chase",
            words::step_chase_stage2(reply.due),
            Some(reply.due),
        ),
        (None, Stage::Stage2, Some(reply)) => {
            step("wait", words::step_wait_stage2(reply.due), Some(reply.due))
        }
        _ => step("ask_when", words::step_ask_when(), None),
    };
    vec![now, step("check_route", words::step_check_route(), None)]
}

fn rights() -> Vec<Right> {
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

/// The Ombudsman section: it can look once the stage 2 reply has come or
/// stage 2 was refused, with its 12 months; before that, the law's date
/// if the family said when they first knew.
fn ombudsman(
    stage: Stage,
    ended: &Ended,
    case: &Case,
    deadlines: &[Deadline],
    today: NaiveDate,
) -> Ombudsman {
    use crate::text::en::ombudsman as shared;
    super::ombudsman::with_limits(deadlines, &case.events, today, |limits| {
        match (stage, ended.refused) {
            (Stage::Finished, _) => (OmbudsmanPosition::CanGoNow, shared::finished(limits)),
            // The refusal ended the procedure, as the headline and the
            // timeline say.
            (_, Some(refused)) => (
                OmbudsmanPosition::CanGoNow,
                words::ombudsman_after_refusal(refused, limits),
            ),
            _ => (
                OmbudsmanPosition::NotYet,
                shared::not_yet(words::OMBUDSMAN_NOT_YET, limits),
            ),
        }
    })
}

fn warnings(stage: Stage) -> Vec<Warning> {
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
