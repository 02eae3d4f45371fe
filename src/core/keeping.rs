//! The rules of keeping answers safe on the page, as an update over plain
//! data (in the manner of crux): the page sends an [`Event`], [`update`]
//! changes the [`Session`] and returns the [`Effect`]s for the page to carry
//! out (show a case, ask first, clear the questions, say something). The
//! page (`ui::keep`) holds no rule of its own; the rules are tested natively here:
//! - opening another case asks first unless nothing would be lost;
//! - a saved case shown on the page has unsaved changes once its answers
//!   differ from what was saved;
//! - a link belongs to the answers it was made from and goes when they change;
//! - another tab deleting or changing the case on the page is said, once.

use crate::core::case::Case;
use crate::core::letters::LetterNames;
use crate::core::saved::{SavedCase, Store};

/// What the page is keeping track of, as plain data.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Session {
    /// The saved case the questions show, as this page last opened or saved
    /// it (to tell when another tab has changed it since).
    pub shown: Option<SavedCase>,
    /// A case waiting for "replace what is on the page?".
    pub pending: Option<Box<Opening>>,
    /// A link made for the answers, with the case it was made from.
    pub link: Option<(Case, String)>,
}

/// A case the family asked to open (from the list, a backup file or a link).
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// Its saved case, when it is one of the saved cases.
    pub saved: Option<SavedCase>,
    pub case: Case,
    pub label: String,
    /// The names for its letters: a saved case's, or those a backup file
    /// carried with it.
    pub names: LetterNames,
}

/// What the questions hold when something happens.
#[derive(Debug, Clone, Copy)]
pub struct OnThePage<'a> {
    /// Something was typed or chosen in the questions.
    pub typed_something: bool,
    /// The case the questions describe now, if every answer can be read.
    pub now: Option<&'a Case>,
    /// The names typed for the letters now.
    pub names: &'a LetterNames,
}

/// Something the family did, or that happened to the saved cases.
#[derive(Debug, Clone)]
pub enum Event<'a> {
    Open(Box<Opening>, OnThePage<'a>),
    /// "Replace my answers".
    ConfirmOpen,
    /// "Keep my answers".
    CancelOpen,
    /// "Start a new case" (after any confirmation the page asked for).
    StartNew,
    /// This page saved the case on the page as `saved`.
    Saved(SavedCase),
    /// A saved case was renamed here (it may be the one on the page).
    Renamed(SavedCase),
    /// A saved case was deleted here (it may be the one on the page).
    Deleted(String),
    /// Every saved case was deleted here.
    DeletedEverything,
    /// Another tab changed the saved cases; `store` is what is there now.
    OtherTabChanged(Option<&'a Store>),
    /// A link was made for the answers `case`.
    LinkMade(Case, String),
}

/// What the page must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask before replacing the answers on the page.
    AskBeforeReplacing,
    /// Show this case in the questions (and its letter names, if saved).
    ShowCase(Box<Opening>),
    /// Empty the questions for a new case.
    ClearQuestions,
    /// Say what another tab did.
    Say(OtherTab),
}

/// What another tab did to the saved cases, for the page to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherTab {
    DeletedTheShownCase,
    ChangedTheShownCase {
        label: String,
    },
    /// Only its name changed there: nothing to keep apart.
    RenamedTheShownCase {
        label: String,
    },
    ChangedTheList,
}

/// Applies an event to the session and says what the page must do.
pub fn update(session: &mut Session, event: Event) -> Vec<Effect> {
    match event {
        Event::Open(opening, page) => {
            if must_ask(session, page) {
                session.pending = Some(opening);
                vec![Effect::AskBeforeReplacing]
            } else {
                show(session, opening)
            }
        }
        Event::ConfirmOpen => match session.pending.take() {
            Some(opening) => show(session, opening),
            None => Vec::new(),
        },
        Event::CancelOpen => {
            session.pending = None;
            Vec::new()
        }
        Event::StartNew => {
            *session = Session::default();
            vec![Effect::ClearQuestions]
        }
        Event::Saved(saved) => {
            session.shown = Some(saved);
            Vec::new()
        }
        Event::Renamed(renamed) => {
            if session.shown_id() == Some(renamed.id.as_str()) {
                session.shown = Some(renamed);
            }
            Vec::new()
        }
        Event::Deleted(id) => {
            if session.shown_id() == Some(id.as_str()) {
                session.shown = None;
            }
            Vec::new()
        }
        Event::DeletedEverything => {
            session.shown = None;
            Vec::new()
        }
        Event::OtherTabChanged(store) => {
            let Some(shown) = session.shown.take() else {
                return vec![Effect::Say(OtherTab::ChangedTheList)];
            };
            match store.and_then(|store| store.get(&shown.id)) {
                None => vec![Effect::Say(OtherTab::DeletedTheShownCase)],
                Some(now)
                    if *now != shown
                        && now.case.same_answers(&shown.case)
                        && now.letter_names == shown.letter_names
                        && now.unknown == shown.unknown =>
                {
                    session.shown = Some(now.clone());
                    vec![Effect::Say(OtherTab::RenamedTheShownCase {
                        label: now.label.clone(),
                    })]
                }
                Some(now) if *now != shown => {
                    let label = now.label.clone();
                    // Still the case on the page; what was seen stays, so a
                    // save here keeps both versions rather than overwriting.
                    session.shown = Some(shown);
                    vec![Effect::Say(OtherTab::ChangedTheShownCase { label })]
                }
                Some(_) => {
                    session.shown = Some(shown);
                    vec![Effect::Say(OtherTab::ChangedTheList)]
                }
            }
        }
        Event::LinkMade(case, url) => {
            session.link = Some((case, url));
            Vec::new()
        }
    }
}

fn show(session: &mut Session, opening: Box<Opening>) -> Vec<Effect> {
    session.pending = None;
    session.link = None;
    session.shown = opening.saved.clone();
    vec![Effect::ShowCase(opening)]
}

/// Opening another case replaces the answers on the page: ask first unless
/// nothing was typed, or what is shown is a saved case exactly as saved.
fn must_ask(session: &Session, page: OnThePage) -> bool {
    page.typed_something && !shows_saved_case_unchanged(session, page.now, page.names)
}

impl Session {
    /// The id of the saved case the questions show, if any.
    pub fn shown_id(&self) -> Option<&str> {
        self.shown.as_ref().map(|saved| saved.id.as_str())
    }

    /// The questions show a saved case and have been changed since it was
    /// saved, or the names for its letters have (labels and parts this
    /// version does not know aside).
    pub fn has_unsaved_changes(&self, now: Option<&Case>, names: &LetterNames) -> bool {
        self.shown.is_some() && !shows_saved_case_unchanged(self, now, names)
    }

    /// The link for the answers on the page: only while they are the
    /// answers it was made from, so one family's link is never sent for
    /// another's answers.
    pub fn link_for(&self, now: Option<&Case>) -> Option<&str> {
        let (made_for, url) = self.link.as_ref()?;
        (now == Some(made_for)).then_some(url.as_str())
    }
}

/// Found in a walkthrough: names typed for a saved case's letters were lost
/// without a word when another case was opened, as only the dates counted.
fn shows_saved_case_unchanged(session: &Session, now: Option<&Case>, names: &LetterNames) -> bool {
    match (&session.shown, now) {
        (Some(saved), Some(now)) => {
            saved.case.same_answers(now) && saved.letter_names.same_as(names)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::case::Events;
    use chrono::NaiveDate;

    fn case(day: u32) -> Case {
        Case::new(
            Some("leeds".to_string()),
            Events {
                complaint_received: NaiveDate::from_ymd_opt(2025, 12, day),
                ..Events::default()
            },
        )
    }

    fn saved(id: &str, day: u32) -> SavedCase {
        SavedCase {
            id: id.to_string(),
            label: format!("Case {id}"),
            case: case(day),
            letter_names: Default::default(),
            unknown: Default::default(),
        }
    }

    fn opening(saved_case: Option<SavedCase>, day: u32) -> Box<Opening> {
        Box::new(Opening {
            case: saved_case
                .as_ref()
                .map_or_else(|| case(day), |s| s.case.clone()),
            label: "Family B".to_string(),
            names: LetterNames::default(),
            saved: saved_case,
        })
    }

    static NO_NAMES: std::sync::LazyLock<LetterNames> =
        std::sync::LazyLock::new(LetterNames::default);

    fn page(typed_something: bool, now: Option<&Case>) -> OnThePage<'_> {
        OnThePage {
            typed_something,
            now,
            names: &NO_NAMES,
        }
    }

    #[test]
    fn opening_asks_only_when_typed_answers_would_be_lost() {
        let other = case(18);
        // Nothing typed: open at once.
        let mut session = Session::default();
        let effects = update(
            &mut session,
            Event::Open(opening(None, 19), page(false, None)),
        );
        assert_eq!(effects, [Effect::ShowCase(opening(None, 19))]);
        // Typed and not saved: ask, and nothing changes until the answer.
        let mut session = Session::default();
        let effects = update(
            &mut session,
            Event::Open(opening(None, 19), page(true, Some(&other))),
        );
        assert_eq!(effects, [Effect::AskBeforeReplacing]);
        assert_eq!(session.pending, Some(opening(None, 19)));
        // Typed answers that cannot be read yet are still answers: ask.
        let mut asked = Session::default();
        let effects = update(&mut asked, Event::Open(opening(None, 19), page(true, None)));
        assert_eq!(effects, [Effect::AskBeforeReplacing]);
        // "Keep my answers" forgets the request; "Replace" shows it.
        let mut kept = asked.clone();
        assert!(update(&mut kept, Event::CancelOpen).is_empty());
        assert_eq!(kept.pending, None);
        assert_eq!(update(&mut kept, Event::ConfirmOpen), []);
        assert_eq!(
            update(&mut asked, Event::ConfirmOpen),
            [Effect::ShowCase(opening(None, 19))]
        );
        assert_eq!(asked.pending, None);
    }

    #[test]
    fn a_saved_case_shown_as_saved_is_replaced_without_asking_and_changes_are_noticed() {
        let mut session = Session::default();
        let first = saved("case-1", 19);
        update(
            &mut session,
            Event::Open(opening(Some(first.clone()), 19), page(false, None)),
        );
        assert_eq!(session.shown_id(), Some("case-1"));
        // Shown as saved: nothing to lose.
        let effects = update(
            &mut session,
            Event::Open(
                opening(Some(saved("case-2", 5)), 5),
                page(true, Some(&first.case)),
            ),
        );
        assert_eq!(
            effects,
            [Effect::ShowCase(opening(Some(saved("case-2", 5)), 5))]
        );
        assert_eq!(session.shown_id(), Some("case-2"));
        // Changed since it was saved: unsaved changes, and opening asks.
        let changed = case(8);
        assert!(session.has_unsaved_changes(Some(&changed), &NO_NAMES));
        assert!(!session.has_unsaved_changes(Some(&case(5)), &NO_NAMES));
        // A different label is not a change of answers.
        let mut renamed = case(5);
        renamed.label = Some("Family A".to_string());
        assert!(!session.has_unsaved_changes(Some(&renamed), &NO_NAMES));
        let effects = update(
            &mut session,
            Event::Open(opening(None, 19), page(true, Some(&changed))),
        );
        assert_eq!(effects, [Effect::AskBeforeReplacing]);
        // Names typed for its letters since it was saved are changes too,
        // and opening another case asks first; spaces around them are not.
        let names = LetterNames {
            child_name: "Sam".to_string(),
            ..LetterNames::default()
        };
        assert!(session.has_unsaved_changes(Some(&case(5)), &names));
        let padded = LetterNames {
            your_name: "  ".to_string(),
            ..LetterNames::default()
        };
        assert!(!session.has_unsaved_changes(Some(&case(5)), &padded));
        let effects = update(
            &mut session,
            Event::Open(
                opening(None, 19),
                OnThePage {
                    typed_something: true,
                    now: Some(&case(5)),
                    names: &names,
                },
            ),
        );
        assert_eq!(effects, [Effect::AskBeforeReplacing]);
        update(&mut session, Event::CancelOpen);
        // Not a saved case: never "unsaved changes".
        assert!(!Session::default().has_unsaved_changes(Some(&changed), &NO_NAMES));
    }

    #[test]
    fn a_link_dies_when_the_answers_change_or_another_case_opens() {
        let mut session = Session::default();
        update(
            &mut session,
            Event::LinkMade(case(19), "https://x/#a".to_string()),
        );
        assert_eq!(session.link_for(Some(&case(19))), Some("https://x/#a"));
        assert_eq!(session.link_for(Some(&case(18))), None);
        assert_eq!(session.link_for(None), None);
        update(
            &mut session,
            Event::Open(opening(None, 19), page(false, None)),
        );
        assert_eq!(session.link_for(Some(&case(19))), None);
    }

    #[test]
    fn starting_a_new_case_forgets_the_shown_case_the_pending_one_and_the_link() {
        let mut session = Session {
            shown: Some(saved("case-1", 19)),
            pending: Some(opening(None, 5)),
            link: Some((case(19), "https://x/#a".to_string())),
        };
        assert_eq!(
            update(&mut session, Event::StartNew),
            [Effect::ClearQuestions]
        );
        assert_eq!(session, Session::default());
    }

    #[test]
    fn renaming_or_deleting_here_touches_the_shown_case_only_when_it_is_that_case() {
        let mut session = Session {
            shown: Some(saved("case-1", 19)),
            ..Session::default()
        };
        let mut other = saved("case-2", 5);
        other.label = "Family B".to_string();
        update(&mut session, Event::Renamed(other));
        assert_eq!(session.shown, Some(saved("case-1", 19)));
        let mut renamed = saved("case-1", 19);
        renamed.label = "Family A".to_string();
        update(&mut session, Event::Renamed(renamed.clone()));
        assert_eq!(session.shown, Some(renamed));
        update(&mut session, Event::Deleted("case-2".to_string()));
        assert_eq!(session.shown_id(), Some("case-1"));
        update(&mut session, Event::Deleted("case-1".to_string()));
        assert_eq!(session.shown, None);
        session.shown = Some(saved("case-3", 1));
        update(&mut session, Event::DeletedEverything);
        assert_eq!(session.shown, None);
    }

    #[test]
    fn another_tab_deleting_or_changing_the_shown_case_is_said() {
        let shown = saved("case-1", 19);
        let mut store = Store::new();
        store.cases.push(shown.clone());
        let mut session = Session {
            shown: Some(shown.clone()),
            ..Session::default()
        };
        // The same case, untouched: only the list changed.
        assert_eq!(
            update(&mut session, Event::OtherTabChanged(Some(&store))),
            [Effect::Say(OtherTab::ChangedTheList)]
        );
        assert_eq!(session.shown_id(), Some("case-1"));
        // Changed in the other tab: say so, and keep what this page saw,
        // so a save here keeps both versions.
        let mut changed = shown.clone();
        changed.case.events.stage1_extended = true;
        store.cases[0] = changed;
        assert_eq!(
            update(&mut session, Event::OtherTabChanged(Some(&store))),
            [Effect::Say(OtherTab::ChangedTheShownCase {
                label: shown.label.clone()
            })]
        );
        assert_eq!(session.shown, Some(shown.clone()));
        // Only renamed there: say so; there is nothing to keep apart, so the
        // page now sees the new name.
        store.cases[0] = shown.clone();
        store.cases[0].label = "Family A".to_string();
        assert_eq!(
            update(&mut session, Event::OtherTabChanged(Some(&store))),
            [Effect::Say(OtherTab::RenamedTheShownCase {
                label: "Family A".to_string()
            })]
        );
        assert_eq!(session.shown.as_ref().unwrap().label, "Family A");
        // Deleted there: the page no longer shows a saved case.
        store.cases.clear();
        assert_eq!(
            update(&mut session, Event::OtherTabChanged(Some(&store))),
            [Effect::Say(OtherTab::DeletedTheShownCase)]
        );
        assert_eq!(session.shown, None);
        assert_eq!(
            update(&mut session, Event::OtherTabChanged(None)),
            [Effect::Say(OtherTab::ChangedTheList)]
        );
    }
}
