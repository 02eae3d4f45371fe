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
//! The councils file goes without the councils' own wording (each step as a
//! page describes it, our notes, where a page differs from the law), which
//! never changes a date: it follows in a file of its own once the councils
//! file is read (`core::councils::wording`), and the result shows it when
//! it comes. Until then the dates stand, and if it cannot come the page
//! says so with "Try again".
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

/// How long the councils' wording may take before the page says it has not
/// come (a request that hangs never fails by itself).
const WORDING_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Reads a fetched text into what the engine holds: one council's part
/// (named) or the whole councils file (`None`).
pub type ReadFile = fn(Option<&str>, &str) -> Result<(), String>;

/// Fills the councils file's wording in from its own file.
pub type ReadWording = fn(&str) -> Result<(), String>;

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
    reader: StoredValue<Option<(ReadFile, ReadWording)>>,
    /// The councils' wording (`core::councils::wording`), fetched once the
    /// councils file is read: the dates are counted without waiting for it.
    wording: RwSignal<Option<FileState>>,
    /// Which fetch of the wording is the latest, so a late answer or an
    /// old timeout does not overrule it; and whether "Try again" asked for it.
    wording_attempt: StoredValue<(u32, bool)>,
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
            wording: RwSignal::new(None),
            wording_attempt: StoredValue::new((0, false)),
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
        self.wording.track();
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
                    Some(readers) => files.read(readers, (part, body)),
                    None => files.arrived.update_value(|a| a.push((part, body))),
                },
                // A part that could not be fetched: the whole file (offline,
                // an installed copy holds it).
                Err(_) if part.is_some() => files.fetch(None, retry),
                Err(failure) => files.state.set(Some(FileState::Failed(failure))),
            }
        });
    }

    fn read(&self, readers: (ReadFile, ReadWording), (part, body): (Option<String>, String)) {
        match readers.0(part.as_deref(), &body) {
            Ok(()) => {
                if self.in_flight.with_value(Vec::is_empty) {
                    self.state.set(Some(FileState::Held));
                }
                // A council's part holds its wording; the whole file's follows.
                if part.is_none() {
                    self.fetch_wording(readers.1, false);
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

    /// Fetches the councils' wording, unless it is on its way or held. A
    /// request that hangs is given up after [`WORDING_WAIT`], so the page
    /// can say so and offer "Try again".
    fn fetch_wording(&self, read: ReadWording, retry: bool) {
        if matches!(
            self.wording.get_untracked(),
            Some(FileState::Fetching | FileState::Held)
        ) {
            return;
        }
        self.wording.set(Some(FileState::Fetching));
        self.wording_attempt.update_value(|(attempt, retried)| {
            *attempt += 1;
            *retried = retry;
        });
        let attempt = self.wording_attempt.get_value().0;
        let files = *self;
        let settle = move |state: FileState| {
            let (latest, retried) = files.wording_attempt.get_value();
            let current =
                latest == attempt && files.wording.get_untracked() == Some(FileState::Fetching);
            // Wording read late (after the wait, or an older fetch's) is
            // held all the same; a late failure changes nothing.
            if !current && state != FileState::Held {
                return;
            }
            files.wording.set(Some(state));
            if state == FileState::Held {
                // Focus on the message or its status line, both gone now
                // (after "Try again", or an answer that came after the
                // wait), goes to the council's box, where the wording is.
                let on_message = document().active_element().is_some_and(|element| {
                    ["council-wording-retry", "council-wording-status"]
                        .contains(&element.id().as_str())
                });
                if on_message {
                    crate::ui::focus_by_id("your-council");
                }
            } else if retried && current {
                // "Try again" failed again: to the new message's button.
                crate::ui::focus_by_id("council-wording-retry");
            }
        };
        set_timeout(
            move || settle(FileState::Failed(Failure::Offline)),
            WORDING_WAIT,
        );
        leptos::task::spawn_local(async move {
            settle(
                match fetch_text(&councils::councils_wording_path(), retry).await {
                    Ok(body) if read(&body).is_ok() => FileState::Held,
                    Ok(_) => FileState::Failed(Failure::Damaged),
                    Err(failure) => FileState::Failed(failure),
                },
            );
        });
    }

    /// After the result, beside the council's box: why the councils' own
    /// wording has not come, with "Try again" (the dates stand without it),
    /// and that it is on its way again.
    pub fn wording_status(
        &self,
        councils_shown: impl Fn() -> Vec<String> + Send + Sync + 'static,
    ) -> AnyView {
        let files = *self;
        let shown = Memo::new(move |_| {
            let state = files
                .wording
                .get()
                .filter(|state| *state != FileState::Held)?;
            let waiting: Vec<String> = councils_shown()
                .iter()
                .filter_map(|council| councils::find(council))
                .filter(|council| councils::waiting_for_wording(&council.id))
                .map(|council| council.name.clone())
                .collect();
            (!waiting.is_empty()).then_some((state, waiting))
        });
        view! {
            <p class="hint load-status no-print" role="status" id="council-wording-status" tabindex="-1">
                {move || shown.with(|shown| match shown {
                    Some((FileState::Fetching, names)) if files.wording_attempt.get_value().1 => {
                        Some(text::council_wording_loading(names))
                    }
                    _ => None,
                })}
            </p>
            {move || shown.get().and_then(|(state, names)| {
                let FileState::Failed(failure) = state else { return None };
                let message = match failure {
                    Failure::Damaged => text::council_wording_damaged(&names),
                    Failure::Offline | Failure::Gone => text::council_wording_not_loaded(&names),
                };
                Some(view! {
                    <div class="inset no-print" role="alert" id="council-wording-problem">
                        <p>{message}</p>
                        <button type="button" class="button button-secondary" id="council-wording-retry" on:click=move |_| {
                            crate::ui::focus_by_id("council-wording-status");
                            if let Some((_, read)) = files.reader.get_value() {
                                files.fetch_wording(read, true);
                            }
                        }>
                            {crate::text::en::ui_page::TRY_AGAIN}
                            <span class="visually-hidden">{crate::text::en::ui_page::TRY_AGAIN_COUNCIL_WORDING}</span>
                        </button>
                    </div>
                })
            })}
        }
        .into_any()
    }

    /// The engine's chunk gives the code that reads the file and its
    /// wording; what came before it is read now.
    pub fn read_with(&self, read: ReadFile, read_wording: ReadWording) {
        self.reader.set_value(Some((read, read_wording)));
        let arrived = self
            .arrived
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for text in arrived {
            self.read((read, read_wording), text);
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
