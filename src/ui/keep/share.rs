//! A link to these answers, made only when asked.

use super::*;

/// A link to these answers, made only when asked. The answers go after the
/// `#`, which browsers never send to a website.
#[component]
pub(super) fn ShareLink(
    /// The case the questions describe now (the keep panel's).
    case_now: Memo<Option<Case>>,
) -> impl IntoView {
    // A link belongs to the answers it was made from: it goes when they
    // change, so nobody sends one family's link to another (core::keeping).
    let keeping = expect_context::<Keeping>();
    let link = Memo::new(move |_| {
        case_now.with(|now| {
            keeping
                .session
                .with(|session| session.link_for(now.as_ref()).map(str::to_string))
        })
    });
    let status = RwSignal::new(String::new());
    Effect::new(move |_| {
        case_now.track();
        status.set(String::new());
    });
    let make = move |_| {
        let Some(case) = case_now.get_untracked() else {
            status.set(text::ANSWERS_NEED_CORRECTING.to_string());
            return;
        };
        // Only the page itself: widget settings in the address stay behind.
        let location = window().location();
        let url = format!(
            "{}{}#{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            crate::core::share::fragment_for(&case)
        );
        keeping.send(Event::LinkMade(case, url));
        crate::ui::focus_by_id("share-link");
    };
    view! {
        <h3>{text::LINK_HEADING}</h3>
        <p>{text::LINK_EXPLAINED}</p>
        <div class="button-row">
            <button type="button" class="button button-secondary" id="make-link" on:click=make>{text::MAKE_LINK}</button>
        </div>
        {move || link.get().map(|url| {
            let to_copy = url.clone();
            view! {
                <label class="label" for="share-link">{text::YOUR_LINK}</label>
                <input class="input" id="share-link" type="text" readonly prop:value=url
                    on:focus=|ev| { let input: web_sys::HtmlInputElement = event_target(&ev); input.select(); } />
                <div class="button-row">
                    <button type="button" class="button button-secondary" id="copy-link" on:click=move |_| {
                        device::copy_text(&to_copy, status, text::LINK_COPIED, text::LINK_NOT_COPIED);
                    }>{text::COPY_LINK}</button>
                </div>
            }
        })}
        <p class="hint" id="share-status" aria-live="polite">{move || status.get()}</p>
    }
}
