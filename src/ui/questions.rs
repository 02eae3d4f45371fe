//! "What has happened": the questions the core says to show, in order, and
//! a "Check your answers" summary with Change links.
//!
//! Both are written as HTML by `core::question_html`. A question is put on
//! the page once, when it is first asked; after that the page changes only
//! what changed (the boxes' values, the chosen radio, an error), so nothing
//! is rewritten under someone typing. The questions' events are read by one
//! listener each on the list, which finds the question from the input's id.
//!
//! The dates follow the GOV.UK pattern (day, month and year boxes, numeric
//! keypad, no auto-tab). A whole date pasted or typed into the day box
//! ("19/12/2025") is split across the three boxes, and the page says so;
//! what is typed digit by digit is never changed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::results::WrittenHtml;
use crate::core::dates::{read_day_box, split_note, DatePart, DayBox, SPLIT_UNCLEAR};
use crate::core::form::{
    question_by_id, visible_questions, Answer, Answers, FieldError, Kind, Question,
};
use crate::core::question_html::{
    answer_rows, box_class, box_has_error, check_answers_html, conditional_date_html, described_by,
    error_html, group_class, question_html, route_html, split_note_html, DATE_ATTRIBUTE,
    DATE_BOXES, QUESTION_ATTRIBUTE, ROUTE_ID,
};
use crate::core::route::Route;
use crate::text::en::ui_questions as text;

/// What the questions change when they are answered or left.
#[derive(Clone, Copy)]
struct Form {
    answers: RwSignal<Answers>,
    touched: RwSignal<Vec<&'static str>>,
    editing: RwSignal<Vec<&'static str>>,
    dates_left: RwSignal<(u32, Answers)>,
    press: Press,
}

/// A mouse button held down somewhere on the page, and the dates it left
/// (each with the answers as they were then).
#[derive(Clone, Copy)]
struct Press {
    pressed: StoredValue<bool>,
    waiting: StoredValue<Vec<(&'static str, Answers)>>,
}

/// The longest a press holds back a date's error.
const PRESS_AT_MOST: std::time::Duration = std::time::Duration::from_millis(1000);

#[component]
pub fn Questions(
    answers: RwSignal<Answers>,
    problems: Memo<Vec<FieldError>>,
    touched: RwSignal<Vec<&'static str>>,
    editing: RwSignal<Vec<&'static str>>,
    dates_left: RwSignal<(u32, Answers)>,
) -> impl IntoView {
    let form = Form {
        answers,
        touched,
        editing,
        dates_left,
        press: Press {
            pressed: StoredValue::new(false),
            waiting: StoredValue::new(Vec::new()),
        },
    };
    // A touch moves focus only as the finger lifts, onto what it tapped;
    // a mouse moves it as the button goes down, before the click.
    let down = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if ev.pointer_type() != "touch" {
            form.press.pressed.set_value(true);
        }
    });
    // After this press's click (dispatched with the release), not before.
    let up = window_event_listener(leptos::ev::pointerup, move |_| {
        set_timeout(move || form.after_press(), std::time::Duration::ZERO);
    });
    on_cleanup(move || {
        down.remove();
        up.remove();
    });
    let visible = Memo::new(move |_| visible_questions(&answers.get()));
    let list = NodeRef::<leptos::html::Div>::new();
    // The answers last shown: a box's value is set only when its answer
    // has changed since, so a box emptied without an input event (as
    // WebDriver's clear does) is not filled again with the old answer.
    Effect::new(move |before: Option<Option<Answers>>| {
        let before = before.flatten();
        let list = list.get()?;
        visible.with(|visible| {
            answers.with(|now| {
                problems.with(|problems| show(&list, visible, now, before.as_ref(), problems))
            })
        });
        Some(answers.get_untracked())
    });
    view! {
        <section class="question-block" aria-labelledby="events-heading">
            <h2 id="events-heading" tabindex="-1">{text::EVENTS_HEADING}</h2>
            <p class="hint">{text::EVENTS_HINT}</p>
            <div class="questions" node_ref=list inner_html=route_html()
                on:input=move |ev| form.input(ev)
                on:change=move |ev| form.change(ev)
                on:focusout=move |ev| form.focus_out(ev)></div>
        </section>
    }
}

fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn input(id: &str) -> Option<HtmlInputElement> {
    element(id)?.dyn_into().ok()
}

/// Brings the page's questions in line with the answers: the questions no
/// longer asked go, new ones come in their place, and each shows its
/// answer (if it is new, or changed since `before`) and its error.
fn show(
    list: &Element,
    visible: &[&'static Question],
    answers: &Answers,
    before: Option<&Answers>,
    problems: &[FieldError],
) {
    let children = list.children();
    for i in (0..children.length()).rev() {
        let Some(child) = children.item(i) else {
            continue;
        };
        let id = child.get_attribute(QUESTION_ATTRIBUTE).unwrap_or_default();
        if id != ROUTE_ID && !visible.iter().any(|q| q.id == id) {
            child.remove();
        }
    }
    // Questions come and go in the one order they are asked in, so a new
    // one goes straight after the one before it.
    let mut previous = list.first_element_child();
    for question in visible {
        let error = problems.iter().find(|p| p.question == question.id);
        let selector = format!("[{QUESTION_ATTRIBUTE}=\"{}\"]", question.id);
        let mut shown = list.query_selector(&selector).ok().flatten();
        // What this question's boxes showed before (none when new).
        let mut shown_before = match shown {
            Some(_) => before.map(|b| b.get(question.id).cloned().unwrap_or_default()),
            None => None,
        };
        if shown.is_none() {
            let html = question_html(question, error);
            shown = match &previous {
                Some(previous) => {
                    let _ = previous.insert_adjacent_html("afterend", &html);
                    previous.next_element_sibling()
                }
                None => {
                    let _ = list.insert_adjacent_html("afterbegin", &html);
                    list.first_element_child()
                }
            };
        }
        let Some(shown) = shown else { continue };
        let answer = answers.get(question.id).cloned().unwrap_or_default();
        if question.kind == Kind::YesThenDate {
            let conditional = shown.query_selector(".conditional").ok().flatten();
            match (answer.yes == Some(true), conditional) {
                (true, None) => {
                    let _ = shown
                        .insert_adjacent_html("beforeend", &conditional_date_html(question, error));
                    shown_before = None;
                }
                (false, Some(conditional)) => conditional.remove(),
                _ => {}
            }
        }
        show_answer(question, &answer, shown_before.as_ref(), error);
        previous = Some(shown);
    }
    for route in Route::ALL {
        if let Some(radio) = input(&format!("route-{}", route.id())) {
            radio.set_checked(answers.route == Some(route));
        }
    }
}

/// One question's answer and error, where they differ from what shows. A
/// box's value is set when it is new (`before` is `None`) or its part of
/// the answer has changed since `before`.
fn show_answer(
    question: &Question,
    answer: &Answer,
    before: Option<&Answer>,
    error: Option<&FieldError>,
) {
    let id = question.id;
    if question.kind != Kind::Date {
        for (suffix, value) in [("yes", true), ("no", false)] {
            if let Some(radio) = input(&format!("{id}-{suffix}")) {
                radio.set_checked(answer.yes == Some(value));
            }
        }
    }
    let Some(day) = input(&format!("{id}-day")) else {
        return;
    };
    for (part, suffix, width) in DATE_BOXES {
        let Some(date_box) = input(&format!("{id}-{suffix}")) else {
            continue;
        };
        let typed = answer.part(part);
        let changed = before.is_none_or(|before| before.part(part) != typed);
        if changed && date_box.value() != *typed {
            date_box.set_value(typed);
        }
        let wrong = box_has_error(error, part);
        set_attribute(&date_box, "class", &box_class(width, wrong));
        set_attribute(
            &date_box,
            "aria-invalid",
            if wrong { "true" } else { "false" },
        );
    }
    let Some(fieldset) = day.closest("fieldset").ok().flatten() else {
        return;
    };
    set_attribute(
        &fieldset,
        "aria-describedby",
        &described_by(id, error.is_some()),
    );
    if let Some(group) = fieldset.parent_element() {
        set_attribute(&group, "class", group_class(error.is_some()));
    }
    let said = element(&format!("{id}-error"));
    match (error, said) {
        (Some(error), Some(said)) => {
            let now = format!("{}{}", text::ERROR_PREFIX, error.message);
            if said.text_content().unwrap_or_default() != now {
                let _ = said.insert_adjacent_html("afterend", &error_html(id, error));
                said.remove();
            }
        }
        (Some(error), None) => {
            if let Some(hint) = element(&format!("{id}-hint")) {
                let _ = hint.insert_adjacent_html("afterend", &error_html(id, error));
            }
        }
        (None, Some(said)) => said.remove(),
        (None, None) => {}
    }
}

fn set_attribute(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// The question an input belongs to, and which of its parts it is
/// (`None` for a radio), from the input's id.
fn question_of(id: &str) -> Option<(&'static Question, Option<DatePart>)> {
    let (question, suffix) = id.rsplit_once('-')?;
    let part = match suffix {
        "day" => Some(DatePart::Day),
        "month" => Some(DatePart::Month),
        "year" => Some(DatePart::Year),
        _ => None,
    };
    Some((question_by_id(question)?, part))
}

fn target_input(ev: &web_sys::Event) -> Option<HtmlInputElement> {
    ev.target()?.dyn_into().ok()
}

impl Form {
    fn answer(self, id: &str) -> Answer {
        self.answers
            .with_untracked(|a| a.get(id).cloned().unwrap_or_default())
    }

    fn set_answer(self, id: &'static str, new: Answer) {
        self.answers.update(|a| a.set(id, new));
        // Being changed: its error waits until it is left (or sent).
        if !self.editing.with_untracked(|list| list.contains(&id)) {
            self.editing.update(|list| list.push(id));
        }
    }

    fn input(self, ev: web_sys::Event) {
        let Some(target) = target_input(&ev) else {
            return;
        };
        let Some((question, Some(part))) = question_of(&target.id()) else {
            return;
        };
        let id = question.id;
        let typed = target.value();
        // A paste, a drop, autofill or dictation: more than one letter at once.
        let before = self.answer(id).part(part).chars().count();
        let kind = js_sys::Reflect::get(&ev, &"inputType".into())
            .ok()
            .and_then(|k| k.as_string())
            .unwrap_or_default();
        let at_once = kind.starts_with("insertFrom") || typed.chars().count() > before + 1;
        if at_once && self.split(question, &target, part, true) {
            return;
        }
        let mut answer = self.answer(id);
        // What was said about an earlier split no longer applies; how to
        // fix an unclear one does, until the day box holds only a day.
        let day = if part == DatePart::Day {
            &typed
        } else {
            &answer.day
        };
        if read_day_box(day) != DayBox::Unclear {
            say(id, None);
        }
        *answer.part_mut(part) = typed;
        self.set_answer(id, answer);
    }

    fn change(self, ev: web_sys::Event) {
        let Some(target) = target_input(&ev) else {
            return;
        };
        let id = target.id();
        if let Some(route) = id.strip_prefix("route-") {
            if let Some(route) = Route::ALL.into_iter().find(|r| r.id() == route) {
                self.answers.update(|a| a.route = Some(route));
            }
            return;
        }
        let Some((question, part)) = question_of(&id) else {
            return;
        };
        match part {
            Some(part) => {
                self.split(question, &target, part, false);
            }
            None => {
                let mut answer = self.answer(question.id);
                answer.yes = Some(id.ends_with("-yes"));
                // A date still to type waits for it before any error; one
                // typed before (brought back by "Yes" again) is as it was
                // left, wrong or not (found in a walkthrough: an impossible
                // date came back with no error).
                if answer.date_is_blank() {
                    self.set_answer(question.id, answer);
                } else {
                    self.answers.update(|a| a.set(question.id, answer));
                }
            }
        }
    }

    /// Leaving a date's three boxes (not the day box for the month box).
    fn focus_out(self, ev: web_sys::FocusEvent) {
        let fieldset = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| {
                t.closest(&format!("fieldset[{DATE_ATTRIBUTE}]"))
                    .ok()
                    .flatten()
            });
        let Some(fieldset) = fieldset else { return };
        let next = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if next.is_some_and(|next| fieldset.contains(Some(&next))) {
            return;
        }
        let Some(question) = fieldset
            .get_attribute(DATE_ATTRIBUTE)
            .and_then(|id| question_by_id(&id))
        else {
            return;
        };
        let id = question.id;
        // With the answers as they were when it was left: an edit made
        // before the engine hears of it is not taken as meant.
        let now = self.answers.get_untracked();
        // Left by pressing the mouse on something: its error (which can
        // push what was pressed down the page) waits until the press has
        // ended and its click has been taken, or a "Show where I stand"
        // pressed as a date's error appeared did nothing (found in a
        // walkthrough). A tap, or the keyboard, leaves it at once.
        if self.press.pressed.get_value() {
            self.press
                .waiting
                .update_value(|waiting| waiting.push((id, now)));
            // A press whose end the page never hears of (released outside
            // the window) holds it back a moment at most.
            set_timeout(move || self.after_press(), PRESS_AT_MOST);
            return;
        }
        self.leave(id, now);
    }

    fn leave(self, id: &'static str, answers_then: Answers) {
        self.touched.update(|list| {
            if !list.contains(&id) {
                list.push(id)
            }
        });
        self.editing.update(|list| list.retain(|q| *q != id));
        self.dates_left.update(|(times, left)| {
            *times += 1;
            *left = answers_then;
        });
    }

    /// The dates left by a press, once it has ended.
    fn after_press(self) {
        self.press.pressed.set_value(false);
        let waiting = self
            .press
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for (id, answers_then) in waiting {
            self.leave(id, answers_then);
        }
    }

    /// Splits a whole date typed in one of a date's boxes (`part`), most
    /// often the day's, but also the month's or the year's (found in a
    /// walkthrough: "07/01/2026" in the month box was refused as a date
    /// without a day and year). `pasted`: it arrived all at once, and focus
    /// moves on to the year; typed, it is split when the user leaves the
    /// box, and focus goes where they went.
    fn split(
        self,
        question: &'static Question,
        typed_in: &HtmlInputElement,
        part: DatePart,
        pasted: bool,
    ) -> bool {
        let id = question.id;
        match read_day_box(&typed_in.value()) {
            DayBox::Split { day, month, year } => {
                say(id, Some(split_note(&day, &month, &year, pasted)));
                let mut answer = self.answer(id);
                (answer.day, answer.month, answer.year) = (day, month, year);
                typed_in.set_value(answer.part(part));
                self.set_answer(id, answer);
                if pasted {
                    request_animation_frame(move || {
                        if let Some(year) = input(&format!("{id}-year")) {
                            let _ = year.focus();
                        }
                        // The boxes can be at the screen's foot (a phone):
                        // what the page says about the split, just below
                        // them, comes into view too (found in a walkthrough).
                        if let Some(note) = element(&format!("{id}-split")) {
                            super::bring_up_to_screen_foot(&note, 10.0);
                        }
                    });
                }
                true
            }
            // How to type a date is said from the day box alone: in the
            // month's or the year's, the box's own error says what is wrong.
            DayBox::Unclear if part == DatePart::Day => {
                say(id, Some(SPLIT_UNCLEAR.to_string()));
                false
            }
            DayBox::Unclear | DayBox::Day => false,
        }
    }
}

/// What the page says about splitting a date, in the date's polite live
/// region; said again only when it changes.
fn say(id: &str, note: Option<String>) {
    let Some(region) = element(&format!("{id}-split")) else {
        return;
    };
    let now = region.text_content().unwrap_or_default();
    if now != note.as_deref().unwrap_or_default() {
        region.set_inner_html(&note.map(|n| split_note_html(&n)).unwrap_or_default());
    }
}

/// A summary of what the user has told us, each with a link back to change
/// it. `flagged`: the questions whose error the page shows now.
#[component]
pub fn CheckAnswers(
    answers: RwSignal<Answers>,
    #[prop(into)] flagged: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let shown = Memo::new(move |_| {
        answers.with(|answers| {
            flagged.with(|flagged| check_answers_html(&answer_rows(answers, flagged)))
        })
    });
    view! { <WrittenHtml html=shown /> }
}
