//! The first screen's own words: the page frame (header, footer, quick
//! exit, "Staying safe online"), the council question and the messages
//! while the rest of the tool loads. Everything here is in the first
//! download, so only the first screen uses this module.

use chrono::NaiveDate;

use crate::core::dates::long_date;

/// The page's title (the browser tab) before the questions start.
pub const TITLE: &str = "Complaint Navigator: check where your complaint stands";

/// The page's title on the embedder's page, set before its chunk arrives.
pub const BUILDER_TITLE: &str = "Put Complaint Navigator on your website";

/// What the native build of the web app's binary says when it is run.
pub const NATIVE_BINARY: &str = "This binary is the web app: build it with `trunk build`. For the command line, use `navigator`.";

/// While the embedder's page is fetched.
pub const LOADING: &str = "Loading\u{2026}";

/// The embedder's page could not be fetched.
pub const BUILDER_NOT_LOADED: &str =
    "This page could not be loaded. Check your internet connection and reload the page.";

/// While the rest of the tool is fetched, and the user is waiting for it.
pub const LOADING_THE_REST: &str = "Loading the rest of the tool\u{2026}";

/// The rest of the tool could not be fetched.
pub const REST_NOT_LOADED: &str = "The rest of the tool could not be loaded. Check your internet connection and try again. Nothing you entered has been lost.";

/// The button that fetches the rest of the tool again.
pub const TRY_AGAIN: &str = "Try again";

/// After "Try again", for screen readers only, what each one fetches: a
/// page can show several at once (found in review: all were "Try again").
pub const TRY_AGAIN_QUESTIONS: &str = " to load the questions";
pub const TRY_AGAIN_RESULTS: &str = " to load your results";
pub const TRY_AGAIN_SAVED_CASES: &str = " to load your saved cases";
pub const TRY_AGAIN_KEEP: &str = " to load Keep and take away";
pub const TRY_AGAIN_BACKUP_FILE: &str = " to load Open a backup file";
pub const TRY_AGAIN_COUNCIL_FILE: &str = " to load the council's procedure";
pub const TRY_AGAIN_COUNCIL_WORDING: &str = " to load what the council's page says";

pub const SKIP_LINK: &str = "Skip to main content";

/// The name of the bar that holds "Exit this page".
pub const EXIT_BAR: &str = "Leave this page quickly";

pub const SITE_NAME: &str = "Complaint Navigator";
pub const SITE_TAGLINE: &str = "Children's social care complaints in England";

/// The name of the widget's bar with the link to the full tool.
pub const EMBED_BAR: &str = "About this tool";
/// In the widget's bar, before the link to the full tool.
pub const EMBED_NOT_LEGAL_ADVICE: &str = "Guidance, not legal advice.";
/// The widget's link to the full tool.
pub const OPEN_FULL_TOOL: &str = "Open the full tool in a new tab";
/// After the widget's link to the full tool.
pub const FULL_TOOL_HINT: &str = "(what you typed here will not go with you)";

/// "Today is Monday 5 January 2026."
pub fn today_is(today: NaiveDate) -> String {
    format!("Today is {}.", long_date(today))
}

/// A widget locked to one council: the question before the link to the full tool.
pub const NOT_YOUR_COUNCIL: &str = "Not your council? ";
/// A widget locked to one council: the link to the full tool.
pub const USE_FULL_TOOL: &str = "Use the full Complaint Navigator (opens in a new tab)";

/// The disclosure that holds "Open a backup file".
pub const OPEN_BACKUP_FILE: &str = "Open a backup file";

/// The footer: the warning (in bold), then what to check.
pub const FOOTER_NOT_LEGAL_ADVICE: &str = "This is guidance, not legal advice.";
pub const FOOTER_CHECK_DATES: &str = "Check the dates in your council's letters. If they differ, ask the council which date it is using and why.";
/// The footer: where the timescales come from (the councils' data note follows).
pub const FOOTER_SOURCES: &str = "The timescales come from the Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738), the guidance Getting the Best from Complaints (2006), and the Local Government Act 1974 for the Ombudsman.";
/// Before, inside and after the link to the embed builder.
pub const FOOTER_EMBED: [&str; 3] = [
    "For charities and councils: ",
    "put this tool on your own website",
    ", as a widget that keeps what families type in their browser too.",
];
pub const FOOTER_PRIVACY: &str = "Privacy: this page has no cookies, no tracking and no server. Everything you type stays in this browser tab and is gone when you close it, unless you choose to save it on this device.";

// Quick exit and "Staying safe online".

/// The tab's title while "Exit this page" leaves.
pub const EXIT_PAGE_TITLE: &str = "Weather";
/// Read by screen readers before "Exit this page".
pub const EXIT_EMERGENCY: &str = "Emergency: ";
pub const EXIT_THIS_PAGE: &str = "Exit this page";
pub const EXIT_HINT: &str = "Or press Shift 3 times";
pub const STAYING_SAFE: &str = "Staying safe online";
pub const STAYING_SAFE_HISTORY: &str = "If someone else uses this device, they may be able to see which pages you have visited. \"Exit this page\" takes you to a weather website straight away, but it cannot remove this page from everywhere.";
pub const STAYING_SAFE_PRIVATE: &str = "To be safer, use a private or incognito window, and clear your browsing history afterwards. A library or a trusted friend's device may be safer than a shared one.";

// The council question.

pub const COUNCIL_HEADING: &str = "1. Your council";
/// Before the council chosen (in bold).
pub const YOUR_COUNCIL: &str = "Your council: ";
/// The choice "I don't know my council", as it is shown once chosen.
pub const STATUTORY_CHOICE: &str = "Not sure: using the timescales set by law";
pub const CHANGE_COUNCIL: &str = "Change council";
pub const COUNCIL_QUESTION: &str = "Which council is your complaint about?";
pub const COUNCIL_HINT: &str = "Type part of its name, for example Leeds, Hull or Barking. This is the council whose children's services you are complaining about.";
/// The name of the list of councils that match.
pub const CHOOSE_COUNCIL: &str = "Choose your council";
pub const DONT_KNOW_COUNCIL: &str = "I don't know my council";
pub const WHICH_COUNCIL: &str = "It is the council that provides children's services where the child lives: a county council, a unitary council, a metropolitan borough or a London borough. Your district or town council is not the right one. The name is usually at the top of letters from children's services or a social worker's email signature.";
pub const CARRY_ON_WITHOUT_COUNCIL: &str = "You can still carry on: we will use the timescales set by law, which every council in England must follow.";
pub const USE_STATUTORY: &str = "Use the timescales set by law";

/// How many councils match what was typed: `count` of them, `asked` when
/// Enter was pressed while several matched, `shown` at most in the list.
pub fn councils_match(count: usize, asked: bool, shown: usize) -> String {
    match count {
        // Many families know their town or district, not the council.
        0 => "No councils match. Try part of the name, like \"Hull\" or \"Southend\". A town or district is not enough: if you are not sure, open \"I don't know my council\" below.".to_string(),
        1 => "1 council matches.".to_string(),
        n if asked => {
            format!("{n} councils match. Choose one from the list, or type more of the name.")
        }
        n if n > shown => {
            format!("{n} councils match. Showing the first {shown}: type more to narrow it down.")
        }
        n => format!("{n} councils match."),
    }
}
