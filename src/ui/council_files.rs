//! The councils' published procedures and contacts come in one file of
//! their own (`councils-<version>.json`, made by build.rs), fetched from this
//! same site alongside the engine's chunk, the first time a council is
//! chosen, named in a link, or held in a saved case. It is the same file
//! for every family: the request says nothing about which council they
//! chose, and nothing typed travels with it.
//!
//! The fetch starts with the questions' chunk; the engine's chunk holds the
//! code that reads the file (`core::councils::hold`) and hands it over with
//! [`CouncilFiles::read_with`]. Until the file is held, the engine says the
//! dates are on their way rather than counting the law's alone.
//!
//! One exception: a widget whose address names its council (`?embed&council=`)
//! fetches that council's part alone (about 1 KB instead of 38), since the
//! host learnt the council with the page's own request. Any other council
//! chosen there, or a part that cannot be fetched, brings the whole file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::councils;
use crate::text::en::ui_results as text;

/// Reads a fetched text into what the engine holds: one council's part
/// (named) or the whole councils file (`None`).
pub type ReadFile = fn(Option<&str>, &str) -> Result<(), String>;

/// Why the file is not here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Not fetched: the connection dropped.
    Offline,
    /// Fetched, but not readable.
    Damaged,
    /// The site no longer has it: a newer release replaced it since this
    /// page was opened.
    Gone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    Fetching,
    Held,
    Failed(Failure),
}

/// The councils file: whether it has been asked for, and where it is.
#[derive(Clone, Copy)]
pub struct CouncilFiles {
    state: RwSignal<Option<FileState>>,
    /// The text (and whose part it is, if one council's), if it came
    /// before the engine's chunk, which reads it.
    arrived: StoredValue<Option<(Option<String>, String)>>,
    reader: StoredValue<Option<ReadFile>>,
    /// Where focus goes once a "Try again" has brought the file.
    focus_after_retry: StoredValue<Option<&'static str>>,
    /// The council whose part alone may be fetched: the one the widget's
    /// address names.
    part_for: StoredValue<Option<String>>,
    /// Councils asked for while a fetch was on its way, asked for again
    /// once it is done if still not held.
    pending: StoredValue<Vec<String>>,
}

impl Default for CouncilFiles {
    fn default() -> Self {
        Self::new()
    }
}

impl CouncilFiles {
    pub fn new() -> CouncilFiles {
        CouncilFiles {
            state: RwSignal::new(None),
            arrived: StoredValue::new(None),
            reader: StoredValue::new(None),
            focus_after_retry: StoredValue::new(None),
            part_for: StoredValue::new(None),
            pending: StoredValue::new(Vec::new()),
        }
    }

    /// For a widget whose address names its council: that council's part
    /// alone is fetched, not the whole file.
    pub fn for_widget_set_to(council_id: Option<String>) -> CouncilFiles {
        let files = CouncilFiles::new();
        files.part_for.set_value(council_id);
        files
    }

    /// Makes a memo that reads the councils' data recompute when it arrives.
    pub fn track(&self) {
        self.state.track();
    }

    /// Fetches the file if this council's data is not held and the file is
    /// not on its way (after a failure, it is fetched again).
    pub fn need(&self, council_id: &str) {
        // A case or link may name a council by its GSS code.
        let Some(council) = councils::find(council_id) else {
            return;
        };
        if !councils::waiting_for(&council.id) {
            return;
        }
        let retry = match self.state.get_untracked() {
            Some(FileState::Fetching) => {
                self.pending.update_value(|p| p.push(council.id.clone()));
                return;
            }
            Some(FileState::Failed(_)) => true,
            // Held: a widget's own council's part came; another council
            // chosen there needs the whole file.
            Some(FileState::Held) | None => false,
        };
        self.state.set(Some(FileState::Fetching));
        let part = self
            .part_for
            .with_value(|p| p.as_deref() == Some(council.id.as_str()))
            .then(|| council.id.clone());
        let files = *self;
        leptos::task::spawn_local(async move {
            let mut fetched = Err(Failure::Offline);
            if let Some(id) = &part {
                fetched = fetch_text(&councils::council_part_path(id), retry)
                    .await
                    .map(|body| (part.clone(), body));
            }
            // Not a widget's own council, or its part could not be fetched
            // (offline, an installed copy holds the whole file).
            if fetched.is_err() {
                fetched = fetch_text(&councils::councils_file_path(), retry)
                    .await
                    .map(|body| (None, body));
            }
            match fetched {
                Ok(arrived) => match files.reader.get_value() {
                    Some(read) => files.read(read, arrived),
                    None => files.arrived.set_value(Some(arrived)),
                },
                Err(failure) => files.state.set(Some(FileState::Failed(failure))),
            }
            // Anything asked for meanwhile and still missing (after a
            // failure, "Try again" asks again).
            let pending = files.pending.try_update_value(std::mem::take);
            if files.state.get_untracked() == Some(FileState::Held) {
                for id in pending.unwrap_or_default() {
                    files.need(&id);
                }
            }
        });
    }

    fn read(&self, read: ReadFile, (part, body): (Option<String>, String)) {
        match read(part.as_deref(), &body) {
            Ok(()) => {
                self.state.set(Some(FileState::Held));
                if let Some(id) = self
                    .focus_after_retry
                    .try_update_value(Option::take)
                    .flatten()
                {
                    crate::ui::focus_by_id(id);
                }
            }
            Err(_) => self.state.set(Some(FileState::Failed(Failure::Damaged))),
        }
    }

    /// The engine's chunk gives the code that reads the file; a file that
    /// came before it is read now.
    pub fn read_with(&self, read: ReadFile) {
        self.reader.set_value(Some(read));
        if let Some(arrived) = self.arrived.try_update_value(Option::take).flatten() {
            self.read(read, arrived);
        }
    }

    /// "Loading…" while the file travels for any of these councils, or what
    /// went wrong with "Try again" (focus then moves to the status line `id`,
    /// and on to `focus` once the file is in).
    pub fn status(
        &self,
        id: &'static str,
        focus: &'static str,
        councils_needed: impl Fn() -> Vec<String> + Send + Sync + 'static,
    ) -> AnyView {
        let files = *self;
        let shown = Memo::new(move |_| {
            let state = files
                .state
                .get()
                .filter(|state| *state != FileState::Held)?;
            let waiting: Vec<(String, String)> = councils_needed()
                .iter()
                .filter_map(|council| councils::find(council))
                .filter(|council| councils::waiting_for(&council.id))
                .map(|council| (council.id.clone(), council.name.clone()))
                .collect();
            (!waiting.is_empty()).then_some((state, waiting))
        });
        let names = |waiting: &[(String, String)]| -> Vec<String> {
            waiting.iter().map(|(_, name)| name.clone()).collect()
        };
        view! {
            <p class="hint load-status" role="status" id=id tabindex="-1">
                {move || shown.with(|shown| match shown {
                    Some((FileState::Fetching, waiting)) => Some(text::council_file_loading(&names(waiting))),
                    _ => None,
                })}
            </p>
            {move || shown.get().and_then(|(state, waiting)| {
                let FileState::Failed(failure) = state else { return None };
                let names = names(&waiting);
                let message = match failure {
                    Failure::Offline => text::council_file_not_loaded(&names),
                    Failure::Damaged => text::council_file_damaged(&names),
                    Failure::Gone => text::council_file_gone(&names),
                };
                let council = waiting[0].0.clone();
                Some(crate::ui::try_again_alert(&message, Box::new(move || {
                    files.focus_after_retry.set_value(Some(focus));
                    crate::ui::focus_by_id(id);
                    files.need(&council);
                })))
            })}
        }
        .into_any()
    }
}

/// The text of a file on this site. `reload`: past the browser's cache, for
/// "Try again" after a damaged copy (the file may be cached for a year).
async fn fetch_text(path: &str, reload: bool) -> Result<String, Failure> {
    let window = web_sys::window().ok_or(Failure::Offline)?;
    let init = web_sys::RequestInit::new();
    if reload {
        init.set_cache(web_sys::RequestCache::Reload);
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| Failure::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Failure::Offline)?;
    match response.status() {
        200 => {}
        404 | 410 => return Err(Failure::Gone),
        _ => return Err(Failure::Offline),
    }
    let body = JsFuture::from(response.text().map_err(|_| Failure::Offline)?)
        .await
        .map_err(|_| Failure::Offline)?;
    body.as_string().ok_or(Failure::Damaged)
}
