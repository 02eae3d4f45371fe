//! Which procedure applies: the route is asked before any date, and the
//! engine follows it (docs/routes.md). Dates counted by hand in comments.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;

use complaint_navigator::core::assessment::{assess, Assessment, DeadlineStatus, Stage};
use complaint_navigator::core::case::{Case, Events};
use complaint_navigator::core::route::Route;
use complaint_navigator::core::share::{case_from_fragment, fragment_for};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn run(route: Option<Route>, events: Events, today: &str) -> Assessment {
    let case = Case {
        route,
        ..Case::new(Some("leeds".to_string()), events)
    };
    assess(&case, d(today)).unwrap()
}

fn received(date: &str) -> Events {
    Events {
        complaint_received: Some(d(date)),
        ..Events::default()
    }
}

#[test]
fn code_6_2_and_6_3_a_corporate_complaint_is_acknowledged_in_5_and_answered_10_after() {
    // Received Mon 1 Jun 2026 (no bank holidays in June 2026). Acknowledge
    // within 5 working days: Jun 2-5 (4), Mon 8 Jun (5). Without an
    // acknowledgement, the reply is 10 working days after the day it was
    // due: 15 from receipt: Jun 8-12 (9), 15-19 (14), Mon 22 Jun (15).
    let a = run(Some(Route::Corporate), received("2026-06-01"), "2026-06-10");
    assert_eq!(a.route.route, Route::Corporate);
    assert_eq!(a.stage, Stage::Stage1);
    let ack = a
        .deadlines
        .iter()
        .find(|x| x.id == "acknowledgement")
        .unwrap();
    assert_eq!(ack.due, d("2026-06-08"));
    assert_eq!(ack.status, DeadlineStatus::Overdue);
    assert!(ack
        .source
        .citation
        .ends_with("Complaint Handling Code, para 6.2"));
    assert!(ack.guidance);
    assert_eq!(
        ack.basis_label,
        "The Ombudsman's expected standard (guidance, not law)"
    );
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response")
        .unwrap();
    assert_eq!(reply.due, d("2026-06-22"));
    assert!(a.headline.contains("expected by Monday 22 June 2026, by the Ombudsman's standard (guidance, not a legal time limit)"), "{}", a.headline);
    // No date "set by law" is shown on this route: every one is the Code's.
    assert!(a
        .deadlines
        .iter()
        .all(|x| x.guidance && x.source.citation.contains("Complaint Handling Code")));
    assert!(a.warnings.iter().any(|w| w.id == "corporate_is_guidance"));

    // Acknowledged Wed 3 Jun: the reply is 10 working days after it:
    // Jun 4-5 (2), 8-12 (7), Mon 15, Tue 16, Wed 17 Jun (10).
    let events = Events {
        acknowledgement_received: Some(d("2026-06-03")),
        ..received("2026-06-01")
    };
    let a = run(Some(Route::Corporate), events.clone(), "2026-06-10");
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response")
        .unwrap();
    assert_eq!(reply.due, d("2026-06-17"));

    // Code 6.4: with more time, no more than 10 working days more: Wed 17
    // Jun + 10 = Jun 18-19 (2), 22-26 (7), Mon 29, Tue 30 Jun, Wed 1 Jul (10).
    let extended = Events {
        stage1_extended: true,
        ..events
    };
    let a = run(Some(Route::Corporate), extended, "2026-06-10");
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response_extended")
        .unwrap();
    assert_eq!(reply.due, d("2026-07-01"));
    assert!(reply.source.citation.ends_with("para 6.3 and 6.4"));
}

#[test]
fn code_before_1_april_2026_the_codes_dates_are_only_a_guide() {
    let a = run(Some(Route::Corporate), received("2026-03-02"), "2026-03-03");
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response")
        .unwrap();
    assert!(
        reply
            .note
            .as_deref()
            .unwrap()
            .contains("before 1 April 2026"),
        "{:?}",
        reply.note
    );
    assert!(reply.note.as_deref().unwrap().contains("only a guide"));
    // The headline says so too. Received Mon 2 Mar 2026: reply expected 15
    // working days later, Mon 23 Mar; on Mon 30 Mar 5 working days late.
    let a = run(Some(Route::Corporate), received("2026-03-02"), "2026-03-30");
    assert_eq!(
        a.headline,
        "Corporate procedure, stage 1: the council's reply is 5 working days late by the Ombudsman's standard: it was expected by Monday 23 March 2026. You can ask for stage 2 now. Your complaint reached the council before 1 April 2026, when councils say the Ombudsman began applying its Code, so this date is only a guide: check the times in the council's own procedure."
    );
    // A complaint from 1 April 2026 has no such caveat.
    let a = run(Some(Route::Corporate), received("2026-04-01"), "2026-04-02");
    assert!(!a.headline.contains("only a guide"), "{}", a.headline);
    assert!(
        a.headline.contains("guidance, not a legal time limit"),
        "{}",
        a.headline
    );
}

#[test]
fn code_stage_2_dates_are_shown_labelled_as_not_verified() {
    // Asked for stage 2 on Mon 15 Jun 2026. Acknowledgement, as reported:
    // 5 working days, Jun 16-19 (4), Mon 22 Jun (5). Without one, the reply
    // 25 working days from the request: Jun 16-19 (4), 22-26 (9), Jun 29-Jul
    // 3 (14), Jul 6-10 (19), 13-17 (24), Mon 20 Jul (25).
    let events = Events {
        stage1_response_received: Some(d("2026-06-12")),
        stage2_requested: Some(d("2026-06-15")),
        ..received("2026-06-01")
    };
    let a = run(Some(Route::Corporate), events.clone(), "2026-06-16");
    assert_eq!(a.stage, Stage::Stage2);
    let ack = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_acknowledgement")
        .unwrap();
    assert_eq!(ack.due, d("2026-06-22"));
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_response")
        .unwrap();
    assert_eq!(reply.due, d("2026-07-20"));
    assert!(
        reply
            .basis_label
            .contains("not checked in the Code's own text"),
        "{}",
        reply.basis_label
    );
    assert!(reply
        .source
        .citation
        .contains("as councils and guides report it (not checked in the Code's own text)"));
    assert!(a
        .warnings
        .iter()
        .any(|w| w.id == "corporate_stage2_unverified"));
    assert!(
        a.headline.contains("expected by Monday 20 July 2026"),
        "{}",
        a.headline
    );
    assert_eq!(a.next_steps[0].by, Some(d("2026-07-20")));
    assert_eq!(a.route.ask_the_council.len(), 4);
    // Acknowledged Wed 17 Jun: 20 working days after it: Jun 18-19 (2),
    // 22-26 (7), Jun 29-Jul 3 (12), Jul 6-10 (17), Mon 13-Wed 15 Jul (20).
    let acknowledged = Events {
        stage2_acknowledgement_received: Some(d("2026-06-17")),
        ..events
    };
    let a = run(Some(Route::Corporate), acknowledged, "2026-07-16");
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_response")
        .unwrap();
    assert_eq!(reply.due, d("2026-07-15"));
    assert_eq!(reply.status, DeadlineStatus::Overdue);
    assert!(a.headline.contains("1 working day late"), "{}", a.headline);
}

/// A corporate complaint answered at stage 2 on Mon 1 Jun 2026, the family
/// having first known on Fri 20 Mar 2026.
fn corporate_finished() -> Events {
    Events {
        problem_noticed: Some(d("2026-03-20")),
        stage1_response_received: Some(d("2026-04-20")),
        stage2_requested: Some(d("2026-05-01")),
        stage2_response_received: Some(d("2026-06-01")),
        ..received("2026-04-02")
    }
}

#[test]
fn code_finished_the_ombudsmans_12_months_come_with_the_law_first() {
    // Found in a review: the corporate route asked when the family first
    // knew, then gave no date for the Ombudsman at all. The law's 12 months
    // beginning with Fri 20 Mar 2026 end on Fri 19 Mar 2027; our guide, 12
    // months beginning with the stage 2 reply (Mon 1 Jun 2026), on Mon 31
    // May 2027.
    let a = run(Some(Route::Corporate), corporate_finished(), "2026-06-10");
    assert_eq!(a.stage, Stage::Finished);
    let due = |id: &str| {
        let x = a.deadlines.iter().find(|x| x.id == id).unwrap();
        (x.due, x.status)
    };
    assert_eq!(
        due("ombudsman_time_limit_from_problem"),
        (d("2027-03-19"), DeadlineStatus::Upcoming)
    );
    assert_eq!(
        due("ombudsman_time_limit"),
        (d("2027-05-31"), DeadlineStatus::Upcoming)
    );
    assert_eq!(a.ombudsman.time_limit, Some(d("2027-03-19")));
    assert_eq!(
        a.headline,
        "Corporate procedure: the council's procedure is complete. If you are still not happy, go to the Ombudsman by Friday 19 March 2027: that is the law's time limit."
    );
    assert_eq!(a.next_steps[0].id, "go_to_ombudsman");
    assert_eq!(a.next_steps[0].by, Some(d("2027-03-19")));
    assert_eq!(
        a.timeline.last().unwrap().detail,
        "You can go now. Go by Friday 19 March 2027 (the law's time limit)."
    );
    assert!(
        a.ombudsman
            .explanation
            .contains("instead gives Monday 31 May 2027: that is not a date fixed by law"),
        "{}",
        a.ombudsman.explanation
    );

    // Without the day they first knew, the law's date is counted at the
    // latest from the complaint's receipt (they knew by then): Thu 2 Apr
    // 2026 gives Thu 1 Apr 2027, and our guide is still second.
    let unknown = Events {
        problem_noticed: None,
        ..corporate_finished()
    };
    let a = run(Some(Route::Corporate), unknown, "2026-06-10");
    assert_eq!(a.ombudsman.time_limit, Some(d("2027-04-01")));
    assert!(
        a.headline.ends_with("go to the Ombudsman by Thursday 1 April 2027 at the latest: that is the law's time limit."),
        "{}",
        a.headline
    );
    assert!(
        a.ombudsman
            .explanation
            .contains("instead gives Monday 31 May 2027: that is not a date fixed by law"),
        "{}",
        a.ombudsman.explanation
    );
    // Still at stage 2, the law's date is given in the Ombudsman section,
    // though it is no deadline of the case yet.
    let at_stage2 = Events {
        stage2_response_received: None,
        ..corporate_finished()
    };
    let a = run(Some(Route::Corporate), at_stage2, "2026-06-03");
    assert_eq!(a.ombudsman.time_limit, None);
    assert!(!a.deadlines.iter().any(|x| x.id.starts_with("ombudsman")));
    assert!(
        a.ombudsman.explanation.starts_with("The Ombudsman normally expects you to finish the council's corporate procedure first.")
            && a.ombudsman.explanation.contains("12 months beginning with the day you first knew about the problem: Friday 19 March 2027."),
        "{}",
        a.ombudsman.explanation
    );
}

#[test]
fn code_stage_2_refused_ends_the_procedure_and_the_ombudsman_is_next() {
    // Asked Fri 1 May 2026, refused Tue 5 May. The page said the stage 2
    // reply was late and to ask when it would come. The refusal answers the
    // request (its acknowledgement was due in 5 working days, skipping the
    // bank holiday on Mon 4 May: May 5-8, Mon 11 May; met) and ends the
    // procedure: our guide is 12 months beginning with Tue 5 May 2026, so
    // Tue 4 May 2027.
    let events = Events {
        stage1_response_received: Some(d("2026-04-20")),
        stage2_requested: Some(d("2026-05-01")),
        stage2_refused: Some(d("2026-05-05")),
        ..received("2026-04-02")
    };
    let a = run(Some(Route::Corporate), events, "2026-06-10");
    let ack = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_acknowledgement")
        .unwrap();
    assert_eq!(ack.status, DeadlineStatus::Met);
    // No stage 2 reply is owed after the refusal (it showed as overdue, and
    // a chase letter and a calendar entry asked for it).
    assert!(!a.deadlines.iter().any(|x| x.id == "stage2_response"));
    assert_eq!(
        a.timeline[1].state,
        complaint_navigator::core::assessment::StepState::NotStarted
    );
    let guide = a
        .deadlines
        .iter()
        .find(|x| x.id == "ombudsman_time_limit")
        .unwrap();
    assert_eq!(guide.due, d("2027-05-04"));
    assert_eq!(guide.counting.start_event, "stage2_refused");
    // The law's date at the latest, from the complaint (Thu 2 Apr 2026),
    // leads: Thu 1 Apr 2027.
    assert_eq!(a.ombudsman.time_limit, Some(d("2027-04-01")));
    // The procedure ended: "You can go now", as the timeline says (the
    // Ombudsman section said "You may be able to go now").
    assert_eq!(
        a.ombudsman.position,
        complaint_navigator::core::assessment::OmbudsmanPosition::CanGoNow
    );
    assert_eq!(
        a.headline,
        "Corporate procedure, stage 2: on Tuesday 5 May 2026 the council refused to start stage 2. That ends its own procedure, so if you are still not happy you can go to the Ombudsman now."
    );
    assert!(
        a.ombudsman.explanation.starts_with("On Tuesday 5 May 2026, the council refused to start stage 2. That ends its own procedure")
            && a.ombudsman.explanation.contains("go by Thursday 1 April 2027 at the latest.")
            && a.ombudsman.explanation.contains("instead gives Tuesday 4 May 2027"),
        "{}",
        a.ombudsman.explanation
    );
    assert_eq!(a.next_steps[0].id, "go_to_ombudsman");
    assert_eq!(a.next_steps[0].by, Some(d("2027-04-01")));
    let details: Vec<&str> = a.timeline.iter().map(|t| t.detail.as_str()).collect();
    assert_eq!(
        details[1..],
        [
            "The council refused to start stage 2 on Tuesday 5 May 2026, which ended its procedure.",
            "You can go now. Go by Thursday 1 April 2027 at the latest (the law's time limit)."
        ]
    );
}

#[test]
fn code_stage_2_asked_without_a_stage_1_reply_waits_for_stage_2s_reply() {
    // Received Tue 1 Sep 2026, no acknowledgement, no reply: acknowledgement
    // due Tue 8 Sep (5 working days), reply 15 from receipt, Tue 22 Sep.
    // Stage 2 asked Thu 15 Oct; reply 25 working days from the request:
    // Oct 16 (1), 19-23 (6), 26-30 (11), Nov 2-6 (16), 9-13 (21), Thu 19
    // Nov (25). On Mon 30 Nov it is 7 working days late (Nov 20, 23-27, 30).
    let events = Events {
        stage2_requested: Some(d("2026-10-15")),
        ..received("2026-09-01")
    };
    let a = run(Some(Route::Corporate), events, "2026-11-30");
    assert_eq!(a.stage, Stage::Stage2);
    let status = |id: &str| {
        let x = a.deadlines.iter().find(|x| x.id == id).unwrap();
        (x.due, x.status, x.working_days_late)
    };
    // Stage 1's dates are left behind, with their lateness when stage 2
    // began: Sep 23-25 (3), Sep 28-Oct 2 (8), Oct 5-9 (13), 12-15 (17).
    assert_eq!(
        status("stage1_response"),
        (d("2026-09-22"), DeadlineStatus::NotDone, Some(17))
    );
    assert_eq!(
        status("acknowledgement"),
        (d("2026-09-08"), DeadlineStatus::NotDone, Some(27))
    );
    assert_eq!(
        status("stage2_response"),
        (d("2026-11-19"), DeadlineStatus::Overdue, Some(7))
    );
    // The headline, the timeline and the next step are about stage 2's reply.
    assert!(
        a.headline
            .contains("7 working days late by the times councils report for the Ombudsman's Code: it was expected by Thursday 19 November 2026"),
        "{}",
        a.headline
    );
    assert_eq!(a.next_steps[0].id, "chase");
    assert_eq!(a.next_steps[0].by, Some(d("2026-11-19")));
    let details: Vec<&str> = a.timeline.iter().map(|t| t.detail.as_str()).collect();
    assert_eq!(
        details[..2],
        [
            "No reply came in time; you asked for stage 2 on Thursday 15 October 2026.",
            "Reply expected by Thursday 19 November 2026."
        ]
    );
}

#[test]
fn code_over_christmas_a_late_and_a_met_reply() {
    // Received Fri 19 Dec 2025 (before the Code applied: a guide only).
    // Acknowledgement: Mon 22, Tue 23, Wed 24, Mon 29, Tue 30 Dec (5). Reply
    // 15 from receipt: Wed 31 (6), Fri 2 Jan (7), Jan 5-9 (12), Mon 12, Tue
    // 13, Wed 14 Jan 2026 (15).
    let a = run(Some(Route::Corporate), received("2025-12-19"), "2026-01-15");
    let ack = a
        .deadlines
        .iter()
        .find(|x| x.id == "acknowledgement")
        .unwrap();
    assert_eq!(ack.due, d("2025-12-30"));
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response")
        .unwrap();
    assert_eq!(reply.due, d("2026-01-14"));
    assert_eq!(reply.status, DeadlineStatus::Overdue);
    // Replied on Tue 13 Jan: met.
    let replied = Events {
        stage1_response_received: Some(d("2026-01-13")),
        ..received("2025-12-19")
    };
    let a = run(Some(Route::Corporate), replied, "2026-01-15");
    let reply = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage1_response")
        .unwrap();
    assert_eq!(reply.status, DeadlineStatus::Met);
}

#[test]
fn a_conference_court_or_other_body_gets_no_council_deadlines_and_what_to_do() {
    for (route, words) in [
        (Route::Conference, "conference chair"),
        (Route::Court, "court"),
        (Route::OtherBody, "Cafcass"),
    ] {
        let a = run(Some(route), received("2026-06-01"), "2026-06-10");
        assert!(a.deadlines.is_empty(), "{route:?}");
        assert!(a.timeline.is_empty());
        assert!(
            a.headline.contains("we show no council deadlines"),
            "{}",
            a.headline
        );
        assert!(
            a.route.explanation.contains(words),
            "{}",
            a.route.explanation
        );
        assert_eq!(a.next_steps[0].id, "other_route");
    }
}

#[test]
fn only_the_statutory_route_says_its_timescales_are_the_laws() {
    // Found in a walkthrough: the corporate and other routes' council box
    // said "We use the timescales set by law" beside "not set by law".
    let says_law = |route| {
        run(Some(route), received("2026-06-01"), "2026-06-10")
            .council
            .notes
            .iter()
            .any(|note| note.contains("timescales set by law"))
    };
    assert!(says_law(Route::Statutory));
    assert!(says_law(Route::NotSure));
    for route in [
        Route::Corporate,
        Route::Conference,
        Route::Court,
        Route::OtherBody,
    ] {
        assert!(!says_law(route), "{route:?}");
    }
}

#[test]
fn not_sure_shows_the_statutory_dates_marked_provisional_with_what_to_ask() {
    // Statutory 10 working days from Mon 1 Jun 2026: Jun 2-5 (4), 8-12 (9), Mon 15 Jun.
    let a = run(Some(Route::NotSure), received("2026-06-01"), "2026-06-02");
    assert_eq!(
        a.deadlines
            .iter()
            .find(|x| x.id == "stage1_response")
            .unwrap()
            .due,
        d("2026-06-15")
    );
    assert_eq!(a.warnings[0].id, "route_not_sure");
    assert_eq!(a.route.ask_the_council.len(), 4);
    assert!(a.route.ask_the_council[0].contains("Children Act 1989 statutory"));
    // Not answered at all: the statutory procedure, as every case before.
    let a = run(None, received("2026-06-01"), "2026-06-02");
    assert_eq!(a.route.route, Route::Statutory);
    assert!(a.route.ask_the_council.is_empty());
    assert!(!a.warnings.iter().any(|w| w.id == "route_not_sure"));
}

#[test]
fn the_route_travels_in_case_files_and_links_and_a_wrong_one_is_named() {
    let case = Case {
        route: Some(Route::Corporate),
        ..Case::new(Some("leeds".to_string()), received("2026-06-01"))
    };
    let file = case.to_json_pretty();
    assert!(file.contains("\"procedure\": \"corporate\""), "{file}");
    assert_eq!(Case::from_json(&file, d("2026-06-02")).unwrap(), case);
    let fragment = fragment_for(&case);
    assert!(fragment.contains("procedure=corporate"), "{fragment}");
    assert_eq!(case_from_fragment(&fragment).unwrap(), Some(case));
    let error = Case::from_json(
        r#"{"format":"complaint-navigator.case","version":1,"council":null,"procedure":"tribunal","events":{}}"#,
        d("2026-06-02"),
    )
    .unwrap_err();
    assert_eq!(error.field, "procedure");
    assert!(
        error.message.contains(
            "children_statutory, child_protection_conference, court_report, other_body, corporate, not_sure"
        ),
        "{}",
        error.message
    );
}
