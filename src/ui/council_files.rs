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
    /// Fetching while any fetch is on its way (or has come but waits for
    /// the engine's chunk to read it); then held, or why not.
    state: RwSignal<Option<FileState>>,
    /// Texts (and whose part each is, if one council's) that came before
    /// the engine's chunk, which reads them.
    arrived: StoredValue<Vec<(Option<String>, String)>>,
    reader: StoredValue<Option<ReadFile>>,
    /// Where focus goes once a "Try again" has brought the file.
    focus_after_retry: StoredValue<Option<&'static str>>,
    /// The council whose part alone may be fetched: the one the widget's
    /// address names.
    part_for: StoredValue<Option<String>>,
    /// What is on its way: the whole file (`None`) or a council's part.
    in_flight: StoredValue<Vec<Option<String>>>,
    /// Every council asked for: after each file is read, any still missing
    /// is asked for again (a part never holds another council's data).
    asked: StoredValue<Vec<String>>,
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
            arrived: StoredValue::new(Vec::new()),
            reader: StoredValue::new(None),
            focus_after_retry: StoredValue::new(None),
            part_for: StoredValue::new(None),
            in_flight: StoredValue::new(Vec::new()),
            asked: StoredValue::new(Vec::new()),
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

    /// Fetches what holds this council's data, unless it is held, on its
    /// way, or waiting to be read: its part alone for a widget's own
    /// council, the whole file for any other. After a failure it is
    /// fetched again, past the browser's cache.
    pub fn need(&self, council_id: &str) {
        // A case or link may name a council by its GSS code.
        let Some(council) = councils::find(council_id) else {
            return;
        };
        let id = council.id.clone();
        if !councils::waiting_for(&id) {
            return;
        }
        self.asked.update_value(|asked| {
            if !asked.contains(&id) {
                asked.push(id.clone());
            }
        });
        let part = self
            .part_for
            .with_value(|p| p.as_deref() == Some(id.as_str()))
            .then_some(id);
        // The whole file serves every council; a part, only its own.
        let covered = |what: &Option<String>| what.is_none() || *what == part;
        if self.in_flight.with_value(|f| f.iter().any(covered))
            || self
                .arrived
                .with_value(|a| a.iter().any(|(what, _)| covered(what)))
        {
            return;
        }
        let retry = matches!(self.state.get_untracked(), Some(FileState::Failed(_)));
        self.fetch(part, retry);
    }

    fn fetch(&self, part: Option<String>, retry: bool) {
        self.in_flight.update_value(|f| f.push(part.clone()));
        self.state.set(Some(FileState::Fetching));
        let files = *self;
        leptos::task::spawn_local(async move {
            let path = match &part {
                Some(id) => councils::council_part_path(id),
                None => councils::councils_file_path(),
            };
            let fetched = fetch_text(&path, retry).await;
            files.in_flight.update_value(|f| {
                if let Some(at) = f.iter().position(|what| *what == part) {
                    f.remove(at);
                }
            });
            match fetched {
                Ok(body) => match files.reader.get_value() {
                    Some(read) => files.read(read, (part, body)),
                    None => files.arrived.update_value(|a| a.push((part, body))),
                },
                // A part that could not be fetched: the whole file (offline,
                // an installed copy holds it).
                Err(_) if part.is_some() => files.fetch(None, retry),
                Err(failure) => files.state.set(Some(FileState::Failed(failure))),
            }
        });
    }

    fn read(&self, read: ReadFile, (part, body): (Option<String>, String)) {
        match read(part.as_deref(), &body) {
            Ok(()) => {
                if self.in_flight.with_value(Vec::is_empty) {
                    self.state.set(Some(FileState::Held));
                }
                if let Some(id) = self
                    .focus_after_retry
                    .try_update_value(Option::take)
                    .flatten()
                {
                    crate::ui::focus_by_id(id);
                }
                // A council asked for meanwhile that this did not hold.
                for id in self.asked.get_value() {
                    self.need(&id);
                }
            }
            // A part that came damaged: the whole file.
            Err(_) if part.is_some() => self.fetch(None, true),
            Err(_) => self.state.set(Some(FileState::Failed(Failure::Damaged))),
        }
    }

    /// The engine's chunk gives the code that reads the file; what came
    /// before it is read now.
    pub fn read_with(&self, read: ReadFile) {
        self.reader.set_value(Some(read));
        let arrived = self
            .arrived
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for text in arrived {
            self.read(read, text);
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
                let councils: Vec<String> = waiting.into_iter().map(|(council, _)| council).collect();
                Some(crate::ui::try_again_alert(&message, crate::text::en::ui_page::TRY_AGAIN_COUNCIL_FILE, Box::new(move || {
                    files.focus_after_retry.set_value(Some(focus));
                    crate::ui::focus_by_id(id);
                    for council in &councils {
                        files.need(council);
                    }
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
