//! "What has happened" and "Check your answers" as the page first writes
//! them (core::question_html): the GOV.UK date and radio patterns with the
//! ids the page and its links rely on, an error on one box only, nothing
//! typed ever written into the HTML, and the summary's rows and links.
//! What the page then changes in place is walked in the browser tests
//! (tests/e2e.rs, tests/typing.rs) and tests/web.rs.

use complaint_navigator::core::dates::DatePart;
use complaint_navigator::core::form::{
    answers_from_case, question_by_id, Answer, Answers, FieldError,
};
use complaint_navigator::core::question_html::{
    answer_rows, check_answers_html, conditional_date_html, error_html, question_html, route_html,
};
use complaint_navigator::core::route::{Route, ROUTE_QUESTION};

#[path = "../examples/mod.rs"]
mod examples;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_route_question_offers_every_procedure_as_one_radio_group() {
    let html = route_html();
    assert!(html.contains(&format!(
        "<legend class=\"legend\">{ROUTE_QUESTION}</legend>"
    )));
    assert_eq!(count(&html, "type=\"radio\""), Route::ALL.len());
    assert_eq!(count(&html, "name=\"route\""), Route::ALL.len());
    for route in Route::ALL {
        let id = format!("route-{}", route.id());
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        assert!(html.contains(&format!("for=\"{id}\"")), "{id}");
    }
    assert!(
        !html.contains("checked"),
        "the page sets the choice: {html}"
    );
}

#[test]
fn a_date_has_three_numeric_boxes_and_an_error_marks_only_its_part() {
    let question = question_by_id("complaint_received").unwrap();
    let html = question_html(question, None);
    assert!(html.starts_with(
        "<div class=\"form-group\" data-question=\"complaint_received\"><fieldset class=\"fieldset\" role=\"group\" aria-describedby=\"complaint_received-hint\""
    ), "{html}");
    assert!(html
        .contains("<legend class=\"legend\">When did your complaint reach the council?</legend>"));
    for suffix in ["day", "month", "year"] {
        let id = format!("complaint_received-{suffix}");
        assert!(html.contains(&format!("<label class=\"label date-label\" for=\"{id}\">")));
        assert!(html.contains(&format!(
            "id=\"{id}\" name=\"{id}\" type=\"text\" inputmode=\"numeric\""
        )));
    }
    assert_eq!(count(&html, "aria-invalid=\"false\""), 3);
    assert!(
        !html.contains("value="),
        "typed values are set by the page, never written in"
    );
    assert!(html.contains("<div id=\"complaint_received-split\" aria-live=\"polite\"></div>"));
    assert!(!html.contains("error"), "{html}");

    let error = FieldError {
        question: "complaint_received",
        part: DatePart::Month,
        message: "The month must be a number from 1 to 12 <not & a name>".into(),
    };
    let html = question_html(question, Some(&error));
    assert!(html.starts_with("<div class=\"form-group form-group-error\""));
    assert!(html.contains("aria-describedby=\"complaint_received-hint complaint_received-error\""));
    assert!(html.contains("class=\"input width-3 input-error\" id=\"complaint_received-month\""));
    assert!(html.contains("class=\"input width-2\" id=\"complaint_received-day\""));
    assert!(html.contains("class=\"input width-4\" id=\"complaint_received-year\""));
    assert_eq!(count(&html, "aria-invalid=\"true\""), 1);
    assert_eq!(
        error_html("complaint_received", &error),
        "<p class=\"error-message\" id=\"complaint_received-error\"><span class=\"visually-hidden\">Error: </span>The month must be a number from 1 to 12 &lt;not &amp; a name&gt;</p>"
    );
    assert!(html.contains(&error_html("complaint_received", &error)));

    // Two boxes left empty: the one filled in is not marked.
    let (day, month, year) = ("", "", "2025");
    let two_missing =
        complaint_navigator::core::dates::parse_date_parts(day, month, year, question.date_name)
            .unwrap_err();
    assert_eq!(two_missing.part, DatePart::DayAndMonth);
    let html = question_html(
        question,
        Some(&FieldError {
            question: "complaint_received",
            part: two_missing.part,
            message: two_missing.message,
        }),
    );
    assert!(html.contains("class=\"input width-2 input-error\" id=\"complaint_received-day\""));
    assert!(html.contains("class=\"input width-3 input-error\" id=\"complaint_received-month\""));
    assert!(html.contains("class=\"input width-4\" id=\"complaint_received-year\""));
    assert!(html.contains("must include a day and month"), "{html}");

    // A date that is wrong as a whole marks all three boxes.
    let whole = FieldError {
        part: DatePart::All,
        ..error
    };
    let html = question_html(question, Some(&whole));
    assert_eq!(count(&html, "input-error"), 3);
}

#[test]
fn a_yes_then_date_question_asks_its_date_only_after_yes() {
    let question = question_by_id("stage1_response_received").unwrap();
    let html = question_html(question, None);
    assert!(html.starts_with(
        "<div class=\"question-pair\" data-question=\"stage1_response_received\"><div class=\"form-group\"><fieldset class=\"fieldset\"><legend"
    ), "no hint of its own, so nothing describes the radios: {html}");
    for (suffix, label) in [("yes", "Yes"), ("no", "No")] {
        let id = format!("stage1_response_received-{suffix}");
        assert!(html.contains(&format!(
            "<input class=\"radio-input\" type=\"radio\" id=\"{id}\" name=\"stage1_response_received\"><label class=\"label radio-label\" for=\"{id}\">{label}</label>"
        )), "{html}");
    }
    assert!(!html.contains("-day"), "the date comes after yes");

    let date = conditional_date_html(question, None);
    assert!(date.starts_with("<div class=\"conditional\"><div class=\"form-group\"><fieldset"));
    assert!(date.contains(&format!(
        "<legend class=\"legend\">{}</legend>",
        question.date_question
    )));
    assert!(date.contains(&format!(
        "<p class=\"hint\" id=\"stage1_response_received-hint\">{}</p>",
        question.hint
    )));
    assert!(date.contains("id=\"stage1_response_received-day\""));
    assert!(!date.contains("data-question"), "the pair is the question");
}

#[test]
fn check_your_answers_lists_each_answer_with_a_change_link_to_it() {
    let case = examples::case("christmas-stage1");
    let mut answers = answers_from_case(&case);
    answers.route = Some(Route::ALL[0]);
    answers.set(
        "stage1_response_received",
        Answer {
            yes: Some(true),
            ..Answer::default()
        },
    );
    let rows = answer_rows(&answers, &[]);
    let shown: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.question, r.shown.as_str(), r.target.as_str()))
        .collect();
    let question = |id| question_by_id(id).unwrap().question;
    let route = Route::ALL[0];
    let route_target = format!("route-{}", route.id());
    assert_eq!(
        shown,
        vec![
            (ROUTE_QUESTION, route.choice(), route_target.as_str()),
            (
                question("complaint_received"),
                "Friday 19 December 2025",
                "complaint_received-day"
            ),
            (
                question("problem_happened"),
                "Monday 3 November 2025",
                "problem_happened-day"
            ),
            (
                question("problem_noticed"),
                "Monday 3 November 2025",
                "problem_noticed-day"
            ),
            (
                question("acknowledgement_received"),
                "No",
                "acknowledgement_received-no",
            ),
            (question("stage1_extended"), "No", "stage1_extended-no"),
            (
                question("stage1_response_received"),
                "Yes, but no date entered yet",
                "stage1_response_received-day",
            ),
            (question("stage2_requested"), "No", "stage2_requested-no"),
        ]
    );

    // A date the page says is wrong is not shown as accepted.
    let flagged = answer_rows(&answers, &["complaint_received"]);
    assert_eq!(
        flagged[1].shown,
        "Friday 19 December 2025, which needs correcting"
    );

    let html = check_answers_html(&rows);
    assert!(html.starts_with("<section class=\"check-answers\" aria-labelledby=\"check-heading\"><h2 id=\"check-heading\">Check your answers</h2><dl class=\"summary-list\">"));
    assert_eq!(count(&html, "<div class=\"summary-row\">"), 8);
    assert!(html.contains(
        "<dd class=\"summary-action\"><a href=\"#complaint_received-day\" data-focus=\"complaint_received-day\">Change<span class=\"visually-hidden\"> your answer to: When did your complaint reach the council?</span></a></dd>"
    ), "{html}");

    assert_eq!(
        check_answers_html(&answer_rows(&Answers::default(), &[])),
        ""
    );
}

#[test]
fn the_error_summary_links_each_problem_to_its_box() {
    use complaint_navigator::core::question_html::error_summary_html;
    let problems = [
        FieldError {
            question: "complaint_received",
            part: DatePart::Year,
            message: "The date the council got your complaint must include a year".into(),
        },
        FieldError {
            question: "stage1_response_received",
            part: DatePart::All,
            message: "The date you got the reply must be a real date: February 2025 has no day 30"
                .into(),
        },
    ];
    assert_eq!(
        error_summary_html(&problems),
        "<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\"><h2 id=\"error-summary-title\">There is a problem</h2><ul>\
<li><a href=\"#complaint_received-year\" data-focus=\"complaint_received-year\">The date the council got your complaint must include a year</a></li>\
<li><a href=\"#stage1_response_received-day\" data-focus=\"stage1_response_received-day\">The date you got the reply must be a real date: February 2025 has no day 30</a></li></ul></div>"
    );
    assert_eq!(error_summary_html(&[]), "", "no problem, no summary");
}
