//! The keeping features' own chunk. The workspace chunk holds what a family
//! needs to see where they stand; "Keep and take away" (saving, backup and
//! calendar files, letters, links, printing) and "Open a backup file" come
//! in a chunk of their own, fetched when the result first appears, when
//! "Open a backup file" is opened, or earlier while the browser is idle.
//! The state they use ([`Keeping`]) stays in the workspace chunk, so nothing
//! typed waits for, or is lost with, this chunk.

use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::{JsCast, JsValue};

use super::*;

/// The keeping components, as plain functions from the chunk.
#[derive(Clone, Copy)]
pub struct KeepParts {
    /// "Keep and take away", below the results.
    pub panel: fn(Memo<Option<Assessment>>) -> AnyView,
    /// The contents of "Open a backup file".
    pub import_box: fn() -> AnyView,
}

split_point! {
    keep,
    /// Fetches the keeping chunk (once). Fails, without losing anything typed,
    /// if it cannot be fetched.
    pub fn load_keep() -> Result<KeepParts, SplitLoaderError> {
        Ok(KeepParts {
            panel: |assessment| view! { <KeepPanel assessment=assessment /> }.into_any(),
            import_box: || view! { <ImportBox /> }.into_any(),
        })
    }
}

/// Where the keeping chunk is.
#[derive(Clone, Copy)]
pub enum KeepLoad {
    NotYet,
    Started,
    Failed,
    Ready(KeepParts),
}

/// The keeping chunk's loading state, shared by the places that show it.
#[derive(Clone, Copy)]
pub struct KeepChunk {
    state: RwSignal<KeepLoad>,
    /// Something on the page is waiting for the chunk (not just fetching ahead).
    needed: RwSignal<bool>,
    /// Where focus goes once a "Try again" has worked.
    focus_after_retry: StoredValue<Option<&'static str>>,
}

impl KeepChunk {
    /// Starts fetching the chunk once the browser is idle.
    pub fn start() -> KeepChunk {
        let chunk = KeepChunk {
            state: RwSignal::new(KeepLoad::NotYet),
            needed: RwSignal::new(false),
            focus_after_retry: StoredValue::new(None),
        };
        when_idle(move || chunk.fetch());
        chunk
    }

    /// The page needs the chunk now: fetches it if it is not here yet.
    pub fn need(&self) {
        if !self.needed.get_untracked() {
            self.needed.set(true);
        }
        self.fetch();
    }

    fn fetch(&self) {
        if !matches!(self.state.get_untracked(), KeepLoad::NotYet) {
            return;
        }
        self.state.set(KeepLoad::Started);
        let chunk = *self;
        leptos::task::spawn_local(async move {
            match load_keep().await {
                Ok(parts) => {
                    chunk.state.set(KeepLoad::Ready(parts));
                    if let Some(id) = chunk.focus_after_retry.get_value() {
                        chunk.focus_after_retry.set_value(None);
                        crate::ui::focus_by_id(id);
                    }
                }
                // Fetching ahead failed quietly: the page tries again when it needs the chunk.
                Err(_) if !chunk.needed.get_untracked() => chunk.state.set(KeepLoad::NotYet),
                Err(_) => chunk.state.set(KeepLoad::Failed),
            }
        });
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
        let chunk = self;
        view! {
            {move || (!matches!(chunk.state.get(), KeepLoad::Ready(_))).then(|| view! {
                <p class="hint load-status" role="status" id=status_id tabindex="-1">
                    {move || matches!(chunk.state.get(), KeepLoad::Started)
                        .then_some(crate::text::en::ui_page::LOADING)}
                </p>
            })}
            {move || match chunk.state.get() {
                KeepLoad::Ready(parts) => Some(render(parts)),
                KeepLoad::Failed => Some(view! {
                    <div class="load-problem" role="alert">
                        <p class="error-message">
                            {crate::text::en::ui_keep::KEEP_PART_NOT_LOADED}
                        </p>
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            chunk.focus_after_retry.set_value(Some(focus));
                            chunk.state.set(KeepLoad::NotYet);
                            crate::ui::focus_by_id(status_id);
                            chunk.need();
                        }>{crate::text::en::ui_page::TRY_AGAIN}</button>
                    </div>
                }.into_any()),
                KeepLoad::NotYet | KeepLoad::Started => None,
            }}
        }
        .into_any()
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
