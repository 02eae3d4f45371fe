//! The 153 English councils with children's social care duties, how to find
//! one from what a person types, and the published complaints procedures we
//! hold for some of them (see [`procedure`]).
//!
//! Data: `data/councils.csv` (one row per council), `data/council-aliases.csv`
//! (other names people use) and `data/procedures/*.json`. All are embedded
//! with `include_str!` and parsed once on first use, except in the split
//! web build, which fetches the procedures and contacts in one file
//! alongside the engine (see [`held`]).

#[cfg(not(council_files_fetched))]
mod checks;
mod contacts;
#[cfg(not(council_files_fetched))]
mod coverage;
mod csv;
pub(crate) mod file_reading;
mod held;
mod id;
mod json;
#[cfg(not(council_files_fetched))]
mod link_checks;
mod procedure;
mod reading;
mod search;
mod wording;

#[cfg(not(council_files_fetched))]
pub use checks::*;
pub use contacts::*;
#[cfg(not(council_files_fetched))]
pub use coverage::{coverage, Coverage};
pub use held::{
    council_part_path, councils_file_path, councils_wording_path, hold, hold_part, hold_wording,
    read_council_part, read_councils_file, waiting_for, waiting_for_wording, CouncilFile,
};
pub use id::council_id;
#[cfg(not(council_files_fetched))]
pub use link_checks::{check_links, is_uk_phone, is_well_formed_email, site_of};
pub use procedure::*;
#[cfg(test)]
use reading::parse_csv;
pub use reading::{parse_aliases, parse_councils};
#[cfg(test)]
use search::{core_tokens, tokens};
pub use search::{enter_choice, search};
use search::{KeyKind, SearchKey};
pub use wording::{fill_in, ProcedureWording};

use std::sync::LazyLock;

use serde::Serialize;

const COUNCILS_FILE: &str = "data/councils.csv";
// data/councils.csv without its maintainers' `notes` column (see build.rs).
const COUNCILS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/councils.csv"));
const ALIASES_FILE: &str = "data/council-aliases.csv";
const ALIASES_CSV: &str = include_str!("../../../data/council-aliases.csv");

/// The kinds of council in `data/councils.csv`.
pub const COUNCIL_KINDS: &[&str] = &[
    "unitary",
    "metropolitan",
    "london_borough",
    "county",
    "city_of_london",
    "isles_of_scilly",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Council {
    /// Lower-case short name with hyphens, e.g. "barking-and-dagenham"; unique.
    pub id: String,
    /// Official name, e.g. "London Borough of Barking and Dagenham".
    pub name: String,
    /// Everyday name, e.g. "Barking and Dagenham".
    pub short_name: String,
    /// Current GSS code, e.g. "E09000002".
    pub gss_code: String,
    /// Codes the council had before (Barnsley E08000016, Sheffield E08000019).
    pub old_gss_codes: Vec<String>,
    /// DfE local authority number used in children's services statistics.
    pub dfe_code: u16,
    /// unitary | metropolitan | london_borough | county | city_of_london | isles_of_scilly
    pub kind: String,
    /// ONS region name, e.g. "East of England".
    pub region: String,
    /// A trust or company that runs children's social care for the council,
    /// e.g. "Birmingham Children's Trust". See [`Council::run_by_unsure`].
    pub run_by: Option<String>,
    /// True when `run_by` comes from a note we could not check: say "may be
    /// run by" and tell people to check the council's website.
    pub run_by_unsure: bool,
    /// The council's website, where we have one from a source we read.
    pub website: Option<String>,
}

impl Council {
    /// A plain-English sentence about who runs children's social care, for
    /// councils with a trust or company; phrased carefully when unsure.
    pub fn run_by_sentence(&self) -> Option<String> {
        let body = self.run_by.as_deref()?;
        Some(crate::text::en::council_data::run_by(
            body,
            &self.name,
            self.run_by_unsure,
        ))
    }
}

/// True for a GSS code of a council with children's services: E06, E08, E09
/// or E10 followed by six digits.
pub fn is_council_gss_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 9
        && b[0] == b'E'
        && matches!(&b[1..3], b"06" | b"08" | b"09" | b"10")
        && b[3..].iter().all(u8::is_ascii_digit)
}

struct Registry {
    councils: Vec<Council>,
    /// Per council (same order), the names search looks at.
    keys: Vec<Vec<SearchKey>>,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    let councils = parse_councils(COUNCILS_CSV).unwrap_or_else(|e| panic!("{e}"));
    let aliases = parse_aliases(ALIASES_CSV, &councils).unwrap_or_else(|e| panic!("{e}"));
    let keys = councils
        .iter()
        .map(|c| {
            let mut keys = vec![
                SearchKey::new(&c.short_name, KeyKind::ShortName),
                SearchKey::new(&c.name, KeyKind::Name),
            ];
            keys.extend(
                aliases
                    .iter()
                    .filter(|(_, id)| *id == c.id)
                    .map(|(alias, _)| SearchKey::new(alias, KeyKind::Alias)),
            );
            keys
        })
        .collect();
    Registry { councils, keys }
});

/// All 153 councils, sorted by short name.
pub fn all() -> &'static [Council] {
    &REGISTRY.councils
}

/// A council by id (any case) or GSS code, old codes included.
pub fn find(id_or_code: &str) -> Option<&'static Council> {
    let wanted = id_or_code.trim();
    if wanted.is_empty() {
        return None;
    }
    all().iter().find(|c| {
        c.id.eq_ignore_ascii_case(wanted)
            || c.gss_code.eq_ignore_ascii_case(wanted)
            || c.old_gss_codes
                .iter()
                .any(|o| o.eq_ignore_ascii_case(wanted))
    })
}

/// Where the app's data comes from and how fresh it is, for the page footer:
/// the dates are read from the data files, never written in code.
pub fn data_note() -> String {
    crate::text::en::council_data::data_note(
        LAST_PUBLISHED_HOLIDAY_YEAR,
        crate::core::dates::parse_iso(PROCEDURES_LAST_CHECKED),
    )
}

// Read from the data files by build.rs, so the footer needs no parsing.
include!(concat!(env!("OUT_DIR"), "/data_facts.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footer_facts_match_the_parsed_data() {
        use crate::core::calendar::calendar;
        assert_eq!(LAST_PUBLISHED_HOLIDAY_YEAR, calendar().last_known_year());
        let latest = procedures().iter().map(|p| p.checked).max().unwrap();
        assert_eq!(PROCEDURES_LAST_CHECKED, crate::core::dates::iso(latest));
        let note = data_note();
        assert!(
            note.starts_with(&format!(
                "Bank holidays come from GOV.UK (England and Wales) up to the end of {}; later years are predicted and marked.",
                calendar().last_known_year()
            )),
            "{note}"
        );
        assert!(
            note.ends_with(&format!(
                " Councils' own complaints pages were last checked on {}.",
                crate::core::dates::day_month_year(latest)
            )),
            "{note}"
        );
        // Search and ids use ASCII case rules, which holds only while names are ASCII.
        assert!(COUNCILS_CSV.is_ascii() && ALIASES_CSV.is_ascii());
        // The trimmed copy keeps every council and drops only the notes.
        assert_eq!(all().len(), 153);
        assert!(!COUNCILS_CSV.lines().next().unwrap().contains("notes"));
    }

    #[test]
    fn ids_follow_the_rule() {
        assert_eq!(
            council_id("Bournemouth, Christchurch and Poole"),
            "bournemouth-christchurch-and-poole"
        );
        assert_eq!(council_id("Hammersmith & Fulham"), "hammersmith-and-fulham");
        assert_eq!(council_id("Stockton-on-Tees"), "stockton-on-tees");
        assert_eq!(council_id("St Helens"), "st-helens");
    }

    #[test]
    fn csv_quotes_and_line_endings() {
        let rows = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\nlast,").unwrap();
        assert_eq!(
            rows,
            vec![
                vec!["a".to_string(), "b".to_string()],
                vec!["x, y".to_string(), "say \"hi\"".to_string()],
                vec!["last".to_string(), String::new()],
            ]
        );
        assert!(parse_csv("\"open").is_err());
    }

    #[test]
    fn filler_words_are_ignored_but_never_leave_nothing() {
        assert_eq!(core_tokens(&tokens("Leeds City Council")), vec!["leeds"]);
        assert_eq!(
            core_tokens(&tokens("City of London")),
            vec!["city", "of", "london"]
        );
        assert_eq!(tokens("St. Helens"), vec!["st", "helens"]);
    }

    #[test]
    fn gss_code_shape() {
        assert!(is_council_gss_code("E06000034"));
        assert!(!is_council_gss_code("E07000034"));
        assert!(!is_council_gss_code("E0600003"));
        assert!(!is_council_gss_code("e06000034"));
    }

    #[test]
    fn typing_a_prefix_finds_the_council() {
        assert_eq!(search("southe")[0].id, "southend-on-sea");
        assert_eq!(search("E08000016")[0].id, "barnsley");
    }
}
