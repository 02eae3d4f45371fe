//! Choosing a council: a search box filtering a short list of buttons, which
//! work with every keyboard and screen reader, unlike most comboboxes. Enter
//! (a phone's "Go") in the box picks the only match; the arrow keys move
//! through the list, as in GOV.UK's accessible autocomplete, and Enter picks
//! the one reached. Enter never submits the form around it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::councils;
use crate::text::en::ui_page as text;

const SHOWN_AT_ONCE: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CouncilChoice {
    Council(String),
    /// "I don't know my council": use the timescales set by law.
    Statutory,
}

impl CouncilChoice {
    pub fn council_id(&self) -> Option<String> {
        match self {
            CouncilChoice::Council(id) => Some(id.clone()),
            CouncilChoice::Statutory => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            CouncilChoice::Council(id) => councils::find(id)
                .map(|c| c.name.clone())
                .unwrap_or_else(|| id.clone()),
            CouncilChoice::Statutory => text::STATUTORY_CHOICE.to_string(),
        }
    }
}

#[component]
pub fn CouncilPicker(
    choice: RwSignal<Option<CouncilChoice>>,
    /// The host page fixed the council: no "Change council".
    #[prop(optional)]
    locked: bool,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // When the council is cleared (a new case, or changing council), the
    // search starts afresh rather than showing the last one.
    Effect::new(move |was_chosen: Option<bool>| {
        let chosen = choice.with(Option::is_some);
        if was_chosen == Some(true) && !chosen {
            query.set(String::new());
        }
        chosen
    });
    // Enter was pressed while several councils matched and none by its exact name.
    let asked = RwSignal::new(false);
    let matches = Memo::new(move |_| {
        let query = query.get();
        if query.trim().is_empty() {
            return Vec::new();
        }
        councils::search(&query)
            .into_iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect::<Vec<_>>()
    });
    let count_text = move || {
        let total = matches.get().len();
        if query.get().trim().is_empty() {
            return String::new();
        }
        // `asked` is tracked only while several match: the live region is
        // not rewritten when it changes with one match or none.
        let asked = total > 1 && asked.get();
        text::councils_match(total, asked, SHOWN_AT_ONCE)
    };
    let choose = move |picked: CouncilChoice| {
        choice.set(Some(picked));
        super::focus_by_id("council-chosen");
    };
    let search_keys = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            match councils::enter_choice(&query.get_untracked()) {
                Some(council) => choose(CouncilChoice::Council(council.id.clone())),
                None => asked.set(true),
            }
        }
        "ArrowDown" => {
            if let Some((id, _)) = matches.with_untracked(|m| m.first().cloned()) {
                ev.prevent_default();
                focus_now(&format!("council-{id}"));
            }
        }
        _ => {}
    };
    // Up and down the list; up from the first, or Escape, back to the box;
    // down from the last stays there.
    let option_keys = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let item = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|button| button.parent_element());
        let next = match key.as_str() {
            "ArrowDown" => item.and_then(|li| li.next_element_sibling()),
            "ArrowUp" => item.and_then(|li| li.previous_element_sibling()),
            "Escape" => None,
            _ => return,
        };
        ev.prevent_default();
        match next.and_then(|li| li.first_element_child()) {
            Some(button) => focus(button),
            None if key != "ArrowDown" => focus_now("council-search"),
            None => {}
        }
    };

    view! {
        <section class="question-block" aria-labelledby="council-heading">
            <h2 id="council-heading">{text::COUNCIL_HEADING}</h2>
            {move || match choice.get() {
                Some(picked) => view! {
                    <div class="chosen" id="council-chosen" tabindex="-1">
                        <p>{text::YOUR_COUNCIL}<strong>{picked.describe()}</strong></p>
                        {(!locked).then(|| view! {
                            <button type="button" class="link-button" on:click=move |_| {
                                choice.set(None);
                                super::focus_by_id("council-search");
                            }>{text::CHANGE_COUNCIL}</button>
                        })}
                    </div>
                }.into_any(),
                None => view! {
                    <div class="field">
                        <label class="label" for="council-search">{text::COUNCIL_QUESTION}</label>
                        <p class="hint" id="council-search-hint">{text::COUNCIL_HINT}</p>
                        <input
                            class="input"
                            id="council-search"
                            type="text"
                            autocomplete="off"
                            spellcheck="false"
                            aria-describedby="council-search-hint council-count"
                            prop:value=move || query.get()
                            on:input=move |ev| {
                                asked.set(false);
                                query.set(event_target_value(&ev));
                            }
                            on:keydown=search_keys
                        />
                        <p class="hint" id="council-count" aria-live="polite">{count_text}</p>
                        <Show when=move || !matches.get().is_empty()>
                            <fieldset class="fieldset">
                                <legend class="visually-hidden">{text::CHOOSE_COUNCIL}</legend>
                                <ul class="council-options" on:keydown=option_keys>
                                    {move || matches.get().into_iter().take(SHOWN_AT_ONCE).map(|(id, name)| {
                                        let input_id = format!("council-{id}");
                                        let picked = CouncilChoice::Council(id.clone());
                                        view! {
                                            <li>
                                                <button type="button" class="option-button" id=input_id
                                                    on:click=move |_| choose(picked.clone())>{name}</button>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </fieldset>
                        </Show>
                        <details class="details">
                            <summary>{text::DONT_KNOW_COUNCIL}</summary>
                            <div class="details-text">
                                <p>{text::WHICH_COUNCIL}</p>
                                <p>{text::CARRY_ON_WITHOUT_COUNCIL}</p>
                                <button type="button" class="button button-secondary" on:click=move |_| choose(CouncilChoice::Statutory)>
                                    {text::USE_STATUTORY}
                                </button>
                            </div>
                        </details>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// Moves focus now (the element is already on the page).
fn focus_now(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        focus(element);
    }
}

fn focus(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
