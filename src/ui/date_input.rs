//! The GOV.UK date pattern (day, month and year text boxes, numeric keypad,
//! no auto-tab) and a yes/no radio pair. A whole date pasted or typed into the
//! day box ("19/12/2025") is split across the three boxes, and the page says
//! so; what is typed digit by digit is never changed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dates::{read_day_box, split_note, DatePart, DayBox, SPLIT_UNCLEAR};
use crate::core::form::{Answer, FieldError};
use crate::text::en::ui_questions as text;

/// One date, as three text boxes. What was typed is kept as typed, even when wrong.
#[component]
pub fn DateInput(
    /// Stem of the input ids: `{id}-day`, `{id}-month`, `{id}-year`.
    id: &'static str,
    #[prop(into)] legend: String,
    #[prop(into)] hint: String,
    #[prop(into)] value: Signal<Answer>,
    /// Called with the whole answer whenever any box changes.
    on_change: Callback<Answer>,
    /// Called when focus leaves the three boxes.
    #[prop(optional)]
    on_leave: Option<Callback<()>>,
    #[prop(into)] error: Signal<Option<FieldError>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let part_has_error = move |part: DatePart| {
        error
            .get()
            .is_some_and(|e| e.part == part || e.part == DatePart::All)
    };
    let update = move |part: DatePart, text: String| {
        let mut answer = value.get_untracked();
        match part {
            DatePart::Day => answer.day = text,
            DatePart::Month => answer.month = text,
            DatePart::Year | DatePart::All => answer.year = text,
        }
        on_change.run(answer);
    };
    // What the page last said about splitting a date (a polite live region).
    let note = RwSignal::new(None::<String>);
    let say = move |text: Option<String>| {
        if note.with_untracked(|n| *n != text) {
            note.set(text);
        }
    };
    // Splits a whole date in the day box. `pasted`: it arrived all at once,
    // and focus moves on to the year; typed, it is split when the user
    // leaves the box, and focus goes where they went.
    let split = move |day_box: web_sys::HtmlInputElement, pasted: bool| match read_day_box(
        &day_box.value(),
    ) {
        DayBox::Split { day, month, year } => {
            say(Some(split_note(&day, &month, &year, pasted)));
            day_box.set_value(&day);
            let mut answer = value.get_untracked();
            (answer.day, answer.month, answer.year) = (day, month, year);
            on_change.run(answer);
            if pasted {
                let year_id = format!("{id}-year");
                request_animation_frame(move || {
                    if let Some(year) = document()
                        .get_element_by_id(&year_id)
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = year.focus();
                    }
                });
            }
            true
        }
        DayBox::Unclear => {
            say(Some(SPLIT_UNCLEAR.to_string()));
            false
        }
        DayBox::Day => false,
    };
    let input = move |part: DatePart, ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if part == DatePart::Day {
            // A paste, a drop, autofill or dictation: more than one letter at once.
            let before = value.with_untracked(|a| a.day.chars().count());
            let kind = js_sys::Reflect::get(&ev, &"inputType".into())
                .ok()
                .and_then(|k| k.as_string())
                .unwrap_or_default();
            let at_once = kind.starts_with("insertFrom") || text.chars().count() > before + 1;
            if at_once && split(event_target(&ev), true) {
                return;
            }
        }
        // What was said about an earlier split no longer applies; how to
        // fix an unclear one does, until the day box holds only a day.
        let day = match part {
            DatePart::Day => text.clone(),
            _ => value.with_untracked(|a| a.day.clone()),
        };
        if read_day_box(&day) != DayBox::Unclear {
            say(None);
        }
        update(part, text);
    };
    let focus_out = move |ev: leptos::ev::FocusEvent| {
        // Leaving the day box for the month box is not leaving the date.
        let group = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let next = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = matches!((&group, &next), (Some(g), Some(n)) if g.contains(Some(n)));
        if !inside {
            if let Some(callback) = on_leave {
                callback.run(());
            }
        }
    };
    let field =
        move |part: DatePart, label: &'static str, suffix: &'static str, width: &'static str| {
            let input_id = format!("{id}-{suffix}");
            let class = move || {
                if part_has_error(part) {
                    format!("input {width} input-error")
                } else {
                    format!("input {width}")
                }
            };
            view! {
                <div class="date-item">
                    <label class="label date-label" for=input_id.clone()>{label}</label>
                    <input
                        class=class
                        id=input_id.clone()
                        name=input_id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        aria-invalid=move || if part_has_error(part) { "true" } else { "false" }
                        prop:value=move || {
                            let answer = value.get();
                            match part {
                                DatePart::Day => answer.day,
                                DatePart::Month => answer.month,
                                _ => answer.year,
                            }
                        }
                        on:input=move |ev| input(part, ev)
                        on:change=move |ev| {
                            if part == DatePart::Day {
                                split(event_target(&ev), false);
                            }
                        }
                    />
                </div>
            }
        };
    let group_class = move || {
        if error.get().is_some() {
            "form-group form-group-error"
        } else {
            "form-group"
        }
    };
    view! {
        <div class=group_class>
            <fieldset class="fieldset" role="group" aria-describedby=described_by on:focusout=focus_out>
                <legend class="legend">{legend}</legend>
                <p class="hint" id=hint_id>{hint}</p>
                {move || error.get().map(|e| view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">{text::ERROR_PREFIX}</span>{e.message}
                    </p>
                })}
                <div class="date-input">
                    {field(DatePart::Day, text::DAY, "day", "width-2")}
                    {field(DatePart::Month, text::MONTH, "month", "width-3")}
                    {field(DatePart::Year, text::YEAR, "year", "width-4")}
                </div>
                <div id=format!("{id}-split") aria-live="polite">
                    {move || note.get().map(|text| view! { <p class="hint date-split">{text}</p> })}
                </div>
            </fieldset>
        </div>
    }
}

/// A yes/no question as two radio buttons.
#[component]
pub fn YesNo(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(into)] hint: String,
    #[prop(into)] value: Signal<Option<bool>>,
    on_change: Callback<bool>,
) -> impl IntoView {
    // Without a hint of its own (the yes before a date, whose date has
    // the hint and its id), none: one id, and nothing empty read out.
    let hint = (!hint.is_empty()).then(|| (format!("{id}-hint"), hint));
    let described_by = hint.as_ref().map(|(hint_id, _)| hint_id.clone());
    let radio = move |answer: bool| {
        let input_id = if answer {
            format!("{id}-yes")
        } else {
            format!("{id}-no")
        };
        view! {
            <div class="radio">
                <input
                    class="radio-input"
                    type="radio"
                    id=input_id.clone()
                    name=id
                    prop:checked=move || value.get() == Some(answer)
                    on:change=move |_| on_change.run(answer)
                />
                <label class="label radio-label" for=input_id>{text::yes_no(answer)}</label>
            </div>
        }
    };
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="legend">{question}</legend>
                {hint.map(|(hint_id, hint)| view! { <p class="hint" id=hint_id>{hint}</p> })}
                <div class="radios-inline">
                    {radio(true)}
                    {radio(false)}
                </div>
            </fieldset>
        </div>
    }
}
