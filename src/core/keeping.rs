//! The rules of keeping answers safe on the page, as plain functions over
//! plain data, so they are tested natively and the UI only asks them:
//! when opening a case must ask first, when the page has unsaved changes,
//! and when a link made for some answers no longer belongs to them.

use crate::core::case::Case;

/// What the page holds when the family opens another case (from the list,
/// a backup file or a link).
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// Something was typed or chosen in the questions.
    pub typed_something: bool,
    /// The saved case the questions show, as saved, if any.
    pub saved: Option<&'a Case>,
    /// The case the questions describe now, if every answer can be read.
    pub now: Option<&'a Case>,
}

/// Opening another case replaces the answers on the page: ask first unless
/// nothing was typed, or what is shown is a saved case exactly as saved.
pub fn must_ask_before_replacing(page: Page) -> bool {
    page.typed_something && !shows_saved_case_unchanged(page)
}

/// The questions show a saved case and have been changed since it was saved
/// (labels and parts this version does not know aside).
pub fn has_unsaved_changes(page: Page) -> bool {
    page.saved.is_some() && !shows_saved_case_unchanged(page)
}

fn shows_saved_case_unchanged(page: Page) -> bool {
    match (page.saved, page.now) {
        (Some(saved), Some(now)) => saved.same_answers(now),
        _ => false,
    }
}

/// A link belongs to the answers it was made from: once they change, it goes,
/// so one family's link is never sent for another's answers.
pub fn link_still_belongs(made_for: &Case, now: Option<&Case>) -> bool {
    now == Some(made_for)
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

    #[test]
    fn opening_asks_only_when_typed_answers_would_be_lost() {
        let (saved, other) = (case(19), case(18));
        let page = |typed, saved, now| Page {
            typed_something: typed,
            saved,
            now,
        };
        // Nothing typed: open at once.
        assert!(!must_ask_before_replacing(page(false, None, None)));
        // Typed and not saved: ask.
        assert!(must_ask_before_replacing(page(true, None, Some(&other))));
        // Typed answers that cannot be read yet are still answers: ask.
        assert!(must_ask_before_replacing(page(true, None, None)));
        // A saved case shown as saved: nothing to lose.
        assert!(!must_ask_before_replacing(page(
            true,
            Some(&saved),
            Some(&saved)
        )));
        // A saved case changed since: ask.
        assert!(must_ask_before_replacing(page(
            true,
            Some(&saved),
            Some(&other)
        )));
        // A different label is not a change of answers.
        let mut renamed = saved.clone();
        renamed.label = Some("Family A".to_string());
        assert!(!has_unsaved_changes(page(
            true,
            Some(&saved),
            Some(&renamed)
        )));
        assert!(has_unsaved_changes(page(true, Some(&saved), Some(&other))));
        assert!(!has_unsaved_changes(page(true, None, Some(&other))));
    }

    #[test]
    fn a_link_dies_when_the_answers_change() {
        let made_for = case(19);
        assert!(link_still_belongs(&made_for, Some(&case(19))));
        assert!(!link_still_belongs(&made_for, Some(&case(18))));
        assert!(!link_still_belongs(&made_for, None));
    }
}
