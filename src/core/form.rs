//! The questions the citizen's page asks, in order, and how the answers
//! (raw text, exactly as typed) become a [`Case`]. Which question shows when
//! is decided here, so the UI only renders it and it is tested natively;
//! the questions' words are in `text::en::form_questions`.

use chrono::NaiveDate;

use crate::core::case::{Case, Event, Events, Flag};
use crate::core::dates::{parse_date_parts, DatePart};
use crate::text::en::date_input;
use crate::text::en::form_questions::{self as words, QuestionWords};

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A date asked directly (blank allowed when `optional`).
    Date,
    /// "Has this happened?" then, if yes, "When?".
    YesThenDate,
    /// A plain yes or no.
    YesNo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The case event this question fills (also the HTML id stem).
    pub id: &'static str,
    pub kind: Kind,
    /// The yes/no question, or the date question for [`Kind::Date`].
    pub question: &'static str,
    /// The date question shown after "yes".
    pub date_question: &'static str,
    pub hint: &'static str,
    /// Named in error messages: "the date you got the reply".
    pub date_name: &'static str,
    /// Shown only once this event has been answered "yes" (or has a date).
    pub after: Option<&'static str>,
    pub optional: bool,
}

const fn question(
    id: &'static str,
    kind: Kind,
    words: QuestionWords,
    after: Option<&'static str>,
) -> Question {
    Question {
        id,
        kind,
        question: words.question,
        date_question: words.date_question,
        hint: words.hint,
        date_name: words.date_name,
        after,
        optional: false,
    }
}

/// Every question, in the order the page asks them.
pub const QUESTIONS: &[Question] = &[
    question(
        "complaint_received",
        Kind::Date,
        words::COMPLAINT_RECEIVED,
        None,
    ),
    Question {
        optional: true,
        ..question(
            "problem_happened",
            Kind::Date,
            words::PROBLEM_HAPPENED,
            Some("complaint_received"),
        )
    },
    Question {
        optional: true,
        ..question(
            "problem_noticed",
            Kind::Date,
            words::PROBLEM_NOTICED,
            Some("complaint_received"),
        )
    },
    question(
        "acknowledgement_received",
        Kind::YesThenDate,
        words::ACKNOWLEDGEMENT_RECEIVED,
        Some("complaint_received"),
    ),
    question(
        "stage1_extended",
        Kind::YesNo,
        words::STAGE1_EXTENDED,
        Some("complaint_received"),
    ),
    question(
        "stage1_response_received",
        Kind::YesThenDate,
        words::STAGE1_RESPONSE_RECEIVED,
        Some("complaint_received"),
    ),
    question(
        "stage2_requested",
        Kind::YesThenDate,
        words::STAGE2_REQUESTED,
        Some("complaint_received"),
    ),
    question(
        "adr_before_stage2_offered",
        Kind::YesNo,
        words::ADR_BEFORE_STAGE2_OFFERED,
        Some("stage2_requested"),
    ),
    question(
        "adr_before_stage2_declined",
        Kind::YesThenDate,
        words::ADR_BEFORE_STAGE2_DECLINED,
        Some("adr_before_stage2_offered"),
    ),
    question(
        "stage2_refused",
        Kind::YesThenDate,
        words::STAGE2_REFUSED,
        Some("stage2_requested"),
    ),
    question(
        "stage2_statement_agreed",
        Kind::YesThenDate,
        words::STAGE2_STATEMENT_AGREED,
        Some("stage2_requested"),
    ),
    question(
        "stage2_extended",
        Kind::YesNo,
        words::STAGE2_EXTENDED,
        Some("stage2_requested"),
    ),
    question(
        "stage2_acknowledgement_received",
        Kind::YesThenDate,
        words::STAGE2_ACKNOWLEDGEMENT_RECEIVED,
        Some("stage2_requested"),
    ),
    question(
        "stage2_response_received",
        Kind::YesThenDate,
        words::STAGE2_RESPONSE_RECEIVED,
        Some("stage2_requested"),
    ),
    question(
        "stage3_requested",
        Kind::YesThenDate,
        words::STAGE3_REQUESTED,
        Some("stage2_response_received"),
    ),
    question(
        "adr_before_stage3_offered",
        Kind::YesNo,
        words::ADR_BEFORE_STAGE3_OFFERED,
        Some("stage3_requested"),
    ),
    question(
        "adr_before_stage3_declined",
        Kind::YesThenDate,
        words::ADR_BEFORE_STAGE3_DECLINED,
        Some("adr_before_stage3_offered"),
    ),
    question(
        "stage3_refused",
        Kind::YesThenDate,
        words::STAGE3_REFUSED,
        Some("stage3_requested"),
    ),
    question(
        "panel_met",
        Kind::YesThenDate,
        words::PANEL_MET,
        Some("stage3_requested"),
    ),
    question(
        "panel_report_received",
        Kind::YesThenDate,
        words::PANEL_REPORT_RECEIVED,
        Some("panel_met"),
    ),
    question(
        "final_response_received",
        Kind::YesThenDate,
        words::FINAL_RESPONSE_RECEIVED,
        Some("panel_report_received"),
    ),
];

/// A request for stage 2 or 3, and saying no to the council's offer to talk
/// it through (ADR) first: that no moves the complaint on, so its date starts
/// the stage's clock when the request's own date is not known
/// (docs/rules.md, "Declining ADR").
const REQUEST_AND_ADR_DECLINED: [(&str, &str, &str); 2] = [
    (
        "stage2_requested",
        "adr_before_stage2_offered",
        "adr_before_stage2_declined",
    ),
    (
        "stage3_requested",
        "adr_before_stage3_offered",
        "adr_before_stage3_declined",
    ),
];

/// True when this request's date may stay blank: the family said no to
/// ADR on a date they gave.
fn adr_declined_stands_in(answers: &Answers, request: &str) -> bool {
    REQUEST_AND_ADR_DECLINED
        .iter()
        .filter(|(id, _, _)| *id == request)
        .any(|(_, offered, declined)| {
            answers.has_happened(offered)
                && answers
                    .get(declined)
                    .is_some_and(|a| a.yes == Some(true) && !a.date_is_blank())
        })
}

/// After "Show where I stand" with the first date left blank: it is needed
/// before anything can be counted, said as that date's error (GOV.UK's
/// pattern), where the result's place only says to enter it.
pub fn first_date_missing(answers: &Answers) -> Option<FieldError> {
    let question = visible_questions(answers)
        .into_iter()
        .find(|q| q.id == "complaint_received")?;
    answers
        .get(question.id)
        .is_none_or(Answer::date_is_blank)
        .then(|| FieldError {
            question: question.id,
            part: DatePart::All,
            message: date_input::date_needed(question.date_name),
        })
}

/// True when the family said the council offered ADR before this request.
fn adr_offered_before(answers: &Answers, request: &str) -> bool {
    REQUEST_AND_ADR_DECLINED
        .iter()
        .any(|(id, offered, _)| *id == request && answers.has_happened(offered))
}

/// The steps that move a complaint on, in order: left unanswered, each is
/// counted as not having happened.
const STEPS: [&str; 7] = [
    "stage1_response_received",
    "stage2_requested",
    "stage2_response_received",
    "stage3_requested",
    "panel_met",
    "panel_report_received",
    "final_response_received",
];

/// The steps shown but not answered yet (neither yes nor no), in the
/// page's order: the result counts them as not happened, and the page says
/// so, since a reply that came but was not entered makes the council look
/// late. The acknowledgements count only when `acknowledgements_owed`
/// (a council's promise, or the Code's): otherwise they change nothing.
pub fn unanswered_steps(answers: &Answers, acknowledgements_owed: bool) -> Vec<&'static Question> {
    let asked = |id: &&str| acknowledgements_owed || !ACKNOWLEDGEMENTS.contains(id);
    visible_questions(answers)
        .into_iter()
        .filter(|q| STEPS.contains(&q.id) || ACKNOWLEDGEMENTS.contains(&q.id))
        .filter(|q| asked(&q.id))
        .filter(|q| answers.get(q.id).is_none_or(|a| a.yes.is_none()))
        .collect()
}

/// Whether every question a link's note names (`named`, question ids) has
/// been put right: answered with no problem now, or no longer asked. The
/// note then has nothing left to ask of the family. False for an empty
/// list, and for anything named that is not a question (a part of the link
/// the note only reports).
pub fn named_answers_corrected(named: &[&str], answers: &Answers, problems: &[FieldError]) -> bool {
    let asked = visible_questions(answers);
    !named.is_empty()
        && named.iter().all(|id| {
            let Some(question) = question_by_id(id) else {
                return false;
            };
            if !asked.iter().any(|q| q.id == question.id) {
                return true;
            }
            let answer = answers.get(question.id).cloned().unwrap_or_default();
            let answered = match question.kind {
                Kind::Date => !answer.date_is_blank(),
                Kind::YesNo => answer.yes.is_some(),
                Kind::YesThenDate => match answer.yes {
                    Some(true) => !answer.date_is_blank(),
                    Some(false) => true,
                    None => false,
                },
            };
            answered && !problems.iter().any(|p| p.question == question.id)
        })
}

/// The questions answered "yes" whose date is still to be entered, if they
/// are all the `problems` there are (none otherwise): a result counted
/// meanwhile counts them as not happened, which its advice must say.
pub fn only_dates_to_enter(answers: &Answers, problems: &[FieldError]) -> Vec<&'static Question> {
    let mut questions: Vec<&'static Question> = Vec::new();
    for problem in problems {
        let Some(question) = question_by_id(problem.question) else {
            return Vec::new();
        };
        let waiting = question.kind == Kind::YesThenDate
            && answers
                .get(question.id)
                .is_some_and(|a| a.yes == Some(true) && a.date_is_blank());
        if !waiting {
            return Vec::new();
        }
        if !questions.iter().any(|q| q.id == question.id) {
            questions.push(question);
        }
    }
    questions
}

/// The questions on an acknowledgement, which only a council's promise (or
/// the Ombudsman's Code, in the corporate procedure) makes a deadline.
const ACKNOWLEDGEMENTS: [&str; 2] = [
    "acknowledgement_received",
    "stage2_acknowledgement_received",
];

pub fn question_by_id(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// For each question with a problem now, what the answers behind the result
/// still on the page (`kept`) had for it: its name ("the date the council got
/// your complaint") and its date, if it had one. Says which date that result
/// was counted from while the boxes show another.
pub fn kept_dates(
    kept: &Answers,
    problems: &[FieldError],
) -> Vec<(&'static str, Option<NaiveDate>)> {
    let mut dates: Vec<(&'static str, Option<NaiveDate>)> = Vec::new();
    for problem in problems {
        let Some(question) = question_by_id(problem.question).filter(|q| !q.date_name.is_empty())
        else {
            continue;
        };
        if dates.iter().any(|(name, _)| *name == question.date_name) {
            continue;
        }
        dates.push((question.date_name, real_date(kept, question)));
    }
    dates
}

/// The question's date in `answers`, if its boxes hold a real one.
fn real_date(answers: &Answers, question: &Question) -> Option<NaiveDate> {
    answers.get(question.id).and_then(|a| {
        parse_date_parts(&a.day, &a.month, &a.year, question.date_name)
            .ok()
            .flatten()
    })
}

/// Whether a date typed in `before` has all three boxes empty in `now`.
/// Typing a date never passes through three empty boxes, so emptying them
/// is meant at once: the result counted without that date replaces the one
/// counted with it (found in a walkthrough: a date emptied, then retyped
/// wrongly within moments, brought back the result of the date emptied).
pub fn a_date_emptied(before: &Answers, now: &Answers) -> bool {
    QUESTIONS
        .iter()
        .filter(|q| !q.date_name.is_empty())
        .any(|q| date_emptied(q, before, now))
}

/// Whether `question`'s date, typed in `before`, has all three boxes empty
/// in `now`.
fn date_emptied(question: &Question, before: &Answers, now: &Answers) -> bool {
    before.get(question.id).is_some_and(|a| !a.date_is_blank())
        && now.get(question.id).is_none_or(Answer::date_is_blank)
}

/// [`kept_dates`], and also each date whose box now shows another date
/// than the result still on the page was counted with: that result is the
/// one from before every change, not only the date that needs fixing (a
/// complaint date moved after the reply's left the old one counted with no
/// word, found in a walkthrough).
pub fn kept_dates_changed(
    kept: &Answers,
    current: &Answers,
    problems: &[FieldError],
) -> Vec<(&'static str, Option<NaiveDate>)> {
    let mut dates = kept_dates(kept, problems);
    for question in QUESTIONS.iter().filter(|q| !q.date_name.is_empty()) {
        if dates.iter().any(|(name, _)| *name == question.date_name) {
            continue;
        }
        let then = real_date(kept, question);
        if then.is_some() && then != real_date(current, question) {
            dates.push((question.date_name, then));
        }
    }
    dates
}

/// The answers behind the last result (`kept`), less each date whose three
/// boxes have been emptied since: emptying them is meant, so that date is
/// left out of what is counted meanwhile, never brought back (found in a
/// walkthrough: a stage 2 reply's date emptied was still counted, and the
/// stage said "Reply received" on it).
pub fn kept_without_emptied_dates(kept: &Answers, now: &Answers) -> Answers {
    let mut without = kept.clone();
    for question in QUESTIONS.iter().filter(|q| !q.date_name.is_empty()) {
        if date_emptied(question, kept, now) {
            without.set(question.id, Answer::default());
        }
    }
    without
}

/// The answers as they are now, except those that need fixing (`problems`):
/// those as they were in `kept` (the answers behind the last result shown),
/// or unanswered if they were not there. While one date is being fixed, the
/// family's other answers, typed since, are still counted.
pub fn answers_with_problems_as_kept(
    current: &Answers,
    kept: &Answers,
    problems: &[FieldError],
) -> Answers {
    let mut answers = current.clone();
    for problem in problems {
        answers.set(
            problem.question,
            kept.get(problem.question).cloned().unwrap_or_default(),
        );
    }
    answers
}

/// The answer to `question` for a date a link wrote that is not real
/// ("2026-02-31"): the date's parts in its boxes, as if typed, and "yes" to
/// its question, so the form names what to fix and never counts the event
/// as not happened.
pub fn answer_from_unread_date(question: &Question, written: &str) -> Answer {
    let parts: Vec<&str> = written.split('-').collect();
    let yes = (question.kind == Kind::YesThenDate).then_some(true);
    match parts[..] {
        [year, month, day] => Answer {
            yes,
            day: day.to_string(),
            month: month.to_string(),
            year: year.to_string(),
        },
        _ => Answer {
            yes,
            ..Answer::default()
        },
    }
}

/// One answer exactly as typed, so nothing is lost when it is wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    pub yes: Option<bool>,
    pub day: String,
    pub month: String,
    pub year: String,
}

impl Answer {
    /// What is typed in one of the date's boxes (`Day`, `Month` or `Year`).
    pub fn part(&self, part: DatePart) -> &str {
        match part {
            DatePart::Day => &self.day,
            DatePart::Month => &self.month,
            _ => &self.year,
        }
    }

    /// The same box, to change it.
    pub fn part_mut(&mut self, part: DatePart) -> &mut String {
        match part {
            DatePart::Day => &mut self.day,
            DatePart::Month => &mut self.month,
            _ => &mut self.year,
        }
    }

    pub fn date_is_blank(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }
}

/// All answers, keyed by question id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub council: Option<String>,
    /// Which complaints procedure applies (the first question); `None` until
    /// answered, read as the statutory procedure.
    pub route: Option<crate::core::route::Route>,
    pub by_question: Vec<(&'static str, Answer)>,
}

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.by_question
            .iter()
            .find(|(key, _)| *key == id)
            .map(|(_, answer)| answer)
    }

    /// Something was typed or chosen in the questions.
    pub fn any_answered(&self) -> bool {
        self.by_question
            .iter()
            .any(|(_, v)| v != &Answer::default())
    }

    pub fn set(&mut self, id: &'static str, answer: Answer) {
        match self.by_question.iter_mut().find(|(key, _)| *key == id) {
            Some(slot) => slot.1 = answer,
            None => self.by_question.push((id, answer)),
        }
    }

    /// True when the question has been answered "yes" or (for a direct date) has a date typed.
    fn has_happened(&self, id: &str) -> bool {
        let Some(question) = question_by_id(id) else {
            return false;
        };
        let Some(answer) = self.get(id) else {
            return false;
        };
        match question.kind {
            Kind::Date => !answer.date_is_blank(),
            Kind::YesThenDate | Kind::YesNo => answer.yes == Some(true),
        }
    }
}

/// The questions to show for these answers, in order.
/// Which questions each procedure asks: the corporate procedure has no
/// complaint statement, ADR, extension notice at stage 2 or review panel,
/// but an acknowledgement of the stage 2 request; a route that is not a
/// council complaint asks no dates at all.
fn belongs_to_route(route: Option<crate::core::route::Route>, id: &str) -> bool {
    use crate::core::route::Route;
    const STATUTORY_ONLY: [&str; 12] = [
        "adr_before_stage2_offered",
        "adr_before_stage2_declined",
        "stage2_statement_agreed",
        "stage2_extended",
        "stage3_requested",
        "stage3_refused",
        "adr_before_stage3_offered",
        "adr_before_stage3_declined",
        "panel_met",
        "panel_report_received",
        "final_response_received",
        "problem_happened",
    ];
    match route.unwrap_or(Route::Statutory) {
        Route::Statutory | Route::NotSure => id != "stage2_acknowledgement_received",
        Route::Corporate => !STATUTORY_ONLY.contains(&id),
        Route::Conference | Route::Court | Route::OtherBody => false,
    }
}

pub fn visible_questions(answers: &Answers) -> Vec<&'static Question> {
    QUESTIONS
        .iter()
        .filter(|q| is_visible(answers, q))
        .collect()
}

/// Shown when it belongs to the family's procedure, and the question it
/// follows has happened and is itself shown.
fn is_visible(answers: &Answers, question: &Question) -> bool {
    belongs_to_route(answers.route, question.id)
        && question.after.is_none_or(|after| {
            answers.has_happened(after)
                && question_by_id(after).is_some_and(|parent| is_visible(answers, parent))
        })
}

/// A problem with one answer, for the error summary and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub question: &'static str,
    /// Which input to highlight and link to.
    pub part: DatePart,
    pub message: String,
}

impl FieldError {
    /// The id of the input the error summary links to.
    pub fn input_id(&self) -> String {
        let suffix = match self.part {
            DatePart::Day | DatePart::DayAndMonth | DatePart::DayAndYear | DatePart::All => "day",
            DatePart::Month | DatePart::MonthAndYear => "month",
            DatePart::Year => "year",
        };
        format!("{}-{}", self.question, suffix)
    }
}

/// Builds the case from the visible answers. Dates that cannot be read give a
/// field error; hidden questions are ignored (but kept by the UI, so going
/// back loses nothing).
pub fn build_case(answers: &Answers, today: NaiveDate) -> Result<Case, Vec<FieldError>> {
    let mut events = Events::default();
    let mut errors = Vec::new();
    for question in visible_questions(answers) {
        let answer = answers.get(question.id).cloned().unwrap_or_default();
        let wants_date = match question.kind {
            Kind::Date => true,
            Kind::YesThenDate => answer.yes == Some(true),
            Kind::YesNo => {
                set_flag(&mut events, question.id, answer.yes == Some(true));
                false
            }
        };
        if !wants_date {
            continue;
        }
        match parse_date_parts(&answer.day, &answer.month, &answer.year, question.date_name) {
            Ok(Some(date)) if date > today => errors.push(FieldError {
                question: question.id,
                part: DatePart::All,
                message: date_input::in_future(question.date_name),
            }),
            Ok(Some(date)) => set_date(&mut events, question.id, date),
            Ok(None) if adr_declined_stands_in(answers, question.id) => {}
            Ok(None) if question.kind == Kind::YesThenDate => errors.push(FieldError {
                question: question.id,
                part: DatePart::All,
                message: if adr_offered_before(answers, question.id) {
                    date_input::missing_request_date_or_adr_no(question.date_name)
                } else {
                    date_input::missing_date(question.date_name)
                },
            }),
            Ok(None) => {}
            Err(problem) => errors.push(FieldError {
                question: question.id,
                part: problem.part,
                message: problem.message,
            }),
        }
    }
    if errors.is_empty() {
        Ok(Case {
            route: answers.route,
            unanswered: unanswered(answers),
            ..Case::new(answers.council.clone(), events)
        })
    } else {
        Err(errors)
    }
}

fn set_flag(events: &mut Events, id: &str, value: bool) {
    if let Some(flag) = Flag::from_field(id) {
        *flag.slot(events) = value;
    }
}

fn set_date(events: &mut Events, id: &str, date: NaiveDate) {
    if let Some(event) = Event::from_field(id) {
        *event.slot(events) = Some(date);
    }
}

/// The field names of the yes-or-no questions (a fact, or an event whose
/// "yes" is its date).
pub fn yes_no_fields() -> impl Iterator<Item = &'static str> {
    QUESTIONS
        .iter()
        .filter(|q| matches!(q.kind, Kind::YesNo | Kind::YesThenDate))
        .map(|q| q.id)
}

/// The yes-or-no questions with neither answer chosen, shown or not (a
/// question shown later starts unanswered too), sorted.
fn unanswered(answers: &Answers) -> Vec<String> {
    let mut names: Vec<String> = yes_no_fields()
        .filter(|id| answers.get(id).is_none_or(|answer| answer.yes.is_none()))
        .map(str::to_string)
        .collect();
    names.sort();
    names
}

fn date_of(events: &Events, id: &str) -> Option<NaiveDate> {
    Event::from_field(id).and_then(|event| event.date(events))
}

fn flag_of(events: &Events, id: &str) -> bool {
    Flag::from_field(id).is_some_and(|flag| flag.get(events))
}

/// The answers that would give back this case: used to open a saved or
/// imported case in the questions. Dates are written as numbers.
pub fn answers_from_case(case: &Case) -> Answers {
    use chrono::Datelike;
    let mut answers = Answers {
        council: case.council.clone(),
        route: case.route,
        ..Answers::default()
    };
    for question in QUESTIONS {
        // Not answered when saved, and still not (a hand edit may have
        // given it a date since): left blank, not "No".
        let blank = case.is_unanswered(question.id) && !case.answered_yes(question.id);
        let answer = match question.kind {
            Kind::YesNo | Kind::YesThenDate if blank => Answer::default(),
            Kind::YesNo => Answer {
                yes: Some(flag_of(&case.events, question.id)),
                ..Answer::default()
            },
            Kind::Date | Kind::YesThenDate => match date_of(&case.events, question.id) {
                Some(date) => Answer {
                    yes: (question.kind == Kind::YesThenDate).then_some(true),
                    day: date.day().to_string(),
                    month: date.month().to_string(),
                    year: date.year().to_string(),
                },
                None if question.kind == Kind::YesThenDate => Answer {
                    yes: Some(false),
                    ..Answer::default()
                },
                None => Answer::default(),
            },
        };
        answers.set(question.id, answer);
    }
    // Said no to ADR with no request date: the request is still a yes, so
    // the ADR answers are asked, and kept.
    for (request, offered, declined) in REQUEST_AND_ADR_DECLINED {
        if date_of(&case.events, declined).is_some() {
            if date_of(&case.events, request).is_none() {
                answers.set(
                    request,
                    Answer {
                        yes: Some(true),
                        ..Answer::default()
                    },
                );
            }
            answers.set(
                offered,
                Answer {
                    yes: Some(true),
                    ..Answer::default()
                },
            );
        }
    }
    answers
}

/// The question id for a case field name such as "events.stage1_response_received".
pub fn question_for_case_field(field: &str) -> Option<&'static Question> {
    question_by_id(field.strip_prefix("events.").unwrap_or(field))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    fn dated(day: &str, month: &str, year: &str) -> Answer {
        Answer {
            yes: None,
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    fn yes_on(day: &str, month: &str, year: &str) -> Answer {
        Answer {
            yes: Some(true),
            ..dated(day, month, year)
        }
    }

    fn ids(answers: &Answers) -> Vec<&'static str> {
        visible_questions(answers).iter().map(|q| q.id).collect()
    }

    /// A "yes" still without its date is counted as it was behind the last
    /// result (here unanswered), and the answers typed after it are counted
    /// as they are: Kent, received Monday 15 December 2025, extended, replied
    /// 14 January 2026, so stage 2 is asked for by Wednesday 11 February.
    #[test]
    fn a_date_emptied_since_the_last_result_is_left_out_of_the_kept_answers() {
        let mut kept = Answers::default();
        kept.set("complaint_received", dated("1", "9", "2026"));
        kept.set(
            "stage2_response_received",
            Answer {
                yes: Some(true),
                ..dated("20", "11", "2026")
            },
        );
        let mut now = kept.clone();
        now.set(
            "stage2_response_received",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        let counted = kept_without_emptied_dates(&kept, &now);
        assert_eq!(
            counted.get("stage2_response_received"),
            Some(&Answer::default())
        );
        assert_eq!(
            counted.get("complaint_received"),
            kept.get("complaint_received")
        );
        // A date being retyped (not all three boxes empty) is kept as it was.
        now.set(
            "stage2_response_received",
            Answer {
                yes: Some(true),
                ..dated("2", "", "")
            },
        );
        assert_eq!(kept_without_emptied_dates(&kept, &now), kept);
    }

    #[test]
    fn answers_that_need_fixing_are_counted_as_kept_and_the_rest_as_typed() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 20).unwrap();
        let mut kept = Answers {
            council: Some("kent".to_string()),
            ..Answers::default()
        };
        kept.set("complaint_received", dated("15", "12", "2025"));
        let mut now = kept.clone();
        now.set(
            "acknowledgement_received",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        now.set(
            "stage1_extended",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        now.set("stage1_response_received", yes_on("14", "1", "2026"));
        let Outcome::Problems(problems) = evaluate(&now, today) else {
            panic!("the acknowledgement's date is missing");
        };
        assert_eq!(problems[0].question, "acknowledgement_received");
        let counted = answers_with_problems_as_kept(&now, &kept, &problems);
        assert_eq!(
            counted.get("acknowledgement_received"),
            Some(&Answer::default())
        );
        assert_eq!(
            counted.get("stage1_response_received"),
            now.get("stage1_response_received")
        );
        let case = checked_case(&counted, today).unwrap();
        assert!(case.events.stage1_extended);
        assert_eq!(
            case.events.stage1_response_received,
            NaiveDate::from_ymd_opt(2026, 1, 14)
        );
        assert_eq!(case.events.acknowledgement_received, None);
    }

    /// A link's note on a reply date that is not real ("31 February") ends
    /// only once that date is a real one after the complaint, or the reply
    /// is answered "no"; a step the link said nothing readable about ends
    /// it once answered. Anything the note names that is not a question
    /// (an unknown part of the link) keeps it.
    #[test]
    fn a_links_note_ends_once_what_it_names_is_put_right() {
        let mut answers = Answers {
            council: Some("leeds".to_string()),
            ..Answers::default()
        };
        answers.set("complaint_received", dated("19", "12", "2025"));
        answers.set("stage1_response_received", yes_on("31", "2", "2026"));
        let problems_now = |answers: &Answers| match evaluate(answers, today()) {
            Outcome::Problems(list) => list,
            _ => Vec::new(),
        };
        let named = ["stage1_response_received"];
        assert!(!named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));

        // Still wrong: before the complaint.
        answers.set("stage1_response_received", yes_on("1", "12", "2025"));
        assert!(!named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));

        answers.set("stage1_response_received", yes_on("2", "1", "2026"));
        assert!(named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));

        // "No reply yet" puts it right too.
        answers.set(
            "stage1_response_received",
            Answer {
                yes: Some(false),
                ..dated("31", "2", "2026")
            },
        );
        assert!(named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));

        // A yes-or-no step the link garbled: put right once answered.
        let named = ["stage1_extended"];
        assert!(!named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));
        answers.set(
            "stage1_extended",
            Answer {
                yes: Some(false),
                ..Answer::default()
            },
        );
        assert!(named_answers_corrected(
            &named,
            &answers,
            &problems_now(&answers)
        ));

        // An unknown part of the link is only reported: the note stays.
        assert!(!named_answers_corrected(
            &["stage1_extended", "colour"],
            &answers,
            &problems_now(&answers)
        ));
        assert!(!named_answers_corrected(
            &[],
            &answers,
            &problems_now(&answers)
        ));
    }

    /// "Yes" with no date yet is a date to enter; a date that is not real,
    /// or any other problem with it, is not only that.
    #[test]
    fn a_yes_waiting_for_its_date_is_a_date_to_enter() {
        let mut answers = Answers {
            council: Some("kent".to_string()),
            ..Answers::default()
        };
        answers.set("complaint_received", dated("1", "7", "2025"));
        answers.set("stage1_response_received", yes_on("15", "7", "2025"));
        answers.set(
            "stage2_requested",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        let problems = |answers: &Answers| match evaluate(answers, today()) {
            Outcome::Problems(list) => list,
            _ => Vec::new(),
        };
        let ids = |qs: Vec<&'static Question>| qs.iter().map(|q| q.id).collect::<Vec<_>>();
        assert_eq!(
            ids(only_dates_to_enter(&answers, &problems(&answers))),
            ["stage2_requested"]
        );
        // A second problem that is not a date to enter: nothing to say.
        answers.set("complaint_received", dated("31", "2", "2025"));
        assert!(only_dates_to_enter(&answers, &problems(&answers)).is_empty());
        answers.set("complaint_received", dated("1", "7", "2025"));
        answers.set("stage2_requested", yes_on("31", "2", "2026"));
        assert!(only_dates_to_enter(&answers, &problems(&answers)).is_empty());
    }

    /// A complaint date moved after the reply's: the error is on the reply,
    /// and the result still shown was counted with the old complaint date
    /// too, so both are named.
    #[test]
    fn kept_dates_changed_also_name_a_date_changed_since_the_result() {
        let mut kept = Answers::default();
        kept.set("complaint_received", dated("19", "12", "2025"));
        kept.set("stage1_response_received", yes_on("2", "1", "2026"));
        let mut now = kept.clone();
        now.set("complaint_received", dated("5", "1", "2026"));
        let problems = [FieldError {
            question: "stage1_response_received",
            part: DatePart::All,
            message: String::new(),
        }];
        let day = |m, d| NaiveDate::from_ymd_opt(if m == 12 { 2025 } else { 2026 }, m, d);
        let names = |id| question_by_id(id).unwrap().date_name;
        assert_eq!(
            kept_dates_changed(&kept, &now, &problems),
            vec![
                (names("stage1_response_received"), day(1, 2)),
                (names("complaint_received"), day(12, 19)),
            ]
        );
        // Nothing changed but the date at fault: as kept_dates.
        assert_eq!(
            kept_dates_changed(&kept, &kept, &problems),
            kept_dates(&kept, &problems)
        );
    }

    #[test]
    fn a_date_emptied_is_one_typed_before_with_every_box_now_empty() {
        let mut before = Answers::default();
        before.set("complaint_received", dated("19", "12", "2025"));
        before.set("stage1_response_received", yes_on("2", "1", "2026"));
        let mut now = before.clone();
        assert!(!a_date_emptied(&before, &now));
        // One box emptied is a date being corrected, not removed.
        now.set("stage1_response_received", yes_on("", "1", "2026"));
        assert!(!a_date_emptied(&before, &now));
        now.set("stage1_response_received", yes_on("", "", ""));
        assert!(a_date_emptied(&before, &now));
        // Dates typed where there were none are not emptied ones.
        assert!(!a_date_emptied(&Answers::default(), &before));
        now = before.clone();
        now.set("complaint_received", dated(" ", "", ""));
        assert!(a_date_emptied(&before, &now));
    }

    #[test]
    fn kept_dates_name_each_date_to_fix_with_what_the_result_shown_had() {
        let mut kept = Answers::default();
        kept.set("complaint_received", dated("19", "12", "2025"));
        let problem = |question| FieldError {
            question,
            part: DatePart::Day,
            message: String::new(),
        };
        let problems = [
            problem("complaint_received"),
            problem("complaint_received"),
            problem("stage1_response_received"),
        ];
        assert_eq!(
            kept_dates(&kept, &problems),
            vec![
                (
                    "the date the council got your complaint",
                    NaiveDate::from_ymd_opt(2025, 12, 19)
                ),
                (
                    question_by_id("stage1_response_received")
                        .unwrap()
                        .date_name,
                    None
                ),
            ]
        );
        assert_eq!(
            crate::text::en::ui_results::needs_fixing_kept(&kept_dates(&kept, &problems[..1])),
            "One of the dates above needs fixing. Until then, this shows your last complete answers, \
             counted with the date the council got your complaint as Friday 19 December 2025."
        );
        assert!(
            crate::text::en::ui_results::needs_fixing_kept(&kept_dates(&kept, &problems))
                .ends_with(" and without the date you got the council's reply.")
        );
    }

    #[test]
    fn every_question_fills_a_known_event() {
        let mut events = Events::default();
        let date = today();
        for q in QUESTIONS {
            match q.kind {
                Kind::YesNo => set_flag(&mut events, q.id, true),
                _ => set_date(&mut events, q.id, date),
            }
        }
        let json = serde_json::to_value(&events).unwrap();
        for q in QUESTIONS {
            let value = &json[q.id];
            assert!(
                value == &serde_json::json!(true) || value == &serde_json::json!("2026-01-05"),
                "{} not filled",
                q.id
            );
        }
    }

    #[test]
    fn questions_appear_only_when_they_make_sense() {
        let mut answers = Answers::default();
        assert_eq!(ids(&answers), vec!["complaint_received"]);
        answers.set("complaint_received", dated("19", "12", "2025"));
        assert_eq!(
            ids(&answers),
            vec![
                "complaint_received",
                "problem_happened",
                "problem_noticed",
                "acknowledgement_received",
                "stage1_extended",
                "stage1_response_received",
                "stage2_requested"
            ]
        );
        answers.set("stage2_requested", yes_on("2", "1", "2026"));
        assert!(ids(&answers).contains(&"stage2_response_received"));
        assert!(!ids(&answers).contains(&"stage3_requested"));
        // Hiding a parent hides its children even when they were answered.
        answers.set("stage2_response_received", yes_on("3", "1", "2026"));
        answers.set("stage3_requested", yes_on("4", "1", "2026"));
        assert!(ids(&answers).contains(&"stage3_requested"));
        answers.set("stage2_requested", Answer::default());
        assert!(!ids(&answers).contains(&"stage3_requested"));
        // ...and their answers are ignored, not lost.
        let case = build_case(&answers, today()).unwrap();
        assert_eq!(case.events.stage3_requested, None);
        assert_eq!(answers.get("stage3_requested").unwrap().day, "4");
    }

    #[test]
    fn builds_the_case_from_typed_text() {
        let mut answers = Answers {
            council: Some("leeds".into()),
            ..Answers::default()
        };
        answers.set("complaint_received", dated("19", "Dec", "2025"));
        answers.set(
            "stage1_extended",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        answers.set(
            "stage1_response_received",
            Answer {
                yes: Some(false),
                ..dated("1", "1", "2026")
            },
        );
        let case = build_case(&answers, today()).unwrap();
        assert_eq!(case.council.as_deref(), Some("leeds"));
        assert_eq!(
            case.events.complaint_received,
            NaiveDate::from_ymd_opt(2025, 12, 19)
        );
        assert!(case.events.stage1_extended);
        assert_eq!(case.events.stage1_response_received, None);
    }

    #[test]
    fn reports_each_bad_date_against_its_field() {
        let mut answers = Answers::default();
        answers.set("complaint_received", dated("30", "2", "2025"));
        let errors = build_case(&answers, today()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].question, "complaint_received");
        assert_eq!(errors[0].input_id(), "complaint_received-day");
        assert_eq!(
            errors[0].message,
            "The date the council got your complaint must be a real date: February 2025 has no day 30"
        );

        answers.set("complaint_received", dated("19", "12", "2025"));
        answers.set("stage1_response_received", yes_on("", "", ""));
        answers.set("problem_noticed", dated("1", "13", "2025"));
        let errors = build_case(&answers, today()).unwrap_err();
        let messages: Vec<_> = errors
            .iter()
            .map(|e| (e.input_id(), e.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            vec![
                (
                    "problem_noticed-month".to_string(),
                    "The month of the date you first knew about the problem must be a number from 1 to 12 or a month name, like 3 or March"
                ),
                (
                    "stage1_response_received-day".to_string(),
                    "Enter the date you got the council's reply, or answer no if it has not happened"
                ),
            ]
        );
    }

    #[test]
    fn a_case_reopens_as_the_answers_that_made_it() {
        let mut answers = Answers {
            council: Some("essex".into()),
            ..Answers::default()
        };
        answers.set("complaint_received", dated("19", "12", "2025"));
        answers.set(
            "stage1_extended",
            Answer {
                yes: Some(true),
                ..Answer::default()
            },
        );
        answers.set("stage1_response_received", yes_on("2", "1", "2026"));
        answers.set(
            "stage2_requested",
            Answer {
                yes: Some(false),
                ..Answer::default()
            },
        );
        let case = build_case(&answers, today()).unwrap();
        let reopened = answers_from_case(&case);
        assert_eq!(reopened.get("complaint_received").unwrap().day, "19");
        assert_eq!(
            reopened.get("stage1_response_received").unwrap().yes,
            Some(true)
        );
        assert_eq!(reopened.get("stage2_requested").unwrap().yes, Some(false));
        assert_eq!(build_case(&reopened, today()), Ok(case));
    }

    #[test]
    fn rejects_dates_after_today() {
        let mut answers = Answers::default();
        answers.set("complaint_received", dated("6", "1", "2026"));
        let errors = build_case(&answers, today()).unwrap_err();
        assert_eq!(
            errors[0].message,
            "The date the council got your complaint must be today or in the past"
        );
    }
}

/// What the results area shows for the current answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Some answers cannot be read or do not fit together.
    Problems(Vec<FieldError>),
    /// The answers are fine, but the chosen council's published procedure
    /// (its id) has not been fetched yet (the split web build only).
    Waiting(String),
    Assessed(Box<crate::core::assessment::Assessment>),
}

/// Reads the answers and, if they make sense, asks the engine where the case stands.
pub fn evaluate(answers: &Answers, today: NaiveDate) -> Outcome {
    let case = match checked_case(answers, today) {
        Ok(case) => case,
        Err(errors) => return Outcome::Problems(errors),
    };
    let council = case
        .council
        .as_deref()
        .and_then(crate::core::councils::find);
    if let Some(council) = council.filter(|c| crate::core::councils::waiting_for(&c.id)) {
        return Outcome::Waiting(council.id.clone());
    }
    match crate::core::assessment::assess(&case, today) {
        Ok(assessment) => Outcome::Assessed(Box::new(assessment)),
        Err(error) => Outcome::Problems(vec![problem_for(error)]),
    }
}

/// The case the answers make, checked as every case is (dates real, not in
/// the future, in an order that can happen): what needs fixing, if not.
/// Needs no council's data, so it answers while that is on its way.
pub fn checked_case(answers: &Answers, today: NaiveDate) -> Result<Case, Vec<FieldError>> {
    let case = build_case(answers, today)?;
    case.validate(today)
        .map_err(|error| vec![problem_for(error)])?;
    Ok(case)
}

/// The case's problem, on the question its field belongs to.
fn problem_for(error: crate::core::case::CaseError) -> FieldError {
    let question = question_for_case_field(&error.field)
        .map(|q| q.id)
        .unwrap_or("complaint_received");
    FieldError {
        question,
        part: DatePart::All,
        message: error.message,
    }
}
