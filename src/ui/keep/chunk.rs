//! The keeping features' own chunk. The questions' and the engine's chunks
//! hold what a family needs to see where they stand; "Keep and take away"
//! (saving, backup and calendar files, letters, links, printing) and "Open a
//! backup file" come in a chunk of their own, fetched when the result first
//! appears, when "Open a backup file" is opened, or earlier while the
//! browser is idle, or at once when something is saved here: reading saved
//! cases is this chunk's work too, so a family with nothing saved never
//! waits for it. The state they use ([`Keeping`]) stays in the engine's
//! chunk, so nothing typed waits for, or is lost with, this chunk.

use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::{JsCast, JsValue};

use super::*;
use crate::ui::later::Later;

/// The keeping components, as plain functions from the chunk.
#[derive(Clone, Copy)]
pub struct KeepParts {
    /// Reads what is saved on this device, and follows other tabs (run once,
    /// as the chunk comes, before any part shows).
    pub start: fn(Keeping),
    /// Saved data that could not be used as it was, kept aside.
    pub kept_aside: fn() -> AnyView,
    /// The saved cases.
    pub saved_cases: fn() -> AnyView,
    /// "Keep and take away", below the results.
    pub panel: fn(Memo<Option<Assessment>>) -> AnyView,
    /// The contents of "Open a backup file".
    pub import_box: fn() -> AnyView,
    /// The embed builder's page (for charities and councils).
    pub builder: fn() -> AnyView,
}

split_point! {
    keep,
    /// Fetches the keeping chunk (once). Fails, without losing anything typed,
    /// if it cannot be fetched.
    pub fn load_keep() -> Result<KeepParts, SplitLoaderError> {
        Ok(KeepParts {
            start: |keeping| keeping.read_saved(),
            kept_aside: || view! { <KeptAsidePanel /> }.into_any(),
            saved_cases: || view! { <SavedCases /> }.into_any(),
            panel: |assessment| view! { <KeepPanel assessment=assessment /> }.into_any(),
            import_box: || view! { <ImportBox /> }.into_any(),
            builder: || view! { <crate::ui::embed::EmbedBuilder /> }.into_any(),
        })
    }
}

/// The keeping chunk's loading state, shared by the places that show it.
#[derive(Clone, Copy)]
pub struct KeepChunk {
    chunk: Later<KeepParts>,
    keeping: Keeping,
}

impl KeepChunk {
    /// Starts fetching the chunk once the browser is idle (at once with
    /// something saved here, which only the chunk can read).
    pub fn start(keeping: Keeping, has_saved_data: bool) -> KeepChunk {
        let keep = KeepChunk {
            chunk: Later::new(),
            keeping,
        };
        if has_saved_data {
            keep.need();
        } else {
            when_idle(move || keep.fetch(false));
            // Another tab saving first: this tab's list follows it.
            let handle = window_event_listener(leptos::ev::storage, move |ev| {
                if ev.key().as_deref() == Some(crate::core::saved::STORE_KEY) {
                    keep.need();
                }
            });
            on_cleanup(move || handle.remove());
        }
        keep
    }

    /// The page needs the chunk now: fetches it if it is not here yet.
    pub fn need(&self) {
        self.fetch(true);
    }

    fn fetch(&self, needed: bool) {
        let keeping = self.keeping;
        self.chunk.fetch(needed, move || async move {
            let parts = load_keep().await?;
            (parts.start)(keeping);
            Ok(parts)
        });
    }

    /// The chunk's parts, once it is here (tracked).
    pub fn ready(&self) -> Option<KeepParts> {
        self.chunk.ready()
    }

    /// Shows `render`'s part once the chunk is here; until then a short
    /// loading message (`status_id`), or "could not load" with "Try again"
    /// (focus then goes to `focus` once the chunk has come).
    pub fn show(
        self,
        status_id: &'static str,
        focus: &'static str,
        what: &'static str,
        render: impl Fn(KeepParts) -> AnyView + Send + Sync + 'static,
    ) -> AnyView {
        self.show_saying(
            (crate::text::en::ui_keep::KEEP_PART_NOT_LOADED, what),
            status_id,
            focus,
            render,
        )
    }

    /// The same, saying `failed` if the chunk cannot be fetched (and `what`
    /// "Try again" fetches, for screen readers).
    pub fn show_saying(
        self,
        failed: (&'static str, &'static str),
        status_id: &'static str,
        focus: &'static str,
        render: impl Fn(KeepParts) -> AnyView + Send + Sync + 'static,
    ) -> AnyView {
        self.chunk
            .show(status_id, focus, failed, move || self.need(), render)
    }
}

/// Runs `then` when the browser is next idle (or after a moment, where
/// idle callbacks are not supported).
fn when_idle(then: impl FnOnce() + 'static) {
    let window: JsValue = window().into();
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let callback = wasm_bindgen::closure::Closure::once_into_js(then);
            let _ = idle.call1(&window, &callback);
        }
        None => set_timeout(then, std::time::Duration::from_secs(2)),
    }
}
