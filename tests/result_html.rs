//! "Where you stand" as the page shows it (core::result_html): every date
//! with its working and source, the timeline's states in words, text from
//! data escaped, and markup that closes every element it opens.

use chrono::NaiveDate;
use complaint_navigator::core::assessment::{assess, Assessment, ContactKind, ContactLine};
use complaint_navigator::core::case::Case;
use complaint_navigator::core::result_html::assessment_html;
use complaint_navigator::text::{words, Lang};

#[path = "../examples/mod.rs"]
mod examples;

fn d(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap()
}

fn html_of(assessment: &Assessment) -> String {
    assessment_html(assessment, words(Lang::English))
}

/// The part of `html` from the element with this id to the end of that
/// element (the first `</tag>` at the same depth).
fn element<'a>(html: &'a str, id: &str) -> &'a str {
    let marker = format!("id=\"{id}\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no #{id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    let tag: String = html[start + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let mut depth = 0;
    let mut i = start;
    while let Some(next) = html[i..].find('<') {
        i += next;
        let rest = &html[i..];
        if rest.starts_with(&format!("</{tag}>")) {
            depth -= 1;
            if depth == 0 {
                return &html[start..i + tag.len() + 3];
            }
        } else if rest.starts_with(&format!("<{tag}")) {
            depth += 1;
        }
        i += 1;
    }
    panic!("#{id} is never closed");
}

/// Every element opened is closed, in order (the result has no void elements).
fn assert_balanced(html: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("a tag that ends");
        let tag = &rest[..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "in {html}");
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            open.push(name);
        }
        rest = &rest[end..];
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

#[test]
fn each_date_shows_its_day_status_working_and_rule_with_a_link_that_opens_a_new_tab() {
    // Friday 19 December 2025, as of Monday 12 January 2026: the reply was
    // due on Wednesday 7 January (10 working days, skipping Christmas,
    // Boxing Day and New Year's Day).
    let assessment = assess(&examples::case("christmas"), d("2026-01-12")).unwrap();
    let html = html_of(&assessment);
    assert!(html.contains(
        "<p class=\"headline\" id=\"headline\">Stage 1: the council's reply is 3 working days late. It was due by Wednesday 7 January 2026.</p>"
    ), "{html}");
    let reply = element(&html, "deadline-stage1_response");
    assert!(
        reply.contains("<p class=\"deadline-date\">Wednesday 7 January 2026</p>"),
        "{reply}"
    );
    assert!(
        reply.contains("<strong class=\"tag tag-overdue\">Overdue by 3 working days</strong>"),
        "{reply}"
    );
    assert!(reply.contains("<p>Bank holidays skipped:</p><ul><li>Thursday 25 December 2025, Christmas Day</li><li>Friday 26 December 2025, Boxing Day</li><li>Thursday 1 January 2026, New Year’s Day</li></ul>"), "{reply}");
    assert!(reply.contains(
        "<a href=\"https://www.legislation.gov.uk/uksi/2006/1738/regulation/14\" target=\"_blank\" rel=\"noopener noreferrer\">SI 2006/1738 reg 14<span class=\"visually-hidden\"> (opens in a new tab)</span></a>"
    ), "{reply}");
    assert!(reply.contains("<summary>How we worked this out<span class=\"visually-hidden\">: The council's stage 1 reply</span></summary>"), "{reply}");
    let longest = element(&html, "deadline-stage1_response_extended");
    assert!(longest.contains("Wednesday 21 January 2026"), "{longest}");
    assert_balanced(&html);
}

#[test]
fn stage1_dates_left_behind_when_stage2_began_are_earlier_dates_never_done() {
    // Received Tuesday 1 September 2026 with no reply; stage 2 asked on
    // Thursday 15 October, after the law's 20 working days (Tuesday 29
    // September). As of Monday 30 November the council owes its stage 2
    // reply (Thursday 19 November), not stage 1's.
    let assessment = assess(&examples::case("no-reply-then-stage2"), d("2026-11-30")).unwrap();
    let html = html_of(&assessment);
    let earlier = element(&html, "done-deadlines");
    assert!(
        earlier.contains("<summary>Earlier dates (3 never done)</summary>"),
        "{earlier}"
    );
    let reply = element(&html, "deadline-stage1_response");
    assert!(earlier.contains(reply), "{html}");
    assert!(
        reply.contains("<p class=\"deadline-date\">Tuesday 15 September 2026</p>"),
        "{reply}"
    );
    assert!(reply.contains("<strong class=\"tag tag-late\">Not done when stage 2 began on Thursday 15 October 2026 (22 working days late by then)</strong>"), "{reply}");
    let longest = element(&html, "deadline-stage1_response_extended");
    assert!(earlier.contains(longest), "{html}");
    assert!(longest.contains("Not done when stage 2 began on Thursday 15 October 2026 (12 working days late by then)"), "{longest}");
    // Its advice to ask for stage 2 once it passes is done with.
    assert!(
        !longest.contains("If it passes without a reply"),
        "{longest}"
    );
    assert!(
        earlier.contains(element(&html, "deadline-acknowledgement")),
        "{html}"
    );
    let owed = &html[..html.find("id=\"done-deadlines\"").unwrap()];
    assert!(
        owed.contains("<h3>What the council owes you</h3>"),
        "{owed}"
    );
    assert!(owed.contains("id=\"deadline-stage2_response\""), "{owed}");
    assert!(!owed.contains("id=\"deadline-stage1"), "{owed}");
    assert!(!owed.contains("id=\"deadline-acknowledgement"), "{owed}");
    assert!(html.contains("Stage 2: the council's stage 2 reply is 7 working days late. It was due by Thursday 19 November 2026."), "{html}");
    assert_balanced(&html);
}

#[test]
fn an_acknowledgement_never_entered_is_not_done_when_the_reply_came_after_it() {
    // Corporate, received Thursday 2 April 2026: acknowledgement due Monday
    // 13 April (Good Friday and Easter Monday skipped); no acknowledgement
    // entered, and the reply came Wednesday 22 April, 7 working days later
    // (found in a walkthrough: "Done late (22 April 2026)" beside "No").
    let case = Case {
        route: Some(complaint_navigator::core::route::Route::Corporate),
        ..Case::new(
            Some("kingston-upon-hull".to_string()),
            complaint_navigator::core::case::Events {
                complaint_received: Some(d("2026-04-02")),
                stage1_response_received: Some(d("2026-04-22")),
                ..Default::default()
            },
        )
    };
    let html = html_of(&assess(&case, d("2026-11-30")).unwrap());
    let ack = element(&html, "deadline-acknowledgement");
    assert!(element(&html, "done-deadlines").contains(ack), "{html}");
    assert!(
        ack.contains("<p class=\"deadline-date\">Monday 13 April 2026</p>"),
        "{ack}"
    );
    assert!(ack.contains("<strong class=\"tag tag-late\">Not done: the reply came instead, on Wednesday 22 April 2026 (7 working days after this date)</strong>"), "{ack}");
    assert!(!ack.contains("Done late"), "{ack}");
    // The reply itself, due Monday 27 April, was on time: one of each.
    assert!(
        html.contains("<summary>Earlier dates (1 done, 1 never done)</summary>"),
        "{html}"
    );
}

#[test]
fn the_timeline_says_each_state_in_words_with_its_class() {
    let assessment = assess(&examples::case("christmas"), d("2026-01-12")).unwrap();
    let html = html_of(&assessment);
    let timeline = &html[html.find("<ol class=\"timeline\"").unwrap()..];
    let timeline = &timeline[..timeline.find("</ol>").unwrap()];
    assert_eq!(
        timeline.matches("<li class=\"step ").count(),
        4,
        "{timeline}"
    );
    assert!(timeline.contains("aria-label=\"Your complaint, step by step\""));
    assert!(
        timeline.contains("<li class=\"step step-overdue\"><span class=\"step-marker\" aria-hidden=\"true\"></span><div class=\"step-body\"><h4 class=\"step-title\">"),
        "{timeline}"
    );
    assert!(
        timeline.contains("id=\"timeline-stage1-status\">Overdue</strong>"),
        "{timeline}"
    );
    assert!(
        timeline.contains("id=\"timeline-stage2-status\">Not started</strong>"),
        "{timeline}"
    );
}

#[test]
fn before_a_complaint_date_only_what_helps_make_the_complaint_shows() {
    let case = Case::from_json(
        r#"{"format":"complaint-navigator.case","version":1,"council":null,"events":{}}"#,
        d("2026-01-12"),
    )
    .unwrap();
    let html = html_of(&assess(&case, d("2026-01-12")).unwrap());
    assert!(html.contains("id=\"headline\""));
    assert!(html.contains("<h3 id=\"your-council\" tabindex=\"-1\">Your council</h3>"));
    for absent in [
        "class=\"timeline\"",
        "<h3>Your rights now</h3>",
        "<h3>The Ombudsman</h3>",
    ] {
        assert!(!html.contains(absent), "{absent} in {html}");
    }
    assert_balanced(&html);
}

#[test]
fn every_example_on_many_days_closes_its_markup_and_links_only_where_it_should() {
    for (name, _) in examples::EXAMPLES {
        let case = examples::case(name);
        for today in ["2026-01-12", "2026-06-30", "2027-12-31", "2031-03-03"] {
            let Ok(assessment) = assess(&case, d(today)) else {
                continue;
            };
            let html = html_of(&assessment);
            assert_balanced(&html);
            for deadline in &assessment.deadlines {
                let id = format!("id=\"deadline-{}\"", deadline.id);
                assert_eq!(html.matches(&id).count(), 1, "{name} {today}: {id}");
                let shown = element(&html, &format!("deadline-{}", deadline.id));
                let due = complaint_navigator::core::dates::long_date(deadline.due);
                assert!(shown.contains(&due), "{name} {today}: {due} in {shown}");
            }
            for href in hrefs(&html) {
                assert!(
                    ["https://", "tel:", "mailto:", "#letters-heading"]
                        .iter()
                        .any(|p| href.starts_with(p)),
                    "{name} {today}: {href}"
                );
            }
        }
    }
}

#[test]
fn text_from_data_is_escaped_and_a_strange_address_is_never_a_link() {
    let mut assessment = assess(&examples::case("christmas"), d("2026-01-12")).unwrap();
    assessment.council.notes = vec!["<img src=x onerror=alert(1)> & \"friends\"".into()];
    assessment.council.contacts = vec![ContactLine {
        kind: ContactKind::Phone,
        label: "Complaints <b>team</b>".into(),
        value: "0113 000 0000".into(),
        href: Some("javascript:alert(1)".into()),
        source: Some("https://example.org/a\"b".into()),
    }];
    let html = html_of(&assessment);
    assert!(
        html.contains("<p>&lt;img src=x onerror=alert(1)&gt; &amp; \"friends\"</p>"),
        "{html}"
    );
    assert!(
        html.contains("Complaints &lt;b&gt;team&lt;/b&gt;: <span>0113 000 0000</span>"),
        "{html}"
    );
    assert!(!html.contains("javascript:"), "{html}");
    assert!(
        html.contains("href=\"https://example.org/a&quot;b\""),
        "{html}"
    );
    assert!(!html.contains("<img"), "{html}");
    assert_balanced(&html);
}

#[test]
fn the_letter_link_moves_focus_to_the_letters_first_question() {
    // A late stage 1 reply: a chasing letter is offered.
    let assessment = assess(&examples::case("christmas"), d("2026-01-12")).unwrap();
    assert!(!complaint_navigator::core::letters::available_letters(&assessment).is_empty());
    let html = html_of(&assessment);
    assert!(html.contains(
        "<p class=\"no-print\"><a href=\"#letters-heading\" data-focus=\"letter-kind\" data-scroll=\"letters-heading\">Get a letter to send, with your dates filled in</a></p>"
    ), "{html}");
}

/// The Ombudsman's date to go by, once it has passed, says so (found in a
/// walkthrough: "Date to go by" over a date gone by read as an instruction).
/// Essex finished: complaint received Mon 6 Jan 2025, so the law's 12 months
/// end Mon 5 Jan 2026 at the latest.
#[test]
fn a_date_to_go_by_that_has_passed_says_so() {
    let case = examples::case("essex-finished");
    let before = html_of(&assess(&case, d("2025-06-02")).unwrap());
    assert!(
        before.contains("Date to go by: Monday 5 January 2026 (see"),
        "{before}"
    );
    let after = html_of(&assess(&case, d("2026-01-06")).unwrap());
    assert!(
        after.contains(
            "Date to go by: Monday 5 January 2026, now passed: go as soon as you can (see"
        ),
        "{after}"
    );
}
