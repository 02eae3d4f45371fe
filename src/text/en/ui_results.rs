//! "Where you stand": the result's headings and labels around the engine's
//! sentences. Used only by the results, in the engine's chunk.

use chrono::NaiveDate;

use crate::core::assessment::{OmbudsmanPosition, Party};
use crate::core::dates::{day_month_year, long_date};

pub const HEADING: &str = "3. Where you stand";
pub const NEEDS_FIXING: &str =
    "One of the dates above needs fixing. Until then, this shows your last complete answers.";
/// The same, naming what the result shown was counted with for each date
/// that needs fixing (`kept`: its name and its date, if it had one).
pub fn needs_fixing_kept(kept: &[(&str, Option<NaiveDate>)]) -> String {
    if kept.is_empty() {
        return NEEDS_FIXING.to_string();
    }
    format!(
        "One of the dates above needs fixing. Until then, this shows your last complete answers, counted {}.",
        counted_with(kept)
    )
}

/// The same, when the result counts every other answer as it is now, with
/// the dates that need fixing as they were (`kept`), or left out.
pub fn needs_fixing_others_counted(kept: &[(&str, Option<NaiveDate>)]) -> String {
    if kept.is_empty() {
        return NEEDS_FIXING.to_string();
    }
    // A date left out counts its step as not happened (found in a
    // walkthrough: a reply dated before the complaint, and the result said
    // to chase that reply).
    let left_out = if kept.iter().any(|(_, date)| date.is_none()) {
        " Without that date it counts that step as not happened, so its advice may be about something you have already done."
    } else {
        ""
    };
    format!(
        "One of the dates above needs fixing. Until then, this counts your other answers as they are now, {}.{left_out}",
        counted_with(kept)
    )
}

fn counted_with(kept: &[(&str, Option<NaiveDate>)]) -> String {
    let counted: Vec<String> = kept
        .iter()
        .map(|(name, date)| match date {
            Some(date) => format!("with {name} as {}", long_date(*date)),
            None => format!("without {name}"),
        })
        .collect();
    counted.join(" and ")
}

/// A result counted while questions answered "yes" (`questions`) still
/// wait for their dates: it counts them as not happened, so its advice may
/// be to do what the family has done.
pub fn dates_to_enter(questions: &[&str]) -> String {
    let quoted: Vec<String> = questions
        .iter()
        .map(|q| format!("\u{201c}{q}\u{201d}"))
        .collect();
    let (list, them) = match quoted.as_slice() {
        [one] => (one.clone(), "it"),
        [rest @ .., last] => (format!("{} and {last}", rest.join(", ")), "them"),
        [] => (String::new(), "it"),
    };
    format!(
        "You answered yes to {list} but have not entered the date yet. Until you do, this counts {them} as not happened, so it may tell you to do something you have already done. Enter the date to see your real deadlines."
    )
}

/// The same, with no earlier answers that stood long enough to show.
pub const NEEDS_FIXING_NO_RESULT: &str =
    "One of the dates above needs fixing before we can show where you stand.";

/// The councils' names, each owning what follows ("Leeds City Council's
/// and Tower Hamlets'").
fn owners(council_names: &[String], between: &str) -> String {
    council_names
        .iter()
        .map(|name| super::council::possessive(name))
        .collect::<Vec<_>>()
        .join(between)
}

/// While the chosen councils' published procedures are fetched.
pub fn council_file_loading(council_names: &[String]) -> String {
    format!(
        "Loading {} published complaints procedure…",
        owners(council_names, ", ")
    )
}

/// The councils' published procedures could not be fetched.
pub fn council_file_not_loaded(council_names: &[String]) -> String {
    format!("{} published complaints procedure could not be loaded, so your dates cannot be worked out yet. Check your internet connection and try again. Nothing you entered has been lost.", crate::core::dates::capitalise(&owners(council_names, " and ")))
}

/// The councils' published procedures came, but damaged.
pub fn council_file_damaged(council_names: &[String]) -> String {
    format!("{} published complaints procedure could not be read: the copy this site sent is damaged. Try again. If it happens again, save your answers below, then reload the page. Nothing you entered has been lost.", crate::core::dates::capitalise(&owners(council_names, " and ")))
}

/// The site has a newer release than this page, without this page's file.
pub fn council_file_gone(council_names: &[String]) -> String {
    format!("This page is older than the tool now on the site, so {} published complaints procedure cannot be loaded. Save your answers below if you want to keep them, then reload the page.", owners(council_names, " and "))
}

/// While the councils' wording is fetched again.
pub fn council_wording_loading(council_names: &[String]) -> String {
    format!(
        "Loading what {} page says about each step…",
        owners(council_names, ", ")
    )
}

/// The councils' wording could not be fetched (the connection, or the site
/// no longer has it); the dates are complete without it.
pub fn council_wording_not_loaded(council_names: &[String]) -> String {
    format!("What {} page says about each step, and where it differs from the law, could not be loaded. Your dates are complete without it. Try again; if it still does not come, save your answers below and reload the page.", owners(council_names, " and "))
}

/// The councils' wording came, but could not be read.
pub fn council_wording_damaged(council_names: &[String]) -> String {
    format!("What {} page says about each step, and where it differs from the law, came damaged and could not be read. Try again; if it happens again, reload the page. Your dates are complete without it.", owners(council_names, " and "))
}

/// A printed summary's title.
pub fn printed_title(council: &str, today: NaiveDate) -> String {
    format!(
        "Complaint summary: {council}, worked out on {}",
        long_date(today)
    )
}

pub const WHICH_PROCEDURE: &str = "Which procedure";
/// Before a rule's citation, linked to its source.
pub const SOURCE: &str = "Source: ";
/// Before the questions to ask the council.
pub const ASK_THE_COUNCIL: &str = "You can ask the council, in writing:";
pub const PLEASE_CHECK: &str = "Please check";
pub const WHAT_TO_DO_NEXT: &str = "What to do next";
/// The link to the letters further down.
pub const GET_A_LETTER: &str = "Get a letter to send, with your dates filled in";
/// The timeline's heading and name.
pub const STEP_BY_STEP: &str = "Your complaint, step by step";

/// The heading over the open deadlines one party owes.
pub fn owed_by(party: Party) -> &'static str {
    match party {
        Party::Council => "What the council owes you",
        Party::Panel => "What the review panel owes you",
        Party::You => "Your own deadlines",
    }
}

/// The disclosure holding the deadlines already done (`done`: on time or
/// late) and those left behind, never done (`never`): found in a
/// walkthrough, "(2 done)" over two dates that were never done.
pub fn earlier_dates(done: usize, never: usize) -> String {
    match (done, never) {
        (done, 0) => format!("Earlier dates ({done} done)"),
        (0, never) => format!("Earlier dates ({never} never done)"),
        (done, never) => format!("Earlier dates ({done} done, {never} never done)"),
    }
}

pub const RIGHTS_NOW: &str = "Your rights now";
pub const OMBUDSMAN: &str = "The Ombudsman";

/// Whether the family can go to the Ombudsman (in bold, before the reason).
pub fn ombudsman_position(position: OmbudsmanPosition) -> &'static str {
    match position {
        OmbudsmanPosition::NotYet => "Not yet.",
        OmbudsmanPosition::CanGoEarly => "You may be able to go now.",
        OmbudsmanPosition::CanGoNow => "You can go now.",
    }
}

/// The Ombudsman's time limit.
pub fn date_to_go_by(date: NaiveDate, passed: bool) -> String {
    let passed = if passed {
        ", now passed: go as soon as you can"
    } else {
        ""
    };
    format!(
        "Date to go by: {}{passed} (see \"Your own deadlines\" for how it was counted).",
        long_date(date)
    )
}

/// How to contact the Ombudsman, around its phone number and website
/// (both links): before the number, between them, after the website.
pub const OMBUDSMAN_CONTACT: [&str; 3] = [
    "Contact the Local Government and Social Care Ombudsman: phone ",
    " or visit ",
    ".",
];

pub const YOUR_COUNCIL: &str = "Your council";
/// Read by screen readers after a link that opens a new tab.
pub const OPENS_IN_NEW_TAB: &str = " (opens in a new tab)";
/// A link to where a contact detail was found.
pub const SOURCE_LINK: &str = "(source)";

/// Read by screen readers after "(source)": whose source, the contact's own
/// label quoted as the council's page gives it (labels are phrases such as
/// "Write to" or "The email address…", so no article is put before them).
pub fn source_of(contact: &str) -> String {
    format!(
        " for \u{201c}{}\u{201d} (opens in a new tab)",
        contact.trim()
    )
}

/// Before, inside and after the link to the steps not answered yet, which
/// the result counts as not happened (`questions`, as the page asks them,
/// at least one; the link goes to the first).
pub fn counted_as_not_yet(questions: &[&str]) -> [String; 3] {
    let quoted: Vec<String> = questions
        .iter()
        .map(|q| format!("\u{201c}{q}\u{201d}"))
        .collect();
    match quoted.as_slice() {
        [one] => [
            format!("This counts {one} as no, because it is not answered yet. "),
            "Answer it".to_string(),
            " if it has happened: the dates change.".to_string(),
        ],
        [rest @ .., last] => [
            format!(
                "This counts {} and {last} as no, because they are not answered yet. ",
                rest.join(", ")
            ),
            "Answer them".to_string(),
            " if they have happened: the dates change.".to_string(),
        ],
        [] => [String::new(), String::new(), String::new()],
    }
}

/// The link to the council's complaints page.
pub const COMPLAINTS_PAGE: &str = "The council's complaints page";

/// After the link to the council's complaints page.
pub fn last_checked(checked: NaiveDate) -> String {
    format!(" (we last checked it on {})", day_month_year(checked))
}

pub const DIFFERENCES: &str = "Where your council's page differs from the law";
/// In bold, before each side of a difference.
pub const COUNCIL_SAYS: &str = "The council says: ";
pub const LAW_SAYS: &str = "The law says: ";
pub const HOLD_THEM_TO: &str = "What you can hold them to: ";

/// A deadline in a year whose bank holidays are not announced yet.
pub const PREDICTED_HOLIDAYS: &str = "This date assumes the usual bank holidays for a year whose holidays are not announced yet. Check nearer the time.";
/// The disclosure under each deadline.
pub const HOW_WE_WORKED_IT_OUT: &str = "How we worked this out";

/// Where the counting started.
pub fn start(label: &str, date: NaiveDate) -> String {
    format!("Start: {label} on {}.", long_date(date))
}

pub const NO_BANK_HOLIDAYS: &str = "No bank holidays fell in this period.";
pub const BANK_HOLIDAYS_SKIPPED: &str = "Bank holidays skipped:";

/// One bank holiday skipped.
pub fn holiday_skipped(date: NaiveDate, name: &str) -> String {
    format!("{}, {name}", long_date(date))
}

/// Before the rule's citation, linked to its source.
pub const RULE: &str = "Rule: ";

#[cfg(test)]
mod tests {
    #[test]
    fn a_source_link_names_its_contact_as_labelled() {
        assert_eq!(
            super::source_of("Write to"),
            " for \u{201c}Write to\u{201d} (opens in a new tab)"
        );
        assert_eq!(
            super::source_of("The number the council's page gives"),
            " for \u{201c}The number the council's page gives\u{201d} (opens in a new tab)"
        );
    }
}
