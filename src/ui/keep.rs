//! Keep and take away: saving on this device (only when asked), the caseload
//! of saved cases, backup files, the calendar file, letters and printing.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::council_picker::CouncilChoice;
use super::device;
use super::embed::in_frame;
use super::safety::PrintButton;
use crate::core::assessment::Assessment;
use crate::core::case::Case;
use crate::core::dates::{day_month_year, long_date};
use crate::core::form::{answers_from_case, build_case, Answers};
use crate::core::ics::{calendar_file_with_label, file_name, file_stem};
use crate::core::letters::{available_letters, letter, LetterKind, LetterNames};
use crate::core::saved::{
    caseload, caseload_summary, export_all, export_one, import, label_as_stored, load_store,
    save_store, unknown_parts_note, DeleteOutcome, LoadOutcome, SaveOutcome, SavedCase, Store,
};

/// Saved data the page found but could not use as it was: a damaged store
/// (or one from a newer version), or an older version's store before it was
/// brought up to date. It is never written over until it has been kept aside
/// in the browser, downloaded, or explicitly discarded.
#[derive(Clone, PartialEq, Eq)]
pub struct KeptAside {
    pub raw: String,
    pub why: KeptWhy,
    /// The storage key holding the copy; `None` when there was no room.
    pub key: Option<String>,
}

#[derive(Clone, PartialEq, Eq)]
pub enum KeptWhy {
    Unreadable(String),
    Migrated(u32),
}

/// Where a confirmation shows: above the saved cases, or in "Keep and take
/// away" beside the buttons that made it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NoticeAt {
    Top,
    Panel,
}

impl NoticeAt {
    fn element_id(self) -> &'static str {
        match self {
            NoticeAt::Top => "keep-notice",
            NoticeAt::Panel => "keep-panel-notice",
        }
    }
}

/// Everything the keeping features share, provided as context by the page.
#[derive(Clone, Copy)]
pub struct Keeping {
    pub today: NaiveDate,
    pub council: RwSignal<Option<CouncilChoice>>,
    pub answers: RwSignal<Answers>,
    /// The saved cases, once there are any (or once the user saved).
    pub store: RwSignal<Option<Store>>,
    /// Why saving is not possible here, if it is not.
    pub storage_problem: StoredValue<Option<String>>,
    /// The saved case the questions show, if any.
    pub current: RwSignal<Option<String>>,
    /// That saved case as this page last opened or saved it, to tell when
    /// another tab has changed it since.
    pub seen: RwSignal<Option<SavedCase>>,
    /// The case last opened (saved or from a file): the parts of it this
    /// version does not know travel with the answers when they are saved.
    pub opened: StoredValue<Option<Case>>,
    /// A status message ("Saved as Case 1."), shown where `notice_at` says.
    pub notice: RwSignal<String>,
    pub notice_at: RwSignal<NoticeAt>,
    /// Saved data that could not be used as it was (see [`KeptAside`]).
    pub kept_aside: RwSignal<Option<KeptAside>>,
    /// Raw saved data the user has downloaded or chosen to discard, which
    /// may therefore be written over.
    pub released: StoredValue<Vec<String>>,
    /// A case waiting for "replace what is on the page?".
    pub pending_open: RwSignal<Option<(String, Case)>>,
    /// Names typed for the letters (saved with the case only if the family saves).
    pub letter_names: RwSignal<LetterNames>,
    pub embed: bool,
    /// A widget whose council the host site locked: a new case keeps it.
    pub locked: bool,
}

impl Keeping {
    /// Reads what is already saved. Reading writes nothing, except that an
    /// older version's store is brought up to date once its original text
    /// is kept aside.
    pub fn start(
        today: NaiveDate,
        council: RwSignal<Option<CouncilChoice>>,
        answers: RwSignal<Answers>,
        embed: bool,
        locked: bool,
    ) -> Keeping {
        let keeping = Keeping {
            today,
            council,
            answers,
            store: RwSignal::new(None),
            storage_problem: StoredValue::new(None),
            current: RwSignal::new(None),
            seen: RwSignal::new(None),
            opened: StoredValue::new(None),
            notice: RwSignal::new(String::new()),
            notice_at: RwSignal::new(NoticeAt::Top),
            kept_aside: RwSignal::new(None),
            released: StoredValue::new(Vec::new()),
            pending_open: RwSignal::new(None),
            letter_names: RwSignal::new(LetterNames::default()),
            embed,
            locked,
        };
        match device::read_store() {
            Err(reason) => keeping.storage_problem.set_value(Some(reason)),
            Ok(raw) => match load_store(raw.as_deref(), today) {
                LoadOutcome::Empty => {}
                LoadOutcome::Loaded(store) => keeping.show_loaded(store),
                LoadOutcome::Migrated(store, from) => {
                    let raw = raw.unwrap_or_default();
                    let key = device::keep_aside(&raw).ok();
                    // Bring the store up to date only once the original is safe.
                    if key.is_some() {
                        let _ = device::write_store(&save_store(&store));
                    }
                    keeping.kept_aside.set(Some(KeptAside {
                        raw,
                        why: KeptWhy::Migrated(from),
                        key,
                    }));
                    keeping.show_loaded(store);
                }
                LoadOutcome::Unreadable { raw, reason } => {
                    let key = device::keep_aside(&raw).ok();
                    keeping.kept_aside.set(Some(KeptAside {
                        raw,
                        why: KeptWhy::Unreadable(reason),
                        key,
                    }));
                }
            },
        }
        keeping.follow_other_tabs();
        keeping
    }

    /// Confirms what an action did, visibly, and moves focus there so
    /// keyboard and screen reader users hear it and carry on from it.
    pub fn tell(&self, at: NoticeAt, text: String) {
        self.notice_at.set(at);
        self.notice.set(text);
        super::focus_by_id(at.element_id());
    }

    /// Says something that did not follow an action (found on arrival, or
    /// done in another tab): shown above the saved cases, focus left alone.
    pub fn inform(&self, text: String) {
        self.notice_at.set(NoticeAt::Top);
        self.notice.set(text);
    }

    fn show_loaded(&self, store: Store) {
        if !store.read_notes.is_empty() {
            self.inform(store.read_notes.join(" "));
        }
        self.store.set(Some(store));
    }

    /// Another tab saving, renaming or deleting updates this tab's list at
    /// once (the browser sends a `storage` event to every other tab).
    fn follow_other_tabs(&self) {
        let keeping = *self;
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let ours = ev
                .key()
                .is_none_or(|key| key == crate::core::saved::STORE_KEY);
            if ours {
                keeping.reload_after_other_tab();
            }
        });
        on_cleanup(move || handle.remove());
    }

    fn reload_after_other_tab(&self) {
        let Ok(raw) = device::read_store() else {
            return;
        };
        let store = match load_store(raw.as_deref(), self.today) {
            LoadOutcome::Empty => None,
            LoadOutcome::Loaded(store) | LoadOutcome::Migrated(store, _) => Some(store),
            // Left for the next write to handle: it never writes over it.
            LoadOutcome::Unreadable { .. } => return,
        };
        let current = self.current.get_untracked();
        let now = current
            .as_ref()
            .and_then(|id| store.as_ref().and_then(|s| s.get(id)).cloned());
        let message = match (&current, &now) {
            (Some(_), None) => Some(
                "This case was deleted in another tab. Your answers are still on this page: save them again if you need them.".to_string(),
            ),
            (Some(_), Some(now)) if self.seen.with_untracked(|seen| seen.as_ref() != Some(now)) => Some(format!(
                "{} was changed in another tab. If you save here, both versions are kept.",
                now.label
            )),
            _ => Some("Your saved cases were changed in another tab. The list below is up to date.".to_string()),
        };
        if current.is_some() && now.is_none() {
            self.current.set(None);
            self.seen.set(None);
        }
        self.store.set(store);
        if let Some(message) = message {
            self.inform(message);
        }
    }

    /// The case the questions describe now, if every answer can be read.
    pub fn case_now(&self) -> Option<Case> {
        let mut answers = self.answers.get();
        answers.council = self.council.get().and_then(|c| c.council_id());
        let mut case = build_case(&answers, self.today).ok()?;
        self.opened.with_value(|opened| {
            if let Some(opened) = opened {
                case.keep_unknown_from(opened);
            }
        });
        Some(case)
    }

    /// Makes a change to the saved cases as they are on the device right
    /// now (another tab may have saved since this page read them), then
    /// writes them back. Never writes over saved data that could not be
    /// read, or an older version's data, unless it was kept aside,
    /// downloaded or discarded first.
    pub fn change<T>(&self, change: impl FnOnce(&mut Store) -> T) -> Result<T, String> {
        let raw = device::read_store()?;
        let mut store = match load_store(raw.as_deref(), self.today) {
            LoadOutcome::Empty => Store::new(),
            LoadOutcome::Loaded(store) => store,
            LoadOutcome::Migrated(store, from) => {
                self.make_safe(raw.unwrap_or_default(), KeptWhy::Migrated(from))?;
                store
            }
            LoadOutcome::Unreadable { raw, reason } => {
                self.make_safe(raw, KeptWhy::Unreadable(reason))?;
                Store::new()
            }
        };
        let result = change(&mut store);
        device::write_store(&save_store(&store))?;
        self.store.set(Some(store));
        Ok(result)
    }

    /// Saved data may be written over only once a copy is kept in the
    /// browser, or the user has downloaded it or chosen to discard it.
    fn make_safe(&self, raw: String, why: KeptWhy) -> Result<(), String> {
        if self.released.with_value(|released| released.contains(&raw)) {
            return Ok(());
        }
        match device::keep_aside(&raw) {
            Ok(key) => {
                if self.kept_aside.with_untracked(|k| k.is_none()) {
                    self.kept_aside.set(Some(KeptAside {
                        raw,
                        why,
                        key: Some(key),
                    }));
                }
                Ok(())
            }
            Err(_) => {
                self.kept_aside.set(Some(KeptAside {
                    raw,
                    why,
                    key: None,
                }));
                Err("the saved data that could not be read has no copy yet, and saving now would write over it. Download it first with \"Download the saved data\", or choose to delete it".to_string())
            }
        }
    }

    /// Clears the questions for another family's case: nothing saved changes,
    /// and the next save makes a new saved case.
    pub fn start_new_case(&self) {
        self.pending_open.set(None);
        self.answers.set(Answers::default());
        if !self.locked {
            self.council.set(None);
        }
        self.current.set(None);
        self.seen.set(None);
        self.opened.set_value(None);
        self.letter_names.set(LetterNames::default());
        self.tell(
            NoticeAt::Top,
            "Started a new case. Your saved cases have not changed: choose the council and enter the dates for this one.".to_string(),
        );
    }

    /// Shows a case in the questions, asking first if that would lose answers
    /// that are not saved.
    pub fn open(&self, id: Option<String>, case: Case, label: String) {
        let typed_something = self
            .answers
            .with_untracked(|a| a.by_question.iter().any(|(_, v)| v != &Default::default()));
        let saved_as_shown = self.current.get_untracked().is_some_and(|current| {
            let now = self.case_now();
            self.store.with_untracked(|s| {
                s.as_ref()
                    .and_then(|s| s.get(&current))
                    .zip(now.as_ref())
                    .is_some_and(|(saved, now)| saved.case.same_answers(now))
            })
        });
        if typed_something && !saved_as_shown {
            self.pending_open.set(Some((id.unwrap_or_default(), case)));
            super::focus_by_id("confirm-replace");
            return;
        }
        self.open_confirmed(id, case, label);
    }

    /// Shows a case in the questions, replacing what is there.
    pub fn open_confirmed(&self, id: Option<String>, case: Case, label: String) {
        self.pending_open.set(None);
        let answers = answers_from_case(&case);
        self.council.set(Some(match &case.council {
            Some(id) => CouncilChoice::Council(id.clone()),
            None => CouncilChoice::Statutory,
        }));
        self.answers.set(answers);
        let id = id.filter(|id| !id.is_empty());
        let saved = id
            .as_ref()
            .and_then(|id| self.store.with_untracked(|s| s.as_ref()?.get(id).cloned()));
        self.letter_names.set(
            saved
                .as_ref()
                .map(|c| c.letter_names.clone())
                .unwrap_or_default(),
        );
        self.seen.set(saved);
        self.opened.set_value(Some(case));
        self.current.set(id);
        self.inform(format!("Opened {label}."));
        super::focus_by_id("where-you-stand");
    }
}

/// A short stable hash (FNV-1a) of text, for ids that must differ between
/// different answers without holding them.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Saved cases for advocates and families: most urgent first.
#[component]
pub fn SavedCases() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let rows = Memo::new(move |_| {
        keeping
            .store
            .get()
            .map(|store| caseload(&store, keeping.today))
            .unwrap_or_default()
    });
    let confirming_delete_all = RwSignal::new(false);
    let renaming = RwSignal::new(None::<String>);
    let rename_text = RwSignal::new(String::new());

    let delete_everything = move |_| match device::remove_everything() {
        Ok(_) => {
            keeping.store.set(None);
            keeping.current.set(None);
            keeping.seen.set(None);
            keeping.kept_aside.set(None);
            confirming_delete_all.set(false);
            keeping.tell(
                NoticeAt::Top,
                "Everything saved on this device has been deleted.".to_string(),
            );
        }
        Err(e) => keeping.tell(NoticeAt::Top, format!("Could not delete: {e}.")),
    };
    let download_all = move |_| {
        if let Some(store) = keeping.store.get_untracked() {
            let cases: Vec<Case> = store.cases.iter().map(|s| s.case.clone()).collect();
            let result = device::download(
                "complaint-navigator-all-cases.json",
                "application/json",
                &export_all(&cases),
            );
            keeping.tell(
                NoticeAt::Top,
                match result {
                    Ok(()) => format!("Downloaded a backup of {} saved cases.", cases.len()),
                    Err(e) => format!("Could not download: {e}."),
                },
            );
        }
    };

    view! {
        <KeptAsidePanel />
        <p id="keep-notice" class="keep-notice" tabindex="-1"
            hidden=move || keeping.notice.with(String::is_empty) || keeping.notice_at.get() != NoticeAt::Top>
            {move || keeping.notice.get()}
        </p>
        <Show when=move || !rows.get().is_empty() || keeping.kept_aside.get().is_some()>
            <section class="saved-cases" aria-labelledby="saved-heading">
                <h2 id="saved-heading">"Your saved cases"</h2>
                <p id="caseload-summary">{move || caseload_summary(&rows.get(), keeping.today)}</p>
                <ul class="caseload">
                    <For each=move || rows.get() key=|row| format!("{row:?}") let:row>
                        <CaseloadItem row=row renaming=renaming rename_text=rename_text />
                    </For>
                </ul>
                <div class="button-row">
                    <button type="button" class="button button-secondary" id="download-all" on:click=download_all>"Download all saved cases (backup file)"</button>
                    <button type="button" class="button button-warning-secondary" id="delete-everything"
                        on:click=move |_| { confirming_delete_all.set(true); super::focus_by_id("confirm-delete-all"); }>
                        "Delete everything saved"
                    </button>
                </div>
                <Show when=move || confirming_delete_all.get()>
                    <div class="warning-panel" id="confirm-delete-all" tabindex="-1">
                        <p><strong>"Delete every saved case from this device?"</strong>" This cannot be undone. Download a backup first if you may need them."</p>
                        <div class="button-row">
                            <button type="button" class="button button-warning" id="confirm-delete-everything" on:click=delete_everything>"Yes, delete everything"</button>
                            <button type="button" class="button button-secondary" on:click=move |_| confirming_delete_all.set(false)>"Cancel"</button>
                        </div>
                    </div>
                </Show>
            </section>
        </Show>
        <ConfirmReplace />
    }
}

/// Saved data the page could not use as it was, kept aside: what happened,
/// where the copy is, and the choices (download, delete or dismiss).
#[component]
fn KeptAsidePanel() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let confirming_discard = RwSignal::new(false);
    let release = move |raw: &str| {
        keeping
            .released
            .update_value(|released| released.push(raw.to_string()))
    };
    view! {
        {move || keeping.kept_aside.get().map(|kept| {
            let KeptAside { raw, why, key } = kept.clone();
            let download = {
                let raw = raw.clone();
                move |_| {
                    let name = match why_file(&keeping) {
                        Some(name) => name,
                        None => return,
                    };
                    match device::download(name, "text/plain", &raw) {
                        Ok(()) => {
                            release(&raw);
                            keeping.tell(NoticeAt::Top, "Downloaded a copy of the saved data. Keep the file: you can open it with \"Open a backup file\" if it can be read.".to_string());
                        }
                        Err(e) => keeping.tell(NoticeAt::Top, format!("Could not download: {e}. Nothing has been changed or deleted.")),
                    }
                }
            };
            match why {
                KeptWhy::Unreadable(reason) => {
                    let has_copy = key.is_some();
                    let discard = {
                        let raw = raw.clone();
                        move |_| {
                            release(&raw);
                            let removed = device::remove_store();
                            if let Some(key) = &key {
                                let _ = device::remove_key(key);
                            }
                            confirming_discard.set(false);
                            keeping.kept_aside.set(None);
                            keeping.tell(NoticeAt::Top, match removed {
                                Ok(()) => "The damaged saved data has been deleted. You can save again.".to_string(),
                                Err(e) => format!("Could not delete it: {e}."),
                            });
                        }
                    };
                    view! {
                        <div class="warning-panel" role="alert" id="kept-aside">
                            <h2>"We could not read your saved cases"</h2>
                            <p>{format!("{reason} We have not changed or deleted them.")}</p>
                            {match has_copy {
                                true => view! {
                                    <p>"A copy is kept aside in this browser. Download it to keep it safe, and open it with \"Open a backup file\" if you can."</p>
                                }.into_any(),
                                false => view! {
                                    <p id="kept-aside-no-room"><strong>"There is not enough room in this browser to keep a copy, so nothing new can be saved here until you download this data or delete it."</strong>
                                        " Saving now would write over it."</p>
                                }.into_any(),
                            }}
                            <div class="button-row">
                                <button type="button" class="button button-secondary" id="download-kept-aside" on:click=download>"Download the saved data"</button>
                                <button type="button" class="button button-warning-secondary" id="discard-kept-aside" on:click=move |_| {
                                    confirming_discard.set(true);
                                    super::focus_by_id("confirm-discard");
                                }>"Delete the damaged data"</button>
                            </div>
                            <Show when=move || confirming_discard.get()>
                                <div class="warning-panel" id="confirm-discard" tabindex="-1">
                                    <p><strong>"Delete the saved data that could not be read?"</strong>" This cannot be undone. Download it first if it may hold dates you need."</p>
                                    <div class="button-row">
                                        <button type="button" class="button button-warning" id="confirm-discard-yes" on:click=discard.clone()>"Yes, delete it"</button>
                                        <button type="button" class="button button-secondary" on:click=move |_| confirming_discard.set(false)>"Cancel"</button>
                                    </div>
                                </div>
                            </Show>
                        </div>
                    }.into_any()
                }
                KeptWhy::Migrated(from) => {
                    let has_copy = key.is_some();
                    let dismiss = {
                        let raw = raw.clone();
                        move |_| {
                            release(&raw);
                            if let Some(key) = &key {
                                let _ = device::remove_key(key);
                            }
                            keeping.kept_aside.set(None);
                            keeping.tell(NoticeAt::Top, "The copy of your saved cases as they were has been removed.".to_string());
                        }
                    };
                    view! {
                        <div class="notice-panel" role="status" id="kept-aside">
                            <h2>"Your saved cases were brought up to date"</h2>
                            <p>{format!("They were saved by an older version ({from}) of this tool. Your dates and names are unchanged.")}</p>
                            {match has_copy {
                                true => "A copy of them exactly as they were is kept in this browser until you dismiss this message.",
                                false => "There was no room to keep a copy of them as they were, so they stay in the old form on this device until you save. Download the copy first if you want it.",
                            }.into_view()}
                            <div class="button-row">
                                <button type="button" class="button button-secondary" id="download-kept-aside" on:click=download>"Download them as they were"</button>
                                <button type="button" class="button button-secondary" id="dismiss-kept-aside" on:click=dismiss>"Dismiss this message"</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }
        })}
    }
}

fn why_file(keeping: &Keeping) -> Option<&'static str> {
    keeping.kept_aside.with_untracked(|kept| {
        kept.as_ref().map(|kept| match kept.why {
            KeptWhy::Unreadable(_) => "complaint-navigator-unreadable-saved-data.txt",
            KeptWhy::Migrated(_) => "complaint-navigator-saved-cases-before-update.txt",
        })
    })
}

/// One saved case in the caseload, with Open, Rename and Delete.
#[component]
fn CaseloadItem(
    row: crate::core::saved::CaseloadRow,
    renaming: RwSignal<Option<String>>,
    rename_text: RwSignal<String>,
) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let id = row.id.clone();
    let label = row.label.clone();
    let next = match &row.next {
        Some(next) => format!(
            "Next: {}, {} ({}).",
            next.title,
            long_date(next.due),
            match next.status {
                crate::core::assessment::DeadlineStatus::Overdue => "overdue",
                crate::core::assessment::DeadlineStatus::DueToday => "due today",
                _ => "upcoming",
            }
        ),
        None => row
            .problem
            .clone()
            .unwrap_or_else(|| "No open deadlines.".to_string()),
    };
    let overdue = (row.overdue > 0).then(|| format!(" · {} overdue", row.overdue));
    let open = {
        let id = id.clone();
        move |_| {
            let store = keeping.store.get_untracked();
            if let Some(saved) = store.as_ref().and_then(|s| s.get(&id)) {
                keeping.open(Some(id.clone()), saved.case.clone(), saved.label.clone());
            }
        }
    };
    let start_rename = {
        let (id, label) = (id.clone(), label.clone());
        move |_| {
            rename_text.set(label.clone());
            renaming.set(Some(id.clone()));
            super::focus_element_id(format!("rename-{id}"));
        }
    };
    let save_name = {
        let id = id.clone();
        move || {
            let name = rename_text.get_untracked();
            let renamed = keeping.change(|store| {
                store
                    .rename(&id, &name)
                    .then(|| store.get(&id).map(|c| c.label.clone()))
                    .flatten()
            });
            if let Ok(Some(_)) = &renamed {
                keeping.seen.update(|seen| {
                    if let Some(seen) = seen.as_mut().filter(|seen| seen.id == id) {
                        seen.label = keeping
                            .store
                            .with_untracked(|s| {
                                s.as_ref().and_then(|s| s.get(&id)).map(|c| c.label.clone())
                            })
                            .unwrap_or_default();
                    }
                });
            }
            keeping.tell(
                NoticeAt::Top,
                match renamed {
                    Ok(Some(label)) => format!("Renamed to {label}."),
                    Ok(None) => {
                        "Not renamed: type a name, or this case was deleted in another tab."
                            .to_string()
                    }
                    Err(e) => format!("Could not rename: {e}."),
                },
            );
            renaming.set(None);
        }
    };
    let confirming = RwSignal::new(false);
    let delete = {
        let id = id.clone();
        move |_| {
            confirming.set(false);
            // What this tab shows of the case: deleting it must not remove
            // a newer version saved in another tab unseen.
            let shown = keeping
                .store
                .with_untracked(|s| s.as_ref().and_then(|s| s.get(&id)).cloned());
            let outcome = keeping.change(|store| store.delete_unless_changed(&id, shown.as_ref()));
            if matches!(
                outcome,
                Ok(DeleteOutcome::Deleted(_)) | Ok(DeleteOutcome::Missing)
            ) && keeping.current.get_untracked() == Some(id.clone())
            {
                keeping.current.set(None);
                keeping.seen.set(None);
            }
            keeping.tell(NoticeAt::Top, match outcome {
                Ok(DeleteOutcome::Deleted(removed)) => format!("Deleted {}.", removed.label),
                Ok(DeleteOutcome::Missing) => "It had already been deleted in another tab.".to_string(),
                Ok(DeleteOutcome::ChangedElsewhere) => "Not deleted: this case was changed in another tab since this page showed it. The list now shows the newer version; delete it again if you are sure.".to_string(),
                Err(e) => format!("Could not delete: {e}."),
            });
        }
    };
    let is_renaming = {
        let id = id.clone();
        move || renaming.get() == Some(id.clone())
    };
    let input_id = format!("rename-{id}");
    view! {
        <li class="caseload-row" id=format!("saved-{id}")>
            <h3 class="caseload-label">{label.clone()}</h3>
            <p>{row.council.clone()}{overdue}</p>
            <p>{next}</p>
            <Show when=is_renaming.clone()>
                <div class="form-group">
                    <label class="label" for=input_id.clone()>"New name for this case"</label>
                    <p class="hint">"Use something neutral, not a child's name."</p>
                    <input class="input" id=input_id.clone() type="text" autocomplete="off"
                        prop:value=move || rename_text.get()
                        on:input=move |ev| rename_text.set(event_target_value(&ev))
                        on:keydown={
                            let save_name = save_name.clone();
                            move |ev| if ev.key() == "Enter" { ev.prevent_default(); save_name(); }
                        } />
                    <button type="button" class="button" on:click={
                        let save_name = save_name.clone();
                        move |_| save_name()
                    }>"Save the name"</button>
                </div>
            </Show>
            <div class="button-row">
                <button type="button" class="link-button" on:click=open>"Open"<span class="visually-hidden">{format!(" {label}")}</span></button>
                <button type="button" class="link-button" on:click=start_rename>"Rename"<span class="visually-hidden">{format!(" {label}")}</span></button>
                <button type="button" class="link-button" on:click=move |_| confirming.set(true)>"Delete"<span class="visually-hidden">{format!(" {label}")}</span></button>
            </div>
            <Show when=move || confirming.get()>
                <div class="warning-panel">
                    <p><strong>{format!("Delete {} from this device?", label.clone())}</strong>" This cannot be undone."</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning confirm-delete" on:click=delete.clone()>"Yes, delete it"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

/// "Replace the answers on this page?": importing or opening never overwrites silently.
#[component]
fn ConfirmReplace() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    view! {
        {move || keeping.pending_open.get().map(|(id, case)| {
            let label = case.label.clone().unwrap_or_else(|| "this case".to_string());
            let (replace_case, replace_label) = (case.clone(), label.clone());
            view! {
                <div class="warning-panel" id="confirm-replace" tabindex="-1" role="alertdialog" aria-labelledby="confirm-replace-text">
                    <p id="confirm-replace-text"><strong>{format!("Replace the answers on this page with {label}?")}</strong>
                        " What you typed on this page is not saved and will be lost."</p>
                    <div class="button-row">
                        <button type="button" class="button" id="confirm-replace-yes" on:click=move |_| {
                            keeping.open_confirmed(Some(id.clone()), replace_case.clone(), replace_label.clone());
                        }>"Replace them"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| keeping.pending_open.set(None)>"Keep my answers"</button>
                    </div>
                </div>
            }
        })}
    }
}

/// Saving this case, backup files, calendar, print and letters.
#[component]
pub fn KeepPanel(#[prop(into)] assessment: Signal<Option<Assessment>>) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let case_now = Memo::new(move |_| keeping.case_now());
    let label = RwSignal::new(String::new());
    let reminder = RwSignal::new(true);
    let problem = keeping.storage_problem.get_value();
    let saved_label = move || {
        let id = keeping.current.get()?;
        keeping
            .store
            .with(|s| s.as_ref().and_then(|s| s.get(&id)).map(|c| c.label.clone()))
    };
    let unsaved_changes = move || {
        let Some(id) = keeping.current.get() else {
            return false;
        };
        let now = case_now.get();
        keeping.store.with(|s| {
            s.as_ref().and_then(|s| s.get(&id)).map(|c| c.case.clone())
                != now.map(|mut c| {
                    c.label = Some(saved_label().unwrap_or_default());
                    c
                })
        })
    };

    let save = move || {
        let Some(case) = case_now.get_untracked() else {
            keeping.tell(
                NoticeAt::Panel,
                "Fix the dates above before saving.".to_string(),
            );
            return;
        };
        let names = keeping.letter_names.get_untracked();
        let result = match keeping.current.get_untracked() {
            Some(id) => {
                let seen = keeping.seen.get_untracked();
                keeping
                    .change(|store| {
                        let outcome = store.save_changes(&id, case, names, seen.as_ref());
                        let (SaveOutcome::Saved { id }
                        | SaveOutcome::SavedAgain { id }
                        | SaveOutcome::KeptBoth { id, .. }) = &outcome;
                        (outcome.clone(), store.get(id).cloned())
                    })
                    .map(|(outcome, saved)| {
                        let name = saved.as_ref().map(|c| c.label.clone()).unwrap_or_default();
                        keeping.current.set(saved.as_ref().map(|c| c.id.clone()));
                        keeping.seen.set(saved);
                        match outcome {
                            SaveOutcome::Saved { .. } => format!("Saved the changes to {name}."),
                            SaveOutcome::SavedAgain { .. } => format!("This case had been deleted in another tab, so it was saved again as {name}."),
                            SaveOutcome::KeptBoth { other_label, .. } => format!(
                                "{other_label} was changed in another tab since you opened it. Both versions are kept: the other tab's as {other_label}, and this page's as {name}."
                            ),
                        }
                    })
            }
            None => {
                let typed = label.get_untracked();
                keeping
                    .change(|store| {
                        let id = store.add(case, typed.trim());
                        store.set_letter_names(&id, names);
                        store.get(&id).cloned()
                    })
                    .map(|saved| {
                        let name = saved.as_ref().map(|c| c.label.clone()).unwrap_or_default();
                        keeping.current.set(saved.as_ref().map(|c| c.id.clone()));
                        keeping.seen.set(saved);
                        format!("Saved on this device as {name}.")
                    })
            }
        };
        keeping.tell(
            NoticeAt::Panel,
            match result {
                Ok(message) => message,
                Err(e) => format!("Not saved: {e}. Download a backup file instead."),
            },
        );
    };

    let download_case = move |_| {
        let Some(mut case) = case_now.get_untracked() else {
            return;
        };
        let name = saved_label().unwrap_or_else(|| "case".to_string());
        case.label = saved_label();
        let result = device::download(
            &format!(
                "complaint-navigator-{}.json",
                Some(file_stem(&name))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| "case".to_string())
            ),
            "application/json",
            &export_one(&case),
        );
        keeping.tell(
            NoticeAt::Panel,
            match result {
                Ok(()) => "Downloaded a backup file of this case.".to_string(),
                Err(e) => format!("Could not download: {e}."),
            },
        );
    };

    // Cases not saved get event ids of their own: a salt for this page and
    // the case's answers, so two families' events never merge in a calendar
    // app, and downloading the same case again updates its events.
    let page_salt = StoredValue::new(format!("{:x}", (js_sys::Math::random() * 1e15) as u64));
    let label_in_titles = RwSignal::new(false);
    let download_calendar =
        move |_| {
            let Some(assessment) = assessment.get_untracked() else {
                return;
            };
            let id = keeping.current.get_untracked().unwrap_or_else(|| {
                let answers = case_now
                    .get_untracked()
                    .map(|case| crate::core::share::fragment_for(&case))
                    .unwrap_or_default();
                format!("unsaved-{}-{:x}", page_salt.get_value(), fnv1a(&answers))
            });
            let label = saved_label();
            let text = calendar_file_with_label(
                &id,
                &assessment,
                keeping.today,
                reminder.get_untracked().then_some(2),
                label.as_deref().filter(|_| label_in_titles.get_untracked()),
            );
            let result = device::download(&file_name(label.as_deref()), "text/calendar", &text);
            keeping.tell(NoticeAt::Panel, match result {
            Ok(()) => {
                "Downloaded the calendar file. Open it to add the deadlines to your calendar."
                    .to_string()
            }
            Err(e) => format!("Could not download: {e}."),
        });
        };
    let confirming_new = RwSignal::new(false);
    let typed_unsaved = move || {
        keeping
            .answers
            .with(|a| a.by_question.iter().any(|(_, v)| v != &Default::default()))
            && (keeping.current.get().is_none() || unsaved_changes())
    };

    view! {
        <section class="keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading">"Keep and take away"</h2>
            <p id="keep-panel-notice" class="keep-notice" tabindex="-1"
                hidden=move || keeping.notice.with(String::is_empty) || keeping.notice_at.get() != NoticeAt::Panel>
                {move || keeping.notice.get()}
            </p>
            <h3>"Save on this device"</h3>
            {match problem {
                Some(reason) => view! {
                    <p id="saving-unavailable">{format!("Saving is not available here: {reason}. Everything else works. To keep your dates, download a backup file below.")}</p>
                }.into_any(),
                None => view! {
                    <div>
                        <Show when=move || keeping.current.get().is_none()
                            fallback=move || view! {
                                <p>"This case is saved on this device as " <strong>{saved_label}</strong> "."
                                    {move || unsaved_changes().then_some(" You have changed it since.")}</p>
                                <button type="button" class="button" id="save-case" on:click=move |_| save()>"Save the changes"</button>
                            }>
                            <p>"Nothing is saved unless you choose to. If you save, your dates, your council and the name you give the case are stored in this browser on this device, and nowhere else. Anyone else who uses this device and browser could see them, so on a shared computer, download a backup file instead."</p>
                            {keeping.embed.then(|| view! {
                                <p>"Inside another website, your browser keeps these saved cases for that website only: they will not appear on the full Complaint Navigator site. Backup files work everywhere."</p>
                            })}
                            <div class="form-group">
                                <label class="label" for="case-label">"Name this case (optional)"</label>
                                <p class="hint" id="case-label-hint">{move || format!("For example, \"{}\". Use something neutral, not a child's name.", keeping.store.with(|s| s.clone().unwrap_or_default().suggest_label()))}</p>
                                <input class="input" id="case-label" type="text" autocomplete="off" aria-describedby="case-label-hint"
                                    prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))
                                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); save(); } />
                            </div>
                            <button type="button" class="button" id="save-case" on:click=move |_| save()>"Save on this device"</button>
                        </Show>
                    </div>
                }.into_any(),
            }}

            <div class="button-row">
                <button type="button" class="button button-secondary" id="start-new-case" on:click=move |_| {
                    if typed_unsaved() {
                        confirming_new.set(true);
                        super::focus_by_id("confirm-new-case");
                    } else {
                        keeping.start_new_case();
                    }
                }>"Start a new case"</button>
            </div>
            <Show when=move || confirming_new.get()>
                <div class="warning-panel" id="confirm-new-case" tabindex="-1" role="alertdialog" aria-labelledby="confirm-new-case-text">
                    <p id="confirm-new-case-text"><strong>"Start a new case?"</strong>" The answers on this page are not saved and will be cleared. Save them first if you need them."</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" id="confirm-new-case-yes" on:click=move |_| {
                            confirming_new.set(false);
                            keeping.start_new_case();
                        }>"Clear them and start a new case"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            confirming_new.set(false);
                            super::focus_by_id("start-new-case");
                        }>"Keep my answers"</button>
                    </div>
                </div>
            </Show>

            <h3>"Take it with you"</h3>
            {(keeping.embed && in_frame()).then(|| view! {
                <p class="hint">"If a download or printing does not work inside this website, open the full tool in a new tab (link at the top)."</p>
            })}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="download-case" on:click=download_case>"Download a backup file of this case"</button>
            </div>
            <div class="checkbox">
                <input type="checkbox" class="checkbox-input" id="calendar-reminder"
                    prop:checked=move || reminder.get() on:change=move |ev| reminder.set(event_target_checked(&ev)) />
                <label class="label checkbox-label" for="calendar-reminder">"Remind me 2 days before each date"</label>
            </div>
            <p class="hint">"The calendar entries do not name you or your child. Some calendar apps ignore reminders in imported files."</p>
            {move || saved_label().map(|label| view! {
                <div class="checkbox">
                    <input type="checkbox" class="checkbox-input" id="calendar-label"
                        prop:checked=move || label_in_titles.get() on:change=move |ev| label_in_titles.set(event_target_checked(&ev)) />
                    <label class="label checkbox-label" for="calendar-label">{format!("Put the case's name, \"{label}\", in each calendar entry")}</label>
                </div>
            })}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="download-calendar" on:click=download_calendar>"Add the dates to your calendar (.ics file)"</button>
                <PrintButton />
            </div>
            <ShareLink case_now=case_now />
            <Letters assessment=assessment />
        </section>
    }
}

/// A link to these answers, made only when asked. The answers go after the
/// `#`, which browsers never send to a website.
#[component]
fn ShareLink(
    /// The case the questions describe now (the keep panel's).
    case_now: Memo<Option<Case>>,
) -> impl IntoView {
    // A link belongs to the answers it was made from: it goes when they change,
    // so nobody sends one family's link to another.
    let made = RwSignal::new(None::<(Case, String)>);
    let link = Memo::new(move |_| {
        made.get()
            .filter(|(case, _)| case_now.with(|now| now.as_ref() == Some(case)))
            .map(|(_, url)| url)
    });
    let status = RwSignal::new(String::new());
    Effect::new(move |_| {
        case_now.track();
        status.set(String::new());
    });
    let make = move |_| {
        let Some(case) = case_now.get_untracked() else {
            status.set(
                "Some answers need correcting first: press \"Show where I stand\" to see which."
                    .to_string(),
            );
            return;
        };
        // Only the page itself: widget settings in the address stay behind.
        let location = window().location();
        let url = format!(
            "{}{}#{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            crate::core::share::fragment_for(&case)
        );
        made.set(Some((case, url)));
        super::focus_by_id("share-link");
    };
    view! {
        <h3>"Get a link to these answers"</h3>
        <p>"The link holds your council and your dates, so opening it shows these answers again on any device. They are in the part after the # sign, which browsers never send to a website. But anyone you give the link to can read them, and it stays in the browsing history of a device that opens it. Send it only to someone you trust, such as an advocate."</p>
        <div class="button-row">
            <button type="button" class="button button-secondary" id="make-link" on:click=make>"Make a link"</button>
        </div>
        {move || link.get().map(|url| {
            let to_copy = url.clone();
            view! {
                <label class="label" for="share-link">"Your link"</label>
                <input class="input" id="share-link" type="text" readonly prop:value=url
                    on:focus=|ev| { let input: web_sys::HtmlInputElement = event_target(&ev); input.select(); } />
                <div class="button-row">
                    <button type="button" class="button button-secondary" id="copy-link" on:click=move |_| {
                        device::copy_text(&to_copy, status,
                            "Link copied.", "Could not copy: select the link and copy it yourself.");
                    }>"Copy the link"</button>
                </div>
            }
        })}
        <p class="hint" id="share-status" aria-live="polite">{move || status.get()}</p>
    }
}

/// Pre-filled letters to copy or print.
#[component]
fn Letters(#[prop(into)] assessment: Signal<Option<Assessment>>) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let kinds = Memo::new(move |_| {
        assessment
            .get()
            .map(|a| available_letters(&a))
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(None::<LetterKind>);
    let names = keeping.letter_names;
    let text = Memo::new(move |_| {
        let kind = chosen.get().or_else(|| kinds.get().first().copied())?;
        let assessment = assessment.get()?;
        let case = keeping.case_now()?;
        let written = letter(kind, &case, &assessment, &names.get());
        Some(format!("{}\n\n{}", written.title, written.body))
    });
    let copied = RwSignal::new(String::new());
    let field = move |id: &'static str,
                      label: &'static str,
                      get: fn(&LetterNames) -> String,
                      set: fn(&mut LetterNames, String)| {
        view! {
            <div class="form-group">
                <label class="label" for=id>{label}</label>
                <input class="input" id=id type="text" autocomplete="off"
                    prop:value=move || names.with(get)
                    on:input=move |ev| { let value = event_target_value(&ev); names.update(|n| set(n, value)); } />
            </div>
        }
    };
    view! {
        <Show when=move || !kinds.get().is_empty()>
            <h3 id="letters-heading">"Letters you can send"</h3>
            <p>"We fill in your dates and the rules. Add your details, then copy the letter into an email or print it. Copy it into an email or a document, where you can change anything. Names you type here are kept only if you save this case on this device."</p>
            <div class="form-group">
                <label class="label" for="letter-kind">"Which letter?"</label>
                <select class="select" id="letter-kind" on:change=move |ev| chosen.set(LetterKind::from_id(&event_target_value(&ev)))>
                    {move || kinds.get().into_iter().map(|kind| view! {
                        <option value=kind.id() selected=move || chosen.get().or_else(|| kinds.get().first().copied()) == Some(kind)>{kind.short_label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {field("letter-your-name", "Your name", |n| n.your_name.clone(), |n, v| n.your_name = v)}
            {field("letter-child-name", "Your child's name (optional)", |n| n.child_name.clone(), |n, v| n.child_name = v)}
            {field("letter-reference", "The council's reference for your complaint (optional)", |n| n.council_reference.clone(), |n, v| n.council_reference = v)}
            <label class="label" for="letter-text">"Your letter"</label>
            <textarea class="textarea letter" id="letter-text" readonly rows="16" prop:value=move || text.get().unwrap_or_default()></textarea>
            <div class="print-only" id="letter-print" aria-hidden="true">{move || text.get().unwrap_or_default()}</div>
            <div class="button-row">
                <button type="button" class="button button-secondary" id="copy-letter" on:click=move |_| {
                    device::copy_text(&text.get_untracked().unwrap_or_default(), copied,
                        "Letter copied.", "Could not copy: select the text and copy it yourself.");
                }>"Copy the letter"</button>
                <button type="button" class="button button-secondary" id="print-letter" on:click=move |_| {
                    let root = document().document_element();
                    if let Some(root) = &root { let _ = root.class_list().add_1("printing-letter"); }
                    let _ = window().print();
                    if let Some(root) = &root { let _ = root.class_list().remove_1("printing-letter"); }
                }>"Print the letter"</button>
            </div>
            <p class="hint" aria-live="polite">{move || copied.get()}</p>
        </Show>
    }
}

/// "Open a backup file": choose or drop a file made by this tool.
#[component]
pub fn ImportBox() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let message = RwSignal::new(None::<Result<String, String>>);
    let imported = RwSignal::new(Vec::<Case>::new());
    let dragging = RwSignal::new(false);

    let take_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let outcome = match device::read_file(file).await {
                Ok(text) => import(&text, keeping.today).map_err(|e| e.message()),
                Err(e) => Err(e),
            };
            match outcome {
                Ok(cases) => {
                    let count = match cases.len() {
                        1 => "The file has 1 case.".to_string(),
                        n => format!("The file has {n} cases."),
                    };
                    message.set(Some(Ok(match unknown_parts_note(&cases) {
                        Some(note) => format!("{count} {note}"),
                        None => count,
                    })));
                    imported.set(cases);
                }
                Err(e) => {
                    imported.set(Vec::new());
                    message.set(Some(Err(e)));
                }
            }
            super::focus_by_id("import-result");
        });
    };
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take_file(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let save_all = move |_| {
        let cases = imported.get_untracked();
        let added = keeping.change(|store| {
            for case in &cases {
                // Always added as new cases: an import never replaces a saved one.
                store.add(case.clone(), "");
            }
        });
        message.set(Some(match added {
            Ok(()) => Ok(format!(
                "Added {} case(s) to your saved cases.",
                cases.len()
            )),
            Err(e) => Err(format!("Not saved: {e}.")),
        }));
        imported.set(Vec::new());
    };
    // Inside the page's "Open a backup file" disclosure.
    view! {
            <div class="drop-zone" class:drop-zone-active=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label class="label" for="import-file">"Choose a file you downloaded from Complaint Navigator, or drop it here"</label>
                <input class="file-input" id="import-file" type="file" accept=".json,application/json" on:change=on_choose />
            </div>
            <div id="import-result" tabindex="-1">
                {move || message.get().map(|m| match m {
                    Ok(text) => view! { <p class="success-text">{text}</p> }.into_any(),
                    Err(text) => view! { <p class="error-message" role="alert">{text}</p> }.into_any(),
                })}
                <ul class="imported">
                    {move || imported.get().into_iter().enumerate().map(|(index, case)| {
                        let label = case.label.as_deref().and_then(label_as_stored).unwrap_or_else(|| format!("Case {} in the file", index + 1));
                        let council = case.council.as_deref().and_then(crate::core::councils::find).map(|c| c.name.clone())
                            .unwrap_or_else(|| "Council not chosen".to_string());
                        let started = case.events.complaint_received.map(day_month_year).unwrap_or_default();
                        let open_label = label.clone();
                        view! {
                            <li>
                                <strong>{label.clone()}</strong>{format!(" · {council}")}{(!started.is_empty()).then(|| format!(" · complaint {started}"))}
                                " " <button type="button" class="link-button" on:click=move |_| keeping.open(None, case.clone(), open_label.clone())>
                                    "Open"<span class="visually-hidden">{format!(" {label}")}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=move || !imported.get().is_empty() && keeping.storage_problem.get_value().is_none()>
                    <button type="button" class="button button-secondary" id="save-imported" on:click=save_all>"Add them to my saved cases"</button>
                </Show>
            </div>
    }
}
