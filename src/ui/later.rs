//! A part of the page that comes in a chunk fetched after the questions (the
//! results, the keeping features): where that chunk is, and what the page
//! shows in its place until it comes ("Loading…", or "could not load" with
//! "Try again"). The state the part works on stays with the questions, so
//! nothing typed waits for, or is lost with, the chunk.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// Where the chunk is.
#[derive(Clone, Copy)]
enum State<P> {
    NotYet,
    Started,
    Failed,
    Ready(P),
}

/// A chunk's loading state, shared by the places that show its parts.
pub struct Later<P: Send + Sync + 'static> {
    state: RwSignal<State<P>>,
    /// Something on the page is waiting for the chunk (not just fetching ahead).
    needed: RwSignal<bool>,
    /// Where focus goes once a "Try again" has worked.
    focus_after_retry: StoredValue<Option<&'static str>>,
}

impl<P: Send + Sync + 'static> Clone for Later<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: Send + Sync + 'static> Copy for Later<P> {}

impl<P: Copy + Send + Sync + 'static> Later<P> {
    pub fn new() -> Later<P> {
        Later {
            state: RwSignal::new(State::NotYet),
            needed: RwSignal::new(false),
            focus_after_retry: StoredValue::new(None),
        }
    }

    /// The chunk's parts, once it is here (tracked).
    pub fn ready(&self) -> Option<P> {
        match self.state.get() {
            State::Ready(parts) => Some(parts),
            _ => None,
        }
    }

    /// The chunk's parts, once it is here (not tracked).
    pub fn ready_untracked(&self) -> Option<P> {
        match self.state.get_untracked() {
            State::Ready(parts) => Some(parts),
            _ => None,
        }
    }

    /// Fetches the chunk with `load` unless it is here or on its way.
    /// `needed`: the page waits for it, so a failure is shown; a failed
    /// fetch ahead is forgotten quietly, and tried again when needed.
    pub fn fetch<F>(&self, needed: bool, load: impl FnOnce() -> F + 'static)
    where
        F: Future<Output = Result<P, SplitLoaderError>> + 'static,
    {
        if needed && !self.needed.get_untracked() {
            self.needed.set(true);
        }
        if !matches!(self.state.get_untracked(), State::NotYet) {
            return;
        }
        self.state.set(State::Started);
        let chunk = *self;
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(parts) => {
                    chunk.state.set(State::Ready(parts));
                    if let Some(id) = chunk.focus_after_retry.get_value() {
                        chunk.focus_after_retry.set_value(None);
                        crate::ui::focus_by_id(id);
                    }
                }
                Err(_) if !chunk.needed.get_untracked() => chunk.state.set(State::NotYet),
                Err(_) => chunk.state.set(State::Failed),
            }
        });
    }

    /// Moves focus to `id` once the chunk has come (at once if it is here).
    pub fn focus_when_ready(&self, id: &'static str) {
        if self.ready_untracked().is_some() {
            crate::ui::focus_by_id(id);
        } else {
            self.focus_after_retry.set_value(Some(id));
        }
    }

    /// Shows `render`'s part once the chunk is here; until then a short
    /// loading message (`status_id`), or `failed` with "Try again" (`what`
    /// for screen readers), which calls `retry` (focus then goes to `focus`
    /// once the chunk has come).
    pub fn show(
        self,
        status_id: &'static str,
        focus: &'static str,
        (failed, what): (&'static str, &'static str),
        retry: impl Fn() + Copy + Send + Sync + 'static,
        render: impl Fn(P) -> AnyView + Send + Sync + 'static,
    ) -> AnyView {
        let chunk = self;
        view! {
            {move || (!matches!(chunk.state.get(), State::Ready(_))).then(|| view! {
                <p class="hint load-status" role="status" id=status_id tabindex="-1">
                    {move || matches!(chunk.state.get(), State::Started)
                        .then_some(crate::text::en::ui_page::LOADING)}
                </p>
            })}
            {move || match chunk.state.get() {
                State::Ready(parts) => Some(render(parts)),
                State::Failed => Some(crate::ui::try_again_alert(failed, what, Box::new(move || {
                    chunk.focus_after_retry.set_value(Some(focus));
                    chunk.state.set(State::NotYet);
                    crate::ui::focus_by_id(status_id);
                    retry();
                }))),
                State::NotYet | State::Started => None,
            }}
        }
        .into_any()
    }
}
