//! The widget's side of embedding: the accent colour, the height messages to
//! the host page, and the embedder's page that builds the snippet.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::councils;
use crate::core::embed::{check_accent, height_message, snippet, EmbedOptions, ALLOW, SANDBOX};

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

split_point! {
    builder,
    /// Fetches the builder's chunk and returns the function that draws it.
    pub fn load_builder() -> Result<fn() -> AnyView, leptos::wasm_split::SplitLoaderError> {
        Ok(|| view! { <EmbedBuilder /> }.into_any())
    }
}

/// The page where a charity or council builds its snippet and previews the
/// widget. It speaks to the embedder, not to a family.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let council = RwSignal::new(String::new());
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
    let council_options = councils::all()
        .iter()
        .map(|c| {
            let text = if c.name == c.short_name {
                c.name.clone()
            } else {
                format!("{} ({})", c.short_name, c.name)
            };
            view! { <option value=c.id.clone()>{text}</option> }
        })
        .collect_view();
    let site_example = "https://www.your-charity.org.uk";
    view! {
        <div class="width-container">
            <main id="main" tabindex="-1" class="builder">
                <h1>"Put Complaint Navigator on your website"</h1>
                <p class="lead">"Families can then check their complaint on your own page. Choose how the widget starts, check the preview, then copy the code into your page. The widget grows and shrinks to fit."</p>
                <form novalidate on:submit=|ev| ev.prevent_default()>
                    <div class="form-group">
                        <label class="label" for="council">"Which council should the widget start with?"</label>
                        <p class="hint" id="council-hint">"Leave it on \u{201c}None\u{201d} if the families you help live in different places: each of them then chooses their own council."</p>
                        <select class="select" id="council" aria-describedby="council-hint"
                            on:change=move |ev| council.set(event_target_value(&ev))>
                            <option value="">"None: each family chooses their council"</option>
                            {council_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <div class="checkbox">
                            <input type="checkbox" id="lock-council" class="checkbox-input" aria-describedby="lock-hint"
                                prop:checked=move || lock.get()
                                on:change=move |ev| lock.set(event_target_checked(&ev)) />
                            <label class="label checkbox-label" for="lock-council">"Do not let families change the council"</label>
                        </div>
                        <p class="hint" id="lock-hint">"Only when you chose a council. Families from another council are offered a link to the full Complaint Navigator."</p>
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
                <label class="label" for="snippet">"Copy all of this into your page where the widget should appear"</label>
                <textarea class="textarea" id="snippet" readonly rows="8" prop:value=move || code.get()></textarea>
                <button type="button" class="button" id="copy-snippet" on:click=copy>"Copy the code"</button>
                <p aria-live="polite" class="hint" id="copy-status">{move || copied.get()}</p>

                <h2 id="how-heading">"How to put it on your page"</h2>
                <ol class="steps">
                    <li>"Copy the code above, all of it, and change nothing: each part is needed for buttons, downloads and printing to work inside your page."</li>
                    <li>"Paste it into your page where the widget should appear. In most website builders (WordPress, Squarespace, Wix and others) use a block called \u{201c}Custom HTML\u{201d}, \u{201c}HTML\u{201d} or \u{201c}Embed\u{201d}."</li>
                    <li>
                        <p>"Ask the people who run this Complaint Navigator, at " <strong>{origin.clone()}</strong> ", to let your website show it. Browsers show it inside another website only if its own server names that website, so until they add yours the widget stays blank on your page. Send them your website\u{2019}s address (for example " {site_example} ") and ask them to add it to the " <code>"frame-ancestors"</code> " list in the " <code>"Content-Security-Policy"</code> " header they send, like this:"</p>
                        <p><code class="code-block">{format!("Content-Security-Policy: frame-ancestors 'self' {site_example}")}</code></p>
                    </li>
                    <li>"Most websites need no other change. If your own website sends a " <code>"Content-Security-Policy"</code> " header, add " <strong>{origin.clone()}</strong> " to its " <code>"frame-src"</code> " (for the widget) and " <code>"script-src"</code> " (for the small script that sizes it)."</li>
                    <li>"Open your page on a phone and on a computer. Check that the widget shows, that it grows when you enter a date, and that the red \u{201c}Exit this page\u{201d} button stays in the corner while you scroll."</li>
                </ol>

                <h2 id="what-heading">"What the widget does on your page"</h2>
                <ul class="list">
                    <li>"The small script in the code makes the frame as tall as the widget, so there is never a second scroll bar inside your page."</li>
                    <li>"It puts one red \u{201c}Exit this page\u{201d} button in the bottom right corner of your page, in view at every point of the page. It and Shift pressed 3 times both replace your page with a weather website at once, for a family who needs to hide what they are reading. If your page has its own quick exit, add " <code>"data-exit=\"frame-only\""</code> " to the " <code>"iframe"</code> ": only the widget\u{2019}s own button then stays, at the top of the widget."</li>
                    <li>"Nothing a family types is sent to you, to us or to anyone: it is all worked out in their browser. Cases a family saves in the widget stay in that browser, kept apart for your website."</li>
                </ul>

                <h2>"Preview"</h2>
                <p class="hint">"The widget as your page will show it, with the same settings. The \u{201c}Exit this page\u{201d} button for the corner of your page is not shown here."</p>
                <iframe class="preview" id="preview" title="Preview of the Complaint Navigator widget"
                    sandbox=SANDBOX allow=ALLOW src=move || preview_src.get()></iframe>
            </main>
        </div>
    }
}
