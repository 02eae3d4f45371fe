//! "Where you stand": renders the engine's assessment, nothing more.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::assessment::Assessment;
use crate::core::result_html::{assessment_html, FOCUS_ATTRIBUTE, SCROLL_ATTRIBUTE};
use crate::text::en::ui_results as text;
use crate::ui::words;

#[component]
pub fn Results(
    assessment: Memo<Option<Assessment>>,
    /// While a date needs fixing, what to say above the result kept.
    #[prop(into)]
    needs_fixing: Signal<Option<String>>,
    /// What is still on its way (the council's published procedure).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let announced = announce_when_settled(assessment);
    let words = words();
    // The result is shown whole each time it changes (see core::result_html).
    let shown = Memo::new(move |_| {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| assessment_html(a, words))
                .unwrap_or_default()
        })
    });
    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let html = shown.get();
        if let Some(container) = container.get() {
            redraw(&container, &html);
        }
    });
    view! {
        <section class="results" aria-labelledby="where-you-stand">
            <h2 id="where-you-stand" tabindex="-1">{text::HEADING}</h2>
            {children.map(|show| show())}
            {move || needs_fixing.get().map(|message| view! {
                <p class="inset warning-text" id="needs-fixing">{message}</p>
            })}
            // One lasting live region, so screen readers hear each new headline.
            <p class="visually-hidden" aria-live="polite" id="result-announcement">
                {move || announced.get()}
            </p>
            <div class="assessment" node_ref=container on:click=focus_on_click></div>
        </section>
    }
}

/// How long the answers must stay unchanged before the new headline is
/// announced: a date typed a digit at a time passes through other dates
/// ("19/1" on the way to "19/11"), whose results no one should hear.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(1000);

/// How long an announced headline stays in the (hidden) live region. Then it
/// is emptied, so a screen reader reading down the page hears the headline
/// once, where it is shown, not a second time from the live region.
const ANNOUNCED_FOR: std::time::Duration = std::time::Duration::from_millis(5000);

/// The headline for the live region, once it has stopped changing.
fn announce_when_settled(assessment: Memo<Option<Assessment>>) -> RwSignal<String> {
    let announced = RwSignal::new(String::new());
    let waiting = LatestTimeout::new();
    let clearing = LatestTimeout::new();
    // Only a new headline is news: the council's wording arriving, or an
    // answer that leaves the headline as it was, is not announced again.
    let headline = Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| a.headline.clone())));
    Effect::new(move |ran: Option<()>| {
        let headline = headline.get();
        // What is there when the region appears is not news (focus goes to
        // the result, where the headline is read): only later changes are
        // announced, once they settle.
        if ran.is_none() {
            return;
        }
        waiting.start(
            move || {
                announced.try_set(headline.unwrap_or_default());
                clearing.start(
                    move || {
                        announced.try_set(String::new());
                    },
                    ANNOUNCED_FOR,
                );
            },
            ANNOUNCE_AFTER,
        );
    });
    announced
}

/// One timeout at a time: starting another, or the owner it was made
/// under going away, cancels the one still waiting.
#[derive(Clone, Copy)]
pub struct LatestTimeout(StoredValue<Option<TimeoutHandle>>);

impl LatestTimeout {
    pub fn new() -> LatestTimeout {
        let timeout = LatestTimeout(StoredValue::new(None));
        on_cleanup(move || timeout.cancel());
        timeout
    }

    pub fn cancel(&self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    pub fn start(&self, run: impl FnOnce() + 'static, after: std::time::Duration) {
        self.cancel();
        self.0.set_value(set_timeout_with_handle(run, after).ok());
    }
}

/// A part of the page the core writes as HTML ("Check your answers", the
/// error summary), set whole whenever it changes. Its links that carry
/// `data-focus` move focus (see [`focus_on_click`]).
#[component]
pub(super) fn WrittenHtml(html: Memo<String>) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let html = html.get();
        if let Some(container) = container.get() {
            container.set_inner_html(&html);
        }
    });
    view! { <div node_ref=container on:click=focus_on_click></div> }
}

/// A link in the result that moves focus (to the letter's first question)
/// instead of changing the page's address, which holds a link's answers.
fn focus_on_click(event: web_sys::MouseEvent) {
    let link = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| {
            element
                .closest(&format!("[{FOCUS_ATTRIBUTE}]"))
                .ok()
                .flatten()
        });
    let Some(link) = link else { return };
    let Some(id) = link.get_attribute(FOCUS_ATTRIBUTE) else {
        return;
    };
    event.prevent_default();
    let heading = link
        .get_attribute(SCROLL_ATTRIBUTE)
        .and_then(|heading| document().get_element_by_id(&heading));
    let target = document()
        .get_element_by_id(&id)
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok());
    match (heading, target) {
        // The heading at the top, the question below it in view: focusing
        // it then scrolls no further.
        (Some(heading), Some(target)) => {
            heading.scroll_into_view();
            let _ = target.focus();
        }
        _ => super::focus_element_id(id),
    }
}

/// Sets the result's HTML, keeping what the family opened in the old one:
/// a "How we worked this out" (or "Earlier dates") stays open where its
/// date is still shown. Focus is not kept: the answers that change the
/// result are typed, or opened, outside it.
fn redraw(container: &web_sys::HtmlDivElement, html: &str) {
    let opened: Vec<String> = container
        .query_selector_all("details[open]")
        .map(|found| {
            (0..found.length())
                .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
                .map(|details| details.id())
                .filter(|id| !id.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let focused = focus_place(container);
    container.set_inner_html(html);
    for id in opened {
        if let Some(details) = document().get_element_by_id(&id) {
            let _ = details.set_attribute("open", "");
        }
    }
    // Focus inside the result stays where it was (the council's wording can
    // come while someone reads the result by keyboard).
    if let Some((id, at)) = focused {
        let holder = document().get_element_by_id(&id);
        let target = match at {
            None => holder,
            Some(at) => holder.and_then(|h| {
                h.query_selector_all(FOCUSABLE)
                    .ok()?
                    .item(at)?
                    .dyn_into()
                    .ok()
            }),
        };
        if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }
}

const FOCUSABLE: &str = "a, summary, button";

/// Where focus is in the result, if it is: the nearest element with an id,
/// and which of the links, summaries and buttons inside it.
fn focus_place(container: &web_sys::HtmlDivElement) -> Option<(String, Option<u32>)> {
    let active = document().active_element()?;
    if !container.contains(Some(&active)) || container.is_same_node(Some(&active)) {
        return None;
    }
    if !active.id().is_empty() {
        return Some((active.id(), None));
    }
    let holder = active.parent_element()?.closest("[id]").ok()??;
    let inside = holder.query_selector_all(FOCUSABLE).ok()?;
    let at = (0..inside.length()).find(|&i| {
        inside
            .item(i)
            .is_some_and(|n| n.is_same_node(Some(&active)))
    })?;
    Some((holder.id(), Some(at)))
}
