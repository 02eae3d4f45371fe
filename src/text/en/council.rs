//! What the result says about the council and the procedure used: notes,
//! and the labels of its contacts.

use chrono::NaiveDate;

use crate::core::assessment::ContactKind;
use crate::core::dates::day_month_year;

/// A council's name owning something, within a sentence: "Leeds City
/// Council's", "Tower Hamlets'" (names ending in s read as plurals), and
/// "the London Borough of Tower Hamlets'" (names made with "of" take
/// "the"). At the start of a sentence: [`possessive_first`].
pub fn possessive(name: &str) -> String {
    let the = if [
        "London Borough of",
        "Royal Borough of",
        "City of London",
        "Council of",
    ]
    .iter()
    .any(|start| name.starts_with(start))
    {
        "the "
    } else {
        ""
    };
    if name.ends_with('s') {
        format!("{the}{name}'")
    } else {
        format!("{the}{name}'s")
    }
}

/// [`possessive`] starting a sentence: "The London Borough of Barnet's".
pub fn possessive_first(name: &str) -> String {
    crate::core::dates::capitalise(&possessive(name))
}

/// The council's name when the user does not know it.
pub fn your_council() -> String {
    "Your council".to_string()
}

/// We hold no published procedure: the law's times apply.
pub fn statutory_note() -> String {
    "We use the timescales set by law. Your council's own page may promise shorter ones."
        .to_string()
}

/// The contacts were gathered from the council's pages on `read_on`.
pub fn details_as_published(council: &str, read_on: NaiveDate) -> String {
    let council_s = possessive(council);
    format!(
        "The details below are as published on {council_s} pages when we read them on {}. They may have changed since: check the council's page before relying on them.",
        day_month_year(read_on)
    )
}

/// We found the council's website but not its complaints page.
pub fn complaints_page_not_found(council: &str) -> String {
    let council_s = possessive(council);
    format!(
        "We could not find {council_s} children's social care complaints page: look for \"children's social care complaints\" on its website."
    )
}

/// We know nothing of the council's pages: what to search for.
pub fn search_for_complaints_page(council: &str, short_name: &str) -> String {
    let council_s = possessive(council);
    format!(
        "To find {council_s} own complaints page, search for \"{short_name} children's social care complaints\"."
    )
}

/// Another body (`body`) handles the council's complaints.
pub fn handled_by(council: &str, body: &str) -> String {
    let council_s = possessive_first(council);
    format!("{council_s} page says {body} handles children's social care complaints for it.")
}

/// The page's own wording (each step as it describes it, where it differs
/// from the law) is still being fetched; the dates never depend on it.
pub fn wording_on_its_way(council: &str) -> String {
    format!(
        "What {} page says about each step, and where it differs from the law, is not shown here: it comes separately from the dates, which do not depend on it.",
        possessive(council)
    )
}

/// We hold the council's published procedure.
pub fn law_and_page(council: &str) -> String {
    let council_s = possessive(council);
    format!(
        "We use the timescales set by law, and show where {council_s} own page promises something different."
    )
}

/// The page we used (`page_url`, checked on `checked`) has moved; we link to `link`.
pub fn page_no_longer_works(page_url: &str, checked: NaiveDate, link: &str) -> String {
    format!(
        "The page we used ({page_url}, checked {}) no longer works, so we link to {link} instead.",
        day_month_year(checked)
    )
}

/// A contact's label when its page gave none.
pub fn contact_kind(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Phone => "Phone",
        ContactKind::Email => "Email",
        ContactKind::OnlineForm => "Online form",
        ContactKind::Website => "Website",
        ContactKind::Address => "Address",
        ContactKind::Hours => "Opening hours",
    }
}

/// Labels of the contacts gathered from a council's pages, when the page
/// gave none.
pub const COMPLAINTS_TEAM: &str = "Complaints team";
pub const ONLINE_COMPLAINT_FORM: &str = "Online complaint form";
pub const WRITE_TO: &str = "Write to";
pub const COMPLAINTS_PAGE: &str = "Complaints page";
pub const COUNCIL_WEBSITE: &str = "Council website";
