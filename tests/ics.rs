//! The calendar file, read back with an independent parser (the `icalendar`
//! crate): events, dates, UIDs, line folding at 75 octets, TEXT escaping and
//! CRLF line endings.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/mod.rs"]
mod examples;

use chrono::NaiveDate;
use icalendar::parser::{read_calendar, unfold, Component};

use complaint_navigator::core::assessment::{assess, Assessment, DeadlineId, DeadlineStatus};
use complaint_navigator::core::case::{Case, Events};
use complaint_navigator::core::ics::{calendar_file, escape_text, fold_line, uid, MAX_LINE_OCTETS};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Complaint received Friday 19 December 2025; today Tuesday 20 January 2026.
/// Stage 1 reply (10 working days, skipping 25, 26 December and 1 January)
/// was due Wednesday 7 January 2026: overdue. At the latest (20 working
/// days): Wednesday 21 January 2026, upcoming. Complaint time limit: met.
fn stage1_overdue() -> Assessment {
    let case = Case::new(
        None,
        Events {
            problem_noticed: Some(d(2025, 11, 3)),
            ..examples::events("christmas")
        },
    );
    assess(&case, d(2026, 1, 20)).unwrap()
}

fn property<'a>(component: &'a Component<'a>, name: &str) -> String {
    component
        .find_prop(name)
        .unwrap_or_else(|| panic!("no {name} in {}", component.name.as_str()))
        .val
        .as_str()
        .to_string()
}

fn events<'a>(components: &'a [Component<'a>]) -> Vec<&'a Component<'a>> {
    components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect()
}

fn event_for<'a>(events: &[&'a Component<'a>], deadline_id: &str) -> &'a Component<'a> {
    events
        .iter()
        .copied()
        .find(|e| property(e, "UID").starts_with(&format!("{deadline_id}-")))
        .unwrap_or_else(|| panic!("no event for {deadline_id}"))
}

#[test]
fn the_calendar_holds_the_open_deadlines_with_their_dates() {
    let assessment = stage1_overdue();
    let text = calendar_file("case-3", &assessment, d(2026, 1, 20), Some(2));
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();

    let top = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_string())
    };
    assert_eq!(top("VERSION").as_deref(), Some("2.0"));
    assert_eq!(top("CALSCALE").as_deref(), Some("GREGORIAN"));
    assert_eq!(top("METHOD").as_deref(), Some("PUBLISH"));
    assert!(top("PRODID").unwrap().contains("Complaint Navigator"));

    let vevents = events(&calendar.components);
    let open: Vec<&str> = assessment
        .deadlines
        .iter()
        .filter(|d| {
            matches!(
                d.status,
                DeadlineStatus::Upcoming | DeadlineStatus::DueToday | DeadlineStatus::Overdue
            )
        })
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(open, ["stage1_response", "stage1_response_extended"]);
    assert_eq!(vevents.len(), 2, "met deadlines are left out");

    let reply = event_for(&vevents, "stage1_response");
    assert_eq!(
        property(reply, "UID"),
        "stage1_response-case-3@complaint-navigator.invalid"
    );
    assert_eq!(property(reply, "DTSTAMP"), "20260120T000000Z");
    assert_eq!(property(reply, "DTSTART"), "20260107");
    assert_eq!(property(reply, "DTEND"), "20260108");
    let start = reply.find_prop("DTSTART").unwrap();
    assert!(start
        .params
        .iter()
        .any(|p| p.key.as_str() == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE")));
    assert_eq!(property(reply, "SUMMARY"), "Council's stage 1 reply due");
    assert_eq!(property(reply, "TRANSP"), "TRANSPARENT");
    let description = property(reply, "DESCRIPTION");
    assert!(
        description.starts_with("Due Wednesday 7 January 2026."),
        "{description}"
    );
    assert!(description.contains("SI 2006/1738 reg 14"), "{description}");
    assert!(
        description.contains("we counted 10 working days"),
        "{description}"
    );
    assert!(
        description.contains("Christmas Day (25 December 2025)"),
        "{description}"
    );
    assert!(description.contains("9 working days late"), "{description}");
    assert!(description.contains('\n'), "newlines survive escaping");
    // Overdue: a reminder would already be in the past.
    assert!(reply.components.is_empty());

    let latest = event_for(&vevents, "stage1_response_extended");
    assert_eq!(property(latest, "DTSTART"), "20260121");
    assert_eq!(property(latest, "DTEND"), "20260122");
    assert_eq!(
        property(latest, "SUMMARY"),
        "Council's stage 1 reply due at the latest"
    );
    // Reminder 2 days before 21 January is 19 January: already past on the 20th.
    assert!(latest.components.is_empty());
}

#[test]
fn stage_1_dates_left_behind_when_stage_2_began_are_not_in_the_calendar() {
    // No stage 1 reply; stage 2 asked Thu 15 Oct 2026, after the law's 20
    // working days: the council now owes stage 2's reply (Thu 19 Nov,
    // overdue on Mon 30 Nov) and, at the latest, Tue 19 Jan 2027.
    let assessment = assess(&examples::case("no-reply-then-stage2"), d(2026, 11, 30)).unwrap();
    let text = calendar_file("case-1", &assessment, d(2026, 11, 30), None);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let vevents = events(&calendar.components);
    let starts: Vec<String> = vevents.iter().map(|e| property(e, "DTSTART")).collect();
    assert_eq!(starts, ["20261119", "20270119"]);
    assert!(!text.contains("stage1_response"), "{text}");
    assert!(!text.contains("acknowledgement"), "{text}");
}

#[test]
fn the_laws_longest_time_is_in_the_calendar_from_the_first_day() {
    // Received Saturday 28 November 2026 (counted from that day): the usual
    // 10 working days end Friday 11 December; the longest 20 end Tuesday 29
    // December (Christmas Day and the Boxing Day substitute on Monday 28
    // skipped). On Monday 30 November the page gives the 29th as a next step
    // (found in a walkthrough: the calendar left it out); once the 11th has
    // passed it is a deadline, and a file made then updates the same entry.
    let case = Case::new(
        Some("leeds".to_string()),
        Events {
            complaint_received: Some(d(2026, 11, 28)),
            ..Events::default()
        },
    );
    let entries = |today: NaiveDate| {
        let assessment = assess(&case, today).unwrap();
        let text = calendar_file("case-1", &assessment, today, Some(2));
        let unfolded = unfold(&text);
        let calendar = read_calendar(&unfolded).unwrap();
        events(&calendar.components)
            .iter()
            .map(|e| {
                (
                    property(e, "UID"),
                    property(e, "DTSTART"),
                    property(e, "SUMMARY"),
                    property(e, "DESCRIPTION"),
                    e.components.len(),
                )
            })
            .collect::<Vec<_>>()
    };
    let early = entries(d(2026, 11, 30));
    assert_eq!(early.len(), 2, "{early:?}");
    assert_eq!(early[0].1, "20261211");
    let longest = &early[1];
    assert_eq!(
        longest.0,
        "stage1_response_extended-case-1@complaint-navigator.invalid"
    );
    assert_eq!(longest.1, "20261229");
    assert_eq!(longest.2, "Council's stage 1 reply due at the latest");
    assert!(
        longest
            .3
            .starts_with("Due Tuesday 29 December 2026 at the latest."),
        "{}",
        longest.3
    );
    assert!(
        longest
            .3
            .contains("you can ask for stage 2 from Wednesday 30 December 2026"),
        "{}",
        longest.3
    );
    assert_eq!(longest.4, 1, "a reminder, 2 days before, is still ahead");
    let later = entries(d(2026, 12, 14));
    let same = later
        .iter()
        .find(|e| e.0 == longest.0)
        .expect("the same entry once the usual time has passed");
    assert_eq!(same.1, "20261229");
}

#[test]
fn reminders_are_added_only_when_still_ahead() {
    let assessment = stage1_overdue();
    // Made on 12 January: 2 days before 21 January is still ahead.
    let text = calendar_file("case-3", &assessment, d(2026, 1, 12), Some(2));
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let vevents = events(&calendar.components);
    let latest = event_for(&vevents, "stage1_response_extended");
    let alarm = latest
        .components
        .iter()
        .find(|c| c.name.as_str() == "VALARM")
        .expect("a reminder");
    assert_eq!(property(alarm, "ACTION"), "DISPLAY");
    assert_eq!(property(alarm, "TRIGGER"), "-P2D");
    assert!(property(alarm, "DESCRIPTION").contains(": Wednesday 21 January 2026"));

    let without = calendar_file("case-3", &assessment, d(2026, 1, 12), None);
    assert!(!without.contains("VALARM"));
    let same_day = calendar_file("case-3", &assessment, d(2026, 1, 12), Some(0));
    assert!(same_day.contains("TRIGGER:PT0S\r\n"));
}

#[test]
fn every_line_ends_in_crlf_and_fits_in_75_octets() {
    let mut assessment = stage1_overdue();
    // The corporate procedure's stage 2 acknowledgement: an id this case
    // never has, and one whose calendar entry is named by its title.
    assessment.deadlines[1].id = DeadlineId::Stage2Acknowledgement;
    assessment.deadlines[1].title = "Très long — ".repeat(30);
    let text = calendar_file("case-1", &assessment, d(2026, 1, 20), Some(1));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF"
    );
    for line in text.split_terminator("\r\n") {
        assert!(
            line.len() <= MAX_LINE_OCTETS,
            "{} octets: {line}",
            line.len()
        );
    }
    assert!(text.contains("\r\n "), "long lines are folded");
}

#[test]
fn long_multibyte_lines_fold_and_unfold_exactly() {
    let summary: String = "Réponse du conseil — étape 1 📅 ; café, “quoted” "
        .chars()
        .cycle()
        .take(200)
        .collect();
    assert_eq!(summary.chars().count(), 200);
    let line = format!("SUMMARY:{summary}");
    let folded = fold_line(&line);
    let lines: Vec<&str> = folded.split("\r\n").collect();
    assert!(lines.len() > 3);
    for (i, part) in lines.iter().enumerate() {
        assert!(part.len() <= 75, "line {i} has {} octets", part.len());
        if i > 0 {
            assert!(part.starts_with(' '));
        }
    }
    // Folds only where needed: each line but the last is full up to one character.
    for part in &lines[..lines.len() - 1] {
        assert!(part.len() > 75 - 4, "{} octets", part.len());
    }
    assert_eq!(unfold(&folded), line);

    // A two-byte character that would straddle octet 75 moves to the next line.
    let straddle = format!("{}é", "x".repeat(74));
    let folded = fold_line(&straddle);
    assert_eq!(folded, format!("{}\r\n é", "x".repeat(74)));
    // Exactly 75 octets: no fold.
    assert_eq!(fold_line(&"y".repeat(75)), "y".repeat(75));
    assert_eq!(
        fold_line(&"y".repeat(76)),
        format!("{}\r\n y", "y".repeat(75))
    );
    // A four-byte emoji at the boundary.
    let emoji = format!("{}📅z", "x".repeat(73));
    assert_eq!(fold_line(&emoji), format!("{}\r\n 📅z", "x".repeat(73)));
}

#[test]
fn text_is_escaped_and_read_back_unchanged() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(escape_text("one\ntwo\r\nthree"), r"one\ntwo\nthree");
    assert_eq!(escape_text("plain: text"), "plain: text");

    let mut assessment = stage1_overdue();
    let awkward = r"Reply; part 2, \ see note
second line — é 📅";
    // The corporate procedure's stage 2 acknowledgement: an id this case
    // never has, and one whose calendar entry is named by its title.
    assessment.deadlines[1].id = DeadlineId::Stage2Acknowledgement;
    assessment.deadlines[1].title = format!("{awkward} {}", "long ".repeat(20));
    assessment.deadlines[1].note = Some(awkward.to_string());
    let text = calendar_file("case-1", &assessment, d(2026, 1, 20), None);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let vevents = events(&calendar.components);
    let event = event_for(&vevents, "stage2_acknowledgement");
    assert_eq!(
        property(event, "SUMMARY"),
        format!("{} (due)", assessment.deadlines[1].title)
    );
    let description = property(event, "DESCRIPTION");
    assert!(
        description.contains(&format!("\n{awkward}\n")),
        "{description}"
    );
}

#[test]
fn the_end_date_is_the_next_day_across_months_and_years() {
    let mut assessment = stage1_overdue();
    for (due, end) in [
        (d(2026, 1, 31), "20260201"),
        (d(2026, 12, 31), "20270101"),
        (d(2028, 2, 28), "20280229"),
        (d(2028, 2, 29), "20280301"),
        (d(2026, 2, 28), "20260301"),
    ] {
        assessment.deadlines[1].due = due;
        let text = calendar_file("case-1", &assessment, d(2026, 1, 20), None);
        let unfolded = unfold(&text);
        let calendar = read_calendar(&unfolded).unwrap();
        let vevents = events(&calendar.components);
        let event = event_for(&vevents, &assessment.deadlines[1].id);
        assert_eq!(property(event, "DTSTART"), due.format("%Y%m%d").to_string());
        assert_eq!(property(event, "DTEND"), end, "after {due}");
    }
}

#[test]
fn uids_are_stable_and_distinct() {
    let assessment = stage1_overdue();
    let first = calendar_file("case-7", &assessment, d(2026, 1, 20), Some(2));
    let again = calendar_file("case-7", &assessment, d(2026, 1, 20), Some(2));
    assert_eq!(first, again, "the same input gives the same file");

    let later = calendar_file("case-7", &assessment, d(2026, 1, 21), Some(2));
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(|u| u.trim_end().to_string())
            .collect()
    };
    assert_eq!(uids(&first), uids(&later), "UIDs do not depend on the day");
    let sequence = |text: &str| -> i64 {
        text.lines()
            .find_map(|l| l.strip_prefix("SEQUENCE:"))
            .unwrap()
            .trim_end()
            .parse()
            .unwrap()
    };
    assert!(sequence(&later) > sequence(&first), "a later export wins");

    let ids = uids(&first);
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1], "one UID per deadline");
    let other_case = calendar_file("case-8", &assessment, d(2026, 1, 20), Some(2));
    assert!(uids(&other_case).iter().all(|u| !ids.contains(u)));

    assert_eq!(
        uid("case-1", "stage2_request"),
        "stage2_request-case-1@complaint-navigator.invalid"
    );
    // Only id characters: nothing that could break the line or the address.
    assert_eq!(
        uid("case 1;\n@x", "panel_report"),
        "panel_report-case1x@complaint-navigator.invalid"
    );
}

#[test]
fn summaries_name_no_one_and_a_finished_case_gives_an_empty_calendar() {
    // North Somerset: a council promise (acknowledgement) appears too.
    let case = Case::new(
        Some("north-somerset".to_string()),
        Events {
            complaint_received: Some(d(2026, 1, 5)),
            ..Events::default()
        },
    );
    let assessment = assess(&case, d(2026, 1, 5)).unwrap();
    let text = calendar_file("case-2", &assessment, d(2026, 1, 5), Some(2));
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let summaries: Vec<String> = events(&calendar.components)
        .iter()
        .map(|e| property(e, "SUMMARY"))
        .collect();
    assert!(summaries.contains(&"Council's acknowledgement due".to_string()));
    assert!(summaries.contains(&"Council's stage 1 reply due".to_string()));
    for summary in &summaries {
        assert!(!summary.contains("North Somerset"), "{summary}");
    }

    let finished = Case::new(
        None,
        Events {
            complaint_received: Some(d(2025, 1, 6)),
            stage1_response_received: Some(d(2025, 1, 17)),
            ..Events::default()
        },
    );
    // Stage 2 not asked for within 20 working days: still open (overdue).
    let assessment = assess(&finished, d(2025, 6, 2)).unwrap();
    let text = calendar_file("case-9", &assessment, d(2025, 6, 2), None);
    assert!(text.contains("SUMMARY:Last day to ask for stage 2\r\n"));
    let mut done = assessment.clone();
    done.deadlines
        .iter_mut()
        .for_each(|d| d.status = DeadlineStatus::Met);
    let empty = calendar_file("case-9", &done, d(2025, 6, 2), None);
    let unfolded = unfold(&empty);
    let calendar = read_calendar(&unfolded).unwrap();
    assert!(events(&calendar.components).is_empty());
}

#[test]
fn the_file_is_named_after_the_case_and_titles_stay_neutral_unless_asked() {
    use complaint_navigator::core::ics::{calendar_file_with_label, file_name};
    assert_eq!(
        file_name(Some("Family A")),
        "complaint-deadlines-family-a.ics"
    );
    assert_eq!(
        file_name(Some("  Brown / Smith (2) ")),
        "complaint-deadlines-brown-smith-2.ics"
    );
    // Accents go, their letters stay (found in a walkthrough: "Ærø" lost
    // all but "r"); a name with no Latin letters at all names no file.
    assert_eq!(file_name(Some("ÉÉÉ")), "complaint-deadlines-eee.ics");
    assert_eq!(
        file_name(Some("Zoë Ærø & Łukasz Müller")),
        "complaint-deadlines-zoe-aero-lukasz-muller.ics"
    );
    assert_eq!(file_name(Some("👪 ✓")), "complaint-deadlines.ics");
    assert_eq!(file_name(None), "complaint-deadlines.ics");
    let a = stage1_overdue();
    let neutral = calendar_file_with_label("case-1", &a, a.today, None, None);
    assert!(
        neutral.contains("SUMMARY:Council's stage 1 reply due"),
        "{neutral}"
    );
    let named = calendar_file_with_label("case-1", &a, a.today, None, Some("Family A"));
    assert!(
        named.contains("SUMMARY:Family A: Council's stage 1 reply due"),
        "{named}"
    );
}

#[test]
fn two_cases_never_share_event_ids() {
    use complaint_navigator::core::ics::calendar_file;
    let a = stage1_overdue();
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    let first = uids(&calendar_file("unsaved-3f9a1c", &a, a.today, None));
    let second = uids(&calendar_file("unsaved-77b2e0", &a, a.today, None));
    assert!(!first.is_empty());
    assert!(first.iter().all(|uid| !second.contains(uid)));
}

/// The ids of the calendar's Ombudsman entries.
fn ombudsman_uids(events: &[&Component]) -> Vec<String> {
    events
        .iter()
        .map(|e| property(e, "UID"))
        .filter(|uid| uid.starts_with("ombudsman"))
        .collect()
}

/// One date to act on for the Ombudsman: once the family has said when they
/// first knew, the law's 12 months come first and are the only Ombudsman
/// date in the file; our guide (from the final response) gives way to it.
/// Without that date the guide is the one date, and is in the file.
/// Kent, first knew Saturday 1 March 2025, final response Thursday 15 January
/// 2026: the law's date is Saturday 28 February 2026 (12 months beginning
/// with 1 March 2025), the guide Thursday 14 January 2027 (found in a
/// walkthrough: the guide came first, and both were in the file).
#[test]
fn the_ombudsman_guide_gives_way_to_the_laws_date() {
    let mut answers = Events {
        problem_noticed: Some(d(2025, 3, 1)),
        complaint_received: Some(d(2025, 6, 2)),
        stage1_response_received: Some(d(2025, 6, 13)),
        stage2_requested: Some(d(2025, 6, 20)),
        stage2_response_received: Some(d(2025, 10, 1)),
        stage3_requested: Some(d(2025, 11, 3)),
        panel_met: Some(d(2025, 12, 18)),
        panel_report_received: Some(d(2025, 12, 24)),
        final_response_received: Some(d(2026, 1, 15)),
        ..Events::default()
    };
    let today = d(2026, 2, 10);
    let assessment = assess(&Case::new(Some("kent".into()), answers.clone()), today).unwrap();
    let ids: Vec<DeadlineId> = assessment.deadlines.iter().map(|d| d.id).collect();
    let law = ids
        .iter()
        .position(|id| *id == DeadlineId::OmbudsmanTimeLimitFromProblem)
        .unwrap();
    let guide = ids
        .iter()
        .position(|id| *id == DeadlineId::OmbudsmanTimeLimit)
        .unwrap();
    assert!(law < guide, "{ids:?}");
    assert_eq!(assessment.deadlines[law].due, d(2026, 2, 28));
    assert_eq!(assessment.deadlines[guide].due, d(2027, 1, 14));

    let text = calendar_file("case-1", &assessment, today, None);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let found = events(&calendar.components);
    let ombudsman = ombudsman_uids(&found);
    assert_eq!(ombudsman.len(), 1, "{ombudsman:?}");
    let event = event_for(&found, "ombudsman_time_limit_from_problem");
    assert_eq!(property(event, "DTSTART"), "20260228");

    // Once the law's date has passed, the guide is the date left to act on,
    // and is in the file too (found in a review: the file held only a date
    // gone by). Today Mon 2 Mar 2026: the law's date passed on 28 Feb.
    let later = assess(
        &Case::new(Some("kent".into()), answers.clone()),
        d(2026, 3, 2),
    )
    .unwrap();
    let text = calendar_file("case-1", &later, d(2026, 3, 2), None);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let found = events(&calendar.components);
    assert_eq!(
        property(event_for(&found, "ombudsman_time_limit"), "DTSTART"),
        "20270114"
    );

    // Without the day they first knew, the law's date is counted at the
    // latest from the complaint's receipt (Mon 2 Jun 2025: Mon 1 Jun 2026),
    // and the guide gives way to it.
    answers.problem_noticed = None;
    let assessment = assess(&Case::new(Some("kent".into()), answers), today).unwrap();
    let text = calendar_file("case-1", &assessment, today, None);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let found = events(&calendar.components);
    let ombudsman = ombudsman_uids(&found);
    assert_eq!(ombudsman.len(), 1, "{ombudsman:?}");
    let event = event_for(&found, "ombudsman_time_limit_from_problem");
    assert_eq!(property(event, "DTSTART"), "20260601");
    assert_eq!(
        property(event, "SUMMARY"),
        "Ombudsman: the law's time limit, at the latest"
    );
}
