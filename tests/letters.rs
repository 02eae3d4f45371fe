//! The letters: which are offered when, and what they say (dates written
//! out, regulations by number, placeholders for blank names).

#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/mod.rs"]
mod examples;

use chrono::NaiveDate;

use complaint_navigator::core::assessment::{assess, Assessment};
use complaint_navigator::core::case::{Case, Events};
use complaint_navigator::core::letters::{
    available_letters, letter, LetterKind, LetterNames, CHILD_NAME_PLACEHOLDER,
    REFERENCE_PLACEHOLDER, YOUR_NAME_PLACEHOLDER,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn run(council: Option<&str>, events: Events, today: NaiveDate) -> (Case, Assessment) {
    let case = Case::new(council.map(str::to_string), events);
    let assessment = assess(&case, today).unwrap();
    (case, assessment)
}

fn blank() -> LetterNames {
    LetterNames::default()
}

fn named() -> LetterNames {
    LetterNames {
        your_name: "  Alex Morgan ".to_string(),
        child_name: "Sam".to_string(),
        council_reference: "CSC/2026/0147".to_string(),
        ..LetterNames::default()
    }
}

/// Complaint received Friday 19 December 2025. Stage 1 reply due (10
/// working days, skipping 25, 26 December and 1 January) Wednesday 7 January
/// 2026; at the latest (20 working days) Wednesday 21 January 2026.
fn christmas() -> Events {
    Events {
        problem_noticed: Some(d(2025, 11, 3)),
        ..examples::events("christmas")
    }
}

/// A finished case (Essex), the procedure on time except stage 2, which was
/// asked for on Monday 27 January 2025 and answered on Monday 3 March 2025.
fn essex_finished() -> Events {
    Events {
        complaint_received: Some(d(2025, 1, 6)),
        stage1_response_received: Some(d(2025, 1, 17)),
        stage2_requested: Some(d(2025, 1, 27)),
        stage2_response_received: Some(d(2025, 3, 3)),
        stage3_requested: Some(d(2025, 3, 10)),
        panel_met: Some(d(2025, 4, 14)),
        panel_report_received: Some(d(2025, 4, 22)),
        final_response_received: Some(d(2025, 5, 9)),
        ..Events::default()
    }
}

#[test]
fn letters_are_offered_only_when_they_make_sense() {
    let none: Vec<LetterKind> = Vec::new();
    let (_, a) = run(None, Events::default(), d(2026, 1, 5));
    assert_eq!(available_letters(&a), none, "nothing before the complaint");

    let (_, a) = run(None, christmas(), d(2026, 1, 5));
    assert_eq!(available_letters(&a), none, "stage 1 reply not due yet");

    let (_, a) = run(None, christmas(), d(2026, 1, 20));
    assert_eq!(available_letters(&a), [LetterKind::ChaseResponse]);

    // 20 working days gone without a reply: chase, or go to stage 2.
    let (_, a) = run(None, christmas(), d(2026, 1, 22));
    assert_eq!(
        available_letters(&a),
        [LetterKind::ChaseResponse, LetterKind::AskStage2]
    );

    let replied = Events {
        stage1_response_received: Some(d(2026, 1, 6)),
        ..christmas()
    };
    let (_, a) = run(None, replied.clone(), d(2026, 1, 8));
    assert_eq!(available_letters(&a), [LetterKind::AskStage2]);

    let stage2_answered = Events {
        stage2_requested: Some(d(2026, 1, 12)),
        stage2_response_received: Some(d(2026, 2, 6)),
        ..replied.clone()
    };
    let (_, a) = run(None, stage2_answered, d(2026, 2, 10));
    assert_eq!(available_letters(&a), [LetterKind::AskStage3]);

    let refused = Events {
        stage2_requested: Some(d(2026, 1, 12)),
        stage2_refused: Some(d(2026, 1, 19)),
        ..replied
    };
    let (_, a) = run(None, refused, d(2026, 1, 26));
    assert_eq!(
        available_letters(&a),
        [LetterKind::WhyStage2Refused, LetterKind::OmbudsmanSummary]
    );

    let (_, a) = run(Some("E10000012"), essex_finished(), d(2025, 6, 2));
    assert_eq!(available_letters(&a), [LetterKind::OmbudsmanSummary]);
}

#[test]
fn the_chase_letter_names_the_late_reply_and_how_late_it_is() {
    let (case, a) = run(None, christmas(), d(2026, 1, 20));
    let chase = letter(LetterKind::ChaseResponse, &case, &a, &blank());
    let body = &chase.body;
    assert_eq!(chase.title, "Letter chasing the council's late reply");
    assert!(
        body.contains("received on Friday 19 December 2025"),
        "{body}"
    );
    assert!(
        body.contains(
            "By Wednesday 7 January 2026, the council should have sent me its stage 1 reply"
        ),
        "{body}"
    );
    assert!(body.contains("regulation 14 of the Children Act 1989 Representations Procedure (England) Regulations 2006"), "{body}");
    // Working days after 7 January up to 20 January: 8, 9, 12-16, 19, 20.
    assert!(body.contains("it is 9 working days late"), "{body}");
    assert!(
        body.contains(
            "The law allows 20 working days at the most, which ends on Wednesday 21 January 2026"
        ),
        "{body}"
    );
    assert!(body.contains("Ombudsman"), "{body}");
    // Blank names become placeholders.
    assert!(body.starts_with(YOUR_NAME_PLACEHOLDER), "{body}");
    assert!(body.contains(CHILD_NAME_PLACEHOLDER), "{body}");
    assert!(body.contains(REFERENCE_PLACEHOLDER), "{body}");
    assert!(body.contains("[your council]"), "no council chosen: {body}");
    assert!(body
        .trim_end()
        .ends_with("Yours faithfully,\n\n[your name]"));

    // Typed names replace them, trimmed.
    let named = letter(LetterKind::ChaseResponse, &case, &a, &named()).body;
    assert!(named.starts_with("Alex Morgan\n20 January 2026"), "{named}");
    assert!(named.contains("services for Sam"), "{named}");
    assert!(named.contains("Your reference: CSC/2026/0147"), "{named}");
    assert!(
        !named.replace("[your council]", "").contains('['),
        "no placeholder left but the council, not chosen: {named}"
    );
}

#[test]
fn once_the_longest_time_has_passed_the_chase_says_so() {
    // On Monday 26 January 2026 both stage 1 times have passed. The letter
    // leads with the usual time (due Wednesday 7 January), so it states the
    // whole delay: 13 working days (8, 9, 12-16, 19-23 and 26 January); then
    // says the law's longest time (20 working days) ended on Wednesday 21 January.
    let (case, a) = run(None, christmas(), d(2026, 1, 26));
    let body = letter(LetterKind::ChaseResponse, &case, &a, &blank()).body;
    assert!(body.contains("By Wednesday 7 January 2026"), "{body}");
    assert!(body.contains("regulation 14"), "{body}");
    assert!(body.contains("it is 13 working days late"), "{body}");
    assert!(
        body.contains(
            "Even the longest time the law allows when a council needs more time, 20 working days, ended on Wednesday 21 January 2026."
        ),
        "{body}"
    );
    assert!(
        !body.contains("These other time limits have also passed"),
        "both stage 1 limits are already in the opening: {body}"
    );
    assert!(
        body.contains("I may also ask for my complaint to go to stage 2"),
        "{body}"
    );
}

#[test]
fn the_chase_letter_quotes_the_councils_own_promise() {
    // North Somerset's page promises an acknowledgement; on 20 January 2026
    // it is overdue as well as the law's stage 1 reply.
    let (case, a) = run(Some("north-somerset"), christmas(), d(2026, 1, 20));
    let acknowledgement = a
        .deadlines
        .iter()
        .find(|d| d.id == "acknowledgement")
        .expect("North Somerset promises an acknowledgement");
    let body = letter(LetterKind::ChaseResponse, &case, &a, &blank()).body;
    assert!(body.contains("North Somerset Council"), "{body}");
    assert!(
        body.contains(&format!(
            "- The council acknowledging my complaint: due by {} under the council's own complaints procedure, now {} working days late.",
            complaint_navigator::core::dates::long_date(acknowledgement.due),
            acknowledgement.working_days_late.unwrap()
        )),
        "{body}"
    );
}

#[test]
fn asking_for_stage_2_after_the_reply() {
    // Reply received Tuesday 6 January 2026; the 20 working days to ask
    // for stage 2 end on Tuesday 3 February 2026 (7-9, 12-16, 19-23, 26-30
    // January, 2 and 3 February).
    let events = Events {
        stage1_response_received: Some(d(2026, 1, 6)),
        ..christmas()
    };
    let (case, a) = run(None, events, d(2026, 1, 8));
    let body = letter(LetterKind::AskStage2, &case, &a, &named()).body;
    assert!(
        body.contains("stage 1 reply on Tuesday 6 January 2026"),
        "{body}"
    );
    assert!(
        body.contains("within the usual 20 working days, which end on Tuesday 3 February 2026"),
        "{body}"
    );
    assert!(
        body.contains("regulation 17 of the Children Act 1989"),
        "{body}"
    );
    assert!(body.contains("25 working days"), "{body}");
    assert!(body.contains("65 working days"), "{body}");
    assert!(body.contains("[say briefly what the stage 1 reply got wrong"));

    // Asked late: the letter says so and leaves room for the reason.
    let (case, a) = run(
        None,
        Events {
            stage1_response_received: Some(d(2026, 1, 6)),
            ..christmas()
        },
        d(2026, 2, 10),
    );
    let body = letter(LetterKind::AskStage2, &case, &a, &blank()).body;
    assert!(
        body.contains("after the usual 20 working days, which ended on Tuesday 3 February 2026"),
        "{body}"
    );
    assert!(
        body.contains("[say why you could not ask sooner]"),
        "{body}"
    );
}

#[test]
fn asking_for_stage_2_without_a_reply() {
    let (case, a) = run(None, christmas(), d(2026, 1, 22));
    let body = letter(LetterKind::AskStage2, &case, &a, &blank()).body;
    assert!(
        body.contains("I have not received a stage 1 reply"),
        "{body}"
    );
    assert!(
        body.contains("20 working days under regulation 14 of the Children Act 1989 Representations Procedure (England) Regulations 2006, ended on Wednesday 21 January 2026"),
        "{body}"
    );
    // Asked for too early, the letter tells the family to check first.
    let (case, a) = run(None, christmas(), d(2026, 1, 12));
    let body = letter(LetterKind::AskStage2, &case, &a, &blank()).body;
    assert!(body.contains("[Check before sending"), "{body}");
    assert!(body.contains("ends on Wednesday 21 January 2026"), "{body}");
}

#[test]
fn asking_for_a_review_panel() {
    // Stage 2 reply Friday 6 February 2026: 20 working days to ask for
    // stage 3 end on Friday 6 March 2026.
    let events = Events {
        stage1_response_received: Some(d(2026, 1, 6)),
        stage2_requested: Some(d(2026, 1, 12)),
        stage2_response_received: Some(d(2026, 2, 6)),
        ..christmas()
    };
    let (case, a) = run(None, events, d(2026, 2, 10));
    let body = letter(LetterKind::AskStage3, &case, &a, &blank()).body;
    assert!(
        body.contains("stage 2 response on Friday 6 February 2026"),
        "{body}"
    );
    assert!(
        body.contains("regulation 18 of the Children Act 1989"),
        "{body}"
    );
    assert!(body.contains("regulation 19(4)"), "{body}");
    assert!(body.contains("30 working days"), "{body}");
    assert!(
        body.contains("that time ends on Friday 6 March 2026"),
        "{body}"
    );
}

#[test]
fn asking_why_stage_2_was_refused() {
    let events = Events {
        stage1_response_received: Some(d(2026, 1, 6)),
        stage2_requested: Some(d(2026, 1, 12)),
        stage2_refused: Some(d(2026, 1, 19)),
        ..christmas()
    };
    let (case, a) = run(Some("leeds"), events, d(2026, 1, 26));
    let body = letter(LetterKind::WhyStage2Refused, &case, &a, &blank()).body;
    assert!(
        body.contains("On Monday 12 January 2026, I asked"),
        "{body}"
    );
    assert!(
        body.contains("On Monday 19 January 2026, the council told me"),
        "{body}"
    );
    assert!(body.contains("regulation 17"), "{body}");
    assert!(
        body.contains("To: the Complaints Manager, children's social care, Leeds City Council\n"),
        "{body}"
    );
    assert!(body.contains("the reasons for the decision"), "{body}");
    assert!(body.contains("Leeds"), "{body}");

    let summary = letter(LetterKind::OmbudsmanSummary, &case, &a, &blank()).body;
    assert!(
        summary.contains(
            "Where the complaint stands: the council refused to consider my complaint at stage 2."
        ),
        "{summary}"
    );
    assert!(
        summary.contains(
            "- 19 January 2026: The council refused to consider my complaint at stage 2."
        ),
        "{summary}"
    );
    assert!(
        summary.contains("refused to move my complaint on"),
        "{summary}"
    );
    // The family said they first knew on Monday 3 November 2025: the date
    // given is the law's (12 months beginning with that day), and it is
    // called the law's, not "counted from the end of the procedure" (it was).
    assert!(
        summary.contains("The law's time limit, 12 months beginning with the day I first knew about the problem, runs to Monday 2 November 2026."),
        "{summary}"
    );
    assert!(!summary.contains("Counted from the end"), "{summary}");
}

#[test]
fn a_corporate_refusal_gets_the_summary_but_not_the_statutory_letter() {
    // The "why was stage 2 refused" letter quotes the statutory regulations,
    // which the corporate procedure does not have. Refused Tue 5 May 2026:
    // our guide is 12 months beginning with that day, Tue 4 May 2027, but
    // the law's date leads: at the latest 12 months beginning with the
    // complaint's receipt (Thu 2 Apr 2026), Thu 1 Apr 2027.
    let events = Events {
        complaint_received: Some(d(2026, 4, 2)),
        stage1_response_received: Some(d(2026, 4, 20)),
        stage2_requested: Some(d(2026, 5, 1)),
        stage2_refused: Some(d(2026, 5, 5)),
        ..Events::default()
    };
    let case = Case {
        route: Some(complaint_navigator::core::route::Route::Corporate),
        ..Case::new(Some("leeds".to_string()), events)
    };
    let a = assess(&case, d(2026, 6, 10)).unwrap();
    let offered = available_letters(&a);
    assert!(
        !offered.contains(&LetterKind::WhyStage2Refused),
        "{offered:?}"
    );
    assert!(
        offered.contains(&LetterKind::OmbudsmanSummary),
        "{offered:?}"
    );
    // No stage 2 reply was owed after the refusal: nothing to chase, and
    // the summary does not list it as missed (found in a walkthrough).
    assert!(!offered.contains(&LetterKind::ChaseResponse), "{offered:?}");
    let summary = letter(LetterKind::OmbudsmanSummary, &case, &a, &blank()).body;
    assert!(!summary.contains("stage 2 reply"), "{summary}");
    assert!(
        summary.contains("The law's time limit, 12 months beginning with the day I first knew about the problem, runs to Thursday 1 April 2027 at the latest (counted from the day the council received my complaint, as I knew about the problem by then)."),
        "{summary}"
    );
    assert!(
        !summary.contains("I ask the Ombudsman to accept"),
        "{summary}"
    );
    // Once that date has passed, the letter asks the Ombudsman to accept
    // the complaint and leaves room for the reason (it only said the time
    // had ended).
    let later = assess(&case, d(2027, 6, 1)).unwrap();
    let summary = letter(LetterKind::OmbudsmanSummary, &case, &later, &blank()).body;
    assert!(
        summary.contains("ended on Thursday 1 April 2027 at the latest (counted from the day the council received my complaint, as I knew about the problem by then).\nI ask the Ombudsman to accept my complaint now: [say why you could not come sooner"),
        "{summary}"
    );
    assert!(
        summary.contains("refused to move my complaint on"),
        "{summary}"
    );
}

#[test]
fn the_ombudsman_summary_lists_the_timeline_and_the_missed_deadlines() {
    // Stage 2 asked for Monday 27 January 2025; the 25 working days ended
    // on Monday 3 March 2025 (28-31 January, 3-7, 10-14, 17-21, 24-28
    // February, 3 March): met. Make it late instead: reply on 10 March 2025,
    // 5 working days late (4-7, 10 March).
    let events = Events {
        stage2_response_received: Some(d(2025, 3, 10)),
        stage3_requested: Some(d(2025, 3, 14)),
        panel_met: Some(d(2025, 4, 14)),
        panel_report_received: Some(d(2025, 4, 22)),
        final_response_received: Some(d(2025, 5, 9)),
        ..essex_finished()
    };
    let (case, a) = run(None, events, d(2025, 6, 2));
    let summary = letter(LetterKind::OmbudsmanSummary, &case, &a, &named());
    let body = &summary.body;
    assert_eq!(summary.title, "Summary for the Ombudsman");
    assert!(body.contains("Name: Alex Morgan"), "{body}");
    assert!(body.contains("Child or young person: Sam"), "{body}");
    assert!(body.contains("Prepared on: Monday 2 June 2025"), "{body}");
    for line in [
        "- 6 January 2025: The council received my complaint.",
        "- 17 January 2025: I received the council's stage 1 reply.",
        "- 27 January 2025: I asked for stage 2.",
        "- 10 March 2025: I received the council's stage 2 response.",
        "- 9 May 2025: I received the council's final response.",
    ] {
        assert!(body.contains(line), "missing {line:?}: {body}");
    }
    assert!(
        body.contains("- The council's stage 2 reply: due by 3 March 2025 (SI 2006/1738 reg 17); it happened on 10 March 2025, 5 working days late."),
        "{body}"
    );
    assert!(body.contains("procedure is finished"), "{body}");
    assert!(body.contains("0300 061 0614"), "{body}");

    // A case with nothing missed says so; blank names show placeholders.
    let (case, a) = run(Some("E10000012"), essex_finished(), d(2025, 6, 2));
    let body = letter(LetterKind::OmbudsmanSummary, &case, &a, &blank()).body;
    assert!(
        body.contains("None of the time limits we checked was missed"),
        "{body}"
    );
    assert!(
        body.contains(&format!("Name: {YOUR_NAME_PLACEHOLDER}")),
        "{body}"
    );
    assert!(
        body.contains(&format!("Child or young person: {CHILD_NAME_PLACEHOLDER}")),
        "{body}"
    );
    assert!(body.contains("Council: Essex County Council"), "{body}");
}

#[test]
fn the_ombudsman_summary_keeps_a_stage_1_reply_that_never_came() {
    // Received Tue 1 Sep 2026, no reply; stage 2 asked Thu 15 Oct. The
    // stage 1 reply (due Tue 15 Sep) was 22 working days late that day
    // (Sep 16-18, 21-25, Sep 28-Oct 2, 5-9, 12-15) and is listed as never
    // done, with that lateness, not as still owed on the day of writing.
    let (case, a) = run(
        Some("north-somerset"),
        examples::events("no-reply-then-stage2"),
        d(2026, 11, 30),
    );
    let body = letter(LetterKind::OmbudsmanSummary, &case, &a, &named()).body;
    // No panel owed anything, so none is named.
    assert!(body.contains("Time limits the council missed:\n"), "{body}");
    assert!(
        body.contains("- The council's stage 1 reply: due by 15 September 2026 (SI 2006/1738 reg 14); never done; it was 22 working days late when stage 2 began on 15 October 2026."),
        "{body}"
    );
    assert!(
        body.contains("- The council's stage 2 reply: due by 19 November 2026 (SI 2006/1738 reg 17); still not done on 30 November 2026, 7 working days late."),
        "{body}"
    );
    // The chase letter is about stage 2's reply only.
    let chase = letter(LetterKind::ChaseResponse, &case, &a, &named()).body;
    assert!(chase.contains("19 November 2026"), "{chase}");
    assert!(!chase.contains("15 September 2026"), "{chase}");
}

#[test]
fn a_corporate_chase_before_the_code_applied_takes_its_time_as_a_guide() {
    // Hull, corporate, received Monday 2 March 2026: the reply was expected
    // 15 working days later, Monday 23 March; on Monday 20 April it is 18
    // working days late (Good Friday and Easter Monday skipped). Found in a
    // walkthrough: the letter stated the Code's time as firm, the page as a
    // guide.
    let chase = |received: NaiveDate, today: NaiveDate| {
        let case = Case {
            route: Some(complaint_navigator::core::route::Route::Corporate),
            ..Case::new(
                Some("kingston-upon-hull".to_string()),
                Events {
                    complaint_received: Some(received),
                    ..Events::default()
                },
            )
        };
        let a = assess(&case, today).unwrap();
        letter(LetterKind::ChaseResponse, &case, &a, &blank()).body
    };
    let body = chase(d(2026, 3, 2), d(2026, 4, 20));
    assert!(body.contains("By Monday 23 March 2026"), "{body}");
    assert!(body.contains("it is 18 working days late"), "{body}");
    assert!(
        body.contains("My complaint reached the council before 1 April 2026, when councils say the Ombudsman began applying its Complaint Handling Code, so I take this time as a guide."),
        "{body}"
    );
    let after = chase(d(2026, 4, 2), d(2026, 5, 20));
    assert!(!after.contains("before 1 April 2026"), "{after}");
}

#[test]
fn every_letter_can_be_written_for_every_case_without_panicking() {
    let cases = [
        (None, Events::default(), d(2026, 1, 5)),
        (None, christmas(), d(2026, 1, 20)),
        (Some("north-somerset"), christmas(), d(2026, 3, 20)),
        (Some("E10000012"), essex_finished(), d(2025, 6, 2)),
    ];
    for (council, events, today) in cases {
        let (case, a) = run(council, events, today);
        for kind in LetterKind::ALL {
            let written = letter(kind, &case, &a, &blank());
            assert!(!written.body.is_empty());
            assert_eq!(LetterKind::from_id(kind.id()), Some(kind));
        }
    }
}

#[test]
fn a_corporate_request_for_stage_2_quotes_no_regulations() {
    // Received Thu 2 Apr 2026, before Easter. Without an acknowledgement the
    // Code's stage 1 reply is 15 working days from receipt, skipping Good
    // Friday and Easter Monday: Apr 7-10 (4), 13-17 (9), 20-24 (14), Mon 27
    // Apr (15). No corporate letter asked for stage 2 before.
    let corporate = |events: Events, today: NaiveDate| {
        let case = Case {
            route: Some(complaint_navigator::core::route::Route::Corporate),
            ..Case::new(Some("leeds".to_string()), events)
        };
        let a = assess(&case, today).unwrap();
        (case, a)
    };
    let received = Events {
        complaint_received: Some(d(2026, 4, 2)),
        ..Events::default()
    };
    // Waiting, in time: not offered yet.
    let (_, a) = corporate(received.clone(), d(2026, 4, 20));
    assert!(!available_letters(&a).contains(&LetterKind::AskStage2));
    // The reply's date passed.
    let (case, a) = corporate(received.clone(), d(2026, 4, 28));
    assert!(available_letters(&a).contains(&LetterKind::AskStage2));
    let body = letter(LetterKind::AskStage2, &case, &a, &named()).body;
    assert!(
        body.contains("I have not received a stage 1 reply. By the times in the Local Government and Social Care Ombudsman's Complaint Handling Code, it was expected by Monday 27 April 2026. I therefore ask for my complaint to be considered at stage 2 of the council's complaints procedure now."),
        "{body}"
    );
    assert!(
        body.contains("tell me by when I can expect the council's stage 2 response"),
        "{body}"
    );
    // Addressed to the council's complaints manager, not children's social
    // care's (found in a walkthrough).
    assert!(
        body.contains("To: the Complaints Manager, Leeds City Council\n"),
        "{body}"
    );
    assert!(
        !body.contains("SI 2006") && !body.contains("regulation"),
        "{body}"
    );
    // The reply came on Mon 20 Apr.
    let replied = Events {
        stage1_response_received: Some(d(2026, 4, 20)),
        ..received
    };
    let (case, a) = corporate(replied, d(2026, 4, 22));
    assert!(available_letters(&a).contains(&LetterKind::AskStage2));
    let body = letter(LetterKind::AskStage2, &case, &a, &named()).body;
    assert!(
        body.contains("I received the council's stage 1 reply on Monday 20 April 2026. I am not satisfied with it, and I ask for my complaint to be considered at stage 2 of the council's complaints procedure."),
        "{body}"
    );
    assert!(body.contains("I am not satisfied because:"), "{body}");
    assert!(
        !body.contains("SI 2006")
            && !body.contains("regulation")
            && !body.contains("25 working days"),
        "{body}"
    );
}
