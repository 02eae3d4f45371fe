//! Scenario tests for the assessment engine: every stage, every deadline
//! status, the bank holidays that trip calculators up, each council with a
//! published procedure, and bad input. Every expected date is counted by
//! hand in a comment ("Day 0" is the triggering event; weekends and bank
//! holidays are skipped). "Today" is always passed in.

#[path = "../examples/mod.rs"]
mod examples;

use chrono::NaiveDate;
use proptest::prelude::*;

use complaint_navigator::core::assessment::{
    assess, Assessment, Basis, ContactKind, Deadline, DeadlineStatus, LeftBehind, LeftBehindBy,
    OmbudsmanPosition, Party, Reply, Stage, StepState, TimeUnit,
};
use complaint_navigator::core::calendar::calendar;
use complaint_navigator::core::case::{Case, CaseError, Event, Events};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn run(council: Option<&str>, events: Events, today: &str) -> Assessment {
    let case = Case::new(council.map(str::to_string), events);
    assess(&case, d(today)).unwrap_or_else(|e| panic!("assess failed: {e}"))
}

fn deadline<'a>(assessment: &'a Assessment, id: &str) -> &'a Deadline {
    assessment
        .deadlines
        .iter()
        .find(|deadline| deadline.id == id)
        .unwrap_or_else(|| {
            let ids: Vec<&str> = assessment.deadlines.iter().map(|d| d.id.as_str()).collect();
            panic!("no deadline {id}; have {ids:?}")
        })
}

fn has_deadline(assessment: &Assessment, id: &str) -> bool {
    assessment
        .deadlines
        .iter()
        .any(|deadline| deadline.id == id)
}

fn skipped(deadline: &Deadline) -> Vec<&str> {
    deadline
        .counting
        .holidays_skipped
        .iter()
        .map(|h| h.name.as_str())
        .collect()
}

fn step_ids(assessment: &Assessment) -> Vec<&str> {
    assessment
        .next_steps
        .iter()
        .map(|s| s.id.as_str())
        .collect()
}

fn warning_ids(assessment: &Assessment) -> Vec<&str> {
    assessment.warnings.iter().map(|w| w.id.as_str()).collect()
}

/// Complaint received on Friday 19 December 2025 (statutory procedure).
fn christmas_complaint() -> Events {
    examples::events("christmas")
}

// ---------------------------------------------------------------------------
// Stage 1 and every status

#[test]
fn not_started_asks_for_the_complaint_date() {
    let a = run(None, Events::default(), "2026-01-05");
    assert_eq!(a.stage, Stage::NotStarted);
    assert_eq!(
        a.headline,
        "Tell us when the council received your complaint to see your deadlines."
    );
    assert!(a.deadlines.is_empty());
    assert_eq!(step_ids(&a), ["make_complaint"]);
    assert!(a.timeline.iter().all(|s| s.state == StepState::NotStarted));
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::NotYet);
}

#[test]
fn reg_9_the_year_to_complain_runs_from_when_it_happened() {
    // It happened Mon 3 Mar 2025; "within one year of the grounds arising"
    // ends on the same date a year later: Tue 3 Mar 2026.
    let events = Events {
        problem_happened: Some(d("2025-03-03")),
        ..Events::default()
    };
    let a = run(None, events, "2026-01-05");
    let limit = deadline(&a, "complaint_time_limit");
    assert_eq!(limit.due, d("2026-03-03"));
    assert_eq!(limit.owed_by, Party::You);
    assert_eq!(limit.counting.unit, TimeUnit::Years);
    assert_eq!(limit.counting.start_event, "problem_happened");
    assert_eq!(limit.status, DeadlineStatus::Upcoming);
    assert_eq!(a.next_steps[0].by, Some(d("2026-03-03")));

    // Knowing only when the family found out gives no date "set by law":
    // the law's year runs from when it happened.
    let events = Events {
        problem_noticed: Some(d("2025-03-03")),
        ..Events::default()
    };
    let a = run(None, events, "2026-01-05");
    assert!(!has_deadline(&a, "complaint_time_limit"));
}

#[test]
fn christmas_upcoming() {
    // Day 0 Fri 19 Dec 2025. Mon 22 (1), Tue 23 (2), Wed 24 (3), [Thu 25
    // Christmas, Fri 26 Boxing Day, weekend], Mon 29 (4), Tue 30 (5), Wed 31
    // (6), [Thu 1 Jan New Year], Fri 2 (7), [weekend], Mon 5 (8), Tue 6 (9),
    // Wed 7 Jan 2026 (10). From Mon 5 Jan: Tue 6, Wed 7 = 2 working days left.
    let a = run(None, christmas_complaint(), "2026-01-05");
    assert_eq!(a.stage, Stage::Stage1);
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.due, d("2026-01-07"));
    assert_eq!(reply.status, DeadlineStatus::Upcoming);
    assert_eq!(reply.working_days_remaining, Some(2));
    assert_eq!(reply.owed_by, Party::Council);
    assert_eq!(reply.basis, Basis::Law);
    assert_eq!(reply.source.citation, "SI 2006/1738 reg 14");
    assert_eq!(
        skipped(reply),
        ["Christmas Day", "Boxing Day", "New Year’s Day"]
    );
    assert_eq!(
        reply.counting.explanation,
        "Day 0 is the day the council received your complaint; we counted 10 working days after it, skipping weekends and bank holidays."
    );
    assert_eq!(
        a.headline,
        "Stage 1: the council should reply by Wednesday 7 January 2026, in 2 working days."
    );
    // The 20-day version appears only if extended or once 10 days pass.
    assert!(!has_deadline(&a, "stage1_response_extended"));
    assert_eq!(step_ids(&a), ["wait", "stage2_if_no_reply"]);
    assert_eq!(
        a.next_steps[0].text,
        "Wait for the council's reply: it is due by Wednesday 7 January 2026."
    );
    // From the first day, when stage 2 may be asked for without a reply:
    // 20 working days from Fri 19 Dec 2025 (Christmas, Boxing Day and New
    // Year's Day skipped) end Wed 21 Jan 2026; the next working day is Thu 22.
    assert_eq!(
        a.next_steps[1].text,
        "If there is still no reply by Wednesday 21 January 2026 (20 working days, the longest the law allows), you can ask for stage 2 from Thursday 22 January 2026 without waiting any longer."
    );
    assert_eq!(a.timeline[0].state, StepState::InProgress);
    assert_eq!(
        a.timeline[0].detail,
        "Reply due by Wednesday 7 January 2026."
    );
    assert_eq!(a.council.id, None);
    assert!(a.council.statutory_only);
    assert_eq!(
        a.council.notes,
        ["We use the timescales set by law. Your council's own page may promise shorter ones."]
    );
    assert!(a.warnings.is_empty());
}

#[test]
fn christmas_due_today() {
    let a = run(None, christmas_complaint(), "2026-01-07");
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.status, DeadlineStatus::DueToday);
    assert_eq!(reply.working_days_remaining, Some(0));
    assert_eq!(
        a.headline,
        "Stage 1: the council's reply is due today, Wednesday 7 January 2026."
    );
}

#[test]
fn christmas_overdue_shows_the_longest_time() {
    // Due Wed 7 Jan 2026; today Mon 12 Jan: Thu 8, Fri 9, Mon 12 = 3 late.
    // 20 working days: from Wed 7 Jan (10), Thu 8 (11), Fri 9 (12), Mon 12
    // (13) ... Fri 16 (17), Mon 19 (18), Tue 20 (19), Wed 21 Jan 2026 (20);
    // from Mon 12: 13, 14, 15, 16, 19, 20, 21 = 7 left.
    let a = run(None, christmas_complaint(), "2026-01-12");
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.status, DeadlineStatus::Overdue);
    assert_eq!(reply.working_days_late, Some(3));
    assert_eq!(reply.working_days_remaining, None);
    assert_eq!(
        a.headline,
        "Stage 1: the council's reply is 3 working days late. It was due by Wednesday 7 January 2026."
    );
    let longest = deadline(&a, "stage1_response_extended");
    assert_eq!(longest.due, d("2026-01-21"));
    assert_eq!(longest.status, DeadlineStatus::Upcoming);
    assert_eq!(longest.working_days_remaining, Some(7));
    assert_eq!(step_ids(&a), ["chase", "stage2_if_no_reply"]);
    assert_eq!(a.next_steps[1].by, Some(d("2026-01-21")));
    assert_eq!(a.timeline[0].state, StepState::Overdue);
}

/// The longest limit's "if it passes without a reply, you can ask for stage
/// 2" is advice only while it is open: once the reply has come (within it,
/// on Friday 9 January 2026), the note explains the date and stops there.
#[test]
fn the_longest_limits_advice_goes_once_the_reply_has_come() {
    let advice =
        "If it passes without a reply, you can ask for stage 2 without waiting any longer.";
    let waiting = run(None, christmas_complaint(), "2026-01-12");
    let open = deadline(&waiting, "stage1_response_extended");
    assert_eq!(open.status, DeadlineStatus::Upcoming);
    assert!(
        open.note.as_deref().unwrap().ends_with(advice),
        "{:?}",
        open.note
    );
    let events = Events {
        stage1_response_received: Some(d("2026-01-09")),
        ..christmas_complaint()
    };
    let replied = run(None, events, "2026-01-12");
    let done = deadline(&replied, "stage1_response_extended");
    assert!(!done.status.is_open(), "{:?}", done.status);
    assert_eq!(
        done.note.as_deref(),
        Some("The council has not told you it needs more time, so its reply was due by the usual date (10 working days). This date, 20 working days, is the longest the law ever allows at stage 1, and only if the complaint is complex or an advocate is needed.")
    );
}

#[test]
fn extended_stage1_waits_for_the_longer_date() {
    let events = Events {
        stage1_extended: true,
        ..christmas_complaint()
    };
    // Mon 5 Jan to Wed 21 Jan 2026: 6, 7, 8, 9, 12-16, 19, 20, 21 = 12.
    let a = run(None, events, "2026-01-05");
    assert_eq!(
        deadline(&a, "stage1_response_extended").due,
        d("2026-01-21")
    );
    assert_eq!(
        a.headline,
        "Stage 1: the council should reply by Wednesday 21 January 2026, in 12 working days."
    );
}

#[test]
fn stage1_met_then_the_family_has_20_working_days() {
    // Reply on Tue 6 Jan 2026, before Wed 7 Jan: met. Stage 2 request: 20
    // working days after Tue 6 Jan: Jan 7-9 (3), 12-16 (8), 19-23 (13),
    // 26-30 (18), Mon 2 Feb (19), Tue 3 Feb 2026 (20). From Mon 12 Jan:
    // 13-16 (4), 19-23 (9), 26-30 (14), Feb 2, 3 (16).
    let events = Events {
        stage1_response_received: Some(d("2026-01-06")),
        ..christmas_complaint()
    };
    let a = run(None, events, "2026-01-12");
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.status, DeadlineStatus::Met);
    assert_eq!(reply.done_on, Some(d("2026-01-06")));
    let ask = deadline(&a, "stage2_request");
    assert_eq!(ask.due, d("2026-02-03"));
    assert_eq!(ask.owed_by, Party::You);
    assert_eq!(ask.status, DeadlineStatus::Upcoming);
    assert_eq!(
        a.headline,
        "Stage 1: the council has replied. If you are still not happy, ask for stage 2 by Tuesday 3 February 2026, in 16 working days."
    );
    assert_eq!(step_ids(&a), ["ask_stage2"]);
    assert_eq!(a.timeline[0].state, StepState::Completed);
    assert_eq!(
        a.timeline[1].detail,
        "If you are not happy with the stage 1 reply, ask by Tuesday 3 February 2026."
    );
}

#[test]
fn stage1_late_reply() {
    // Reply on Fri 9 Jan 2026, due Wed 7 Jan: Thu 8, Fri 9 = 2 late; it came
    // before the longest date (Wed 21 Jan), which is met.
    let events = Events {
        stage1_response_received: Some(d("2026-01-09")),
        ..christmas_complaint()
    };
    let a = run(None, events, "2026-01-12");
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.status, DeadlineStatus::Late);
    assert_eq!(reply.working_days_late, Some(2));
    assert_eq!(
        deadline(&a, "stage1_response_extended").status,
        DeadlineStatus::Met
    );
}

#[test]
fn after_20_working_days_without_a_reply_you_can_ask_for_stage_2() {
    // Longest date Wed 21 Jan 2026; today Thu 22 Jan: 1 late. The usual date
    // (Wed 7 Jan) is 11 late: 8, 9, 12-16, 19-22.
    let a = run(None, christmas_complaint(), "2026-01-22");
    assert_eq!(
        deadline(&a, "stage1_response_extended").status,
        DeadlineStatus::Overdue
    );
    assert_eq!(deadline(&a, "stage1_response").working_days_late, Some(11));
    assert_eq!(step_ids(&a), ["ask_stage2_now", "chase"]);
    assert!(a.next_steps[0]
        .text
        .starts_with("You can ask for stage 2 now: 20 working days have passed without a reply"));
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::NotYet);
    assert_eq!(
        a.timeline[1].detail,
        "You can ask for stage 2 now: stage 1 has taken too long."
    );
}

#[test]
fn serious_delay_lets_the_ombudsman_look_early() {
    // Usual date Wed 7 Jan 2026; today Mon 9 Feb: 11 (to 22 Jan) + 23, 26-30,
    // Feb 2-6, 9 (12) = 23 working days late, more than 20.
    let a = run(None, christmas_complaint(), "2026-02-09");
    assert_eq!(deadline(&a, "stage1_response").working_days_late, Some(23));
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::CanGoEarly);
    assert!(a
        .ombudsman
        .explanation
        .starts_with("The council's reply is 23 working days late."));
    assert_eq!(a.ombudsman.phone, "0300 061 0614");
    assert_eq!(a.ombudsman.website, "https://www.lgo.org.uk");
    // Open to the family, who have not gone yet: not "in progress".
    assert_eq!(a.timeline[3].state, StepState::Open);
}

#[test]
fn stage2_asked_early_after_stage1_took_too_long() {
    // Longest stage 1 date Wed 21 Jan 2026; stage 2 asked Fri 23 Jan, then a
    // late stage 1 reply on Mon 26 Jan: allowed, because 20 days had passed.
    let events = Events {
        stage2_requested: Some(d("2026-01-23")),
        stage1_response_received: Some(d("2026-01-26")),
        ..christmas_complaint()
    };
    let a = run(None, events, "2026-01-27");
    assert_eq!(a.stage, Stage::Stage2);
    // 25 working days after Fri 23 Jan: 26-30 (5), Feb 2-6 (10), 9-13 (15),
    // 16-20 (20), 23-27 (25) = Fri 27 Feb 2026.
    assert_eq!(deadline(&a, "stage2_response").due, d("2026-02-27"));
    assert_eq!(deadline(&a, "stage2_request").status, DeadlineStatus::Met);
}

// ---------------------------------------------------------------------------
// Bank holidays

#[test]
fn easter_2026() {
    // Day 0 Wed 1 Apr 2026. Thu 2 (1), [Good Friday 3, weekend, Easter Monday
    // 6], Tue 7 (2) ... Fri 10 (5), Mon 13 (6) ... Fri 17 Apr 2026 (10).
    let events = Events {
        complaint_received: Some(d("2026-04-01")),
        ..Events::default()
    };
    let a = run(None, events, "2026-04-02");
    let reply = deadline(&a, "stage1_response");
    assert_eq!(reply.due, d("2026-04-17"));
    assert_eq!(skipped(reply), ["Good Friday", "Easter Monday"]);
    // From Thu 2 Apr: 7, 8, 9, 10, 13-17 = 9.
    assert_eq!(reply.working_days_remaining, Some(9));
}

#[test]
fn state_funeral_2022_and_a_late_stage2_request() {
    // Reply Fri 12 Aug 2022. Stage 2 request: Aug 15-19 (5), 22-26 (10),
    // [Mon 29 Aug summer bank holiday], 30, 31, Sep 1, 2 (14), 5-9 (19), Mon
    // 12 Sep 2022 (20). Asked Thu 15 Sep: 13, 14, 15 = 3 late.
    // Stage 2 reply: day 0 Thu 15 Sep 2022; Fri 16 (1), [Mon 19 Sep state
    // funeral], Tue 20-Fri 23 (5), Sep 26-30 (10), Oct 3-7 (15), 10-14 (20),
    // 17-21 (25) = Fri 21 Oct 2022.
    let events = Events {
        complaint_received: Some(d("2022-08-01")),
        stage1_response_received: Some(d("2022-08-12")),
        stage2_requested: Some(d("2022-09-15")),
        ..Events::default()
    };
    let a = run(None, events.clone(), "2022-09-20");
    assert_eq!(a.stage, Stage::Stage2);
    let ask = deadline(&a, "stage2_request");
    assert_eq!(ask.due, d("2022-09-12"));
    assert_eq!(ask.status, DeadlineStatus::Late);
    assert_eq!(ask.working_days_late, Some(3));
    assert_eq!(skipped(ask), ["Summer bank holiday"]);
    let reply = deadline(&a, "stage2_response");
    assert_eq!(reply.due, d("2022-10-21"));
    assert_eq!(
        skipped(reply),
        ["Bank Holiday for the State Funeral of Queen Elizabeth II"]
    );
    assert_eq!(reply.source.citation, "SI 2006/1738 reg 17");
    assert!(warning_ids(&a).contains(&"stage2_start_disputed"));
    assert!(a.rights.iter().any(|r| r.id == "independent_person"));
    // Once the stage 2 reply has come, the dispute about its start is no
    // longer a date to act on: the note goes (stage 3 is asked for next).
    let replied = Events {
        stage2_response_received: Some(d("2022-10-20")),
        ..events
    };
    let a = run(None, replied, "2022-10-24");
    assert_eq!(a.stage, Stage::Stage2);
    assert!(!warning_ids(&a).contains(&"stage2_start_disputed"));
}

#[test]
fn coronation_2023_at_stage3() {
    // Stage 3 asked Mon 6 Mar 2023. Panel within 30 working days: Mar 7-10
    // (4), 13-17 (9), 20-24 (14), 27-31 (19), Apr 3-6 (23), [Good Friday 7,
    // Easter Monday 10], Apr 11-14 (27), 17, 18, 19 (30) = Wed 19 Apr 2023.
    // Met Wed 3 May: 20, 21, 24-28, [Mon 1 May early May], 2, 3 = 9 late.
    // Panel report: day 0 Wed 3 May; Thu 4 (1), Fri 5 (2), [Mon 8 May
    // coronation], Tue 9 (3), Wed 10 (4), Thu 11 May 2023 (5).
    let events = Events {
        complaint_received: Some(d("2023-01-09")),
        stage1_response_received: Some(d("2023-01-20")),
        stage2_requested: Some(d("2023-01-23")),
        stage2_response_received: Some(d("2023-02-24")),
        stage3_requested: Some(d("2023-03-06")),
        panel_met: Some(d("2023-05-03")),
        ..Events::default()
    };
    let a = run(None, events, "2023-05-09");
    assert_eq!(a.stage, Stage::Stage3);
    let panel = deadline(&a, "panel_meeting");
    assert_eq!(panel.due, d("2023-04-19"));
    assert_eq!(panel.status, DeadlineStatus::Late);
    assert_eq!(panel.working_days_late, Some(9));
    assert_eq!(panel.source.citation, "SI 2006/1738 reg 19(4)");
    let report = deadline(&a, "panel_report");
    assert_eq!(report.due, d("2023-05-11"));
    assert_eq!(report.owed_by, Party::Panel);
    assert_eq!(
        skipped(report),
        ["Bank holiday for the coronation of King Charles III"]
    );
    // From Tue 9 May: Wed 10, Thu 11 = 2.
    assert_eq!(report.working_days_remaining, Some(2));
    assert_eq!(
        a.headline,
        "Stage 3: the review panel should send its report by Thursday 11 May 2023, in 2 working days."
    );
    assert!(a.rights.iter().any(|r| r.id == "panel_with_support"));
    assert_eq!(a.timeline[2].state, StepState::InProgress);
}

#[test]
fn dates_in_predicted_years_are_flagged() {
    // 2031 is after the bank-holiday data, so its holidays are predicted.
    let events = Events {
        complaint_received: Some(d("2031-03-03")),
        ..Events::default()
    };
    let a = run(None, events, "2031-03-04");
    assert!(deadline(&a, "stage1_response").relies_on_predicted_holidays);
    let warning = a
        .warnings
        .iter()
        .find(|w| w.id == "predicted_holidays")
        .unwrap();
    assert!(warning
        .text
        .starts_with("Some dates assume the usual bank holidays for 2031; check nearer the time"));
}

// ---------------------------------------------------------------------------
// Stage 2 and 3

#[test]
fn extended_stage2_65_working_days() {
    // Asked Mon 2 Feb 2026. 25 days: Feb 3-6 (4), 9-13 (9), 16-20 (14),
    // 23-27 (19), Mar 2-6 (24), Mon 9 Mar 2026 (25). 65 days: ... Mar 30-Apr
    // 2 (43), [Good Friday 3, Easter Monday 6 Apr], Apr 7-10 (47), 13-17
    // (52), 20-24 (57), Apr 27-May 1 (62), [Mon 4 May early May], 5, 6, Thu 7
    // May 2026 (65). From Mon 16 Mar: Mar 17-20 (4), 23-27 (9), Mar 30-Apr 2
    // (13), Apr 7-10 (17), 13-17 (22), 20-24 (27), Apr 27-May 1 (32), May
    // 5-7 (35).
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-02-02")),
        stage2_extended: true,
        ..Events::default()
    };
    let a = run(None, events, "2026-03-16");
    // The council said it needs more time: the usual 25 days (Mon 9 Mar)
    // are replaced, so they are not shown as overdue.
    assert!(!has_deadline(&a, "stage2_response"));
    let longest = deadline(&a, "stage2_response_extended");
    assert_eq!(
        longest.title,
        "The council's stage 2 reply, with the extra time"
    );
    assert!(longest
        .note
        .as_deref()
        .unwrap()
        .starts_with("The council said it needs more time, so the longer limit applies"));
    assert_eq!(longest.due, d("2026-05-07"));
    assert_eq!(longest.working_days_remaining, Some(35));
    assert_eq!(
        skipped(longest),
        ["Good Friday", "Easter Monday", "Early May bank holiday"]
    );
    assert_eq!(
        a.headline,
        "Stage 2: the council should send its stage 2 reply by Thursday 7 May 2026, in 35 working days."
    );
    assert!(a.rights.iter().any(|r| r.id == "reasons_for_more_time"));
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::NotYet);
}

#[test]
fn stage2_counted_from_the_agreed_statement_too() {
    // Asked Mon 2 Feb 2026 (25 days: Mon 9 Mar). Statement agreed Wed 4 Mar:
    // 2 (Feb 3-6 = 4), 9-13 (9), 16-20 (14), 23-27 (19), Mar 2-4 (22) = 22
    // working days after the request, more than 10. From the statement, 25
    // days: Mar 5, 6 (2), 9-13 (7), 16-20 (12), 23-27 (17), Mar 30-Apr 2
    // (21), [Easter], Apr 7-10 (25) = Fri 10 Apr 2026.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-02-02")),
        stage2_statement_agreed: Some(d("2026-03-04")),
        ..Events::default()
    };
    let a = run(None, events, "2026-03-05");
    assert_eq!(deadline(&a, "stage2_response").due, d("2026-03-09"));
    assert_eq!(
        deadline(&a, "stage2_response_from_statement").due,
        d("2026-04-10")
    );
    assert!(!has_deadline(&a, "stage2_response_extended_from_statement"));
    let warnings = warning_ids(&a);
    assert!(warnings.contains(&"stage2_start_disputed"));
    assert!(warnings.contains(&"long_statement_gap"));
    let gap = a
        .warnings
        .iter()
        .find(|w| w.id == "long_statement_gap")
        .unwrap();
    assert!(gap
        .text
        .contains("22 working days after you asked for stage 2"));
}

#[test]
fn stage2_reply_then_stage3_request() {
    // Stage 2 reply Fri 27 Feb 2026. Stage 3 request: 20 working days: Mar
    // 2-6 (5), 9-13 (10), 16-20 (15), 23-27 (20) = Fri 27 Mar 2026.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-02-02")),
        stage2_response_received: Some(d("2026-02-27")),
        ..Events::default()
    };
    let a = run(None, events, "2026-03-30");
    let ask = deadline(&a, "stage3_request");
    assert_eq!(ask.due, d("2026-03-27"));
    assert_eq!(ask.status, DeadlineStatus::Overdue);
    assert_eq!(ask.source.citation, "SI 2006/1738 reg 18");
    assert_eq!(
        a.headline,
        "Stage 2: the council has sent its stage 2 reply. The usual time to ask for a review panel (stage 3) ended on Friday 27 March 2026, but you can still do it: explain why it is late."
    );
    assert_eq!(step_ids(&a), ["ask_stage3"]);
    assert_eq!(a.timeline[1].state, StepState::Completed);
    assert!(a.rights.iter().any(|r| r.id == "review_panel"));
}

#[test]
fn stage3_waiting_for_the_final_response() {
    // Report received Fri 19 May 2023; final response within 15 working
    // days: 22-26 (5), [Mon 29 May spring bank holiday], 30, 31, Jun 1, 2
    // (9), 5-9 (14), Mon 12 Jun 2023 (15).
    let events = Events {
        complaint_received: Some(d("2023-01-09")),
        stage1_response_received: Some(d("2023-01-20")),
        stage2_requested: Some(d("2023-01-23")),
        stage2_response_received: Some(d("2023-02-24")),
        stage3_requested: Some(d("2023-03-06")),
        panel_met: Some(d("2023-04-18")),
        panel_report_received: Some(d("2023-05-19")),
        ..Events::default()
    };
    let a = run(None, events, "2023-05-22");
    let last = deadline(&a, "final_response");
    assert_eq!(last.due, d("2023-06-12"));
    assert_eq!(last.source.citation, "SI 2006/1738 reg 20(3)");
    assert_eq!(deadline(&a, "panel_meeting").status, DeadlineStatus::Met);
    // Report due 5 days after Tue 18 Apr: Tue 25 Apr; it came Fri 19 May.
    assert_eq!(deadline(&a, "panel_report").status, DeadlineStatus::Late);
    assert_eq!(
        a.timeline[2].detail,
        "Final response due by Monday 12 June 2023."
    );
}

#[test]
fn s26b_finished_and_the_laws_ombudsman_date_leads() {
    // Final response Fri 9 May 2025. The law: 12 months beginning with Mon 2
    // Dec 2024 (when the family first knew), so the last day is Mon 1 Dec
    // 2025. Our guide: 12 months beginning with Fri 9 May 2025, so the last
    // day is Fri 8 May 2026.
    let events = Events {
        problem_noticed: Some(d("2024-12-02")),
        complaint_received: Some(d("2025-01-06")),
        stage1_response_received: Some(d("2025-01-17")),
        stage2_requested: Some(d("2025-01-27")),
        stage2_response_received: Some(d("2025-03-03")),
        stage3_requested: Some(d("2025-03-10")),
        panel_met: Some(d("2025-04-14")),
        panel_report_received: Some(d("2025-04-22")),
        final_response_received: Some(d("2025-05-09")),
        ..Events::default()
    };
    let a = run(None, events, "2025-06-02");
    assert_eq!(a.stage, Stage::Finished);
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::CanGoNow);
    assert_eq!(a.ombudsman.time_limit, Some(d("2025-12-01")));
    let law = deadline(&a, "ombudsman_time_limit_from_problem");
    assert_eq!(law.due, d("2025-12-01"));
    assert_eq!(law.basis, Basis::Law);
    assert!(!law.guidance);
    assert_eq!(law.title, "Going to the Ombudsman: the law's time limit");
    assert_eq!(law.source.citation, "Local Government Act 1974 s26B(2)");
    assert_eq!(law.status, DeadlineStatus::Upcoming);
    assert!(law
        .counting
        .explanation
        .starts_with("The 12 months begin with the day you first noticed the problem"));
    let guide = deadline(&a, "ombudsman_time_limit");
    assert_eq!(guide.due, d("2026-05-08"));
    assert_eq!(guide.title, "Going to the Ombudsman: our guide date");
    assert!(guide.guidance);
    assert_eq!(
        guide.source.citation,
        "Our guide, based on the Local Government Act 1974 s26B and the Ombudsman's practice"
    );
    // The law's date first, the guide second.
    let ids: Vec<&str> = a.deadlines.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids[ids.len() - 2..],
        ["ombudsman_time_limit_from_problem", "ombudsman_time_limit"]
    );
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. If you are still not happy, go to the Ombudsman by Monday 1 December 2025: that is the law's time limit."
    );
    assert_eq!(step_ids(&a), ["go_to_ombudsman"]);
    assert_eq!(a.next_steps[0].by, Some(d("2025-12-01")));
    assert!(a.timeline[..3]
        .iter()
        .all(|s| s.state == StepState::Completed));
    assert_eq!(a.timeline[3].state, StepState::Open);
    assert_eq!(
        a.timeline[3].detail,
        "You can go now. Go by Monday 1 December 2025 (the law's time limit)."
    );
    assert!(a.ombudsman.explanation.contains(
        "The law's time limit is 12 months beginning with the day you first knew about the problem: go by Monday 1 December 2025."
    ));
    assert!(a.ombudsman.explanation.contains(
        "As a guide, counting 12 months from the end of the council's procedure instead gives Friday 8 May 2026: that is not a date fixed by law."
    ));
    // Every other deadline was met.
    assert!(a
        .deadlines
        .iter()
        .filter(|d| !d.id.starts_with("ombudsman_time_limit"))
        .all(|d| d.status == DeadlineStatus::Met));

    // Tue 2 Dec 2025: the law's period has passed; the Ombudsman can still
    // look at it for a good reason.
    let a = run(
        None,
        a_finished_case_noticed_2_december_2024(),
        "2025-12-02",
    );
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. The law's time limit for going to the Ombudsman ended on Monday 1 December 2025, but it can still look at your complaint if there is a good reason, such as waiting for the council's procedure to finish: go as soon as you can."
    );
    assert!(a.next_steps[0].text.contains("the law's time limit ended on Monday 1 December 2025, but it can look at a later complaint if there is a good reason"));
    assert!(a.ombudsman.explanation.contains("ended on Monday 1 December 2025. The Ombudsman can still look at your complaint after that if there is a good reason"));
}

fn a_finished_case_noticed_2_december_2024() -> Events {
    Events {
        problem_noticed: Some(d("2024-12-02")),
        complaint_received: Some(d("2025-01-06")),
        stage1_response_received: Some(d("2025-01-17")),
        stage2_requested: Some(d("2025-01-27")),
        stage2_response_received: Some(d("2025-03-03")),
        stage3_requested: Some(d("2025-03-10")),
        panel_met: Some(d("2025-04-14")),
        panel_report_received: Some(d("2025-04-22")),
        final_response_received: Some(d("2025-05-09")),
        ..Events::default()
    }
}

#[test]
fn s26b_twelve_months_beginning_with_the_day_end_the_day_before_the_anniversary() {
    // The issue's own example: notice Fri 15 Mar 2024, last day Fri 14 Mar
    // 2025. Across 29 February: 12 months beginning with Thu 29 Feb 2024
    // are the 12 months from Wed 28 Feb 2024, ending Fri 28 Feb 2025; those
    // beginning with Fri 1 Mar 2024 end on the same day.
    for (noticed, last_day) in [
        ("2024-03-15", "2025-03-14"),
        ("2024-02-29", "2025-02-28"),
        ("2024-03-01", "2025-02-28"),
        ("2024-03-31", "2025-03-30"),
    ] {
        let events = Events {
            problem_noticed: Some(d(noticed)),
            complaint_received: Some(d("2024-04-02")),
            stage1_response_received: Some(d("2024-04-10")),
            stage2_requested: Some(d("2024-04-11")),
            stage2_refused: Some(d("2024-04-12")),
            ..Events::default()
        };
        let a = run(None, events, "2024-04-15");
        assert_eq!(
            deadline(&a, "ombudsman_time_limit_from_problem").due,
            d(last_day),
            "{noticed}"
        );
    }
}

#[test]
fn refusing_stage2_lets_the_ombudsman_step_in() {
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-01-20")),
        stage2_refused: Some(d("2026-01-27")),
        ..Events::default()
    };
    let a = run(Some("leeds"), events, "2026-01-28");
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::CanGoEarly);
    // No date of first knowing was entered: the law's 12 months, at the
    // latest from the complaint's receipt (Mon 5 Jan 2026), end Mon 4 Jan
    // 2027, before our guide from the refusal (Tue 26 Jan 2027).
    assert_eq!(a.ombudsman.time_limit, Some(d("2027-01-04")));
    assert_eq!(
        a.headline,
        "Stage 2: the council refused to start stage 2 on Tuesday 27 January 2026. The Ombudsman treats this as a fault, so you can ask it to step in now."
    );
    assert_eq!(step_ids(&a), ["ask_ombudsman_now"]);
    assert_eq!(a.timeline[1].state, StepState::Overdue);
    assert_eq!(a.council.name, "Leeds City Council");
    assert!(a.council.statutory_only);
}

#[test]
fn reg_9_a_complaint_made_more_than_a_year_late_is_flagged() {
    // Happened Wed 10 Jan 2024: the year ended Fri 10 Jan 2025; the
    // complaint reached the council Mon 3 Feb 2025.
    let events = Events {
        problem_happened: Some(d("2024-01-10")),
        complaint_received: Some(d("2025-02-03")),
        ..Events::default()
    };
    let a = run(None, events, "2025-02-04");
    let limit = deadline(&a, "complaint_time_limit");
    assert_eq!(limit.due, d("2025-01-10"));
    assert_eq!(limit.status, DeadlineStatus::Late);
    assert!(warning_ids(&a).contains(&"late_complaint"));
}

#[test]
fn reg_9_finding_out_later_is_a_reason_the_council_can_accept() {
    // Happened Wed 10 Jan 2024, found out Mon 2 Dec 2024, complained Mon 3
    // Feb 2025: late by the law's year, and the note says why that may be
    // accepted.
    let events = Events {
        problem_happened: Some(d("2024-01-10")),
        problem_noticed: Some(d("2024-12-02")),
        complaint_received: Some(d("2025-02-03")),
        ..Events::default()
    };
    let a = run(None, events, "2025-02-04");
    let limit = deadline(&a, "complaint_time_limit");
    assert_eq!(limit.due, d("2025-01-10"));
    let note = limit.note.as_deref().unwrap();
    assert!(
        note.contains("You found out about it on Monday 2 December 2024, after it happened on Wednesday 10 January 2024."),
        "{note}"
    );
    assert!(
        note.contains("finding out late can be such a reason"),
        "{note}"
    );
}

// ---------------------------------------------------------------------------
// Councils with a published procedure

fn has_council_promise(a: &Assessment, id: &str) -> bool {
    a.deadlines
        .iter()
        .any(|d| d.id == id && d.basis == Basis::CouncilPromise)
}

#[test]
fn thurrock_older_page_chooses_the_panel_in_30_calendar_days() {
    // Complaint in 2018: the older page applies. Stage 3 asked Tue 1 May
    // 2018. Council's promise: panel chosen within 30 calendar days = Thu 31
    // May 2018. The law: panel meets within 30 working days: May 2-4 (3),
    // [Mon 7 May early May], 8-11 (7), 14-18 (12), 21-25 (17), [Mon 28 May
    // spring], 29-31, Jun 1 (21), 4-8 (26), 11-14 (30) = Thu 14 Jun 2018.
    let events = Events {
        complaint_received: Some(d("2018-03-01")),
        stage1_response_received: Some(d("2018-03-14")),
        stage2_requested: Some(d("2018-03-20")),
        stage2_response_received: Some(d("2018-04-20")),
        stage3_requested: Some(d("2018-05-01")),
        ..Events::default()
    };
    let a = run(Some("thurrock"), events, "2018-05-15");
    let chosen = deadline(&a, "panel_appointed");
    assert_eq!(chosen.basis, Basis::CouncilPromise);
    assert_eq!(chosen.counting.unit, TimeUnit::CalendarDays);
    assert_eq!(chosen.due, d("2018-05-31"));
    assert!(chosen
        .source
        .citation
        .starts_with("Thurrock Council's complaints page (checked 22 November 2026"));
    assert!(chosen
        .note
        .as_deref()
        .unwrap()
        .contains("What matters is the meeting"));
    let meeting = deadline(&a, "panel_meeting");
    assert_eq!(meeting.basis, Basis::Law);
    assert_eq!(meeting.due, d("2018-06-14"));
    // The older page's address has moved.
    assert!(warning_ids(&a).contains(&"council_page_moved"));
    assert!(warning_ids(&a).contains(&"procedure_version_guessed"));
    // Before any date there is nothing for a version to apply to.
    let no_dates = complaint_navigator::core::case::Case::new(
        Some("thurrock".to_string()),
        complaint_navigator::core::case::Events::default(),
    );
    let before = assess(&no_dates, d("2026-01-05")).unwrap();
    assert!(!warning_ids(&before).contains(&"procedure_version_guessed"));
    assert!(!a.council.statutory_only);
    assert!(a
        .council
        .differences
        .iter()
        .any(|d| d.id == "panel-appointed-30-days"));
    assert!(
        a.council
            .contacts
            .iter()
            .any(|c| c.value.contains("01375 652 643")
                && c.href.as_deref() == Some("tel:01375652643"))
    );
}

#[test]
fn thurrock_current_page_offers_adr() {
    // Complaint in 2025: the current page. ADR offered before stage 2 and not
    // yet turned down: it is the family's choice.
    let events = Events {
        complaint_received: Some(d("2025-06-02")),
        stage1_response_received: Some(d("2025-06-13")),
        stage2_requested: Some(d("2025-06-16")),
        adr_before_stage2_offered: true,
        ..Events::default()
    };
    let a = run(Some("E06000034"), events, "2025-06-18");
    assert_eq!(a.council.id.as_deref(), Some("thurrock"));
    assert!(step_ids(&a).contains(&"adr_choice"));
    assert!(!warning_ids(&a).contains(&"council_page_moved"));
    assert!(a
        .council
        .notes
        .iter()
        .any(|n| n.contains("alternative dispute resolution (ADR)")));
    // Thurrock promises the law's times at stage 1 and 2: no separate dates.
    assert!(!a.deadlines.iter().any(|d| d.basis == Basis::CouncilPromise));
}

#[test]
fn essex_says_usually_but_the_law_says_must() {
    // Stage 3 asked Mon 10 Mar 2025: 30 working days = Mar 11-14 (4), 17-21
    // (9), 24-28 (14), Mar 31-Apr 4 (19), 7-11 (24), 14-17 (28), [Good
    // Friday 18, Easter Monday 21], 22, 23 (30) = Wed 23 Apr 2025. Same date
    // as the law, so no separate deadline: the note explains "usually".
    let events = Events {
        complaint_received: Some(d("2025-01-06")),
        stage1_response_received: Some(d("2025-01-17")),
        stage2_requested: Some(d("2025-01-27")),
        stage2_response_received: Some(d("2025-03-03")),
        stage3_requested: Some(d("2025-03-10")),
        ..Events::default()
    };
    let a = run(Some("essex"), events, "2025-03-11");
    let meeting = deadline(&a, "panel_meeting");
    assert_eq!(meeting.due, d("2025-04-23"));
    assert_eq!(meeting.basis, Basis::Law);
    assert!(meeting.note.as_deref().unwrap().contains("usually"));
    assert!(!has_council_promise(&a, "panel_meeting_council"));
    // The 2018 page is dead: link to the council's site and say so.
    assert_eq!(
        a.council.page_url.as_deref(),
        Some("https://www.essex.gov.uk/")
    );
    assert!(a
        .council
        .notes
        .iter()
        .any(|n| n.contains("no longer works")));
    assert!(warning_ids(&a).contains(&"council_page_moved"));
    assert!(a
        .council
        .differences
        .iter()
        .any(|d| d.id == "complaint-window-12-months"));
}

#[test]
fn north_somerset_acknowledges_in_3_days_and_counts_stage2_from_the_statement() {
    // Acknowledgement: day 0 Fri 19 Dec 2025; Mon 22 (1), Tue 23 (2), Wed 24
    // Dec 2025 (3). The law's stage 1 reply is still Wed 7 Jan 2026.
    let a = run(Some("north-somerset"), christmas_complaint(), "2025-12-23");
    let acknowledge = deadline(&a, "acknowledgement");
    assert_eq!(acknowledge.basis, Basis::CouncilPromise);
    assert_eq!(acknowledge.due, d("2025-12-24"));
    assert_eq!(acknowledge.status, DeadlineStatus::Upcoming);
    assert_eq!(deadline(&a, "stage1_response").due, d("2026-01-07"));
    assert!(deadline(&a, "stage1_response")
        .note
        .as_deref()
        .unwrap()
        .contains("North Somerset Council's page says"));

    // Stage 2 asked Mon 2 Feb 2026, statement agreed Mon 9 Feb, extended.
    // From the request, 65 days: Thu 7 May 2026 (see extended_stage2 above).
    // The statement came 5 working days later (Feb 3, 4, 5, 6, 9), so 65 days
    // from it end 5 working days after Thu 7 May: Fri 8, Mon 11, Tue 12, Wed
    // 13, Thu 14 May 2026. Both are shown; the council's page uses the second.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-02-02")),
        stage2_statement_agreed: Some(d("2026-02-09")),
        stage2_extended: true,
        ..Events::default()
    };
    let a = run(Some("north-somerset"), events, "2026-02-10");
    assert_eq!(
        deadline(&a, "stage2_response_extended").due,
        d("2026-05-07")
    );
    let council_way = deadline(&a, "stage2_response_extended_from_statement");
    assert_eq!(council_way.due, d("2026-05-14"));
    let note = council_way.note.as_deref().unwrap();
    assert!(note.contains("North Somerset Council's own page counts its longest time this way."));
    assert!(
        note.contains("counts its 65 working days from the day the complaint statement is agreed")
    );
    let disputed = a
        .warnings
        .iter()
        .find(|w| w.id == "stage2_start_disputed")
        .unwrap();
    assert!(disputed
        .text
        .ends_with("North Somerset Council's page counts from the agreed statement."));
    // The headline holds the council to the law's earlier date.
    assert!(a.headline.contains("Thursday 7 May 2026"));
}

#[test]
fn north_east_lincolnshire_acknowledges_in_2_days() {
    // Day 0 Fri 19 Dec 2025: Mon 22 (1), Tue 23 Dec 2025 (2). Acknowledged on
    // Mon 5 Jan 2026: Wed 24, Mon 29, Tue 30, Wed 31, Fri 2, Mon 5 = 6 late.
    let events = Events {
        acknowledgement_received: Some(d("2026-01-05")),
        ..christmas_complaint()
    };
    let a = run(Some("north-east-lincolnshire"), events, "2026-01-06");
    let acknowledge = deadline(&a, "acknowledgement");
    assert_eq!(acknowledge.due, d("2025-12-23"));
    assert_eq!(acknowledge.status, DeadlineStatus::Late);
    assert_eq!(acknowledge.working_days_late, Some(6));
    assert_eq!(acknowledge.owed_by, Party::Council);
    assert_eq!(deadline(&a, "stage1_response").due, d("2026-01-07"));
    assert_eq!(deadline(&a, "stage1_response").basis, Basis::Law);
    assert!(a
        .council
        .contacts
        .iter()
        .any(|c| c.value.contains("01472 326298") && c.href.as_deref() == Some("tel:01472326298")));
    // The law's deadline comes first, the council's promise is listed too.
    assert_eq!(
        a.deadlines
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["acknowledgement", "stage1_response"]
    );
}

#[test]
fn a_trust_run_council_says_so() {
    // Sandwell: a trust the list says may run its services, and no procedure file.
    let a = run(Some("sandwell"), christmas_complaint(), "2026-01-05");
    assert!(a.council.statutory_only);
    assert!(a.council.notes.len() >= 2, "{:?}", a.council.notes);
}

#[test]
fn old_gss_codes_still_work() {
    // Barnsley's code before 1 April 2025.
    let a = run(Some("E08000016"), christmas_complaint(), "2026-01-05");
    assert_eq!(a.council.id.as_deref(), Some("barnsley"));
}

// ---------------------------------------------------------------------------
// Edge cases: holidays at the start, extensions, ADR, refusals, chasing, one scenario each

/// Complaint received on Good Friday, Fri 3 Apr 2026 (statutory procedure).
/// Day 1 is Tue 7 Apr (Easter Monday 6 Apr is skipped). 10 working days:
/// Tue 7-Fri 10 (4), Mon 13-Fri 17 (9), Mon 20 Apr (10). 20 working days:
/// Tue 21-Fri 24 (14), Mon 27-Thu 30 (18), Fri 1 May (19), [Mon 4 May early
/// May bank holiday], Tue 5 May 2026 (20).
fn good_friday_complaint() -> Events {
    Events {
        complaint_received: Some(d("2026-04-03")),
        ..Events::default()
    }
}

#[test]
fn past_20_working_days_the_headline_says_ask_for_stage_2_now() {
    // Tue 5 May is the 20th working day: not passed yet. Late by Apr 21-24
    // (4), 27-30 (8), May 1 (9), 5 (10) = 10 working days.
    let a = run(None, good_friday_complaint(), "2026-05-05");
    assert_eq!(
        a.headline,
        "Stage 1: the council's reply is 10 working days late. It was due by Monday 20 April 2026."
    );
    // Wed 6 May: 11 working days late, and the 20 have passed.
    let a = run(None, good_friday_complaint(), "2026-05-06");
    assert_eq!(deadline(&a, "stage1_response").due, d("2026-04-20"));
    assert_eq!(
        deadline(&a, "stage1_response_extended").due,
        d("2026-05-05")
    );
    assert_eq!(
        a.headline,
        "Stage 1: the council's reply is 11 working days late. Even the longest time the law allows has passed, so you can ask for stage 2 now."
    );
    assert_eq!(step_ids(&a), ["ask_stage2_now", "chase"]);
    assert_eq!(
        a.next_steps[1].text,
        "Chase the council: its reply is 11 working days late. It was due by Monday 20 April 2026."
    );
    // The same once the extended time (Tue 5 May) has passed: Wed 6 May is
    // 1 working day late.
    let extended = Events {
        stage1_extended: true,
        ..good_friday_complaint()
    };
    let a = run(None, extended, "2026-05-06");
    assert_eq!(
        a.headline,
        "Stage 1: the council's reply is 1 working day late. Even the longest time the law allows has passed, so you can ask for stage 2 now."
    );
}

/// Leeds, every stage done: problem noticed Wed 10 Jan 2024, final response
/// Fri 9 May 2025.
fn finished_leeds_case() -> Events {
    Events {
        problem_noticed: Some(d("2024-01-10")),
        complaint_received: Some(d("2025-01-06")),
        stage1_response_received: Some(d("2025-01-17")),
        stage2_requested: Some(d("2025-01-27")),
        stage2_response_received: Some(d("2025-03-03")),
        stage3_requested: Some(d("2025-03-10")),
        panel_met: Some(d("2025-04-14")),
        panel_report_received: Some(d("2025-04-22")),
        final_response_received: Some(d("2025-05-09")),
        ..Events::default()
    }
}

#[test]
fn s26b_without_the_day_they_first_knew_the_law_counts_from_the_complaint_at_the_latest() {
    // Found in a walkthrough: without the day they first knew, our guide
    // (12 months from the end of the procedure) was the only date, though
    // the family knew by the day they complained, so the law's 12 months
    // end by then. Complaint received Mon 6 Jan 2025: 12 months beginning
    // with it end Mon 5 Jan 2026. From Mon 12 May 2025: 19 days of May, 30,
    // 31, 31, 30, 31, 30, 31, and 5 of January = 238 calendar days.
    // Our guide, second: 12 months beginning with the final response, Fri 9
    // May 2025, end Fri 8 May 2026 (361 days from 12 May 2025).
    let events = Events {
        problem_noticed: None,
        ..finished_leeds_case()
    };
    let a = run(Some("leeds"), events.clone(), "2025-05-12");
    let law = deadline(&a, "ombudsman_time_limit_from_problem");
    assert_eq!(law.due, d("2026-01-05"));
    assert_eq!(
        law.title,
        "Going to the Ombudsman: the law's time limit, at the latest"
    );
    assert!(!law.guidance);
    assert_eq!(law.counting.start_event, "complaint_received");
    assert_eq!(law.calendar_days_remaining, Some(238));
    assert!(law
        .note
        .as_deref()
        .unwrap()
        .starts_with("You have not said when you first knew about the problem, but you knew by the day the council received your complaint, so we count the law's 12 months from that day: the law's time limit is this date or earlier."));
    assert_eq!(a.ombudsman.time_limit, Some(d("2026-01-05")));
    let guide = deadline(&a, "ombudsman_time_limit");
    assert_eq!(guide.due, d("2026-05-08"));
    assert_eq!(guide.title, "Going to the Ombudsman: our guide date");
    assert!(guide.guidance);
    assert_eq!(guide.counting.start_event, "final_response_received");
    assert_eq!(guide.working_days_remaining, None);
    assert_eq!(guide.calendar_days_remaining, Some(361));
    let note = guide.note.as_deref().unwrap();
    assert!(note.starts_with("This date is our guide, not a date fixed by law."));
    assert!(note.contains(
        "So, as a guide, we count 12 months beginning with the day you received the council's final response, when its procedure ended."
    ));
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. If you are still not happy, go to the Ombudsman by Monday 5 January 2026 at the latest: that is the law's time limit."
    );
    assert_eq!(
        a.next_steps[0].text,
        "If you are still not happy, complain to the Ombudsman by Monday 5 January 2026 at the latest, the law's time limit: call 0300 061 0614 or use its website."
    );
    assert_eq!(
        a.timeline[3].detail,
        "You can go now. Go by Monday 5 January 2026 at the latest (the law's time limit)."
    );
    assert!(
        a.ombudsman.explanation.contains(
            "go by Monday 5 January 2026 at the latest. You have not said when you first knew about the problem, but you knew by the day the council received your complaint, so we count the law's 12 months from that day: the law's time limit is this date or earlier. If you knew earlier, enter that day to see the law's own date."
        ) && a.ombudsman.explanation.contains(
            "As a guide, counting 12 months from the end of the council's procedure instead gives Friday 8 May 2026: that is not a date fixed by law."
        ),
        "{}",
        a.ombudsman.explanation
    );

    // Sun 4 Jan 2026, the day before: 1 calendar day left, never "in 0
    // working days".
    let a = run(Some("leeds"), events.clone(), "2026-01-04");
    let law = deadline(&a, "ombudsman_time_limit_from_problem");
    assert_eq!(law.calendar_days_remaining, Some(1));
    assert_eq!(law.working_days_remaining, None);
    assert!(!a.headline.contains("working day"), "{}", a.headline);

    // Mon 5 Jan 2026: today.
    let a = run(Some("leeds"), events.clone(), "2026-01-05");
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. If you are still not happy, go to the Ombudsman today, Monday 5 January 2026 at the latest: it is the last day of the law's time limit."
    );

    // Mon 1 Jun 2026: both have passed; the law's date still leads.
    let a = run(Some("leeds"), events, "2026-06-01");
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. The law's time limit for going to the Ombudsman ended on Monday 5 January 2026 at the latest, but it can still look at your complaint if there is a good reason, such as waiting for the council's procedure to finish: go as soon as you can."
    );
    assert_eq!(a.timeline[3].state, StepState::Overdue);
}

#[test]
fn s26b_with_the_day_they_first_knew_the_law_leads_even_when_it_has_passed() {
    // First knew Wed 10 Jan 2024: 12 months beginning with it end Thu 9 Jan
    // 2025, long before the final response (Fri 9 May 2025).
    let a = run(Some("leeds"), finished_leeds_case(), "2025-05-12");
    assert_eq!(a.ombudsman.time_limit, Some(d("2025-01-09")));
    let law = deadline(&a, "ombudsman_time_limit_from_problem");
    assert_eq!(law.due, d("2025-01-09"));
    assert_eq!(law.status, DeadlineStatus::Overdue);
    assert_eq!(law.counting.start_event, "problem_noticed");
    assert!(law
        .note
        .as_deref()
        .unwrap()
        .contains("the Ombudsman can still look at your complaint when there is a good reason"));
    assert_eq!(
        a.headline,
        "Finished: the council's procedure is complete. The law's time limit for going to the Ombudsman ended on Thursday 9 January 2025, but it can still look at your complaint if there is a good reason, such as waiting for the council's procedure to finish: go as soon as you can."
    );
    assert_eq!(a.timeline[3].state, StepState::Overdue);
    assert!(!warning_ids(&a).contains(&"ombudsman_law_count_earlier"));
}

#[test]
fn s26b_after_a_refusal_the_guide_counts_from_the_refusal() {
    // Refused Tue 27 Jan 2026: 12 months beginning with it end Tue 26 Jan 2027.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-01-20")),
        stage2_refused: Some(d("2026-01-27")),
        ..Events::default()
    };
    let a = run(None, events, "2026-01-28");
    let guide = deadline(&a, "ombudsman_time_limit");
    assert_eq!(guide.due, d("2027-01-26"));
    assert!(guide.note.as_deref().unwrap().contains(
        "beginning with the day the council refused stage 2, because that refusal ended its procedure"
    ));
    // The law's date at the latest (from Mon 5 Jan 2026) leads; the guide
    // is second.
    assert!(
        a.ombudsman.explanation.contains("go by Monday 4 January 2027 at the latest.")
            && a.ombudsman.explanation.contains(
                "As a guide, counting 12 months from the end of the council's procedure instead gives Tuesday 26 January 2027"
            ),
        "{}",
        a.ombudsman.explanation
    );
}

#[test]
fn a_notified_extension_replaces_the_usual_time() {
    // Extended at stage 1; today Tue 21 Apr 2026, the day after the usual 10
    // working days (Mon 20 Apr). The 20 working days end Tue 5 May: from Tue
    // 21 Apr, Apr 22-24 (3), 27-30 (7), May 1 (8), [Mon 4 May], 5 (9) left.
    let extended = Events {
        stage1_extended: true,
        ..good_friday_complaint()
    };
    let a = run(None, extended.clone(), "2026-04-21");
    assert!(!has_deadline(&a, "stage1_response"));
    let longer = deadline(&a, "stage1_response_extended");
    assert_eq!(longer.due, d("2026-05-05"));
    assert_eq!(longer.status, DeadlineStatus::Upcoming);
    assert_eq!(longer.working_days_remaining, Some(9));
    assert_eq!(
        longer.title,
        "The council's stage 1 reply, with the extra time"
    );
    assert!(longer.note.as_deref().unwrap().starts_with(
        "The council said it needs more time, so the longer limit applies instead of the usual 10 working days"
    ));
    assert_eq!(
        a.headline,
        "Stage 1: the council should reply by Tuesday 5 May 2026, in 9 working days."
    );
    assert_eq!(a.timeline[0].state, StepState::InProgress);

    // A reply within the extended time (Thu 30 Apr) is on time: nothing late.
    let replied = Events {
        stage1_response_received: Some(d("2026-04-30")),
        ..extended
    };
    let a = run(None, replied, "2026-05-01");
    assert_eq!(
        a.deadlines
            .iter()
            .map(|d| (d.id.as_str(), d.status))
            .collect::<Vec<_>>()[..1],
        [("stage1_response_extended", DeadlineStatus::Met)]
    );
    assert!(!a
        .deadlines
        .iter()
        .any(|d| matches!(d.status, DeadlineStatus::Late | DeadlineStatus::Overdue)));

    // Without a notice the usual time stays, and the 20 working days are
    // labelled as the law's longest limit, not a date the council set.
    let a = run(None, good_friday_complaint(), "2026-04-21");
    assert_eq!(
        deadline(&a, "stage1_response").status,
        DeadlineStatus::Overdue
    );
    let longest = deadline(&a, "stage1_response_extended");
    assert_eq!(
        longest.title,
        "The council's stage 1 reply: the law's longest limit"
    );
    assert!(longest
        .note
        .as_deref()
        .unwrap()
        .starts_with("The council has not told you it needs more time"));
}

#[test]
fn extended_stage2_shows_no_overdue_usual_date() {
    // North Somerset golden case on Thu 7 May 2026, the 65th working day
    // from the request (Mon 2 Feb; see extended_stage2_65_working_days);
    // from the statement (Mon 9 Feb), 5 working days later: Thu 14 May.
    // The usual 25 days (Mon 9 Mar; from the statement Mon 16 Mar) would be
    // 40 and 35 working days overdue: they are replaced, not shown.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        acknowledgement_received: Some(d("2026-01-07")),
        stage1_response_received: Some(d("2026-01-16")),
        stage2_requested: Some(d("2026-02-02")),
        stage2_statement_agreed: Some(d("2026-02-09")),
        stage2_extended: true,
        ..Events::default()
    };
    let a = run(Some("north-somerset"), events, "2026-05-07");
    assert!(!has_deadline(&a, "stage2_response"));
    assert!(!has_deadline(&a, "stage2_response_from_statement"));
    assert!(!a
        .deadlines
        .iter()
        .any(|d| d.status == DeadlineStatus::Overdue));
    let longer = deadline(&a, "stage2_response_extended");
    assert_eq!(longer.due, d("2026-05-07"));
    assert_eq!(longer.status, DeadlineStatus::DueToday);
    assert_eq!(
        deadline(&a, "stage2_response_extended_from_statement").due,
        d("2026-05-14")
    );
    assert_eq!(
        a.headline,
        "Stage 2: the council's stage 2 reply is due today, Thursday 7 May 2026."
    );
}

#[test]
fn the_65_day_date_without_a_notice_is_the_laws_longest_limit() {
    // Leeds, stage 2 asked Mon 2 Mar 2026, not extended. 25 working days:
    // Mar 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mar 30-Apr 2 (23),
    // [Good Friday 3, Easter Monday 6], Tue 7 (24), Wed 8 Apr 2026 (25).
    let events = Events {
        complaint_received: Some(d("2026-01-12")),
        stage1_response_received: Some(d("2026-01-23")),
        stage2_requested: Some(d("2026-03-02")),
        ..Events::default()
    };
    let a = run(Some("leeds"), events, "2026-04-09");
    assert_eq!(deadline(&a, "stage2_response").due, d("2026-04-08"));
    let longest = deadline(&a, "stage2_response_extended");
    assert_eq!(
        longest.title,
        "The council's stage 2 reply: the law's longest limit"
    );
    assert!(longest
        .note
        .as_deref()
        .unwrap()
        .starts_with("The council has not written to say it needs more time, so its reply was due by the usual date"));
    assert_eq!(
        a.headline,
        "Stage 2: the council's stage 2 reply is 1 working day late. It was due by Wednesday 8 April 2026."
    );
}

/// Thurrock (current page, with ADR): reply Mon 19 Jan 2026, ADR offered
/// before stage 2 and declined on Fri 20 Feb, no stage 2 request entered.
fn declined_adr_before_stage2() -> Events {
    Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-19")),
        adr_before_stage2_offered: true,
        adr_before_stage2_declined: Some(d("2026-02-20")),
        ..Events::default()
    }
}

#[test]
fn declining_adr_before_stage_2_starts_stage_2() {
    // Day 0 Fri 20 Feb 2026. 25 working days: Feb 23-27 (5), Mar 2-6 (10),
    // 9-13 (15), 16-20 (20), 23-27 (25) = Fri 27 Mar 2026. From Mon 23 Feb:
    // 24-27 (4), then 5 a week for 4 weeks = 24 left.
    let a = run(Some("thurrock"), declined_adr_before_stage2(), "2026-02-23");
    assert_eq!(a.stage, Stage::Stage2);
    let reply = deadline(&a, "stage2_response");
    assert_eq!(reply.due, d("2026-03-27"));
    assert_eq!(reply.counting.start_event, "adr_before_stage2_declined");
    assert_eq!(
        reply.counting.start_label,
        "you said no to informal resolution (ADR), which moved your complaint on to stage 2"
    );
    assert!(reply.counting.explanation.starts_with(
        "Day 0 is the day you said no to informal resolution (ADR), which moved your complaint on to stage 2;"
    ));
    assert!(reply
        .note
        .as_deref()
        .unwrap()
        .starts_with("You did not enter the day you asked for stage 2"));
    // The family is not called late for the time ADR took.
    assert!(!has_deadline(&a, "stage2_request"));
    assert_eq!(
        a.headline,
        "Stage 2: the council should send its stage 2 reply by Friday 27 March 2026, in 24 working days."
    );
    // The 65 working day maximum is in the next steps from the first day.
    assert_eq!(step_ids(&a), ["wait", "stage2_longest"]);
    assert_eq!(a.timeline[1].state, StepState::InProgress);
    let disputed = a
        .warnings
        .iter()
        .find(|w| w.id == "stage2_start_disputed")
        .unwrap();
    assert!(disputed
        .text
        .contains("We count from the day you said no to informal resolution"));

    // Later stage 2 events are accepted without a request date.
    let events = Events {
        stage2_response_received: Some(d("2026-03-20")),
        ..declined_adr_before_stage2()
    };
    let a = run(Some("thurrock"), events, "2026-03-23");
    assert_eq!(deadline(&a, "stage2_response").status, DeadlineStatus::Met);
}

#[test]
fn declining_adr_before_stage_3_starts_stage_3() {
    // Stage 2 reply Mon 2 Mar 2026; ADR before stage 3 declined Fri 20 Mar.
    // Panel within 30 working days: Mar 23-27 (5), Mar 30-Apr 2 (9), [Good
    // Friday 3, Easter Monday 6], Apr 7-10 (13), 13-17 (18), 20-24 (23),
    // Apr 27-May 1 (28), [Mon 4 May], Tue 5 (29), Wed 6 May 2026 (30).
    // Thurrock's panel chosen within 30 calendar days: Fri 20 Mar + 11 = Tue
    // 31 Mar, + 19 = Sun 19 Apr 2026.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-19")),
        stage2_requested: Some(d("2026-01-26")),
        stage2_response_received: Some(d("2026-03-02")),
        adr_before_stage3_offered: true,
        adr_before_stage3_declined: Some(d("2026-03-20")),
        ..Events::default()
    };
    let a = run(Some("thurrock"), events.clone(), "2026-03-23");
    assert_eq!(a.stage, Stage::Stage3);
    assert!(!has_deadline(&a, "stage3_request"));
    let meeting = deadline(&a, "panel_meeting");
    assert_eq!(meeting.due, d("2026-05-06"));
    assert_eq!(meeting.counting.start_event, "adr_before_stage3_declined");
    let chosen = deadline(&a, "panel_appointed");
    assert_eq!(chosen.due, d("2026-04-19"));
    assert_eq!(chosen.counting.start_event, "adr_before_stage3_declined");
    // The panel meeting on Tue 5 May is accepted without a request date.
    let met = Events {
        panel_met: Some(d("2026-05-05")),
        ..events
    };
    let a = run(Some("thurrock"), met, "2026-05-06");
    assert_eq!(deadline(&a, "panel_meeting").status, DeadlineStatus::Met);
}

#[test]
fn declining_adr_early_starts_stage_2_with_a_warning() {
    // Complaint Mon 5 Jan 2026; ADR declined Wed 7 Jan with no stage 1 reply
    // and no request: recorded, stage 2 counted from it (25 working days:
    // Jan 8-9 (2), 12-16 (7), 19-23 (12), 26-30 (17), Feb 2-6 (22), Mon 9,
    // Tue 10, Wed 11 Feb (25)), and a warning, since 20 working days end
    // Mon 2 Feb.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        adr_before_stage2_offered: true,
        adr_before_stage2_declined: Some(d("2026-01-07")),
        ..Events::default()
    };
    let a = run(None, events, "2026-01-08");
    assert_eq!(a.stage, Stage::Stage2);
    assert_eq!(deadline(&a, "stage2_response").due, d("2026-02-11"));
    assert!(warning_ids(&a).contains(&"early_stage2_request"));
}

#[test]
fn a_refusal_after_a_late_request_is_not_called_a_fault_outright() {
    // Reply Mon 19 Jan 2026: asking for stage 2 due by Mon 16 Feb (20
    // working days: Jan 20-23 (4), 26-30 (9), Feb 2-6 (14), 9-13 (19), 16
    // (20)). Asked Mon 20 Apr: Feb 17-20 (4), 23-27 (9), Mar 2-6 (14), 9-13
    // (19), 16-20 (24), 23-27 (29), Mar 30-Apr 2 (33), [Good Friday, Easter
    // Monday], Apr 7-10 (37), 13-17 (42), 20 (43) = 43 working days late.
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-19")),
        stage2_requested: Some(d("2026-04-20")),
        stage2_refused: Some(d("2026-04-22")),
        ..Events::default()
    };
    let a = run(Some("thurrock"), events, "2026-04-23");
    let ask = deadline(&a, "stage2_request");
    assert_eq!(ask.status, DeadlineStatus::Late);
    assert_eq!(ask.working_days_late, Some(43));
    assert_eq!(
        a.headline,
        "Stage 2: the council refused to start stage 2 on Wednesday 22 April 2026. Your request came after the usual 20 working days. The Ombudsman usually treats refusing to move a complaint on as fault, but it may accept a properly considered refusal of a late request: check the dates and ask the council for its reasons."
    );
    assert!(!a.headline.contains("treats this as a fault"));
    assert_eq!(step_ids(&a), ["ask_ombudsman_now"]);
    assert!(a.next_steps[0]
        .text
        .starts_with("Ask the council in writing why it refused, and whether it thought about your reasons for asking late."));
    assert_eq!(a.ombudsman.position, OmbudsmanPosition::CanGoEarly);
    assert!(a
        .ombudsman
        .explanation
        .contains("it may accept a properly considered refusal of a late request"));
    assert!(!a.ombudsman.explanation.contains("many times"));
}

#[test]
fn asking_for_stage_2_early_is_recorded_and_counted_from_the_request() {
    // Complaint Mon 5 Jan 2026: 20 working days = Jan 6-9 (4), 12-16 (9),
    // 19-23 (14), 26-30 (19), Mon 2 Feb (20).
    let asked = |date: &str| Events {
        complaint_received: Some(d("2026-01-05")),
        stage2_requested: Some(d(date)),
        ..Events::default()
    };
    // Wed 7 Jan, no reply: recorded; stage 2 counts from it (25 working
    // days: Wed 11 Feb), and a warning says what the council may do.
    let a = run(None, asked("2026-01-07"), "2026-01-08");
    assert_eq!(a.stage, Stage::Stage2);
    assert_eq!(deadline(&a, "stage2_response").due, d("2026-02-11"));
    let warning = a
        .warnings
        .iter()
        .find(|w| w.id == "early_stage2_request")
        .unwrap();
    assert_eq!(
        warning.text,
        "Stage 2 started on 7 January 2026, before the council's stage 1 reply and before the longest time the law allows for it (20 working days, to 2 February 2026). We count stage 2 from that day. The council may say stage 1 is not finished and start stage 2 later: if it does, ask it in writing which date it is counting from."
    );
    // Moved on early, but the council still owes its stage 1 reply (due
    // Mon 19 Jan 2026, 10 working days): not "Done" (found in a walkthrough).
    assert_eq!(a.timeline[0].state, StepState::InProgress);
    assert_eq!(
        a.timeline[0].detail,
        "No reply yet; you asked for stage 2 early, on Wednesday 7 January 2026."
    );
    let later = run(None, asked("2026-01-07"), "2026-01-20");
    assert_eq!(deadline(&later, "stage1_response").due, d("2026-01-19"));
    assert_eq!(later.timeline[0].state, StepState::Overdue);
    // Mon 2 Feb, the 20th working day itself: still early.
    let a = run(None, asked("2026-02-02"), "2026-02-03");
    assert!(warning_ids(&a).contains(&"early_stage2_request"));
    // Tue 3 Feb: stage 1 was overdue; no warning.
    let a = run(None, asked("2026-02-03"), "2026-02-04");
    assert_eq!(a.stage, Stage::Stage2);
    assert!(!warning_ids(&a).contains(&"early_stage2_request"));
    assert_eq!(a.timeline[0].state, StepState::Overdue);
    assert_eq!(
        a.timeline[0].detail,
        "No reply came within 20 working days; you asked for stage 2 on Tuesday 3 February 2026."
    );
    // With a reply received first, an early request is ordinary.
    let replied = Events {
        stage1_response_received: Some(d("2026-01-06")),
        ..asked("2026-01-07")
    };
    let a = run(None, replied, "2026-01-08");
    assert_eq!(a.stage, Stage::Stage2);
    assert!(!warning_ids(&a).contains(&"early_stage2_request"));
}

/// North East Lincolnshire: complaint received Wed 1 Apr 2026. Its own
/// acknowledgement within 2 working days: Thu 2 Apr (1), [Good Friday 3,
/// Easter Monday 6], Tue 7 Apr (2). The law's 10 working days: Fri 17 Apr.
fn north_east_lincolnshire_complaint() -> Events {
    Events {
        complaint_received: Some(d("2026-04-01")),
        ..Events::default()
    }
}

#[test]
fn chase_on_the_next_working_day() {
    // Due today, Fri 17 Apr 2026: the next working day is Mon 20 Apr.
    let a = run(
        Some("north-east-lincolnshire"),
        north_east_lincolnshire_complaint(),
        "2026-04-17",
    );
    let wait = a.next_steps.iter().find(|s| s.id == "wait").unwrap();
    assert_eq!(
        wait.text,
        "The council's reply is due today, Friday 17 April 2026. If nothing arrives, chase the council on Monday 20 April 2026."
    );
    // Extended: due Fri 1 May 2026 (20 working days: Apr 20-24 (15), 27-30
    // (19), Fri 1 May (20)); Mon 4 May is a bank holiday, so Tue 5 May.
    let extended = Events {
        stage1_extended: true,
        acknowledgement_received: Some(d("2026-04-02")),
        ..north_east_lincolnshire_complaint()
    };
    let a = run(Some("north-east-lincolnshire"), extended, "2026-05-01");
    assert_eq!(
        a.next_steps[0].text,
        "The council's reply is due today, Friday 1 May 2026. If nothing arrives, chase the council on Tuesday 5 May 2026."
    );
}

#[test]
fn a_panel_meeting_due_today_is_worded_as_a_meeting() {
    // Essex, stage 3 asked Tue 23 Dec 2025. 30 working days: Wed 24 (1),
    // [Christmas, Boxing Day], Dec 29-31 (4), [New Year's Day], Fri 2 Jan
    // (5), Jan 5-9 (10), 12-16 (15), 19-23 (20), 26-30 (25), Feb 2-6 (30) =
    // Fri 6 Feb 2026. The next working day is Mon 9 Feb.
    let events = Events {
        complaint_received: Some(d("2025-10-01")),
        stage1_response_received: Some(d("2025-10-10")),
        stage2_requested: Some(d("2025-10-20")),
        stage2_response_received: Some(d("2025-12-20")),
        stage3_requested: Some(d("2025-12-23")),
        ..Events::default()
    };
    let a = run(Some("essex"), events, "2026-02-06");
    assert_eq!(deadline(&a, "panel_meeting").due, d("2026-02-06"));
    assert_eq!(
        a.headline,
        "Stage 3: the review panel should meet today, Friday 6 February 2026."
    );
    assert_eq!(
        a.next_steps[0].text,
        "The review panel should meet today, Friday 6 February 2026. If the panel has not met by today, contact the council on Monday 9 February 2026."
    );
}

#[test]
fn thurrock_choosing_the_panel_is_judged_from_the_dates_only() {
    // Older Thurrock page: panel chosen within 30 calendar days of Tue 1 May
    // 2018 = Thu 31 May 2018 (see thurrock_older_page_...).
    let events = Events {
        complaint_received: Some(d("2018-03-01")),
        stage1_response_received: Some(d("2018-03-14")),
        stage2_requested: Some(d("2018-03-20")),
        stage2_response_received: Some(d("2018-04-20")),
        stage3_requested: Some(d("2018-05-01")),
        ..Events::default()
    };
    // Fri 1 Jun, no meeting yet: overdue by the dates, and the note says we
    // cannot tell when the panel was chosen.
    let a = run(Some("thurrock"), events.clone(), "2018-06-01");
    let chosen = deadline(&a, "panel_appointed");
    assert_eq!(chosen.status, DeadlineStatus::Overdue);
    assert!(chosen
        .note
        .as_deref()
        .unwrap()
        .contains("We cannot tell when the panel was chosen"));
    // The headline is about the law's meeting date, Thu 14 Jun.
    assert!(a.headline.contains("Thursday 14 June 2018"));
    // The panel met on Wed 30 May, by the promised date: met.
    let met = Events {
        panel_met: Some(d("2018-05-30")),
        ..events.clone()
    };
    let a = run(Some("thurrock"), met, "2018-06-01");
    assert_eq!(deadline(&a, "panel_appointed").status, DeadlineStatus::Met);
    // Met on Mon 4 Jun, after it: when it was chosen is unknown, so the
    // promise is left out rather than called late.
    let later = Events {
        panel_met: Some(d("2018-06-04")),
        ..events
    };
    let a = run(Some("thurrock"), later, "2018-06-05");
    assert!(!has_deadline(&a, "panel_appointed"));
}

#[test]
fn a_missing_acknowledgement_is_a_next_step() {
    // Today Wed 8 Apr 2026: the acknowledgement promised by Tue 7 Apr has
    // not come; the reply is due Fri 17 Apr (Thu 9, Fri 10, Apr 13-17 = 7).
    let a = run(
        Some("north-east-lincolnshire"),
        north_east_lincolnshire_complaint(),
        "2026-04-08",
    );
    assert_eq!(
        deadline(&a, "acknowledgement").status,
        DeadlineStatus::Overdue
    );
    assert_eq!(
        step_ids(&a),
        ["check_received", "wait", "stage2_if_no_reply"]
    );
    assert_eq!(
        a.next_steps[0].text,
        "You have not had an acknowledgement: North East Lincolnshire Council promised one by Tuesday 7 April 2026. Contact the council to check it received your complaint, and ask when it will reply."
    );
    // Once acknowledged, the step goes.
    let acknowledged = Events {
        acknowledgement_received: Some(d("2026-04-08")),
        ..north_east_lincolnshire_complaint()
    };
    let a = run(Some("north-east-lincolnshire"), acknowledged, "2026-04-08");
    assert_eq!(step_ids(&a), ["wait", "stage2_if_no_reply"]);
}

#[test]
fn the_council_view_reads_cleanly_and_every_contact_has_its_source() {
    let a = run(Some("essex"), christmas_complaint(), "2026-01-05");
    assert!(a.council.contacts.iter().any(|c| c.label
        == "Essex County Council asks for complaints through an online form. Look for children's social care complaints on its website"
        && c.value == "https://www.essex.gov.uk/"
        && c.href.as_deref() == Some("https://www.essex.gov.uk/")));
    assert!(a.council.contacts.iter().all(|c| !c.label.ends_with('.')));
    // "No longer works" is said once, not in every note, warning and source.
    let said = a
        .council
        .notes
        .iter()
        .chain(a.warnings.iter().map(|w| &w.text))
        .chain(a.deadlines.iter().map(|d| &d.source.citation))
        .filter(|text| text.contains("no longer works"))
        .count();
    assert_eq!(said, 1);
    assert!(warning_ids(&a).contains(&"council_page_moved"));

    // A council whose complaints page and team were found: the page, a
    // phone to tap and an address, each with the page it was read from,
    // and a sentence saying they are as published and may have changed.
    // (A council without a procedure file: one with a file shows the
    // contacts its file gives.)
    let a = run(Some("southwark"), christmas_complaint(), "2026-01-05");
    let page = "https://southwark.gov.uk/children-young-people-and-families/childrens-social-care-services-complaints-and-compliments";
    assert_eq!(a.council.page_url.as_deref(), Some(page));
    let phone = &a.council.contacts[0];
    assert_eq!(phone.label, "Children's services complaints team");
    assert_eq!(phone.value, "020 7525 3977");
    assert_eq!(phone.href.as_deref(), Some("tel:02075253977"));
    assert_eq!(phone.source.as_deref(), Some(page));
    assert!(a.council.contacts.iter().all(|c| c.source.is_some()));
    assert_eq!(
        a.council.notes[1],
        "The details below are as published on the London Borough of Southwark's pages when we read them on 29 November 2026. They may have changed since: check the council's page before relying on them."
    );
    // Only a home page: link to it and say what to look for.
    let a = run(Some("leeds"), christmas_complaint(), "2026-01-05");
    assert_eq!(
        a.council.page_url.as_deref(),
        Some("https://www.leeds.gov.uk/")
    );
    assert!(a.council.notes[1]
        .contains("look for \"children's social care complaints\" on its website"));
}

// ---------------------------------------------------------------------------
// Bad input

const TODAY: &str = "2026-01-12";

fn case_json(council: &str, events: &str) -> String {
    format!(
        r#"{{"format": "complaint-navigator.case", "version": 1, "council": {council}, "events": {{{events}}}}}"#
    )
}

fn error_for(json: &str) -> CaseError {
    Case::from_json(json, d(TODAY)).expect_err("should be rejected")
}

#[test]
fn rejects_30_february() {
    let error = error_for(&case_json("null", r#""complaint_received": "2026-02-30""#));
    assert_eq!(error.field, "events.complaint_received");
    assert_eq!(
        error.to_string(),
        "events.complaint_received: 2026-02-30 is not a real date (February 2026 has 28 days)."
    );
}

#[test]
fn rejects_a_reply_before_the_complaint() {
    let error = error_for(&case_json(
        "null",
        r#""complaint_received": "2026-01-05", "stage1_response_received": "2026-01-02""#,
    ));
    assert_eq!(error.field, "events.stage1_response_received");
    assert_eq!(
        error.message,
        "The day you received the council's stage 1 reply (Friday 2 January 2026) is before the day the council received your complaint (Monday 5 January 2026)."
    );
}

#[test]
fn rejects_a_future_date() {
    let error = error_for(&case_json("null", r#""complaint_received": "2026-03-01""#));
    assert_eq!(error.field, "events.complaint_received");
    assert_eq!(
        error.message,
        "Sunday 1 March 2026 is after today (Monday 12 January 2026): only enter things that have happened."
    );
}

#[test]
fn rejects_an_unknown_council() {
    let error = error_for(&case_json("\"leedz\"", ""));
    assert_eq!(error.field, "council");
    assert!(error
        .message
        .starts_with("\"leedz\" is not a council we know."));
}

#[test]
fn rejects_an_unknown_format_or_version() {
    let error = error_for(r#"{"format": "something-else", "version": 1, "council": null}"#);
    assert_eq!(error.field, "format");
    assert_eq!(
        error.message,
        "\"something-else\" is not a Complaint Navigator case file: the format should be \"complaint-navigator.case\"."
    );
    let error =
        error_for(r#"{"format": "complaint-navigator.case", "version": 2, "council": null}"#);
    assert_eq!(error.field, "version");
    assert!(error.message.starts_with("This case file is version 2"));
    let error = error_for(r#"{"version": 1}"#);
    assert_eq!(error.field, "format");
}

#[test]
fn rejects_an_unknown_field_and_suggests_the_right_one() {
    let error = error_for(&case_json("null", r#""complaint_recieved": "2026-01-05""#));
    assert_eq!(error.field, "events.complaint_recieved");
    assert!(error
        .message
        .starts_with("This is not an event we know (did you mean complaint_received?)."));
    let error = error_for(
        r#"{"format": "complaint-navigator.case", "version": 1, "council": null, "colour": 1}"#,
    );
    assert_eq!(error.field, "colour");
}

#[test]
fn rejects_bad_json_and_wrong_types() {
    let error = error_for("{\"format\": ");
    assert_eq!(error.field, "");
    assert!(error.message.starts_with("The file is not valid JSON"));
    let error = error_for(&case_json("null", r#""complaint_received": 20260105"#));
    assert_eq!(error.field, "events.complaint_received");
    let error = error_for(&case_json("null", r#""stage1_extended": "yes""#));
    assert_eq!(error.field, "events.stage1_extended");
    let error = error_for(&case_json("null", r#""complaint_received": "5/1/2026""#));
    assert_eq!(
        error.message,
        "\"5/1/2026\" is not a date in the form YYYY-MM-DD, like 2026-01-07."
    );
}

#[test]
fn rejects_a_later_stage_without_its_prerequisite() {
    let error = error_for(&case_json(
        "null",
        r#""complaint_received": "2026-01-05", "stage2_response_received": "2026-01-09""#,
    ));
    assert_eq!(error.field, "events.stage2_response_received");
    assert_eq!(
        error.message,
        "You entered the day you received the council's stage 2 reply, but not the day you asked for stage 2 (events.stage2_requested)."
    );
    let error = error_for(&case_json("null", r#""stage2_extended": true"#));
    assert_eq!(error.field, "events.stage2_extended");
}

#[test]
fn rejects_the_panel_report_before_the_panel_met() {
    let error = error_for(&case_json(
        "null",
        r#""complaint_received": "2025-01-06", "stage1_response_received": "2025-01-17",
           "stage2_requested": "2025-01-27", "stage2_response_received": "2025-03-03",
           "stage3_requested": "2025-03-10", "panel_met": "2025-04-14",
           "panel_report_received": "2025-04-11""#,
    ));
    assert_eq!(error.field, "events.panel_report_received");
}

#[test]
fn only_the_impossible_order_is_refused() {
    // Asked for stage 2 (Tue 20 Jan) before the stage 1 reply came (Thu 22
    // Jan): unusual, so it is read.
    let case = Case::from_json(
        &case_json(
            "null",
            r#""complaint_received": "2026-01-05", "stage2_requested": "2026-01-20",
               "stage1_response_received": "2026-01-22""#,
        ),
        d("2026-02-20"),
    );
    assert!(case.is_ok(), "{case:?}");
    // A reply before the complaint is impossible, so it is refused, with
    // the dates written out.
    let error = Case::from_json(
        &case_json(
            "null",
            r#""complaint_received": "2026-01-05", "stage1_response_received": "2026-01-02""#,
        ),
        d("2026-02-20"),
    )
    .unwrap_err();
    assert_eq!(error.field, "events.stage1_response_received");
    assert!(
        error.message.contains("(Friday 2 January 2026)"),
        "{}",
        error.message
    );
    assert!(!error.message.contains("2026-01"), "{}", error.message);
}

#[test]
fn rejects_dates_outside_the_supported_range() {
    let error = error_for(&case_json("null", r#""complaint_received": "2005-01-05""#));
    assert_eq!(error.field, "events.complaint_received");
    assert!(error.message.contains("before 1 September 2006"));
    let case = Case::new(None, christmas_complaint());
    let error = assess(&case, d("2101-01-01")).unwrap_err();
    assert_eq!(error.field, "today");
}

#[test]
fn dates_near_2100_give_errors_not_panics() {
    // Day 0 Mon 20 Dec 2100: the 10th working day would be in 2101.
    let events = Events {
        complaint_received: Some(d("2100-12-20")),
        ..Events::default()
    };
    let error = assess(&Case::new(None, events), d("2100-12-21")).unwrap_err();
    assert_eq!(error.field, "events.complaint_received");
    assert!(error
        .message
        .contains("We can only count working days between"));
}

#[test]
fn the_ui_gets_the_same_checks_through_validate() {
    let events = Events {
        complaint_received: Some(d("2026-01-05")),
        stage1_response_received: Some(d("2026-01-02")),
        ..Events::default()
    };
    let case = Case::new(None, events);
    let error = case.validate(d(TODAY)).unwrap_err();
    assert_eq!(error.field, "events.stage1_response_received");
    assert_eq!(assess(&case, d(TODAY)).unwrap_err(), error);
}

#[test]
fn case_files_round_trip() {
    let events = Events {
        stage1_extended: true,
        ..christmas_complaint()
    };
    let mut case = Case::new(Some("north-somerset".to_string()), events);
    case.label = Some("Sam".to_string());
    let text = case.to_json_pretty();
    assert!(text.contains("\"complaint_received\": \"2025-12-19\""));
    assert!(text.contains("\"panel_met\": null"));
    assert_eq!(Case::from_json(&text, d(TODAY)), Ok(case));
}

// ---------------------------------------------------------------------------
// Properties

/// Events in the order a complaint meets them.
const CHAIN: [Event; 15] = [
    Event::ProblemNoticed,
    Event::ComplaintReceived,
    Event::AcknowledgementReceived,
    Event::Stage1ResponseReceived,
    Event::AdrBeforeStage2Declined,
    Event::Stage2Requested,
    Event::Stage2Refused,
    Event::Stage2StatementAgreed,
    Event::Stage2ResponseReceived,
    Event::Stage3Requested,
    Event::Stage3Refused,
    Event::AdrBeforeStage3Declined,
    Event::PanelMet,
    Event::PanelReportReceived,
    Event::FinalResponseReceived,
];

const COUNCILS: [Option<&str>; 6] = [
    None,
    Some("thurrock"),
    Some("essex"),
    Some("north-somerset"),
    Some("north-east-lincolnshire"),
    Some("leeds"),
];

/// How often (in %) each event of [`CHAIN`] is included: refusals and turning
/// down ADR are rare, so that more random cases reach the later stages.
const INCLUDED_PERCENT: [u8; 15] = [70, 95, 50, 92, 10, 92, 8, 40, 92, 92, 8, 10, 92, 92, 92];

/// (dice for inclusion, days after the previous event, backwards jitter) per event.
type Steps = Vec<(u8, u16, i16)>;

fn random_case(
    start: u32,
    steps: &Steps,
    stop: usize,
    flags: [bool; 4],
    council: usize,
) -> (Case, NaiveDate) {
    let first = d("2006-09-01");
    let mut date = first + chrono::Days::new(u64::from(start));
    let mut latest = date;
    let mut events = Events::default();
    for (index, (event, (dice, gap, jitter))) in CHAIN.iter().zip(steps).enumerate() {
        date = date + chrono::Days::new(u64::from(*gap));
        if *dice < INCLUDED_PERCENT[index] && index < stop {
            // Occasionally out of order, so that errors are tested too.
            let when = if *jitter < 0 {
                date - chrono::Days::new(jitter.unsigned_abs().into())
            } else {
                date
            };
            *event.slot(&mut events) = Some(when);
            latest = latest.max(when);
        }
    }
    events.stage1_extended = flags[0];
    events.stage2_extended = flags[1];
    events.adr_before_stage2_offered = flags[2];
    events.adr_before_stage3_offered = flags[3];
    (
        Case::new(COUNCILS[council].map(str::to_string), events),
        latest,
    )
}

fn check_assessment(a: &Assessment, events: &Events, today: NaiveDate) {
    assert_eq!(a.timeline.len(), 4);
    assert!(!a.headline.is_empty());
    assert!(a.next_steps.len() <= 3);
    let sentences = std::iter::once(&a.headline).chain(a.next_steps.iter().map(|s| &s.text));
    for text in sentences {
        assert!(!text.contains("in 0 working days"), "{text}");
        assert!(!text.contains(".:"), "{text}");
    }
    // Once the council said it needs more time, the usual time is replaced.
    if events.stage1_extended {
        assert!(!a.deadlines.iter().any(|d| d.id == "stage1_response"));
    }
    if events.stage2_extended {
        assert!(!a
            .deadlines
            .iter()
            .any(|d| d.id == "stage2_response" || d.id == "stage2_response_from_statement"));
    }
    // Only the Ombudsman guide is guidance rather than a fixed limit.
    for deadline in &a.deadlines {
        assert_eq!(
            deadline.guidance,
            deadline.id == "ombudsman_time_limit",
            "{}",
            deadline.id
        );
    }
    for deadline in &a.deadlines {
        let id = &deadline.id;
        assert!(deadline.due > deadline.counting.start_date, "{id}");
        if deadline.counting.unit == TimeUnit::WorkingDays {
            assert_eq!(calendar().is_working_day(deadline.due), Ok(true), "{id}");
        }
        // A council's stage 1 date still not done when stage 2 began after
        // the last stage 1 reply date is left behind, never done.
        let stage1_owed = deadline.owed_by != Party::You
            && (deadline.id == "acknowledgement" || deadline.id.reply() == Some(Reply::Stage1));
        let last_stage1_reply = a
            .deadlines
            .iter()
            .filter(|d| d.id.reply() == Some(Reply::Stage1))
            .map(|d| d.due)
            .max();
        let stage2_began = events
            .stage2_start()
            .map(|(_, began)| began)
            .filter(|began| stage1_owed && last_stage1_reply.is_some_and(|last| last < *began));
        // An acknowledgement never entered, whose reply came after its date.
        let reply_instead = match id.as_str() {
            "acknowledgement" if events.acknowledgement_received.is_none() => {
                events.stage1_response_received
            }
            "stage2_acknowledgement" if events.stage2_acknowledgement_received.is_none() => {
                events.stage2_response_received
            }
            _ => None,
        }
        .filter(|replied| *replied > deadline.due);
        let left_behind = match (reply_instead, stage2_began) {
            (Some(on), _) => Some(LeftBehind {
                by: LeftBehindBy::ReplyCame,
                on,
            }),
            (None, Some(on)) if deadline.done_on.is_none() && today > deadline.due => {
                Some(LeftBehind {
                    by: LeftBehindBy::Stage2Began,
                    on,
                })
            }
            _ => None,
        };
        let expected = match (deadline.done_on, left_behind) {
            (_, Some(_)) => DeadlineStatus::NotDone,
            (Some(done), None) if done <= deadline.due => DeadlineStatus::Met,
            (Some(_), None) => DeadlineStatus::Late,
            (None, None) if today < deadline.due => DeadlineStatus::Upcoming,
            (None, None) if today == deadline.due => DeadlineStatus::DueToday,
            (None, None) => DeadlineStatus::Overdue,
        };
        assert_eq!(deadline.status, expected, "{id}");
        assert_eq!(deadline.left_behind, left_behind, "{id}");
        if let Some(left) = left_behind {
            assert!(deadline.due < left.on, "{id}");
            assert_eq!(deadline.done_on, None, "{id}");
        }
        let counts_down = matches!(
            deadline.status,
            DeadlineStatus::Upcoming | DeadlineStatus::DueToday
        );
        // Time left is given in the deadline's own unit, never in working
        // days for calendar days, months or years.
        if deadline.counting.unit == TimeUnit::WorkingDays {
            assert_eq!(
                deadline.working_days_remaining.is_some(),
                counts_down,
                "{id}"
            );
            assert_eq!(deadline.calendar_days_remaining, None, "{id}");
        } else {
            assert_eq!(deadline.working_days_remaining, None, "{id}");
            assert_eq!(
                deadline.calendar_days_remaining.is_some(),
                counts_down,
                "{id}"
            );
        }
        let is_late = matches!(
            deadline.status,
            DeadlineStatus::Overdue | DeadlineStatus::Late | DeadlineStatus::NotDone
        );
        assert_eq!(deadline.working_days_late.is_some(), is_late, "{id}");
        assert!(deadline.working_days_remaining.unwrap_or(0) >= 0, "{id}");
        assert!(deadline.working_days_late.unwrap_or(0) >= 0, "{id}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn random_cases_never_panic_and_statuses_agree_with_dates(
        // Mostly 2006-2040, sometimes right up to 2100.
        start in prop_oneof![4 => 0u32..12_500, 1 => 0u32..34_500],
        steps in proptest::collection::vec(
            (0u8..100, 0u16..60, prop_oneof![19 => Just(0i16), 1 => -40i16..0]),
            15,
        ),
        stop in 0usize..=15,
        flags in proptest::array::uniform4(prop::bool::weighted(0.2)),
        council in 0usize..6,
        today_offset in prop_oneof![9 => 0i64..600, 1 => -30i64..0],
    ) {
        let (case, latest) = random_case(start, &steps, stop, flags, council);
        let today = latest + chrono::Duration::days(today_offset);
        if let Ok(a) = assess(&case, today) {
            check_assessment(&a, &case.events, today);
            // A case that assesses also survives a trip through its file.
            prop_assert_eq!(Case::from_json(&case.to_json_pretty(), today), Ok(case));
        }
    }

    #[test]
    fn case_files_never_panic(text in ".{0,200}") {
        let _ = Case::from_json(&text, d(TODAY));
    }
}

#[test]
fn a_council_with_a_procedure_file_also_shows_contacts_its_other_pages_gave() {
    // Sunderland's procedure file (the trust's statutory complaints page)
    // gives no phone; the trust's complaints page gave one: it is shown,
    // with that page as its source, and the procedure page stays the link.
    let a = run(Some("sunderland"), christmas_complaint(), "2026-01-05");
    assert!(!a.council.statutory_only);
    let phone = a
        .council
        .contacts
        .iter()
        .find(|c| c.kind == ContactKind::Phone)
        .expect("a phone line");
    assert_eq!(phone.value, "0191 561 7997");
    assert_eq!(phone.href.as_deref(), Some("tel:01915617997"));
    assert_eq!(
        phone.source.as_deref(),
        Some("https://togetherforchildren.org.uk/aboutus/complaints")
    );
    assert_ne!(a.council.page_url.as_deref(), phone.source.as_deref());
}

/// A stage 2 reply after the usual 25 working days, with no extension, is
/// "done late" on the usual row and only "within this longest limit" on the
/// law's longest-limit row, never "done on time" on both (found in a
/// walkthrough). Essex: asked Monday 2 June 2025, 25 working days end Monday
/// 7 July; the reply on Friday 1 August is 19 working days late; 65 working
/// days (25 August skipped) end Tuesday 2 September.
#[test]
fn a_late_reply_is_not_called_on_time_on_the_longest_limits_row() {
    use complaint_navigator::text::{words, Lang};
    let events = Events {
        complaint_received: Some(d("2025-05-01")),
        stage1_response_received: Some(d("2025-05-14")),
        stage2_requested: Some(d("2025-06-02")),
        stage2_response_received: Some(d("2025-08-01")),
        ..Events::default()
    };
    let assessment = run(Some("essex"), events.clone(), "2025-08-20");
    let words = words(Lang::English);
    let usual = deadline(&assessment, "stage2_response");
    assert_eq!(usual.due, d("2025-07-07"));
    assert_eq!(
        (words.deadline_status)(usual),
        "Done late (Friday 1 August 2025, 19 working days late)"
    );
    // Shown beside the usual row, as the results page shows it.
    let longest = deadline(&assessment, "stage2_response_extended");
    assert_eq!(longest.due, d("2025-09-02"));
    assert_eq!(
        (words.longest_beside_usual_status)(longest),
        "Within this longest limit (Friday 1 August 2025)"
    );
    // With more time claimed, the longest is the one deadline, and on time.
    let claimed = run(
        Some("essex"),
        Events {
            stage2_extended: true,
            ..events
        },
        "2025-08-20",
    );
    assert!(!has_deadline(&claimed, "stage2_response"));
    assert_eq!(
        (words.deadline_status)(deadline(&claimed, "stage2_response_extended")),
        "Done on time (Friday 1 August 2025)"
    );
}
