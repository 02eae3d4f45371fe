//! Quick exit (a button, or Shift pressed three times) and printing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where "Exit this page" goes: an ordinary, neutral site.
pub const NEUTRAL_PAGE: &str = "https://www.bbc.co.uk/weather";

/// Leaves at once: blanks this page, then replaces it in the tab's history
/// (so Back does not return here, as far as browsers allow).
pub fn exit_now() {
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
    document.set_title("Weather");
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
                <span class="visually-hidden">"Emergency: "</span>"Exit this page"
            </button>
            <p class="exit-hint">"Or press Shift 3 times"</p>
        </div>
    }
}

#[component]
pub fn StayingSafe() -> impl IntoView {
    view! {
        <details class="details no-print">
            <summary>"Staying safe online"</summary>
            <div class="details-text">
                <p>"If someone else uses this device, they may be able to see which pages you have visited. \"Exit this page\" takes you to a weather website straight away, but it cannot remove this page from everywhere."</p>
                <p>"To be safer, use a private or incognito window, and clear your browsing history afterwards. A library or a trusted friend's device may be safer than a shared one."</p>
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
            "Print or save as PDF"
        </button>
    }
}
