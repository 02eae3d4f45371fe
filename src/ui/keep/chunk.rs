//! The keeping features' own chunk. The questions' and the engine's chunks
//! hold what a family needs to see where they stand; "Keep and take away"
//! (saving, backup and calendar files, letters, links, printing) and "Open a
//! backup file" come in a chunk of their own, fetched when the result first
//! appears, when "Open a backup file" is opened, or earlier while the
//! browser is idle. The state they use ([`Keeping`]) stays in the engine's
//! chunk, so nothing typed waits for, or is lost with, this chunk.

use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::{JsCast, JsValue};

use super::*;
use crate::ui::later::Later;

/// The keeping components, as plain functions from the chunk.
#[derive(Clone, Copy)]
pub struct KeepParts {
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
}

impl KeepChunk {
    /// Starts fetching the chunk once the browser is idle.
    pub fn start() -> KeepChunk {
        let keep = KeepChunk {
            chunk: Later::new(),
        };
        when_idle(move || keep.chunk.fetch(false, load_keep));
        keep
    }

    /// The page needs the chunk now: fetches it if it is not here yet.
    pub fn need(&self) {
        self.chunk.fetch(true, load_keep);
    }

    /// Shows `render`'s part once the chunk is here; until then a short
    /// loading message (`status_id`), or "could not load" with "Try again"
    /// (focus then goes to `focus` once the chunk has come).
    pub fn show(
        self,
        status_id: &'static str,
        focus: &'static str,
        render: impl Fn(KeepParts) -> AnyView + Send + Sync + 'static,
    ) -> AnyView {
        self.chunk.show(
            status_id,
            focus,
            crate::text::en::ui_keep::KEEP_PART_NOT_LOADED,
            move || self.need(),
            render,
        )
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
