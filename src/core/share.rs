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
    // A "no" the family gave is written; a question left unanswered is
    // not, and comes back unanswered.
    for field in crate::core::form::yes_no_fields() {
        if !case.answered_yes(field) && !case.is_unanswered(field) {
            parts.push(format!("{field}={NO}"));
        }
    }
    parts.join("&")
}

/// A "no" to a question whose "yes" is a date.
const NO: &str = "no";

/// The yes-or-no questions a link does not mention: not answered.
fn unanswered_in(pairs: &[(&str, &str)]) -> Vec<String> {
    let mut names: Vec<String> = crate::core::form::yes_no_fields()
        .filter(|field| !pairs.iter().any(|(key, _)| key == field))
        .map(str::to_string)
        .collect();
    names.sort();
    names
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
    let mut first_problem = None;
    let (route, events) = read_answers(&pairs, |problem, _| {
        first_problem.get_or_insert(problem);
    });
    if let Some(problem) = first_problem {
        return Err(problem);
    }
    Ok(Some(Case {
        route,
        unanswered: unanswered_in(&pairs),
        ..Case::new(council, events)
    }))
}

/// The answers in a link as the page opens them: every answer that can be
/// read is kept, and each that cannot is named, for the page to say. A
/// council it cannot take (none named, or one this tool does not know, say
/// one added in a later version) leaves no council chosen (the law's
/// timescales, as for "I don't know my council"); a date that is not real,
/// or a part this tool does not know (a link cut short or changed), is left
/// out. `None` when the fragment holds no answers.
pub fn link_answers(fragment: &str) -> Option<LinkAnswers> {
    let pairs = pairs(fragment);
    // Only a fragment with something a link of ours holds is a link: not
    // an anchor, nor a page's own `#section=...`.
    if !pairs.iter().any(|(key, _)| known_key(key)) {
        return None;
    }
    let written = pairs
        .iter()
        .find(|(key, _)| *key == "council")
        .map(|(_, id)| *id);
    let names_a_council = written.is_some_and(|id| !id.is_empty());
    let (council, council_problem) = match written {
        Some(id) => match read_council(id) {
            Ok(council) => (council, None),
            Err(problem) => (None, Some(problem)),
        },
        None => (
            None,
            Some(CaseError::new("council", words::LINK_NO_COUNCIL)),
        ),
    };
    let mut left_out = Vec::new();
    let mut unread_dates = Vec::new();
    let (route, events) = read_answers(&pairs, |problem, unread_date| {
        left_out.push(problem);
        if let Some((event, written)) = unread_date {
            unread_dates.push((event, written.to_string()));
        }
    });
    Some(LinkAnswers {
        names_a_council,
        case: Case {
            route,
            unanswered: unanswered_in(&pairs),
            ..Case::new(council, events)
        },
        council_problem,
        left_out,
        unread_dates,
    })
}

/// What [`link_answers`] read from a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkAnswers {
    /// Every answer that could be read.
    pub case: Case,
    /// Why the link's council could not be taken, if it could not.
    pub council_problem: Option<CaseError>,
    /// The link names a council (`law` included), read or not: one that
    /// names none leaves the choice to the page.
    pub names_a_council: bool,
    /// Each answer left out, and why.
    pub left_out: Vec<CaseError>,
    /// The dates left out because they are not real, as the link wrote
    /// them: the page puts them in their boxes, where the form names what
    /// to fix, so a reply the link says came is never taken as not come.
    pub unread_dates: Vec<(Event, String)>,
}

/// Whether a fragment holds answers to open (anything but `today=`, which
/// demonstrations and tests use): the first screen then fetches the engine
/// at once. Cheap, and read before anything else is.
pub fn holds_answers(fragment: &str) -> bool {
    // A pair with `=`: a plain anchor (`#main`, the skip link's) is no link.
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(key, _)| !key.is_empty() && key != "today")
}

/// Whether `key` is one a link made by this tool can hold.
fn known_key(key: &str) -> bool {
    key == "council"
        || key == "procedure"
        || Event::ALL.into_iter().any(|e| e.field() == key)
        || Flag::ALL.into_iter().any(|f| f.field() == key)
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

/// Every answer in the link that can be read; each that cannot goes to
/// `problem` and is left out, with its event and text when it is a date
/// that is not real.
fn read_answers<'a>(
    pairs: &[(&str, &'a str)],
    mut problem: impl FnMut(CaseError, Option<(Event, &'a str)>),
) -> (Option<Route>, Events) {
    let mut events = Events::default();
    let mut route = None;
    for &(key, value) in pairs {
        if key == "council" || key == "today" {
            continue;
        }
        if key == "procedure" {
            match Route::from_id(value) {
                Some(read) => route = Some(read),
                None => problem(
                    CaseError::new("procedure", words::LINK_UNKNOWN_PROCEDURE),
                    None,
                ),
            }
        } else if let Some(event) = Event::ALL.into_iter().find(|e| e.field() == key) {
            match parse_iso(value) {
                _ if value == NO => {}
                Some(date) => *event.slot(&mut events) = Some(date),
                None => problem(
                    CaseError::new(key, words::link_bad_date(event, value)),
                    Some((event, value)),
                ),
            }
        } else if let Some(flag) = Flag::ALL.into_iter().find(|f| f.field() == key) {
            match value {
                "yes" => *flag.slot(&mut events) = true,
                "no" => *flag.slot(&mut events) = false,
                _ => problem(
                    CaseError::new(key, words::link_bad_yes_no(flag, value)),
                    None,
                ),
            }
        } else {
            problem(CaseError::new(key, words::link_unknown_key(key)), None);
        }
    }
    (route, events)
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
        assert!(fragment.contains(&format!("&{}=yes", Flag::ALL[0].field())));
        // Every other question was answered "no": each is said.
        assert!(fragment.contains("&stage2_requested=no"), "{fragment}");
        assert_eq!(case_from_fragment(&fragment), Ok(Some(case.clone())));

        // Questions not answered are not in the link, and come back
        // unanswered, not "no" (found in a walkthrough).
        let mut fewer = case;
        fewer.unanswered = crate::core::form::yes_no_fields()
            .filter(|f| *f != "stage1_response_received" && *f != Flag::ALL[0].field())
            .filter(|f| *f != "stage2_requested")
            .map(str::to_string)
            .collect();
        fewer.unanswered.sort();
        let fragment = fragment_for(&fewer);
        assert_eq!(
            fragment,
            format!(
                "council=leeds&complaint_received=2025-12-19&stage1_response_received=2026-01-02&{}=yes&stage2_requested=no",
                Flag::ALL[0].field()
            )
        );
        assert_eq!(case_from_fragment(&fragment), Ok(Some(fewer)));
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
        let read = link_answers("#today=2026-03-10&complaint_received=2026-02-20").unwrap();
        assert_eq!(read.case.council, None);
        assert_eq!(read.case.events.complaint_received, Some(day(2026, 2, 20)));
        assert_eq!(
            read.council_problem.unwrap().message,
            "The link names no council."
        );
        assert!(read.left_out.is_empty());

        let read =
            link_answers("council=atlantis&complaint_received=2026-02-20&stage1_extended=yes")
                .unwrap();
        assert_eq!(read.case.council, None);
        assert!(read.case.events.stage1_extended);
        assert_eq!(
            read.council_problem.unwrap().message,
            "The link names a council this tool does not know (\"atlantis\")."
        );

        // A good link is as before; nothing but today is no link at all.
        let read = link_answers("council=leeds&complaint_received=2026-02-20").unwrap();
        assert_eq!(read.case.council.as_deref(), Some("leeds"));
        assert_eq!(read.council_problem, None);
        assert_eq!(link_answers("#today=2026-03-10"), None);
        assert!(!holds_answers("#today=2026-03-10"));
        assert!(!holds_answers(""));
        assert!(holds_answers(
            "#today=2026-03-10&complaint_received=2026-02-20"
        ));
        assert!(holds_answers("#council=leeds"));
        // The skip link's anchor, and a fragment with nothing of ours, are
        // no link (found in review: "#main" opened an empty case).
        assert!(!holds_answers("#main"));
        assert_eq!(link_answers("#main"), None);
        assert_eq!(link_answers("#section=2"), None);
    }

    /// One answer that cannot be read leaves the others (found in a
    /// walkthrough: one bad date, or a part added to the link, threw the
    /// whole link away). The strict reader still refuses such a link.
    #[test]
    fn one_bad_answer_in_a_link_leaves_the_others() {
        let link = "council=leeds&complaint_received=2026-02-20&stage1_response_received=2026-02-31&bogus=1&stage1_extended=maybe";
        let read = link_answers(link).unwrap();
        assert_eq!(read.case.council.as_deref(), Some("leeds"));
        assert_eq!(read.case.events.complaint_received, Some(day(2026, 2, 20)));
        assert_eq!(read.case.events.stage1_response_received, None);
        assert!(!read.case.events.stage1_extended);
        let fields: Vec<&str> = read.left_out.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["stage1_response_received", "bogus", "stage1_extended"]
        );
        assert_eq!(
            read.unread_dates,
            [(Event::Stage1ResponseReceived, "2026-02-31".to_string())]
        );
        assert!(case_from_fragment(link).is_err());
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
