//! The widget's side of embedding: the accent colour, the height messages to
//! the host page, and the embedder's page that builds the snippet.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::councils;
use crate::core::embed::{
    check_accent, height_message, snippet, EmbedOptions, ALLOW, PREVIEW_FRAME_NAME, SANDBOX,
};
use crate::text::en::ui_embed as text;

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

/// Fetches the builder's code and returns the function that draws it. It
/// travels in the keeping chunk: a chunk of its own would split the code it
/// shares with the questions into more, smaller files, which every family's
/// questions would then fetch one by one.
pub async fn load_builder() -> Result<fn() -> AnyView, leptos::wasm_split::SplitLoaderError> {
    crate::ui::keep::load_keep()
        .await
        .map(|parts| parts.builder)
}

/// The page where a charity or council builds its snippet and previews the
/// widget. It speaks to the embedder, not to a family.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let council = RwSignal::new(String::new());
    let lock = RwSignal::new(false);
    let accent_text = RwSignal::new(String::new());
    let accent = Memo::new(move |_| {
        let typed = accent_text.get();
        if typed.trim().is_empty() {
            Ok(None)
        } else {
            check_accent(&typed).map(Some)
        }
    });
    let origin = window().location().origin().unwrap_or_default();
    let options = Memo::new(move |_| EmbedOptions {
        embed: true,
        council: councils::find(&council.get()).map(|c| c.id.clone()),
        lock_council: lock.get(),
        accent: accent.get().ok().flatten(),
        ..EmbedOptions::default()
    });
    let code = {
        let origin = origin.clone();
        Memo::new(move |_| snippet(&origin, &options.get()))
    };
    // The preview is the snippet's own frame: same address, same sandbox.
    let preview_src = Memo::new(move |_| {
        let code = code.get();
        code.split("src=\"")
            .nth(1)
            .and_then(|rest| rest.split("\"").next())
            .unwrap_or("/?embed")
            .to_string()
    });
    let copied = RwSignal::new(String::new());
    // "Copied." is about the code as it was: a change to it clears that.
    Effect::new(move |_| {
        code.track();
        copied.set(String::new());
    });
    let copy = move |_| {
        super::device::copy_text(
            &code.get_untracked(),
            copied,
            text::CODE_COPIED,
            text::CODE_NOT_COPIED,
        );
    };
    let council_options = councils::all()
        .iter()
        .map(|c| {
            let shown = if c.name == c.short_name {
                c.name.clone()
            } else {
                format!("{} ({})", c.short_name, c.name)
            };
            view! { <option value=c.id.clone()>{shown}</option> }
        })
        .collect_view();
    let site_example = text::EXAMPLE_SITE;
    view! {
        <div class="width-container">
            <main id="main" tabindex="-1" class="builder">
                <h1>{text::HEADING}</h1>
                <p class="lead">{text::LEAD}</p>
                <form novalidate on:submit=|ev| ev.prevent_default()>
                    <div class="form-group">
                        <label class="label" for="council">{text::COUNCIL_QUESTION}</label>
                        <p class="hint" id="council-hint">{text::COUNCIL_HINT}</p>
                        <select class="select" id="council" aria-describedby="council-hint"
                            on:change=move |ev| council.set(event_target_value(&ev))>
                            <option value="">{text::NO_COUNCIL}</option>
                            {council_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <div class="checkbox">
                            <input type="checkbox" id="lock-council" class="checkbox-input" aria-describedby="lock-hint"
                                prop:checked=move || lock.get()
                                on:change=move |ev| lock.set(event_target_checked(&ev)) />
                            <label class="label checkbox-label" for="lock-council">{text::LOCK_COUNCIL}</label>
                        </div>
                        <p class="hint" id="lock-hint">{text::LOCK_HINT}</p>
                    </div>
                    <div class="form-group" class:form-group-error=move || accent.get().is_err()>
                        <label class="label" for="accent">{text::ACCENT}</label>
                        <p class="hint" id="accent-hint">{text::ACCENT_HINT}</p>
                        {move || accent.get().err().map(|e| view! { <p class="error-message" id="accent-error"><span class="visually-hidden">{text::ERROR_PREFIX}</span>{crate::core::dates::capitalise(&e)}</p> })}
                        <input class="input width-10" id="accent" type="text" autocomplete="off" spellcheck="false"
                            aria-describedby="accent-hint"
                            prop:value=move || accent_text.get()
                            on:input=move |ev| accent_text.set(event_target_value(&ev)) />
                    </div>
                </form>
                <h2>{text::CODE_HEADING}</h2>
                <label class="label" for="snippet">{text::CODE_LABEL}</label>
                <textarea class="textarea" id="snippet" readonly rows="8" prop:value=move || code.get()></textarea>
                <button type="button" class="button" id="copy-snippet" on:click=copy>{text::COPY_CODE}</button>
                <p aria-live="polite" class="hint" id="copy-status">{move || copied.get()}</p>

                <h2 id="how-heading">{text::HOW_HEADING}</h2>
                <ol class="steps">
                    <li>{text::HOW_COPY}</li>
                    <li>{text::HOW_PASTE}</li>
                    <li>
                        <p>{text::HOW_ASK[0]} <strong>{origin.clone()}</strong> {text::HOW_ASK[1]} {site_example} {text::HOW_ASK[2]} <code>"frame-ancestors"</code> {text::HOW_ASK[3]} <code>"Content-Security-Policy"</code> {text::HOW_ASK[4]}</p>
                        <p><code class="code-block">{text::frame_ancestors_example(site_example)}</code></p>
                    </li>
                    <li>{text::HOW_OWN_POLICY[0]} <code>"Content-Security-Policy"</code> {text::HOW_OWN_POLICY[1]} <strong>{origin.clone()}</strong> {text::HOW_OWN_POLICY[2]} <code>"frame-src"</code> {text::HOW_OWN_POLICY[3]} <code>"script-src"</code> {text::HOW_OWN_POLICY[4]}</li>
                    <li>{text::HOW_CHECK}</li>
                </ol>

                <h2 id="what-heading">{text::WHAT_HEADING}</h2>
                <ul class="list">
                    <li>{text::WHAT_HEIGHT}</li>
                    <li>{text::WHAT_EXIT[0]} <code>"data-exit=\"frame-only\""</code> {text::WHAT_EXIT[1]} <code>"iframe"</code> {text::WHAT_EXIT[2]}</li>
                    <li>{text::WHAT_PRIVATE}</li>
                </ul>

                <h2>{text::PREVIEW_HEADING}</h2>
                <p class="hint" id="preview-hint">{text::PREVIEW_HINT}</p>
                <iframe class="preview" id="preview" name=PREVIEW_FRAME_NAME title=text::PREVIEW_TITLE
                    sandbox=SANDBOX allow=ALLOW src=move || preview_src.get()></iframe>
            </main>
        </div>
    }
}
