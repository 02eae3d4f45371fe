//! Things to double-check: predicted bank holidays, the disputed stage 2
//! start, slow complaint statements, late complaints, council pages.

use chrono::Datelike;

use super::facts::Facts;
use super::{DeadlineId, DeadlineStatus, Stage, Warning};
use crate::core::calendar::calendar;
use crate::core::case::Event;
use crate::text::en::warnings::{self as words, PageCounts};

/// More working days than this between asking for stage 2 and agreeing the
/// complaint statement is a delay the Ombudsman may see as fault.
pub(super) const LONG_STATEMENT_GAP_WORKING_DAYS: i32 = 10;

pub(super) fn warnings(facts: &Facts) -> Vec<Warning> {
    [
        predicted_holidays(facts),
        late_complaint(facts),
        stage2_start_disputed(facts),
        early_stage2_request(facts),
        long_statement_gap(facts),
        council_page_moved(facts),
        procedure_version_guessed(facts),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn warning(id: &str, text: String) -> Option<Warning> {
    Some(Warning {
        id: id.to_string(),
        text,
    })
}

fn predicted_holidays(facts: &Facts) -> Option<Warning> {
    let mut years: Vec<i32> = facts
        .deadlines
        .iter()
        .filter(|d| d.relies_on_predicted_holidays)
        .flat_map(|d| d.counting.start_date.year()..=d.due.year())
        .filter(|year| calendar().is_predicted_year(*year))
        .collect();
    crate::core::order::sort_by_key(&mut years, |year| *year);
    years.dedup();
    if years.is_empty() {
        return None;
    }
    warning("predicted_holidays", words::predicted_holidays(&years))
}

/// Asked for stage 2 before the stage 1 reply and before the law's longest
/// stage 1 time had passed: recorded and counted, with a word of caution.
fn early_stage2_request(facts: &Facts) -> Option<Warning> {
    let e = facts.events;
    let (_, asked) = e.stage2_start()?;
    let received = e.complaint_received?;
    if e.stage1_response_received
        .is_some_and(|reply| reply <= asked)
    {
        return None;
    }
    let longest = calendar()
        .add_working_days(received, crate::core::case::STAGE1_LONGEST_WORKING_DAYS)
        .ok()?;
    if asked > longest {
        return None;
    }
    warning(
        "early_stage2_request",
        words::early_stage2_request(asked, longest),
    )
}

fn late_complaint(facts: &Facts) -> Option<Warning> {
    let limit = facts.deadline(DeadlineId::ComplaintTimeLimit)?;
    let text = match limit.status {
        DeadlineStatus::Late => words::complained_late(),
        DeadlineStatus::Overdue => words::late_to_complain(),
        _ => return None,
    };
    warning("late_complaint", text)
}

/// While the stage 2 reply is awaited: once it has come, the dates to act
/// on are the next stage's (found in a walkthrough: the note still asked
/// for the statement's date after the reply).
fn stage2_start_disputed(facts: &Facts) -> Option<Warning> {
    if facts.stage != Stage::Stage2 || facts.events.stage2_response_received.is_some() {
        return None;
    }
    let by_declining_adr = matches!(
        facts.events.stage2_start(),
        Some((Event::AdrBeforeStage2Declined, _))
    );
    let page = match (facts.council, facts.procedure) {
        (Some(council), Some(procedure)) => {
            procedure
                .step("stage2_response")
                .map(|step| match step.clock_starts.as_str() {
                    "stage2_statement_agreed" => (council.name.as_str(), PageCounts::FromStatement),
                    _ => (council.name.as_str(), PageCounts::DoesNotSay),
                })
        }
        _ => None,
    };
    let text = words::stage2_start_disputed(
        by_declining_adr,
        facts.events.stage2_statement_agreed.is_some(),
        page,
    );
    warning("stage2_start_disputed", text)
}

fn long_statement_gap(facts: &Facts) -> Option<Warning> {
    let e = facts.events;
    let (_, started) = e.stage2_start()?;
    let gap = calendar()
        .working_days_between(started, e.stage2_statement_agreed?)
        .ok()?;
    (gap > LONG_STATEMENT_GAP_WORKING_DAYS).then_some(())?;
    warning("long_statement_gap", words::long_statement_gap(gap))
}

/// The council's notes already say the page has moved: this warning says
/// only what to do about it, so that "no longer works" is said once.
fn council_page_moved(facts: &Facts) -> Option<Warning> {
    let (council, procedure) = (facts.council?, facts.procedure?);
    if procedure.page_url_works {
        return None;
    }
    let text = if procedure.is_current() {
        words::council_page_may_have_changed(
            &council.name,
            procedure.page_dated,
            procedure.checked,
            procedure.link(),
        )
    } else {
        words::council_page_older_version(&council.name, procedure.link())
    };
    warning("council_page_moved", text)
}

fn procedure_version_guessed(facts: &Facts) -> Option<Warning> {
    let (council, procedure) = (facts.council?, facts.procedure?);
    // Before any date there is no complaint for a version to apply to.
    if !procedure.validity_assumed || facts.stage == Stage::NotStarted {
        return None;
    }
    warning(
        "procedure_version_guessed",
        words::procedure_version_guessed(&council.name),
    )
}
