//! Each council's published procedures and contacts come in a small file of
//! their own (`council-<id>-<version>.json`, made by build.rs), fetched from
//! this same site when the page first needs that council: chosen, in a link,
//! or in a saved case. So a family downloads one council's file, not all of
//! them. The file names a council only; nothing typed travels with it.
//!
//! The fetch starts with the questions' chunk; the engine's chunk holds the
//! code that reads the files (`core::councils::hold`) and hands it over with
//! [`CouncilFiles::read_with`]. Until a council's file is held, the engine
//! says the dates are on their way rather than counting the law's alone.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::councils;
use crate::text::en::ui_results as text;

/// Reads a council file's text into what the engine holds.
type ReadFile = fn(&str) -> Result<(), String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    Fetching,
    Held,
    /// Not fetched (a dropped connection), or fetched but not readable.
    Failed {
        unreadable: bool,
    },
}

/// The councils' files this page has asked for, and where each one is.
#[derive(Clone, Copy)]
pub struct CouncilFiles {
    states: RwSignal<Vec<(String, FileState)>>,
    /// Texts that came before the engine's chunk, which reads them.
    arrived: StoredValue<Vec<(String, String)>>,
    reader: StoredValue<Option<ReadFile>>,
    /// Where focus goes once the files a "Try again" asked for are all in.
    focus_after_retry: StoredValue<Option<&'static str>>,
}

impl Default for CouncilFiles {
    fn default() -> Self {
        Self::new()
    }
}

impl CouncilFiles {
    pub fn new() -> CouncilFiles {
        CouncilFiles {
            states: RwSignal::new(Vec::new()),
            arrived: StoredValue::new(Vec::new()),
            reader: StoredValue::new(None),
            focus_after_retry: StoredValue::new(None),
        }
    }

    /// Where the council's file is (tracked); `None` if never asked for.
    pub fn state(&self, council_id: &str) -> Option<FileState> {
        self.states.with(|states| {
            states
                .iter()
                .find(|(id, _)| id == council_id)
                .map(|(_, state)| state.clone())
        })
    }

    /// Makes a memo that reads the held files recompute when one arrives.
    pub fn track(&self) {
        self.states.track();
    }

    fn set(&self, council_id: &str, state: FileState) {
        self.states.update(
            |states| match states.iter_mut().find(|(id, _)| id == council_id) {
                Some((_, old)) => *old = state,
                None => states.push((council_id.to_string(), state)),
            },
        );
    }

    /// Fetches the council's file unless it is held or on its way (a failed
    /// one is fetched again).
    pub fn need(&self, council_id: &str) {
        // Files are named by id; a case or link may name a GSS code.
        let Some(council) = councils::find(council_id) else {
            return;
        };
        let council_id = council.id.as_str();
        if !councils::waiting_for(council_id) {
            return;
        }
        if matches!(
            self.states.with_untracked(|states| states
                .iter()
                .find(|(id, _)| id == council_id)
                .map(|(_, state)| state.clone())),
            Some(FileState::Fetching | FileState::Held)
        ) {
            return;
        }
        self.set(council_id, FileState::Fetching);
        let (files, council_id) = (*self, council_id.to_string());
        leptos::task::spawn_local(async move {
            match fetch_text(&councils::council_file_path(&council_id)).await {
                Ok(body) => match files.reader.get_value() {
                    Some(read) => files.read(read, &council_id, &body),
                    None => files
                        .arrived
                        .update_value(|list| list.push((council_id, body))),
                },
                Err(()) => files.set(&council_id, FileState::Failed { unreadable: false }),
            }
        });
    }

    fn read(&self, read: ReadFile, council_id: &str, body: &str) {
        let state = match read(body) {
            Ok(()) if !councils::waiting_for(council_id) => FileState::Held,
            _ => FileState::Failed { unreadable: true },
        };
        self.set(council_id, state);
        let all_held = self
            .states
            .with_untracked(|states| states.iter().all(|(_, state)| *state == FileState::Held));
        if all_held {
            if let Some(id) = self
                .focus_after_retry
                .try_update_value(Option::take)
                .flatten()
            {
                crate::ui::focus_by_id(id);
            }
        }
    }

    /// The engine's chunk gives the code that reads a file; the files that
    /// came before it are read now.
    pub fn read_with(&self, read: ReadFile) {
        self.reader.set_value(Some(read));
        for (council_id, body) in self
            .arrived
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            self.read(read, &council_id, &body);
        }
    }

    /// Fetches again every file that failed.
    pub fn retry_failed(&self) {
        let failed: Vec<String> = self.states.with_untracked(|states| {
            states
                .iter()
                .filter(|(_, state)| matches!(state, FileState::Failed { .. }))
                .map(|(id, _)| id.clone())
                .collect()
        });
        for council_id in failed {
            self.need(&council_id);
        }
    }

    /// "Loading…" while any of these councils' files travels, or what went
    /// wrong with "Try again" (focus then moves to the status line `id`, and
    /// on to `focus` once the files are in).
    pub fn status(
        &self,
        id: &'static str,
        focus: &'static str,
        councils_needed: impl Fn() -> Vec<String> + Send + Sync + 'static,
    ) -> AnyView {
        let files = *self;
        let states = Memo::new(move |_| {
            councils_needed()
                .into_iter()
                .filter_map(|council| councils::find(&council).map(|c| c.id.clone()))
                .filter_map(|council| Some((files.state(&council)?, council)))
                .filter(|(state, _)| *state != FileState::Held)
                .collect::<Vec<_>>()
        });
        view! {
            <p class="hint load-status" role="status" id=id tabindex="-1">
                {move || states.with(|list| {
                    let names: Vec<String> = list.iter()
                        .filter(|(state, _)| *state == FileState::Fetching)
                        .map(|(_, council)| council_name(council))
                        .collect();
                    (!names.is_empty()).then(|| text::council_file_loading(&names))
                })}
            </p>
            {move || states.with(|list| {
                let failed: Vec<(bool, String)> = list.iter()
                    .filter_map(|(state, council)| match state {
                        FileState::Failed { unreadable } => Some((*unreadable, council_name(council))),
                        _ => None,
                    })
                    .collect();
                (!failed.is_empty()).then(|| view! {
                    <div class="load-problem" role="alert">
                        {failed.into_iter().map(|(unreadable, name)| view! {
                            <p class="error-message">{text::council_file_failed(&name, unreadable)}</p>
                        }).collect_view()}
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            files.focus_after_retry.set_value(Some(focus));
                            crate::ui::focus_by_id(id);
                            files.retry_failed();
                        }>{crate::text::en::ui_page::TRY_AGAIN}</button>
                    </div>
                })
            })}
        }
        .into_any()
    }
}

fn council_name(council_id: &str) -> String {
    councils::find(council_id).map_or_else(|| council_id.to_string(), |c| c.name.clone())
}

/// The text of a file on this site, or `Err` if it could not be fetched.
async fn fetch_text(path: &str) -> Result<String, ()> {
    let window = web_sys::window().ok_or(())?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let body = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    body.as_string().ok_or(())
}
