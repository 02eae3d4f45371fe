//! Keep and take away: saving on this device (only when asked), the caseload
//! of saved cases, backup files, the calendar file, letters and printing.
//! This module holds the state they share ([`Keeping`]); each part is a
//! module of its own.

mod caseload;
mod chunk;
mod import;
mod letters;
mod panel;
mod share;

pub use caseload::{ConfirmReplace, KeepNotice};
use caseload::{KeptAsidePanel, SavedCases};
pub use chunk::{load_keep, KeepChunk};
use import::ImportBox;
pub use panel::KeepPanel;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::council_picker::CouncilChoice;
use super::device;
use super::embed::in_frame;
use super::safety::PrintButton;
use crate::core::assessment::Assessment;
use crate::core::case::Case;
use crate::core::form::{answers_from_case, build_case, checked_case, Answers};
use crate::core::ics::{calendar_file_with_label, file_name, file_stem};
use crate::core::keeping::{
    update, Effect as KeepingEffect, Event, OnThePage, Opening, OtherTab, Session,
};
use crate::core::letters::{available_letters, letter, LetterKind, LetterNames};
use crate::core::saved::{
    caseload, caseload_summary, export_one, export_saved, file_parts_note, import_what_reads,
    label_as_stored, load_store, save_store, unknown_parts_note, with_letter_names, DeleteOutcome,
    ImportError, ImportedCase, LoadOutcome, SaveOutcome, SavedCase, Store,
};
use crate::text::en::ui_keep as text;

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
    /// A copy an earlier visit kept aside, still in the browser: shown on
    /// every visit until it is deleted, never left unseen.
    Earlier,
}

impl KeptAside {
    /// The oldest copy an earlier visit kept aside, if any is left.
    pub fn earlier() -> Option<KeptAside> {
        device::oldest_kept_aside_copy().map(|(key, raw)| KeptAside {
            raw,
            why: KeptWhy::Earlier,
            key: Some(key),
        })
    }
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
    /// What the keeping rules decide over (`core::keeping`): the saved
    /// case the questions show, a case waiting to open, a link. Changed
    /// only through [`Keeping::send`].
    pub session: RwSignal<Session>,
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
    /// Names typed for the letters (saved with the case only if the family saves).
    pub letter_names: RwSignal<LetterNames>,
    /// Counts the times another case took the questions' place (opened, or
    /// cleared for a new one): a result kept from before is not this case's.
    pub replaced: RwSignal<u32>,
    /// "Show where I stand" was pressed: every problem is shown. A case
    /// opened with dates that need fixing sets it too.
    pub submitted: RwSignal<bool>,
    pub embed: bool,
    /// A widget whose council the host site locked: a new case keeps it.
    pub locked: bool,
    /// What the page says above the questions about the link it opened
    /// last (answers it could not read, a council it could not take).
    pub link_note: RwSignal<Option<LinkNote>>,
    /// The opening waiting on "Replace the answers?", if it came from a
    /// link, with the link's note (shown with it, or dropped with it).
    pending_link: StoredValue<Option<PendingLink>>,
    /// The id of what had focus when "Replace the answers?" was asked:
    /// "Keep my answers" puts focus back there.
    asked_from: StoredValue<Option<String>>,
}

/// An opening from a link: its note, if the link needs one.
struct PendingLink {
    note: Option<LinkNote>,
}

/// What the page says above the questions about a link: a heading and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkNote {
    pub heading: &'static str,
    pub said: String,
    /// The council chosen when it was shown: choosing another ends it.
    shown_with: Option<CouncilChoice>,
    /// Answers put in the questions as the link wrote them, over the case's
    /// (dates that are not real, left in their boxes to be fixed).
    pub fill: Vec<(&'static str, crate::core::form::Answer)>,
    /// The parts of the link it names as not read (question ids, or the
    /// link's own names for parts that are not questions): once every one
    /// is a question put right, the note gives way to `then`.
    pub named: Vec<String>,
    /// What stays once those are put right (the council part of the
    /// note), or nothing.
    pub then: Option<Box<LinkNote>>,
}

impl LinkNote {
    pub fn new(heading: &'static str, said: String) -> LinkNote {
        LinkNote {
            heading,
            said,
            shown_with: None,
            fill: Vec::new(),
            named: Vec::new(),
            then: None,
        }
    }

    /// Whether the family has put right every answer this note names
    /// (`problems`: the questions' problems now).
    pub fn corrected(
        &self,
        answers: &crate::core::form::Answers,
        problems: &[crate::core::form::FieldError],
    ) -> bool {
        let named: Vec<&str> = self.named.iter().map(String::as_str).collect();
        crate::core::form::named_answers_corrected(&named, answers, problems)
    }

    /// The note that stays once what it names is put right, shown with the
    /// same council.
    pub fn after_corrected(self) -> Option<LinkNote> {
        self.then.map(|then| LinkNote {
            shown_with: self.shown_with,
            ..*then
        })
    }

    pub fn shown_with(&self) -> Option<CouncilChoice> {
        self.shown_with.clone()
    }
}

impl Keeping {
    /// The keeping state, before anything saved is read: the keeping
    /// chunk reads it ([`Keeping::read_saved`]) when it comes, so a family
    /// with nothing saved never waits for the code that reads saved cases.
    pub fn start(
        today: NaiveDate,
        council: RwSignal<Option<CouncilChoice>>,
        answers: RwSignal<Answers>,
        submitted: RwSignal<bool>,
        embed: bool,
        locked: bool,
    ) -> Keeping {
        Keeping {
            today,
            council,
            answers,
            store: RwSignal::new(None),
            storage_problem: StoredValue::new(None),
            session: RwSignal::new(Session::default()),
            opened: StoredValue::new(None),
            notice: RwSignal::new(String::new()),
            notice_at: RwSignal::new(NoticeAt::Top),
            kept_aside: RwSignal::new(None),
            released: StoredValue::new(Vec::new()),
            letter_names: RwSignal::new(LetterNames::default()),
            replaced: RwSignal::new(0),
            submitted,
            embed,
            locked,
            link_note: RwSignal::new(None),
            pending_link: StoredValue::new(None),
            asked_from: StoredValue::new(None),
        }
    }

    /// Reads what is already saved (once, as the keeping chunk comes),
    /// then follows other tabs' changes. Reading writes nothing, except
    /// that an older version's store is brought up to date once its
    /// original text is kept aside.
    fn read_saved(&self) {
        let keeping = *self;
        match device::read_store() {
            Err(reason) => keeping.storage_problem.set_value(Some(reason)),
            Ok(raw) => match load_store(raw.as_deref(), keeping.today) {
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
                LoadOutcome::Unreadable { raw, reason, .. } => {
                    let key = device::keep_aside(&raw).ok();
                    keeping.kept_aside.set(Some(KeptAside {
                        raw,
                        why: KeptWhy::Unreadable(reason),
                        key,
                    }));
                }
            },
        }
        if keeping.kept_aside.with_untracked(Option::is_none) {
            keeping.kept_aside.set(KeptAside::earlier());
        }
        keeping.follow_other_tabs();
    }

    /// Confirms what an action did, visibly, and moves focus there so
    /// keyboard and screen reader users hear it and carry on from it.
    pub fn tell(&self, at: NoticeAt, text: String) {
        self.notice_at.set(at);
        self.notice.set(text);
        super::focus_by_id(at.element_id());
    }

    /// What a download did: said where `at` is (and by the live region),
    /// with focus left on the button, so the next download is one key
    /// away. A download that failed takes focus, like [`Keeping::tell`].
    pub fn tell_downloaded(&self, at: NoticeAt, result: Result<String, String>) {
        match result {
            Ok(done) => {
                self.notice_at.set(at);
                self.notice.set(done);
            }
            Err(failed) => self.tell(at, failed),
        }
    }

    /// Says something that did not follow an action (found on arrival, or
    /// done in another tab): shown above the saved cases, focus left alone.
    pub fn inform(&self, text: String) {
        self.notice_at.set(NoticeAt::Top);
        self.notice.set(text);
    }

    fn show_loaded(&self, store: Store) {
        if !store.read_notes.is_empty() {
            // Saved cases are read once the keeping chunk comes, after a
            // link may have opened: its notice stays, and these follow it.
            let shown = self.notice.get_untracked();
            let notes = store.read_notes.join(" ");
            let at_top = self.notice_at.get_untracked() == NoticeAt::Top;
            self.inform(if shown.is_empty() || !at_top {
                notes
            } else {
                format!("{shown} {notes}")
            });
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
        self.send(Event::OtherTabChanged(store.as_ref()));
        self.store.set(store);
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

    /// The case the answers make, only when it passes the checks every
    /// case passes (dates in an order that can happen): then the result on
    /// the page was counted from it, and a letter or calendar file made from
    /// that result says what the boxes say.
    pub fn checked_case_now(&self) -> Option<Case> {
        self.case_now()
            .filter(|case| case.validate(self.today).is_ok())
    }

    /// The same, without making the caller follow the answers.
    pub fn case_now_untracked(&self) -> Option<Case> {
        untrack(|| self.case_now())
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
            LoadOutcome::Unreadable { raw, reason, newer } => {
                // A newer version's cases are not damaged: starting a new
                // list beside their copy would take every one of them out
                // of the list (found in a walkthrough, with a notice that
                // blamed another tab for deleting the case). Unless the
                // family chose to delete them, nothing is saved.
                let newer = newer && !self.released.with_value(|released| released.contains(&raw));
                self.make_safe(raw, KeptWhy::Unreadable(reason))?;
                if newer {
                    return Err(text::SAVED_BY_NEWER_VERSION.to_string());
                }
                Store::new()
            }
        };
        let result = change(&mut store);
        if store.key.is_empty() {
            store.key = device::random_hex();
        }
        device::write_store(&save_store(&store))?;
        self.store.set(Some(store));
        // The damaged data now lives only in its copy: say so, as a later
        // visit would (its panel spoke of the saved cases as they were).
        let only_in_copy = self.kept_aside.with_untracked(|kept| {
            kept.as_ref()
                .is_some_and(|k| matches!(k.why, KeptWhy::Unreadable(_)) && k.key.is_some())
        });
        if only_in_copy {
            self.kept_aside.set(KeptAside::earlier());
        }
        Ok(result)
    }

    /// Another tab saving in the same few milliseconds writes the list it
    /// read before this tab's save, without this new case. A moment later,
    /// the case is looked for; if it is gone, it is saved again (the other
    /// tab's case stays) and the page says so.
    pub fn confirm_added(&self, saved: SavedCase) {
        let keeping = *self;
        set_timeout(
            move || {
                let Ok(raw) = device::read_store() else {
                    return;
                };
                let LoadOutcome::Loaded(store) = load_store(raw.as_deref(), keeping.today) else {
                    return;
                };
                // Ours by its answers, or by its id and name while this tab
                // still shows it: changes saved in the meantime change the
                // answers (found by a test: a second save within the moment
                // added the case again, as a new one).
                let shown = keeping.shown_id();
                let still_there = store.cases.iter().any(|kept| {
                    kept.label == saved.label
                        && (kept.case.same_answers(&saved.case)
                            || (kept.id == saved.id && shown.as_deref() == Some(saved.id.as_str())))
                });
                if still_there {
                    return;
                }
                let again = keeping.change(|store| {
                    let id = store.add(saved.case.clone(), &saved.label);
                    store.set_letter_names(&id, saved.letter_names.clone());
                    store.get(&id).cloned()
                });
                if let Ok(Some(again)) = again {
                    let name = again.label.clone();
                    keeping.send(Event::Saved(again));
                    keeping.inform(text::saved_again_after_other_tab(&name));
                }
            },
            std::time::Duration::from_millis(400),
        );
    }

    /// Saved data may be written over only once a copy is kept in the
    /// browser, or the user has downloaded it or chosen to discard it.
    fn make_safe(&self, raw: String, why: KeptWhy) -> Result<(), String> {
        if self.released.with_value(|released| released.contains(&raw)) {
            return Ok(());
        }
        match device::keep_aside(&raw) {
            Ok(key) => {
                let shown_earlier = self
                    .kept_aside
                    .with_untracked(|k| k.as_ref().is_none_or(|k| k.why == KeptWhy::Earlier));
                if shown_earlier {
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
                Err(text::UNREAD_DATA_HAS_NO_COPY.to_string())
            }
        }
    }

    /// Clears the questions for another family's case: nothing saved changes,
    /// and the next save makes a new saved case.
    pub fn start_new_case(&self) {
        self.send(Event::StartNew);
        self.tell(NoticeAt::Top, text::STARTED_NEW_CASE.to_string());
    }

    /// Shows a case in the questions (`saved`: its saved case, if it is
    /// one), asking first if that would lose answers that are not saved.
    /// Says `note` above the questions at once, about a link that opened
    /// nothing, with focus on it.
    pub fn tell_about_link(&self, note: LinkNote) {
        self.show_link_note(Some(note));
        super::focus_by_id("link-problem");
    }

    /// Puts `note` above the questions (or takes the last one away), with
    /// the council chosen now: choosing another ends it.
    fn show_link_note(&self, note: Option<LinkNote>) {
        self.link_note.set(note.map(|note| LinkNote {
            shown_with: self.council.get_untracked(),
            ..note
        }));
    }

    /// Opens a case from a link, with `note` above the questions once it is
    /// shown (and focus there); any note from an earlier link goes then.
    pub fn open_from_link(&self, case: Case, label: String, note: Option<LinkNote>) {
        self.pending_link.set_value(Some(PendingLink { note }));
        self.open(None, case, label, LetterNames::default());
    }

    /// `names`: the names for its letters (a saved case's, or those a
    /// backup file carried).
    pub fn open(&self, saved: Option<SavedCase>, case: Case, label: String, names: LetterNames) {
        // A widget its host set to one council never shows another's case
        // (a link is turned away the same way, before it gets here).
        if let Some((theirs, ours)) = self.locked_elsewhere(&case) {
            self.tell(
                NoticeAt::Top,
                text::case_for_another_council(&label, theirs, ours, saved.is_some()),
            );
            return;
        }
        let typed_something = self.answers.with_untracked(Answers::any_answered);
        let now = self.case_now_untracked();
        let names_now = self.letter_names.get_untracked();
        let opening = Box::new(Opening {
            saved,
            case,
            label,
            names,
        });
        self.send(Event::Open(
            opening,
            OnThePage {
                typed_something,
                now: now.as_ref(),
                names: &names_now,
            },
        ));
    }

    /// "Keep my answers": the opening is declined, and focus goes back to
    /// what asked for it (a case's "Open"), or to the result, or the page.
    pub fn keep_answers(&self) {
        self.send(Event::CancelOpen);
        let back = self.asked_from.try_update_value(Option::take).flatten();
        let exists = |id: &str| document().get_element_by_id(id).is_some();
        match back.filter(|id| exists(id)) {
            Some(id) => super::focus_element_id(id),
            None if exists("where-you-stand") => super::focus_by_id("where-you-stand"),
            None => super::focus_by_id("main"),
        }
    }

    /// In a widget its host locked to one council: its id and name.
    pub fn locked_council(&self) -> Option<(String, &'static str)> {
        if !self.locked {
            return None;
        }
        let here = self.council.get_untracked().and_then(|c| c.council_id())?;
        crate::core::councils::find(&here).map(|c| (c.id.to_string(), c.name.as_str()))
    }

    /// In a widget its host locked to one council, a case for another
    /// council (or for none): the names of its council and of the widget's.
    /// Compared by the council itself, since a file may name it by its GSS
    /// code. `None` when the case may open here.
    pub fn locked_elsewhere(
        &self,
        case: &Case,
    ) -> Option<(Option<&'static str>, Option<&'static str>)> {
        if !self.locked {
            return None;
        }
        let council = |id: Option<&str>| id.and_then(crate::core::councils::find);
        let here = self.council.get_untracked().and_then(|c| c.council_id());
        let (theirs, ours) = (council(case.council.as_deref()), council(here.as_deref()));
        (theirs.map(|c| &c.id) != ours.map(|c| &c.id)).then(|| {
            (
                theirs.map(|c| c.name.as_str()),
                ours.map(|c| c.name.as_str()),
            )
        })
    }

    /// The name of the saved case the questions show, if any (tracked).
    pub fn shown_label(&self) -> Option<String> {
        let id = self.shown_id()?;
        self.store
            .with(|s| s.as_ref().and_then(|s| s.get(&id)).map(|c| c.label.clone()))
    }

    /// The id of the saved case the questions show, if any (tracked).
    pub fn shown_id(&self) -> Option<String> {
        self.session.with(|s| s.shown_id().map(str::to_string))
    }

    /// Applies an event to the keeping rules and carries out what they say.
    pub fn send(&self, event: Event) {
        let effects = self
            .session
            .try_update(|session| update(session, event))
            .unwrap_or_default();
        // A link's note belongs to the opening waiting on "Replace the
        // answers?": whatever drops that opening (declined, a new case, a
        // change in another tab) drops the note too. Shown, `show` takes it.
        let shown = effects
            .iter()
            .any(|effect| matches!(effect, KeepingEffect::ShowCase(_)));
        if !shown && self.session.with_untracked(|s| s.pending.is_none()) {
            self.pending_link.set_value(None);
        }
        for effect in effects {
            match effect {
                KeepingEffect::AskBeforeReplacing => {
                    let from = document()
                        .active_element()
                        .map(|element| element.id())
                        .filter(|id| !id.is_empty());
                    self.asked_from.set_value(from);
                    super::focus_by_id("confirm-replace");
                }
                KeepingEffect::ShowCase(opening) => self.show(*opening),
                KeepingEffect::ClearQuestions => {
                    // A new case starts unsent: no errors until it is.
                    self.submitted.set(false);
                    self.answers.set(Answers::default());
                    if !self.locked {
                        self.council.set(None);
                    }
                    self.opened.set_value(None);
                    self.letter_names.set(LetterNames::default());
                    self.link_note.set(None);
                    self.replaced.update(|n| *n += 1);
                }
                KeepingEffect::Say(what) => self.inform(match what {
                    OtherTab::DeletedTheShownCase => text::DELETED_IN_ANOTHER_TAB.to_string(),
                    OtherTab::ChangedTheShownCase { label } => text::changed_in_another_tab(&label),
                    OtherTab::RenamedTheShownCase { label } => text::renamed_in_another_tab(&label),
                    OtherTab::ChangedTheList => text::CASES_CHANGED_IN_ANOTHER_TAB.to_string(),
                }),
            }
        }
    }

    /// Shows a case in the questions, replacing what is there.
    fn show(&self, opening: Opening) {
        let Opening {
            saved,
            case,
            label,
            names,
        } = opening;
        // A council this version does not know (a hand edit, a newer
        // version's): the family chooses it, and the page says why (found
        // in a walkthrough: the error sat on the complaint's date).
        let unknown_council = case
            .council
            .clone()
            .filter(|id| crate::core::councils::find(id).is_none());
        self.council.set(match (&case.council, &unknown_council) {
            (_, Some(_)) => None,
            (Some(id), None) => Some(CouncilChoice::Council(id.clone())),
            (None, None) => Some(CouncilChoice::Statutory),
        });
        // A link's note comes with its case; any other opening ends it. Its
        // dates that are not real go in their boxes, as the link wrote them.
        let link = self.pending_link.try_update_value(Option::take).flatten();
        let from_link = link.is_some();
        let note = link.and_then(|link| link.note);
        let mut answers = answers_from_case(&case);
        if unknown_council.is_some() {
            answers.council = None;
        }
        for (question, answer) in note.iter().flat_map(|note| &note.fill) {
            answers.set(question, answer.clone());
        }
        self.answers.set(answers);
        self.letter_names.set(names);
        let needs_fixing = self
            .answers
            .with_untracked(|answers| checked_case(answers, self.today).is_err());
        self.opened.set_value(Some(case));
        self.replaced.update(|n| *n += 1);
        // A link's answers leave the address once read (so nothing typed
        // stays in the history): a reload clears them, which the page says
        // (found in a walkthrough).
        self.inform(match (&unknown_council, from_link && saved.is_none()) {
            (Some(council), _) => text::opened_choose_council(&label, council),
            (None, true) => text::OPENED_FROM_LINK.to_string(),
            (None, false) => text::opened(&label),
        });
        let note_first = note.as_ref().map(|_| "link-problem");
        self.show_link_note(note);
        if needs_fixing {
            // Dates in an impossible order (a file edited by hand, an old
            // link): what to fix, at once, as after "Show where I stand".
            self.submitted.set(true);
        }
        super::focus_by_id(match (note_first, needs_fixing, &unknown_council) {
            (Some(note), _, _) => note,
            (None, _, Some(_)) => "keep-notice",
            (None, true, None) => "error-summary",
            (None, false, None) => "where-you-stand",
        });
    }
}

/// A short stable hash (FNV-1a) of text, for ids that must differ between
/// different answers without holding them.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
