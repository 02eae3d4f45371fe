//! Quick exit (a button, or Shift pressed three times) and printing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::text::en::ui_page as text;

/// Where "Exit this page" goes: an ordinary, neutral site.
pub const NEUTRAL_PAGE: &str = "https://www.bbc.co.uk/weather";

thread_local! {
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True once "Exit this page" was used: nothing may hold the page back then
/// (no "leave this page?" prompt), whatever is unsaved.
pub fn leaving() -> bool {
    LEAVING.with(std::cell::Cell::get)
}

/// Leaves at once: blanks this page, then replaces it in the tab's history
/// (so Back does not return here, as far as browsers allow).
pub fn exit_now() {
    LEAVING.with(|leaving| leaving.set(true));
    // Inside another site's frame, leave the whole tab, not just the frame.
    if let Ok(Some(top)) = window().top() {
        if !js_sys::Object::is(&top, &window()) && top.location().replace(NEUTRAL_PAGE).is_ok() {
            return;
        }
    }
    let document = document();
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    document.set_title(text::EXIT_PAGE_TITLE);
    let _ = window().location().replace(NEUTRAL_PAGE);
}

/// "Exit this page": always visible at the top, and on Shift pressed three times.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    // Three Shift presses in a row within about a second and a half. Any other
    // key starts the count again, so typing capital letters never triggers it.
    let presses = StoredValue::new(Vec::<f64>::new());
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" {
            presses.update_value(|list| list.clear());
            return;
        }
        if ev.repeat() {
            return;
        }
        let now = ev.time_stamp();
        let three = presses.try_update_value(|list| {
            list.retain(|t| now - *t < 1500.0);
            list.push(now);
            list.len() >= 3
        });
        if three == Some(true) {
            exit_now();
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="exit-this-page">
            <button type="button" class="button button-warning" id="exit-this-page" on:click=move |_| exit_now()>
                <span class="visually-hidden">{text::EXIT_EMERGENCY}</span>{text::EXIT_THIS_PAGE}
            </button>
            <p class="exit-hint">{text::EXIT_HINT}</p>
        </div>
    }
}

#[component]
pub fn StayingSafe() -> impl IntoView {
    view! {
        <details class="details no-print">
            <summary>{text::STAYING_SAFE}</summary>
            <div class="details-text">
                <p>{text::STAYING_SAFE_HISTORY}</p>
                <p>{text::STAYING_SAFE_PRIVATE}</p>
            </div>
        </details>
    }
}

/// While printing (from our button or the browser's own menu), every
/// "How we worked this out" is open, so the summary is complete; the ones that
/// were closed close again afterwards.
pub fn open_workings_when_printing() {
    let opened = StoredValue::new(Vec::<web_sys::Element>::new());
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let Ok(closed) = document().query_selector_all(".results details:not([open])") else {
            return;
        };
        let mut list = Vec::new();
        for index in 0..closed.length() {
            if let Some(details) = closed
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = details.set_attribute("open", "");
                list.push(details);
            }
        }
        opened.set_value(list);
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        for details in opened.get_value() {
            let _ = details.remove_attribute("open");
        }
        opened.set_value(Vec::new());
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

#[component]
pub fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class="button button-secondary no-print" id="print-summary" on:click=move |_| {
            let _ = window().print();
        }>
            {crate::text::en::ui_keep::PRINT}
        </button>
    }
}
