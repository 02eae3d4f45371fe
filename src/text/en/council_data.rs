//! What the page says from the councils' own data (`core::councils`): who
//! runs a council's children's social care, and, in the footer, where the
//! app's data comes from and how fresh it is.

use chrono::NaiveDate;

use crate::core::dates::day_month_year;

/// `body` runs children's social care for `council` (the council's full
/// name); `unsure` when we could not check it.
pub fn run_by(body: &str, council: &str, unsure: bool) -> String {
    if unsure {
        format!(
            "{body} may run children's social care for {council}. We have not been able to check \
             this, so look on the council's website to see who to send your complaint to. \
             The three stages and their time limits are the same either way."
        )
    } else {
        format!(
            "{body} runs children's social care for {council}. Your complaint may be handled by \
             {body}, but the three stages and their time limits are the same."
        )
    }
}

/// The footer's note: GOV.UK's bank holidays run to the end of
/// `last_published_year`; the councils' pages were last checked on `checked`.
pub fn data_note(last_published_year: i32, checked: Option<NaiveDate>) -> String {
    let holidays = format!(
        "Bank holidays come from GOV.UK (England and Wales) up to the end of {last_published_year}; later years are predicted and marked."
    );
    match checked {
        Some(date) => format!(
            "{holidays} Councils' own complaints pages were last checked on {}.",
            day_month_year(date)
        ),
        None => holidays,
    }
}
