//! A link to a case, made only when the user asks for one. The case goes in
//! the address's fragment (after `#`), which browsers never send to a server:
//! `#council=leeds&complaint_received=2025-12-19&stage2_refused=yes`.
//! The council is `law` for "I don't know my council". Keys are the case
//! file's field names, so the link and the backup file say the same thing.

use crate::core::case::{Case, CaseError, Event, Events, Flag};
use crate::core::dates::{iso, parse_iso};
use crate::core::route::Route;
use crate::text::en::case_checks as words;

/// The fragment's value for "I don't know my council".
const STATUTORY: &str = "law";

/// The fragment for a case: its council and every date and yes given.
pub fn fragment_for(case: &Case) -> String {
    let mut parts = vec![format!(
        "council={}",
        case.council.as_deref().unwrap_or(STATUTORY)
    )];
    if let Some(route) = case.route {
        parts.push(format!("procedure={}", route.id()));
    }
    for event in Event::ALL {
        if let Some(date) = event.date(&case.events) {
            parts.push(format!("{}={}", event.field(), iso(date)));
        }
    }
    for flag in Flag::ALL {
        if flag.get(&case.events) {
            parts.push(format!("{}=yes", flag.field()));
        }
    }
    parts.join("&")
}

/// The case in a fragment, if it holds one (it has a `council`). Anything
/// that cannot be read is an error naming it, so a damaged link fills in
/// nothing rather than something wrong. Dates are only read here: whether
/// they fit together is for the questions to say, as if typed.
pub fn case_from_fragment(fragment: &str) -> Result<Option<Case>, CaseError> {
    let pairs = pairs(fragment);
    let Some(council) = pairs.iter().find(|(key, _)| *key == "council") else {
        return Ok(None);
    };
    let council = read_council(council.1)?;
    let (route, events) = read_answers(&pairs)?;
    Ok(Some(Case {
        route,
        ..Case::new(council, events)
    }))
}

/// The answers in a link whose council cannot be taken, as the page opens
/// them: with none named, or one this tool does not know (say one added in
/// a later version), its dates are still read and kept, with no council
/// chosen (the law's timescales, as for "I don't know my council"), and
/// the second value says why, for the page to tell. Otherwise as
/// [`case_from_fragment`]; `Ok(None)` when the fragment holds no answers.
pub fn link_answers(fragment: &str) -> Result<Option<(Case, Option<CaseError>)>, CaseError> {
    let pairs = pairs(fragment);
    let answers_given = pairs.iter().any(|(key, _)| *key != "today");
    let (council, problem) = match pairs.iter().find(|(key, _)| *key == "council") {
        Some((_, id)) => match read_council(id) {
            Ok(council) => (council, None),
            Err(problem) => (None, Some(problem)),
        },
        None if answers_given => (
            None,
            Some(CaseError::new("council", words::LINK_NO_COUNCIL)),
        ),
        None => return Ok(None),
    };
    let (route, events) = read_answers(&pairs)?;
    let case = Case {
        route,
        ..Case::new(council, events)
    };
    Ok(Some((case, problem)))
}

/// Whether a fragment holds answers to open (anything but `today=`, which
/// demonstrations and tests use): the first screen then fetches the engine
/// at once. Cheap, and read before anything else is.
pub fn holds_answers(fragment: &str) -> bool {
    fragment
        .trim_start_matches('#')
        .split('&')
        .any(|pair| !pair.is_empty() && !pair.starts_with("today="))
}

fn pairs(fragment: &str) -> Vec<(&str, &str)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect()
}

/// A link's council: `law` is none chosen; otherwise the council's own id.
fn read_council(id: &str) -> Result<Option<String>, CaseError> {
    match id {
        "" => Err(CaseError::new("council", words::LINK_NO_COUNCIL)),
        STATUTORY => Ok(None),
        id => crate::core::councils::find(id)
            .map(|council| Some(council.id.clone()))
            .ok_or_else(|| CaseError::new("council", words::link_unknown_council(id))),
    }
}

fn read_answers(pairs: &[(&str, &str)]) -> Result<(Option<Route>, Events), CaseError> {
    let mut events = Events::default();
    let mut route = None;
    for &(key, value) in pairs {
        if key == "council" || key == "today" {
            continue;
        }
        if key == "procedure" {
            route = Some(
                Route::from_id(value)
                    .ok_or_else(|| CaseError::new("procedure", words::LINK_UNKNOWN_PROCEDURE))?,
            );
            continue;
        }
        if let Some(event) = Event::ALL.into_iter().find(|e| e.field() == key) {
            let date = parse_iso(value)
                .ok_or_else(|| CaseError::new(key, words::link_bad_date(event, value)))?;
            *event.slot(&mut events) = Some(date);
        } else if let Some(flag) = Flag::ALL.into_iter().find(|f| f.field() == key) {
            *flag.slot(&mut events) = match value {
                "yes" => true,
                "no" => false,
                _ => return Err(CaseError::new(key, words::link_bad_yes_no(flag, value))),
            };
        } else {
            return Err(CaseError::new(key, words::link_unknown_key(key)));
        }
    }
    Ok((route, events))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_case_makes_a_readable_fragment_and_comes_back_the_same() {
        let mut events = Events {
            complaint_received: Some(day(2025, 12, 19)),
            stage1_response_received: Some(day(2026, 1, 2)),
            ..Events::default()
        };
        *Flag::ALL[0].slot(&mut events) = true;
        let case = Case::new(Some("leeds".into()), events);
        let fragment = fragment_for(&case);
        assert!(
            fragment.starts_with(
                "council=leeds&complaint_received=2025-12-19&stage1_response_received=2026-01-02&"
            ),
            "{fragment}"
        );
        assert!(fragment.ends_with(&format!("{}=yes", Flag::ALL[0].field())));
        assert_eq!(case_from_fragment(&fragment), Ok(Some(case)));
    }

    #[test]
    fn the_statutory_procedure_is_law_and_today_is_left_alone() {
        let case =
            case_from_fragment("#today=2026-01-05&council=law&complaint_received=2025-12-01")
                .unwrap()
                .unwrap();
        assert_eq!(case.council, None);
        assert_eq!(case.events.complaint_received, Some(day(2025, 12, 1)));
        assert_eq!(
            fragment_for(&case),
            "council=law&complaint_received=2025-12-01"
        );
    }

    #[test]
    fn a_fragment_without_a_council_is_not_a_case() {
        assert_eq!(case_from_fragment("#today=2026-01-05"), Ok(None));
        assert_eq!(case_from_fragment(""), Ok(None));
    }

    /// A link whose council cannot be taken keeps its dates, with no
    /// council chosen, and says why (found in review: they were dropped,
    /// without a word when the link named no council at all).
    #[test]
    fn a_link_without_a_council_it_can_take_keeps_its_dates() {
        let (case, problem) = link_answers("#today=2026-03-10&complaint_received=2026-02-20")
            .unwrap()
            .unwrap();
        assert_eq!(case.council, None);
        assert_eq!(case.events.complaint_received, Some(day(2026, 2, 20)));
        assert_eq!(problem.unwrap().message, "The link names no council.");

        let (case, problem) =
            link_answers("council=atlantis&complaint_received=2026-02-20&stage1_extended=yes")
                .unwrap()
                .unwrap();
        assert_eq!(case.council, None);
        assert!(case.events.stage1_extended);
        assert_eq!(
            problem.unwrap().message,
            "The link names a council this tool does not know (\"atlantis\")."
        );

        // A good link is as before; nothing but today is no link at all.
        let (case, problem) = link_answers("council=leeds&complaint_received=2026-02-20")
            .unwrap()
            .unwrap();
        assert_eq!(case.council.as_deref(), Some("leeds"));
        assert_eq!(problem, None);
        assert_eq!(link_answers("#today=2026-03-10").unwrap(), None);
        assert!(!holds_answers("#today=2026-03-10"));
        assert!(!holds_answers(""));
        assert!(holds_answers(
            "#today=2026-03-10&complaint_received=2026-02-20"
        ));
        assert!(holds_answers("#council=leeds"));
        // A damaged date still fills in nothing.
        assert!(link_answers("complaint_received=2026-02-30").is_err());
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let error = case_from_fragment("council=leeds&complaint_received=2025-02-30").unwrap_err();
        assert_eq!(error.field, "complaint_received");
        assert_eq!(
            error.message,
            "The link's date for the day the council received your complaint (\"2025-02-30\") is not a real date."
        );
        let error = case_from_fragment("council=leeds&favourite_colour=blue").unwrap_err();
        assert!(
            error.message.contains("\"favourite_colour\""),
            "{}",
            error.message
        );
        let flag = Flag::ALL[1].field();
        let error = case_from_fragment(&format!("council=leeds&{flag}=maybe")).unwrap_err();
        assert!(
            error.message.ends_with("should be yes or no."),
            "{}",
            error.message
        );
        assert_eq!(
            case_from_fragment("council=").unwrap_err().message,
            "The link names no council."
        );
        assert_eq!(
            case_from_fragment("council=atlantis").unwrap_err().message,
            "The link names a council this tool does not know (\"atlantis\")."
        );
    }
}
