//! The widget's side of embedding: the accent colour, the height messages to
//! the host page, and the embedder's page that builds the snippet.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::council_picker::{CouncilChoice, CouncilPicker};
use crate::core::embed::{check_accent, height_message, snippet, EmbedOptions};

/// Applies a validated accent colour through the CSSOM (allowed by the CSP,
/// unlike inline styles). Only colours that passed `check_accent` arrive here.
pub fn apply_accent(accent: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let style = root.style();
        let _ = style.set_property("--button", accent);
        let _ = style.set_property("--focus-outline", accent);
    }
}

/// True when this page runs inside another page's frame.
pub fn in_frame() -> bool {
    let me = window();
    match me.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &me),
        _ => false,
    }
}

/// True when the frame is sandboxed without `allow-same-origin` (its origin is opaque).
pub fn opaque_origin() -> bool {
    window().origin() == "null"
}

/// Tells the host page our content height whenever it changes by 2 px or
/// more: at most one message per animation frame, whole pixels rounded up,
/// measured on the content wrapper (never the viewport). No case data is sent.
pub fn start_height_reporter(wrapper_id: &'static str) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let last = Rc::new(Cell::new(-10.0f64));
    let pending = Rc::new(Cell::new(false));
    let send = {
        let (last, pending) = (last.clone(), pending.clone());
        move || {
            pending.set(false);
            let Some(wrapper) = document().get_element_by_id(wrapper_id) else {
                return;
            };
            let height = wrapper.get_bounding_client_rect().height();
            if (height - last.get()).abs() < 2.0 {
                return;
            }
            last.set(height);
            let _ = parent.post_message(&JsValue::from_str(&height_message(height)), "*");
        }
    };
    let send = Rc::new(send);
    let schedule = {
        let send = send.clone();
        move || {
            if pending.replace(true) {
                return;
            }
            let send = send.clone();
            request_animation_frame(move || send());
        }
    };
    let observer_callback = Closure::<dyn FnMut()>::new(schedule.clone());
    let Ok(observer) = web_sys::ResizeObserver::new(observer_callback.as_ref().unchecked_ref())
    else {
        return;
    };
    observer_callback.forget(); // lives as long as the page
    if let Some(wrapper) = document().get_element_by_id(wrapper_id) {
        observer.observe(&wrapper);
    }
    // Keep the observer for the page's lifetime, so it is never collected.
    std::mem::forget(observer);
    schedule();
}

/// Fetches the builder's chunk and returns the function that draws it.
#[leptos::wasm_split::wasm_split(builder, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load_builder() -> Result<fn() -> AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(|| view! { <EmbedBuilder /> }.into_any())
}

/// The page where a charity or council builds its snippet and previews the widget.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let choice = RwSignal::new(None::<CouncilChoice>);
    let lock = RwSignal::new(false);
    let accent_text = RwSignal::new(String::new());
    let accent = Memo::new(move |_| {
        let text = accent_text.get();
        if text.trim().is_empty() {
            Ok(None)
        } else {
            check_accent(&text).map(Some)
        }
    });
    let origin = window().location().origin().unwrap_or_default();
    let options = Memo::new(move |_| EmbedOptions {
        embed: true,
        council: choice.get().and_then(|c| c.council_id()),
        lock_council: lock.get(),
        accent: accent.get().ok().flatten(),
        ..EmbedOptions::default()
    });
    let code = {
        let origin = origin.clone();
        Memo::new(move |_| snippet(&origin, &options.get()))
    };
    let preview_src = Memo::new(move |_| {
        let code = code.get();
        code.split("src=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or("/?embed")
            .to_string()
    });
    let copied = RwSignal::new(String::new());
    let copy = move |_| {
        super::device::copy_text(
            &code.get_untracked(),
            copied,
            "Copied.",
            "Could not copy: select the code and copy it yourself.",
        );
    };
    view! {
        <div class="width-container">
            <main id="main" tabindex="-1">
                <h1>"Put Complaint Navigator on your website"</h1>
                <p class="lead">"Choose a council and a colour, check the preview, then copy the code into your page. The widget resizes itself to fit."</p>
                <form novalidate on:submit=|ev| ev.prevent_default()>
                    <CouncilPicker choice=choice />
                    <div class="form-group">
                        <div class="checkbox">
                            <input type="checkbox" id="lock-council" class="checkbox-input"
                                prop:checked=move || lock.get()
                                on:change=move |ev| lock.set(event_target_checked(&ev)) />
                            <label class="label checkbox-label" for="lock-council">"Do not let visitors change the council"</label>
                        </div>
                    </div>
                    <div class="form-group" class:form-group-error=move || accent.get().is_err()>
                        <label class="label" for="accent">"Colour for buttons and focus (optional)"</label>
                        <p class="hint" id="accent-hint">"A hex colour like #1d4f91. It must be dark enough for white text (contrast at least 4.5:1)."</p>
                        {move || accent.get().err().map(|e| view! { <p class="error-message" id="accent-error"><span class="visually-hidden">"Error: "</span>{e}</p> })}
                        <input class="input width-10" id="accent" type="text" autocomplete="off" spellcheck="false"
                            aria-describedby="accent-hint"
                            prop:value=move || accent_text.get()
                            on:input=move |ev| accent_text.set(event_target_value(&ev)) />
                    </div>
                </form>
                <h2>"Your code"</h2>
                <label class="label" for="snippet">"Copy this into your page where the widget should appear"</label>
                <textarea class="textarea" id="snippet" readonly rows="6" prop:value=move || code.get()></textarea>
                <button type="button" class="button" on:click=copy>"Copy the code"</button>
                <p aria-live="polite" class="hint">{move || copied.get()}</p>
                <p>"Your website must allow our site in a frame. The page the widget comes from must be served with a header such as "
                    <code>"Content-Security-Policy: frame-ancestors https://your-site.example"</code>
                    ". See the README for details."</p>
                <h2>"Preview"</h2>
                <iframe class="preview" title="Preview of the Complaint Navigator widget" src=move || preview_src.get()></iframe>
            </main>
        </div>
    }
}
