//! "What has happened" and "Check your answers" as HTML: the route question,
//! each date (the GOV.UK pattern: day, month and year boxes) and yes/no
//! question, and the summary with its "Change" links.
//!
//! The page inserts a question's HTML once, when the question appears, and
//! afterwards only changes what changes (the typed values, whether a radio is
//! chosen, an error): see `ui::questions`. Built node by node by the renderer
//! these were 20.5 KB (brotli) of a family's way to a result.
//!
//! What the HTML leaves to the page: the boxes' values and which radio is
//! chosen are properties the page sets, never attributes written here, so a
//! question is never rewritten under someone typing in it.

use crate::core::dates::{long_date, parse_date_parts, DatePart};
use crate::core::form::{visible_questions, Answers, FieldError, Kind, Question};
use crate::core::result_html::{Html, FOCUS_ATTRIBUTE};
use crate::core::route::{Route, ROUTE_HINT, ROUTE_QUESTION};
use crate::text::en::ui_questions as text;

/// The attribute on each question's outer element, naming the question.
pub const QUESTION_ATTRIBUTE: &str = "data-question";

/// The attribute on each date's fieldset, naming its question (the page
/// finds the date a focus left by it).
pub const DATE_ATTRIBUTE: &str = "data-date";

/// The question id the route question's outer element carries.
pub const ROUTE_ID: &str = "route";

/// A date's three boxes: which part, its label, the id suffix and its width.
pub const DATE_BOXES: [(DatePart, &str, &str); 3] = [
    (DatePart::Day, "day", "width-2"),
    (DatePart::Month, "month", "width-3"),
    (DatePart::Year, "year", "width-4"),
];

fn box_label(part: DatePart) -> &'static str {
    match part {
        DatePart::Day => text::DAY,
        DatePart::Month => text::MONTH,
        _ => text::YEAR,
    }
}

/// Whether this box of a date shows as wrong for this error.
pub fn box_has_error(error: Option<&FieldError>, part: DatePart) -> bool {
    error.is_some_and(|e| e.part.marks(part))
}

/// The class of a date's box.
pub fn box_class(width: &str, has_error: bool) -> String {
    match has_error {
        true => format!("input {width} input-error"),
        false => format!("input {width}"),
    }
}

/// The class of a date's outer group.
pub fn group_class(has_error: bool) -> &'static str {
    match has_error {
        true => "form-group form-group-error",
        false => "form-group",
    }
}

/// What the date's fieldset is described by: its hint, and its error.
pub fn described_by(id: &str, has_error: bool) -> String {
    match has_error {
        true => format!("{id}-hint {id}-error"),
        false => format!("{id}-hint"),
    }
}

/// The error line under a date's hint (inserted and removed by the page).
pub fn error_html(id: &str, error: &FieldError) -> String {
    let mut html = Html::default();
    html.open(
        "p",
        &[("class", "error-message"), ("id", &format!("{id}-error"))],
    );
    html.el("span", &[("class", "visually-hidden")], text::ERROR_PREFIX);
    html.text(&error.message);
    html.close("p");
    html.0
}

/// What the page says about a date it split (inside the date's live region).
pub fn split_note_html(note: &str) -> String {
    let mut html = Html::default();
    html.el("p", &[("class", "hint date-split")], note);
    html.0
}

/// The route question (which procedure), first in the form.
pub fn route_html() -> String {
    let mut html = Html::default();
    html.open(
        "div",
        &[("class", "form-group"), (QUESTION_ATTRIBUTE, ROUTE_ID)],
    );
    html.open(
        "fieldset",
        &[("class", "fieldset"), ("aria-describedby", "route-hint")],
    );
    html.el("legend", &[("class", "legend")], ROUTE_QUESTION);
    html.el("p", &[("class", "hint"), ("id", "route-hint")], ROUTE_HINT);
    html.open("div", &[("class", "radios")]);
    for route in Route::ALL {
        radio(
            &mut html,
            &format!("route-{}", route.id()),
            "route",
            route.choice(),
        );
    }
    html.close("div");
    html.close("fieldset");
    html.close("div");
    html.0
}

fn radio(html: &mut Html, input_id: &str, name: &str, label: &str) {
    html.open("div", &[("class", "radio")]);
    html.open(
        "input",
        &[
            ("class", "radio-input"),
            ("type", "radio"),
            ("id", input_id),
            ("name", name),
        ],
    );
    html.el(
        "label",
        &[("class", "label radio-label"), ("for", input_id)],
        label,
    );
    html.close("div");
}

/// One question as it first appears: its boxes empty, no radio chosen, and
/// the error it has now. A "yes, then a date" question comes without its
/// date, which [`conditional_date_html`] adds after "yes".
pub fn question_html(question: &Question, error: Option<&FieldError>) -> String {
    let mut html = Html::default();
    match question.kind {
        Kind::Date => date(&mut html, question, question.question, error, true),
        Kind::YesNo => yes_no(&mut html, question, question.hint, true),
        Kind::YesThenDate => {
            html.open(
                "div",
                &[
                    ("class", "question-pair"),
                    (QUESTION_ATTRIBUTE, question.id),
                ],
            );
            yes_no(&mut html, question, "", false);
            html.close("div");
        }
    }
    html.0
}

/// The date asked for after "yes" (inside the question's pair).
pub fn conditional_date_html(question: &Question, error: Option<&FieldError>) -> String {
    let mut html = Html::default();
    html.open("div", &[("class", "conditional")]);
    date(&mut html, question, question.date_question, error, false);
    html.close("div");
    html.0
}

fn date(
    html: &mut Html,
    question: &Question,
    legend: &str,
    error: Option<&FieldError>,
    outer: bool,
) {
    let id = question.id;
    let has_error = error.is_some();
    let mut group = vec![("class", group_class(has_error))];
    if outer {
        group.push((QUESTION_ATTRIBUTE, id));
    }
    html.open("div", &group);
    html.open(
        "fieldset",
        &[
            ("class", "fieldset"),
            ("role", "group"),
            ("aria-describedby", &described_by(id, has_error)),
            (DATE_ATTRIBUTE, id),
        ],
    );
    html.el("legend", &[("class", "legend")], legend);
    html.el(
        "p",
        &[("class", "hint"), ("id", &format!("{id}-hint"))],
        question.hint,
    );
    if let Some(error) = error {
        html.0.push_str(&error_html(id, error));
    }
    html.open("div", &[("class", "date-input")]);
    for (part, suffix, width) in DATE_BOXES {
        let input_id = format!("{id}-{suffix}");
        let wrong = box_has_error(error, part);
        html.open("div", &[("class", "date-item")]);
        html.el(
            "label",
            &[("class", "label date-label"), ("for", &input_id)],
            box_label(part),
        );
        html.open(
            "input",
            &[
                ("class", &box_class(width, wrong)),
                ("id", &input_id),
                ("name", &input_id),
                ("type", "text"),
                ("inputmode", "numeric"),
                ("autocomplete", "off"),
                ("spellcheck", "false"),
                ("aria-invalid", if wrong { "true" } else { "false" }),
            ],
        );
        html.close("div");
    }
    html.close("div");
    html.open(
        "div",
        &[("id", &format!("{id}-split")), ("aria-live", "polite")],
    );
    html.close("div");
    html.close("fieldset");
    html.close("div");
}

fn yes_no(html: &mut Html, question: &Question, hint: &str, outer: bool) {
    let id = question.id;
    let hint_id = format!("{id}-hint");
    let mut group = vec![("class", "form-group")];
    if outer {
        group.push((QUESTION_ATTRIBUTE, id));
    }
    html.open("div", &group);
    // Without a hint of its own (the yes before a date, whose date has the
    // hint and its id), none: one id, and nothing empty read out.
    match hint.is_empty() {
        true => html.open("fieldset", &[("class", "fieldset")]),
        false => html.open(
            "fieldset",
            &[("class", "fieldset"), ("aria-describedby", &hint_id)],
        ),
    }
    html.el("legend", &[("class", "legend")], question.question);
    if !hint.is_empty() {
        html.el("p", &[("class", "hint"), ("id", &hint_id)], hint);
    }
    html.open("div", &[("class", "radios-inline")]);
    for answer in [true, false] {
        let suffix = if answer { "yes" } else { "no" };
        radio(html, &format!("{id}-{suffix}"), id, text::yes_no(answer));
    }
    html.close("div");
    html.close("fieldset");
    html.close("div");
}

/// "There is a problem" above the form: each problem, linked to its box
/// (the link carries [`FOCUS_ATTRIBUTE`], as "Change" does). Nothing when
/// there is no problem.
pub fn error_summary_html(problems: &[FieldError]) -> String {
    let mut html = Html::default();
    if problems.is_empty() {
        return html.0;
    }
    html.open(
        "div",
        &[
            ("class", "error-summary"),
            ("id", "error-summary"),
            ("tabindex", "-1"),
            ("aria-labelledby", "error-summary-title"),
        ],
    );
    html.el(
        "h2",
        &[("id", "error-summary-title")],
        text::ERROR_SUMMARY_HEADING,
    );
    html.open("ul", &[]);
    for problem in problems {
        let target = problem.input_id();
        html.open("li", &[]);
        html.el(
            "a",
            &[("href", &format!("#{target}")), (FOCUS_ATTRIBUTE, &target)],
            &problem.message,
        );
        html.close("li");
    }
    html.close("ul");
    html.close("div");
    html.0
}

/// One line of "Check your answers": the question, the answer as shown,
/// and the id of the input its "Change" link goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub question: &'static str,
    pub shown: String,
    pub target: String,
}

fn chosen_radio(id: &str, yes: bool) -> String {
    match yes {
        true => format!("{id}-yes"),
        false => format!("{id}-no"),
    }
}

/// What "Check your answers" lists. `flagged`: the questions whose error the
/// page shows now (their dates are not shown as accepted).
pub fn answer_rows(answers: &Answers, flagged: &[&str]) -> Vec<AnswerRow> {
    let route = answers.route.map(|route| AnswerRow {
        question: ROUTE_QUESTION,
        shown: route.choice().to_string(),
        target: format!("route-{}", route.id()),
    });
    let questions = visible_questions(answers).into_iter().filter_map(|q| {
        let answer = answers.get(q.id)?;
        // "Change" goes to the radio chosen: from "No" to "Yes" would
        // have a screen reader say "Yes, not checked", and Space change it.
        let (shown, target) = match q.kind {
            Kind::YesNo => (
                text::yes_no(answer.yes?).to_string(),
                chosen_radio(q.id, answer.yes?),
            ),
            Kind::YesThenDate if answer.yes == Some(false) => {
                (text::yes_no(false).to_string(), chosen_radio(q.id, false))
            }
            _ => {
                let said_yes = matches!(q.kind, Kind::YesThenDate) && answer.yes == Some(true);
                let shown =
                    match parse_date_parts(&answer.day, &answer.month, &answer.year, q.date_name) {
                        // A real date the page says is wrong (before the
                        // complaint, say) is not shown as accepted.
                        Ok(Some(date)) if flagged.contains(&q.id) => {
                            text::date_to_correct(&long_date(date))
                        }
                        Ok(Some(date)) => long_date(date),
                        // A "yes" waiting for its date, or a date to correct,
                        // is shown: never a row that vanishes.
                        Ok(None) if said_yes => text::date_to_fix(true, false).to_string(),
                        Ok(None) => return None,
                        Err(_) => text::date_to_fix(said_yes, true).to_string(),
                    };
                (shown, format!("{}-day", q.id))
            }
        };
        Some(AnswerRow {
            question: q.question,
            shown,
            target,
        })
    });
    route.into_iter().chain(questions).collect()
}

/// "Check your answers", or nothing when nothing is answered yet. Each
/// "Change" link carries [`FOCUS_ATTRIBUTE`]: the page moves focus to the
/// answer rather than changing its address, which holds a link's answers.
pub fn check_answers_html(rows: &[AnswerRow]) -> String {
    let mut html = Html::default();
    if rows.is_empty() {
        return html.0;
    }
    html.open(
        "section",
        &[
            ("class", "check-answers"),
            ("aria-labelledby", "check-heading"),
        ],
    );
    html.el(
        "h2",
        &[("id", "check-heading")],
        text::CHECK_ANSWERS_HEADING,
    );
    html.open("dl", &[("class", "summary-list")]);
    for row in rows {
        html.open("div", &[("class", "summary-row")]);
        html.el("dt", &[], row.question);
        html.el("dd", &[], &row.shown);
        html.open("dd", &[("class", "summary-action")]);
        html.open(
            "a",
            &[
                ("href", &format!("#{}", row.target)),
                (FOCUS_ATTRIBUTE, &row.target),
            ],
        );
        html.text(text::CHANGE);
        html.el(
            "span",
            &[("class", "visually-hidden")],
            &text::change_which(row.question),
        );
        html.close("a");
        html.close("dd");
        html.close("div");
    }
    html.close("dl");
    html.close("section");
    html.0
}
