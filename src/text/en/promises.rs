//! What a council's own page promises, in words: the titles and notes of
//! the council's deadlines, and the page as a source.

use chrono::NaiveDate;

use crate::core::dates::day_month_year;

/// How binding a council's promise is, for its label.
/// How a step's description (in a procedure file) says the law sets no
/// time for it, so the engine does not say it twice.
pub const LAW_SETS_NO_TIME: &str = "The law sets no time";

pub const COUNCIL_PROMISE_LABEL: &str = "Your council's own promise";

/// Promises the law does not make.
pub const ACKNOWLEDGEMENT_TITLE: &str = "The council acknowledging your complaint";
pub const PANEL_APPOINTED_TITLE: &str = "The council choosing the review panel";

/// The council's page as a source; `moved` when we used a copy of an older page.
pub fn page_citation(council: &str, checked: NaiveDate, moved: bool) -> String {
    let council_s = super::council::possessive_first(council);
    let moved = if moved {
        "; a copy of an older page"
    } else {
        ""
    };
    format!(
        "{council_s} complaints page (checked {}{moved})",
        day_month_year(checked)
    )
}

/// A difference the page lists: what it says, and the explanation.
pub fn page_says(council: &str, says: &str, explanation: &str) -> String {
    let council_s = super::council::possessive_first(council);
    format!("{council_s} page says: {says} {explanation}")
}

/// The last sentence of a promise's note: whether the law also sets a time.
pub fn own_promise(council_short_name: &str, law_sets_a_time: bool) -> String {
    let council_short_name_s = super::council::possessive(council_short_name);
    if law_sets_a_time {
        format!("This is {council_short_name_s} own promise; the law's time limit still applies.")
    } else {
        format!("The law sets no time for this, so this is {council_short_name_s} own promise.")
    }
}

/// The council's version of one of the law's deadlines (`title`).
pub fn promise_title(title: &str, council_short_name: &str) -> String {
    let council_short_name_s = super::council::possessive(council_short_name);
    format!("{title} ({council_short_name_s} promise)")
}

/// The council's longer time, shown before it says it needs more time.
pub fn if_more_time_title(title: &str, council_short_name: &str) -> String {
    let council_short_name_s = super::council::possessive(council_short_name);
    format!("{title} if the council needs more time ({council_short_name_s} promise)")
}

/// The council counts its longest time from the agreed statement.
pub fn counts_longest_this_way(council: &str) -> String {
    let council_s = super::council::possessive_first(council);
    format!("{council_s} own page counts its longest time this way.")
}

/// The council's longer time, before its note: it said it needs more time,
/// or it has not.
pub fn longer_time(extended: bool) -> &'static str {
    if extended {
        "The council said it needs more time, so its longer time applies instead of its usual one."
    } else {
        "The council has not told you it needs more time, so its usual time applies. This longer time applies only if it tells you it needs more time."
    }
}

/// The promise to choose the panel has passed and the panel has not met.
pub const PANEL_CHOSEN_UNKNOWN: &str = "We cannot tell when the panel was chosen: we only know when it meets. If the council has told you who is on the panel and when it meets, it has probably kept this promise.";
