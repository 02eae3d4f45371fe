//! Things to double-check: predicted bank holidays, the disputed stage 2
//! start, slow complaint statements, late complaints, council pages.

use chrono::Datelike;

use super::facts::Facts;
use super::{DeadlineStatus, Stage, Warning};
use crate::core::calendar::calendar;
use crate::core::case::Event;
use crate::core::dates::{day_month_year, working_days};

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
    let (last, rest) = years.split_last()?;
    let list = if rest.is_empty() {
        last.to_string()
    } else {
        let rest: Vec<String> = rest.iter().map(i32::to_string).collect();
        format!("{} and {last}", rest.join(", "))
    };
    warning(
        "predicted_holidays",
        format!("Some dates assume the usual bank holidays for {list}; check nearer the time, because extra bank holidays are announced only months ahead."),
    )
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
        format!(
            "Stage 2 started on {}, before the council's stage 1 reply and before the longest time the law allows for it ({} working days, to {}). We count stage 2 from that day. The council may say stage 1 is not finished and start stage 2 later: if it does, ask it in writing which date it is counting from.",
            day_month_year(asked),
            crate::core::case::STAGE1_LONGEST_WORKING_DAYS,
            day_month_year(longest)
        ),
    )
}

fn late_complaint(facts: &Facts) -> Option<Warning> {
    let limit = facts.deadline("complaint_time_limit")?;
    let text = match limit.status {
        DeadlineStatus::Late => "You complained more than a year after it happened. The council can still accept your complaint if there was a good reason for waiting and it can still be looked at fairly, so explain why.",
        DeadlineStatus::Overdue => "It is more than a year since it happened. You can still complain: the council can accept a later complaint if there was a good reason for waiting, so explain why.",
        _ => return None,
    };
    warning("late_complaint", text.to_string())
}

fn stage2_start_disputed(facts: &Facts) -> Option<Warning> {
    if facts.stage != Stage::Stage2 {
        return None;
    }
    let from = match facts.events.stage2_start() {
        Some((Event::AdrBeforeStage2Declined, _)) => {
            "the day you said no to informal resolution, which moved your complaint on (you did not enter the day you asked)"
        }
        _ => "your request",
    };
    let mut text = format!("People disagree about when the stage 2 clock starts: the day you asked for stage 2, or the day your complaint statement was agreed. We count from {from}");
    text.push_str(if facts.events.stage2_statement_agreed.is_some() {
        ", and also show the dates counted from the agreed statement."
    } else {
        ". If the council agrees a complaint statement with you, enter that date to see both."
    });
    if let (Some(council), Some(procedure)) = (facts.council, facts.procedure) {
        let counts_from = procedure
            .step("stage2_response")
            .map(|s| s.clock_starts.as_str());
        match counts_from {
            Some("stage2_statement_agreed") => text.push_str(&format!(
                " {}'s page counts from the agreed statement.",
                council.name
            )),
            Some(_) if from == "your request" => text.push_str(&format!(
                " {}'s page does not say. Counting from your request is our decision: it gives the earlier date to hold the council to.",
                council.name
            )),
            Some(_) => text.push_str(&format!(" {}'s page does not say.", council.name)),
            None => {}
        }
    }
    warning("stage2_start_disputed", text)
}

fn long_statement_gap(facts: &Facts) -> Option<Warning> {
    let e = facts.events;
    let (_, started) = e.stage2_start()?;
    let gap = calendar()
        .working_days_between(started, e.stage2_statement_agreed?)
        .ok()?;
    (gap > LONG_STATEMENT_GAP_WORKING_DAYS).then_some(())?;
    warning(
        "long_statement_gap",
        format!(
            "Your complaint statement was agreed {} after you asked for stage 2. The Ombudsman treats a long delay in agreeing the statement as a fault, so you can mention it.",
            working_days(i64::from(gap))
        ),
    )
}

/// The council's notes already say the page has moved: this warning says
/// only what to do about it, so that "no longer works" is said once.
fn council_page_moved(facts: &Facts) -> Option<Warning> {
    let (council, procedure) = (facts.council?, facts.procedure?);
    if procedure.page_url_works {
        return None;
    }
    let copy = match procedure.page_dated {
        Some(dated) => format!(
            "the copy of its page we used, dated {}",
            day_month_year(dated)
        ),
        None => format!(
            "the copy of its page we used (checked {})",
            day_month_year(procedure.checked)
        ),
    };
    let text = if procedure.is_current() {
        format!(
            "{} may have changed its procedure since {copy}. Check the council's website before you rely on its own promises: {}",
            council.name,
            procedure.link()
        )
    } else {
        format!(
            "We explain your complaint with an older version of {}'s page, the one we think was in use when you complained. Check the council's letters, and its current page, before you rely on its own promises: {}",
            council.name,
            procedure.link()
        )
    };
    warning("council_page_moved", text)
}

fn procedure_version_guessed(facts: &Facts) -> Option<Warning> {
    let (council, procedure) = (facts.council?, facts.procedure?);
    if !procedure.validity_assumed {
        return None;
    }
    warning(
        "procedure_version_guessed",
        format!(
            "{} has changed its page over time, and we do not know exactly when. We have guessed which version applies to your complaint: check the dates in the council's letters.",
            council.name
        ),
    )
}
