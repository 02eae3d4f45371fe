//! The thin Leptos layer: it renders what `crate::core` decides and turns
//! clicks and key presses into answers. No date or stage is decided here.

/// A split point: `fn $name(..) -> Result<_, SplitLoaderError>` becomes an
/// `async fn` with the same arguments and result.
///
/// With the `split` feature (on only for the Trunk build: index.html's
/// `data-cargo-features`), the body goes into the WebAssembly chunk `$chunk`,
/// which the page fetches from its own site on the first call
/// (`#[wasm_split]`; scripts/split_wasm.py cuts the chunks out). Without it
/// (the component tests, clippy) the body runs directly, because an unsplit
/// binary cannot hold a split point that its code reaches: `#[wasm_split]`
/// leaves an import from the module `__wasm_split_placeholder__` that only
/// the split replaces, and the browser refuses to start a module with it
/// ("Failed to resolve module specifier"; wasm-bindgen-test then reports
/// "Failed to detect test as having been run"). The component tests link
/// all that a split function's body reaches, since `#[wasm_split]` exports
/// it, so a split point called from inside another chunk is enough.
///
/// `preload = $preload` also declares `async fn $preload() -> Result<(),
/// SplitLoaderError>`, which fetches the chunk without calling into it (so
/// the page can fetch it alongside another chunk it is waiting for).
macro_rules! split_point {
    ($chunk:ident, preload = $preload:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $vis async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
    ($chunk:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

mod council_files;
mod council_picker;
mod device;
mod embed;
mod engine;
mod keep;
mod later;
mod questions;
mod results;
mod safety;
mod workspace;

pub use council_picker::{CouncilChoice, CouncilPicker};
pub use embed::{apply_accent, in_frame, opaque_origin, start_height_reporter, EmbedBuilder};
pub use keep::{KeepPanel, Keeping};
pub use questions::{CheckAnswers, Questions};
pub use results::Results;
pub use safety::{exit_now, open_workings_when_printing, ExitThisPage, PrintButton, StayingSafe};
pub use workspace::{load_workspace, Page, Workspace};

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::embed::{parse_query, EmbedOptions};
use crate::core::form::Answers;
use crate::text::en::ui_page as text;

/// Today's date from the browser's local clock. A `#today=YYYY-MM-DD`
/// fragment overrides it, so tests and demonstrations never depend on the
/// real date (fragments are never sent to a server).
pub fn today_from_browser() -> NaiveDate {
    match today_override_in_address() {
        crate::core::dates::TodayOverride::Use(date) => date,
        _ => {
            let now = js_sys::Date::new_0();
            NaiveDate::from_ymd_opt(
                now.get_full_year() as i32,
                now.get_month() + 1,
                now.get_date(),
            )
            .unwrap_or_default()
        }
    }
}

fn today_override_in_address() -> crate::core::dates::TodayOverride {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    crate::core::dates::today_override(&hash)
}

/// The page's table of words, in the language the page chose.
pub fn words() -> &'static crate::text::Words {
    crate::text::words(use_context::<crate::text::Lang>().unwrap_or_default())
}

/// Moves keyboard and screen-reader focus to the element with this id after
/// the next render (headings and summaries get `tabindex="-1"`).
pub fn focus_by_id(id: &'static str) {
    focus_after_render(id.to_string(), false);
}

/// Like [`focus_by_id`], and scrolls the element to the top first (for links
/// that jump to a field, so its question is in view).
pub fn focus_element_id(id: String) {
    focus_after_render(id, true);
}

fn focus_after_render(id: String, scroll: bool) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                if scroll {
                    // The whole question in view, its label and error above
                    // the box, not the box alone at the screen's top edge.
                    question_of(&element).scroll_into_view();
                    // A question taller than the screen (a phone, a long
                    // hint and an error) cannot be: the box comes up to the
                    // screen's foot, with as much of the question above it
                    // as fits. Focusing it would centre it instead and push
                    // the question's words off the top (found in a
                    // walkthrough at 320 px).
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = element.focus_with_options(&options);
                    bring_up_to_screen_foot(&element, 0.0);
                } else {
                    if element.tag_name() == "H2" && user_just_acted() && !in_frame() {
                        // A section the family's action brought (the result,
                        // "Keep and take away"): from its top, not its heading
                        // alone at the screen's bottom edge, where focusing
                        // leaves it (found in a walkthrough). A widget asks its
                        // host to scroll instead (below).
                        element.scroll_into_view();
                    }
                    let _ = element.focus();
                }
                // Only right after the family did something: a page that
                // moved focus by itself (a link turned away on arrival, a
                // file that came later) leaves the host page where it is.
                if user_just_acted() {
                    ask_host_to_show(element);
                }
            }
        }
    });
}

/// Scrolls the page up just enough to show `element` whole above the
/// screen's foot (with `margin` pixels below it), if it ends below it.
pub(crate) fn bring_up_to_screen_foot(element: &web_sys::Element, margin: f64) {
    let below = element.get_bounding_client_rect().bottom();
    let screen = window().inner_height().ok().and_then(|h| h.as_f64());
    if let Some(screen) = screen.filter(|screen| below > *screen) {
        window().scroll_by_with_x_and_y(0.0, below - screen + margin);
    }
}

/// The question a box belongs to (its fieldset or form group, with the
/// label, hint and error), or the box itself.
fn question_of(element: &web_sys::HtmlElement) -> web_sys::Element {
    element
        .closest("fieldset, .form-group")
        .ok()
        .flatten()
        .unwrap_or_else(|| element.clone().into())
}

/// The browser's transient user activation (a click or key press in the
/// last few seconds); true where the browser cannot say.
fn user_just_acted() -> bool {
    let navigator: wasm_bindgen::JsValue = window().navigator().into();
    let read = |from: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(from, &wasm_bindgen::JsValue::from_str(name))
            .ok()
            .filter(|value| !value.is_undefined())
    };
    read(&navigator, "userActivation")
        .and_then(|activation| read(&activation, "isActive"))
        .and_then(|active| active.as_bool())
        .unwrap_or(true)
}

/// In a frame, focus moved by the page does not scroll the host page, so a
/// family on a phone would see nothing happen: the host's embed.js is asked
/// to scroll there. Two frames later, so the new height has gone first. A
/// heading stands for its section (the result below it, not the heading
/// alone, is what should come into view).
fn ask_host_to_show(element: web_sys::HtmlElement) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if !in_frame() {
        return;
    }
    let shown = match element.tag_name().as_str() {
        "H1" | "H2" => element.closest("section").ok().flatten(),
        "INPUT" | "SELECT" | "TEXTAREA" => Some(question_of(&element)),
        _ => None,
    }
    .unwrap_or_else(|| element.into());
    request_animation_frame(move || {
        request_animation_frame(move || {
            let place = shown.get_bounding_client_rect();
            let message = crate::core::embed::show_message(
                place.top() + window().scroll_y().unwrap_or(0.0),
                place.height(),
            );
            let _ = parent.post_message(&wasm_bindgen::JsValue::from_str(&message), "*");
        })
    });
}

/// A keydown handler for a confirmation: Escape calls `cancel`, as its
/// Cancel button does.
pub fn on_escape(cancel: impl Fn() + 'static) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Escape" {
            cancel()
        }
    }
}

/// What could not be loaded, said as an alert, with "Try again" (which
/// calls `retry`; `what`, for screen readers, says what it fetches): one
/// look for every part of the tool that is fetched.
pub fn try_again_alert(message: &str, what: &'static str, retry: Box<dyn Fn()>) -> AnyView {
    view! {
        <div class="load-problem" role="alert">
            <p class="error-message">{message.to_string()}</p>
            <button type="button" class="button button-secondary" on:click=move |_| retry()>
                {text::TRY_AGAIN}<span class="visually-hidden">{what}</span>
            </button>
        </div>
    }
    .into_any()
}

/// The widget and builder options from the address (`?embed&council=...`).
pub fn options_from_browser() -> EmbedOptions {
    let query = window().location().search().unwrap_or_default();
    let options = parse_query(&query);
    // The embedder learns why part of its snippet had no effect (found in
    // a walkthrough: an unknown council and a light colour were dropped
    // without a word); the family's page stays as it is.
    for reason in &options.ignored {
        web_sys::console::warn_1(
            &crate::text::en::embed_options::ignored_in_console(reason).into(),
        );
    }
    options
}

/// The app: the citizen's page, the compact widget, or the embedder's page.
#[component]
pub fn App(today: NaiveDate, #[prop(optional)] options: EmbedOptions) -> impl IntoView {
    // Components ask the text layer for this language's words (`words`);
    // only the choice is on the first screen, the words come with the chunk.
    provide_context(options.lang);
    if let Some(accent) = &options.accent {
        apply_accent(accent);
    }
    if options.builder {
        document().set_title(text::BUILDER_TITLE);
        // The builder page is for embedders: its code is a chunk of its own.
        let builder = RwSignal::new(None::<Result<fn() -> AnyView, ()>>);
        leptos::task::spawn_local(async move {
            builder.set(Some(embed::load_builder().await.map_err(|_| ())));
        });
        return (move || match builder.get() {
            None => view! { <p class="hint" role="status">{text::LOADING}</p> }.into_any(),
            Some(Ok(render)) => render(),
            Some(Err(())) => view! {
                <p class="error-message" role="alert">{text::BUILDER_NOT_LOADED}</p>
            }
            .into_any(),
        })
        .into_any();
    }
    if options.embed {
        // After the first render, when the content wrapper exists.
        request_animation_frame(|| start_height_reporter("app-content"));
    }
    view! { <Navigator today=today options=options /> }.into_any()
}

/// Where the workspace chunk is.
#[derive(Clone, Copy)]
// One value in one signal: its size does not matter, and Copy keeps it simple.
#[allow(clippy::large_enum_variant)]
enum Loading {
    NotYet,
    Started,
    Failed,
    Ready(Workspace),
}

impl Loading {
    fn workspace(&self) -> Option<Workspace> {
        match self {
            Loading::Ready(ws) => Some(*ws),
            _ => None,
        }
    }
}

/// The citizen's page (also the compact widget when embedded). This first
/// screen is all a first visit downloads; the workspace follows on demand.
#[component]
fn Navigator(today: NaiveDate, options: EmbedOptions) -> impl IntoView {
    let embed = options.embed;
    let locked = options.lock_council;
    let council = RwSignal::new(options.council.clone().map(CouncilChoice::Council));
    let fragment = RwSignal::new(window().location().hash().unwrap_or_default());
    let has_saved_data = device::has_saved_data();
    let page = Page {
        today,
        embed,
        locked,
        council,
        answers: RwSignal::new(Answers::default()),
        touched: RwSignal::new(Vec::new()),
        editing: RwSignal::new(Vec::new()),
        dates_left: RwSignal::new((0, Answers::default())),
        submitted: RwSignal::new(false),
        fragment,
        import_opened: RwSignal::new(false),
        has_saved_data,
        // The host learnt a widget's own council with the page's request.
        council_files: council_files::CouncilFiles::for_widget_set_to(
            options.council.clone().filter(|_| embed),
        ),
    };

    let loading = RwSignal::new(Loading::NotYet);
    // The user is waiting for the workspace (not just near it), so say so.
    let needed = RwSignal::new(false);
    let retried = StoredValue::new(false);
    let owner = StoredValue::new(Owner::current().unwrap_or_default());
    let load = move || {
        if matches!(
            loading.get_untracked(),
            Loading::Started | Loading::Ready(_)
        ) {
            return;
        }
        loading.set(Loading::Started);
        leptos::task::spawn_local(async move {
            match load_workspace(page, owner.get_value()).await {
                Ok(loaded) => {
                    loading.set(Loading::Ready(loaded));
                    if retried.get_value() && council.get_untracked().is_some() {
                        focus_by_id("events-heading");
                    }
                }
                Err(_) => loading.set(Loading::Failed),
            }
        });
    };
    let need = move || {
        needed.set(true);
        load();
    };
    // Saved cases and answers from a link are shown at once, and they need
    // the engine's chunk too: it is fetched alongside the questions' chunk
    // (which would otherwise fetch it once it has come). Otherwise the
    // chunks wait for the user.
    let need_engine_too = move || {
        need();
        leptos::task::spawn_local(async {
            // A failure is for the questions' chunk to report, when it asks.
            let _ = engine::preload_engine().await;
        });
    };
    let has_answers = crate::core::share::holds_answers;
    if has_answers(&fragment.get_untracked()) || has_saved_data {
        need_engine_too();
    }
    // A link pasted into this tab only changes the fragment: no new page.
    let on_hash_change = window_event_listener(leptos::ev::hashchange, move |_| {
        let now = window().location().hash().unwrap_or_default();
        if has_answers(&now) {
            need_engine_too();
        }
        fragment.set(now);
    });
    on_cleanup(move || on_hash_change.remove());
    Effect::new(move |_| {
        if council.get().is_some() {
            need();
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(ws) = loading.get_untracked().workspace() {
            (ws.submit)(ws);
        }
    };
    let part = move |pick: fn(&Workspace) -> fn(Workspace) -> AnyView| {
        move || loading.get().workspace().map(|ws| pick(&ws)(ws))
    };
    // One place for "loading" and "could not load", with a status region
    // that is always on the page so screen readers announce its changes.
    let waiting = move || {
        view! {
            <p class="hint load-status" role="status" id="load-status" tabindex="-1">
                {move || (needed.get() && matches!(loading.get(), Loading::Started))
                    .then_some(text::LOADING_THE_REST)}
            </p>
            {move || (needed.get() && matches!(loading.get(), Loading::Failed)).then(|| {
                try_again_alert(text::REST_NOT_LOADED, text::TRY_AGAIN_QUESTIONS, Box::new(move || {
                    retried.set_value(true);
                    loading.set(Loading::NotYet);
                    focus_by_id("load-status");
                    load();
                }))
            })}
        }
    };

    // The full tool: the same page without the widget (and without the lock).
    let full_base = {
        let location = window().location();
        format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    };
    let full_tool = match &options.council {
        Some(id) => format!("{full_base}?council={id}"),
        None => full_base.clone(),
    };
    view! {
        <div id="app-content" class:embedded=embed>
        <a href="#main" class="skip-link">{text::SKIP_LINK}</a>
        // Always within reach while scrolling, in the widget too.
        <aside class="exit-bar" aria-label=text::EXIT_BAR><ExitThisPage /></aside>
        {(!embed).then(|| view! {
        <header class="site-header">
            <div class="width-container header-row">
                <div>
                    <span class="site-name">{text::SITE_NAME}</span>
                    <span class="site-tagline">{text::SITE_TAGLINE}</span>
                </div>
            </div>
        </header>
        })}

        {embed.then(|| view! {
            <aside class="embed-bar" aria-label=text::EMBED_BAR>
                <p><strong>{text::EMBED_NOT_LEGAL_ADVICE}</strong>" "
                    <a href=full_tool target="_blank" rel="noopener" aria-describedby="full-tool-hint">{text::OPEN_FULL_TOOL}</a>
                    " "<span id="full-tool-hint">{text::FULL_TOOL_HINT}</span></p>
            </aside>
        })}
        <div class="width-container">
            <main id="main" tabindex="-1">
                <h1>{crate::text::en::HEADING}</h1>
                <p class="lead" class:visually-hidden=embed>
                    {if locked { crate::text::en::LEAD_COUNCIL_SET } else { crate::text::en::LEAD }}
                </p>
                <p class="privacy-note">
                    <strong>{crate::text::en::PRIVACY_LABEL}</strong>
                    {crate::text::en::PRIVACY}
                </p>
                <p class="today-line">{text::today_is(today)}</p>
                {match today_override_in_address() {
                    crate::core::dates::TodayOverride::Ignored(why) => Some(view! { <p class="hint" id="today-ignored">{why}</p> }),
                    _ => None,
                }}
                {(!embed).then(|| view! { <StayingSafe /> })}

                {part(|ws| ws.above_form)}
                <form novalidate on:submit=on_submit>
                    // Starting on the council question is the cue to fetch the rest.
                    <div on:focusin=move |_| load()>
                        <CouncilPicker choice=council locked=locked />
                    </div>
                    {locked.then(|| view! {
                        <p class="not-your-council" id="not-your-council">{text::NOT_YOUR_COUNCIL}
                            <a href=full_base target="_blank" rel="noopener">{text::USE_FULL_TOOL}</a></p>
                    })}
                    <Show when=move || council.get().is_some()>
                        {part(|ws| ws.in_form)}
                    </Show>
                </form>
                {waiting()}
                {part(|ws| ws.below_form)}
                <details class="details import" id="import-details" on:toggle=move |_| {
                    page.import_opened.set(true);
                    need();
                }>
                    <summary id="import-heading">{text::OPEN_BACKUP_FILE}</summary>
                    {part(|ws| ws.import_box)}
                </details>
                <p class="visually-hidden" aria-live="polite" id="status-message">
                    {part(|ws| ws.notice)}
                </p>
            </main>
        </div>
        {(!embed).then(|| view! { <Footer /> })}
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let sources = crate::core::councils::data_note();
    view! {
        <footer class="site-footer">
            <div class="width-container">
                <p><strong>{text::FOOTER_NOT_LEGAL_ADVICE}</strong>" "{text::FOOTER_CHECK_DATES}</p>
                <p>{text::FOOTER_SOURCES}" "{sources}</p>
                <p>{text::FOOTER_PRIVACY}</p>
                <p>{text::FOOTER_EMBED[0]}<a href="/?embed-builder" id="embed-builder-link">{text::FOOTER_EMBED[1]}</a>{text::FOOTER_EMBED[2]}</p>
            </div>
        </footer>
    }
}
