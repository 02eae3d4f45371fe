//! The words users see, in one layer: each entry returns a whole sentence
//! or label from typed arguments (dates, counts, statuses), never a fragment
//! for another module to glue. A language or reading level is a [`Words`]
//! table: an easy-read table can be added beside [`en`] without touching
//! the engine or the components, which ask [`words`] for the table the
//! page's `lang` chose.
//!
//! Moved here so far:
//! - the UI's own words in the [`Words`] table (deadline statuses, units,
//!   timeline states, the caseload) and the caseload summary;
//! - the engine's sentences, as plain functions and constants in [`en`]'s
//!   modules, one per message, which `core::assessment` calls once it has
//!   chosen the message: the headline (`en::headline`), next steps
//!   (`en::next_steps`), timeline rows (`en::timeline`), the Ombudsman
//!   (`en::ombudsman`), warnings (`en::warnings`), rights (`en::rights`),
//!   the council's notes and contact labels (`en::council`), the route
//!   (`en::route`), the corporate procedure (`en::corporate`), "How we
//!   worked this out" (`en::counting`), the law's deadline titles, notes and
//!   labels (`en::law`) and the council's promises (`en::promises`);
//! - the letters (`en::letters`): `core::letters` chooses the paragraphs,
//!   `en::letters` writes each one.
//!
//! - the rest of the core's words: the form's questions (`en::form_questions`,
//!   `en::route_question`), date boxes (`en::date_input`), reading and
//!   checking a case file or link (`en::case_checks`), the calendar file
//!   (`en::calendar_file`), working days (`en::working_calendar`), the
//!   command line (`en::cli`), saved cases and backups (`en::saved_cases`),
//!   the data checks (`en::data_checks`, `en::council_data`) and the
//!   widget's options (`en::embed_options`);
//! - the UI's words, in modules only the components that show them use
//!   (`en::ui_page`, `en::ui_questions`, `en::ui_results`, `en::ui_keep`,
//!   `en::ui_embed`), so the later screens' text travels in their chunks.
//!
//! The engine has no language parameter yet, so it calls `en` directly; a
//! second language or reading level would add its own modules beside
//! `en`'s and a switch where the engine calls them. Citations of sources
//! (e.g. "SI 2006/1738 reg 14") stay with their rules in
//! `core::assessment::law`: they name the source as it names itself.
//! `scripts/count_strings.py`, run by `scripts/test`, counts any words left
//! outside this layer.

pub mod en;

use crate::core::assessment::{Deadline, StepState, TimeUnit};
use crate::core::saved::{CaseloadCounts, OpenDeadline};

/// The language (or reading level) of the page. Only English exists; the
/// widget's `lang` parameter selects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    English,
}

impl Lang {
    /// The table for a `lang` value; anything unknown gets English.
    pub fn from_tag(tag: &str) -> Lang {
        match tag.to_ascii_lowercase().as_str() {
            "en" | "en-gb" | "" => Lang::English,
            _ => Lang::English,
        }
    }
}

/// One language's words: a function per message.
pub struct Words {
    /// "Upcoming: 3 working days left", "Overdue by 2 working days", ...
    pub deadline_status: fn(&Deadline) -> String,
    /// The same for the longest time a reply may take, shown beside the
    /// usual time because no extension was claimed.
    pub longest_beside_usual_status: fn(&Deadline) -> String,
    /// "10 working days", "12 months".
    pub amount: fn(u32, TimeUnit) -> String,
    /// "Then 10 working days after it."
    pub then_after: fn(u32, TimeUnit) -> String,
    /// A timeline row's state: "Done", "Overdue", ...
    pub step_state: fn(StepState) -> &'static str,
    /// A saved case's next deadline: "Next: The council's reply, Wednesday 7 January 2026 (overdue)."
    pub caseload_next: fn(&OpenDeadline) -> String,
    /// A saved case with no open deadline.
    pub caseload_nothing_open: &'static str,
    /// " · 2 overdue" after a saved case's council.
    pub caseload_overdue: fn(usize) -> String,
    /// "3 deadlines this week, 1 overdue".
    pub caseload_summary: fn(&CaseloadCounts) -> String,
}

/// The table for a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::English => &en::WORDS,
    }
}
