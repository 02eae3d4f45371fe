//! The questions' own words: "What has happened so far", the date boxes,
//! "Check your answers", the error summary, the answers from a link and the
//! page's title at each step. Used only by the questions' and the engine's
//! chunks.

/// The page's title once answers from a link could not be read.
pub fn link_problem_title() -> String {
    format!("Error: {}", super::ui_page::TITLE)
}

/// The page's title at the questions.
pub const EVENTS_TITLE: &str = "What has happened so far: Complaint Navigator";
/// The page's title at the questions when an answer needs fixing.
pub const EVENTS_ERROR_TITLE: &str = "Error: What has happened so far: Complaint Navigator";
/// The page's title at the result.
pub const RESULT_TITLE: &str = "Where you stand: Complaint Navigator";

/// Above [`link_partly_read`].
pub const LINK_PARTLY_READ_HEADING: &str = "Some answers in this link could not be read";

/// Answers in a link that could not be read (`left_out`, each saying why),
/// and what became of the link's council if it could not be taken either
/// (`council`, from [`link_council_until_chosen`] or
/// [`link_council_unread_locked`]): the rest was filled in.
pub fn link_partly_read(left_out: &[String], council: Option<&str>) -> String {
    let council = council.map(|said| format!(" {said}")).unwrap_or_default();
    format!(
        "{} The rest of the link is filled in below. Correct {} yourself, or ask whoever sent the link for a new one.{council}",
        left_out.join(" "),
        if left_out.len() == 1 { "the answer named here" } else { "the answers named here" }
    )
}

/// A link's council could not be taken (`problem` says why), so its dates
/// are counted with no council chosen.
pub fn link_council_until_chosen(problem: &str) -> String {
    format!("{problem} Until you choose your council, the dates are counted by the law's timescales, as for \"I don't know my council\".")
}

/// A link whose council could not be taken (`problem` says why): its dates
/// were filled in with no council chosen.
pub fn link_council_not_taken(problem: &str) -> String {
    format!("{problem} Its dates are filled in below and counted by the law's timescales, as for \"I don't know my council\". Choose your council to see its own promises.")
}

/// In a widget set up for one council (`here`), a link whose council could
/// not be read: its dates are counted for the widget's council.
pub fn link_council_unread_locked(here: &str) -> String {
    format!("The council in this link could not be read either, so its dates are counted for {here}, the council this tool is set up for.")
}

/// Under [`LINK_COUNCIL_LOCKED_HEADING`], when the link's other answers
/// were all read.
pub fn link_council_unread_locked_filled(here: &str) -> String {
    format!("This tool is set up for {here} only, so the link's dates are filled in below and counted for {here}.")
}

/// Above [`link_council_unread_locked_filled`] in a widget set up for one council.
pub const LINK_COUNCIL_LOCKED_HEADING: &str = "The council in this link could not be read";

/// A widget set up for one council was given a link for another. `link`
/// and `here` are the councils' names, if known.
pub fn link_for_another_council(link: Option<&str>, here: Option<&str>) -> String {
    let name = |name: Option<&str>| name.unwrap_or("an unknown council").to_string();
    format!(
        "This link is for {}, but this tool is set up for {} only. Open the link in the full Complaint Navigator instead (link at the top).",
        name(link),
        name(here)
    )
}

/// The name of the case in a link, in "Opened the answers in your link."
pub const ANSWERS_IN_YOUR_LINK: &str = "the answers in your link";

pub const LINK_PROBLEM_HEADING: &str = "The answers in this link could not be read";
/// Above [`link_council_not_taken`].
pub const LINK_COUNCIL_HEADING: &str = "Choose the council for this link's answers";

/// Why a link could not be read (`why`), and what happens now.
pub fn link_problem(why: &str) -> String {
    format!("{why} Nothing was filled in. Ask for a new link, or enter the dates below.")
}

/// The engine's chunk (the results, saved cases, answers from a link) could not be fetched.
pub const RESULTS_NOT_LOADED: &str = "Your results could not be loaded. Check your internet connection and try again. Nothing you entered has been lost.";

/// The button under the questions.
pub const SHOW_WHERE_I_STAND: &str = "Show where I stand";

/// A printed summary's line naming the saved case.
pub fn printed_case_label(label: &str) -> String {
    format!("Case: {label}")
}

pub const ERROR_SUMMARY_HEADING: &str = "There is a problem";

pub const EVENTS_HEADING: &str = "2. What has happened so far";
pub const EVENTS_HINT: &str = "Answer what you can. Your deadlines update as you type.";

/// A yes/no answer, as a radio button's label and in "Check your answers".
pub fn yes_no(yes: bool) -> &'static str {
    if yes {
        "Yes"
    } else {
        "No"
    }
}

/// A date's three boxes.
pub const DAY: &str = "Day";
pub const MONTH: &str = "Month";
pub const YEAR: &str = "Year";

/// Read by screen readers before an error message.
pub const ERROR_PREFIX: &str = "Error: ";

pub const CHECK_ANSWERS_HEADING: &str = "Check your answers";

/// In "Check your answers", a date not given or not readable yet (the
/// question above says what to fix). `said_yes`: after "Yes" to a
/// yes-then-date question; `entered`: something is in the date's boxes.
pub fn date_to_fix(said_yes: bool, entered: bool) -> &'static str {
    match (said_yes, entered) {
        (true, false) => "Yes, but no date entered yet",
        (true, true) => "Yes, but the date needs correcting",
        (false, _) => "The date needs correcting",
    }
}
/// In "Check your answers", a real date that the question above says is
/// wrong (before the complaint, or in the future).
pub fn date_to_correct(date: &str) -> String {
    format!("{date}, which needs correcting")
}

/// The link back to a question from "Check your answers".
pub const CHANGE: &str = "Change";

/// Read by screen readers after "Change": which answer it changes.
pub fn change_which(question: &str) -> String {
    format!(" your answer to: {question}")
}
