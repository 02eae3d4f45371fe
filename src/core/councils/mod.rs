//! The 153 English councils with children's social care duties, how to find
//! one from what a person types, and the published complaints procedures we
//! hold for some of them (see [`procedure`]).
//!
//! Data: `data/councils.csv` (one row per council), `data/council-aliases.csv`
//! (other names people use) and `data/procedures/*.json`. All are embedded
//! with `include_str!` and parsed once on first use.

mod checks;
mod contacts;
mod coverage;
mod procedure;

pub use checks::*;
pub use contacts::*;
pub use coverage::{coverage, Coverage};
pub use procedure::*;

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;

use crate::text::en::data_checks as words;

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

/// Makes a council id from a short name: lower case, "&" becomes "and",
/// punctuation is dropped, spaces and hyphens become single hyphens.
/// "Bournemouth, Christchurch and Poole" gives "bournemouth-christchurch-and-poole".
pub fn council_id(short_name: &str) -> String {
    let mut cleaned = String::with_capacity(short_name.len());
    // Council names are plain ASCII (a test checks): ASCII-only case rules
    // keep Unicode's tables out of the first download.
    for c in short_name.chars() {
        if c.is_ascii_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        } else if c == '&' {
            cleaned.push_str(" and ");
        } else if c.is_ascii_whitespace() || c == '-' {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().collect::<Vec<_>>().join("-")
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

/// Councils matching what someone typed, best first. Matches any part of the
/// official or short name or a known alias, ignoring case, punctuation and
/// filler words ("council", "borough", "city", "of", ...); also GSS codes and
/// DfE numbers. An empty query returns every council. When nothing matches,
/// slips of spelling are forgiven ("Thurock", "Brimingham"; see
/// [`typo_distance`]), the closest first.
pub fn search(query: &str) -> Vec<&'static Council> {
    ranked(query)
        .into_iter()
        .map(|(_, index)| &all()[index])
        .collect()
}

/// The council Enter picks in the search box: the only match, or the only
/// council whose name (or other name, or code) is exactly what was typed.
pub fn enter_choice(query: &str) -> Option<&'static Council> {
    let found = ranked(query);
    let index = match found.as_slice() {
        [(_, only)] => only,
        [(first, index), (second, _), ..] if *first <= 1 && *second > 1 => index,
        _ => return None,
    };
    all().get(*index)
}

/// Matches as (rank, index in [`all`]), lower ranks first.
fn ranked(query: &str) -> Vec<(u8, usize)> {
    let registry = &*REGISTRY;
    let query_full = tokens(query);
    if query_full.is_empty() {
        return (0..registry.councils.len()).map(|i| (0, i)).collect();
    }
    let query_core = core_tokens(&query_full);
    let code = query.trim();
    let mut ranked: Vec<(u8, usize)> = Vec::new();
    for (index, council) in registry.councils.iter().enumerate() {
        let by_code = council.gss_code.eq_ignore_ascii_case(code)
            || council
                .old_gss_codes
                .iter()
                .any(|o| o.eq_ignore_ascii_case(code))
            || council.dfe_code.to_string() == code;
        let best = if by_code {
            Some(0)
        } else {
            registry.keys[index]
                .iter()
                .filter_map(|key| key.rank(&query_full, &query_core))
                .min()
        };
        if let Some(rank) = best {
            ranked.push((rank, index));
        }
    }
    // Only when nothing matches as typed, so a slip never crowds out a match.
    // Long input is no council's name: skipped, so it stays fast.
    if ranked.is_empty() && query.len() <= 80 {
        for (index, keys) in registry.keys.iter().enumerate() {
            if let Some(rank) = keys.iter().filter_map(|key| key.near(&query_core)).min() {
                ranked.push((rank, index));
            }
        }
    }
    crate::core::order::sort_by_key(&mut ranked, |r| *r);
    ranked
}

// ---------------------------------------------------------------------------
// Search

/// Words people add to a council's name that do not help to tell councils apart.
const FILLER_WORDS: &[&str] = &[
    "the",
    "council",
    "borough",
    "city",
    "of",
    "metropolitan",
    "london",
    "royal",
    "county",
    "district",
    "corporation",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    ShortName,
    Name,
    Alias,
}

#[derive(Debug)]
struct SearchKey {
    kind: KeyKind,
    full: Vec<String>,
    core: Vec<String>,
}

impl SearchKey {
    fn new(text: &str, kind: KeyKind) -> Self {
        let full = tokens(text);
        let core = core_tokens(&full);
        SearchKey { kind, full, core }
    }

    /// Lower is better; None when the key does not match.
    fn rank(&self, query_full: &[String], query_core: &[String]) -> Option<u8> {
        if self.core == query_core || self.full == query_full {
            return Some(if self.kind == KeyKind::Name { 1 } else { 0 });
        }
        if starts_with_words(&self.core, query_core) || starts_with_words(&self.full, query_full) {
            return Some(2);
        }
        if query_core
            .iter()
            .all(|q| self.full.iter().any(|word| word.starts_with(q.as_str())))
        {
            return Some(3);
        }
        if self.full.concat().contains(&query_core.concat()) {
            return Some(4);
        }
        None
    }
}

impl SearchKey {
    /// For a query with slips of spelling: every typed word is close to the
    /// start of a word of this key. Ranked after every real match (5 and up):
    /// fewer slips first, then keys with no words beyond those typed.
    fn near(&self, query_core: &[String]) -> Option<u8> {
        let mut slips = 0;
        for typed in query_core {
            let allowed = match typed.len() {
                0..=3 => 0,
                4..=6 => 1,
                _ => 2,
            };
            slips += self
                .full
                .iter()
                .map(|word| typo_distance(typed.as_bytes(), word.as_bytes()))
                .min()
                .filter(|distance| *distance <= allowed)?;
        }
        let extra_words = u8::from(self.full.len() > query_core.len());
        Some(5 + 2 * slips.min(100) as u8 + extra_words)
    }
}

/// The fewest one-letter slips (a letter missed, added or wrong, or two
/// neighbours swapped) that turn `typed` into the start of `word`, or the
/// whole of it: Damerau-Levenshtein distance (optimal string alignment) to
/// the nearest prefix. ASCII bytes, like [`tokens`]; typed words longer than
/// 24 letters are no council's and count as too far.
fn typo_distance(typed: &[u8], word: &[u8]) -> usize {
    const LONGEST: usize = 24;
    if typed.len() > LONGEST {
        return usize::MAX;
    }
    let word = &word[..word.len().min(LONGEST)];
    // Rows i-2, i-1 and i of the table (typed[..i] against word[..j]).
    let mut rows = [[0u8; LONGEST + 1]; 3];
    for (j, cell) in rows[1].iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=typed.len() {
        let [two_up, up, row] = &mut rows;
        row[0] = i as u8;
        for j in 1..=word.len() {
            let change = u8::from(typed[i - 1] != word[j - 1]);
            let mut best = (up[j] + 1).min(row[j - 1] + 1).min(up[j - 1] + change);
            if i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] {
                best = best.min(two_up[j - 2] + 1);
            }
            row[j] = best;
        }
        rows.rotate_left(1);
    }
    rows[1][..=word.len()]
        .iter()
        .min()
        .map_or(0, |best| usize::from(*best))
}

/// True when `words` begins with `prefix`, the last word of `prefix` possibly
/// unfinished ("southe" matches "southend").
fn starts_with_words(words: &[String], prefix: &[String]) -> bool {
    let Some((last, whole)) = prefix.split_last() else {
        return false;
    };
    words.len() >= prefix.len()
        && words[..whole.len()] == *whole
        && words[whole.len()].starts_with(last.as_str())
}

/// Lower-case words: "&" becomes "and", apostrophes and full stops vanish,
/// other punctuation separates words. ASCII only, like the council names.
fn tokens(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        } else if c == '&' {
            cleaned.push_str(" and ");
        } else if matches!(c, '\'' | '\u{2019}' | '.') {
            // "St." and "Children's" keep their letters together.
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// The words without filler; all the words when nothing else is left
/// ("City of London").
fn core_tokens(full: &[String]) -> Vec<String> {
    let core: Vec<String> = full
        .iter()
        .filter(|w| !FILLER_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    if core.is_empty() {
        full.to_vec()
    } else {
        core
    }
}

// ---------------------------------------------------------------------------
// Loading

/// Splits CSV text into rows of fields (RFC 4180 quoting; CRLF or LF).
pub(crate) fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => in_quotes = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                if row.len() > 1 || !row[0].is_empty() {
                    rows.push(std::mem::take(&mut row));
                } else {
                    row.clear();
                }
                line += 1;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(words::quote_not_closed(line));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// Parses `data/councils.csv`; the error names the file, the row and the column.
pub fn parse_councils(csv: &str) -> Result<Vec<Council>, String> {
    let rows = parse_csv(csv).map_err(|e| words::in_file(COUNCILS_FILE, &e))?;
    let (header, body) = rows
        .split_first()
        .ok_or_else(|| words::csv_empty(COUNCILS_FILE))?;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| words::csv_missing_column(COUNCILS_FILE, name))
    };
    let name_col = column("name")?;
    let short_col = column("short_name")?;
    let gss_col = column("gss_code")?;
    let dfe_col = column("dfe_la_code")?;
    let kind_col = column("kind")?;
    let region_col = column("region")?;
    let old_col = column("old_gss_codes")?;
    let run_by_col = column("run_by")?;
    let status_col = column("run_by_status")?;
    let website_col = column("website")?;

    let mut councils = Vec::with_capacity(body.len());
    let mut ids = HashSet::new();
    let mut codes = HashSet::new();
    for (index, row) in body.iter().enumerate() {
        let row_no = index + 2;
        if row.len() != header.len() {
            return Err(words::csv_field_count(
                COUNCILS_FILE,
                row_no,
                header.len(),
                row.len(),
            ));
        }
        let empty = |column: &str| words::csv_empty_field(COUNCILS_FILE, row_no, column);
        let text = |col: usize| row[col].trim().to_string();
        let optional = |col: usize| Some(text(col)).filter(|t| !t.is_empty());
        let name = text(name_col);
        let short_name = text(short_col);
        if name.is_empty() {
            return Err(empty("name"));
        }
        if short_name.is_empty() {
            return Err(empty("short_name"));
        }
        let id = council_id(&short_name);
        if !ids.insert(id.clone()) {
            return Err(words::csv_id_used_twice(
                COUNCILS_FILE,
                row_no,
                "short_name",
                &id,
            ));
        }
        let gss_code = text(gss_col);
        let old_gss_codes: Vec<String> = text(old_col)
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        for code in std::iter::once(&gss_code).chain(&old_gss_codes) {
            if !is_council_gss_code(code) {
                return Err(words::csv_not_a_gss_code(
                    COUNCILS_FILE,
                    row_no,
                    "gss_code",
                    code,
                ));
            }
            if !codes.insert(code.clone()) {
                return Err(words::csv_code_used_twice(
                    COUNCILS_FILE,
                    row_no,
                    "gss_code",
                    code,
                ));
            }
        }
        let dfe_code = text(dfe_col)
            .parse::<u16>()
            .ok()
            .filter(|n| (100..1000).contains(n))
            .ok_or_else(|| words::csv_not_a_dfe_code(COUNCILS_FILE, row_no, "dfe_la_code"))?;
        let kind = text(kind_col);
        if !COUNCIL_KINDS.contains(&kind.as_str()) {
            return Err(words::csv_not_a_kind(
                COUNCILS_FILE,
                row_no,
                "kind",
                COUNCIL_KINDS,
            ));
        }
        let region = text(region_col);
        if region.is_empty() {
            return Err(empty("region"));
        }
        let run_by = optional(run_by_col);
        let run_by_unsure = match (run_by.is_some(), text(status_col).as_str()) {
            (false, "") => false,
            (true, "sourced") => false,
            (true, "unsure") => true,
            _ => {
                return Err(words::csv_run_by_status(
                    COUNCILS_FILE,
                    row_no,
                    "run_by_status",
                ))
            }
        };
        let website = optional(website_col);
        if let Some(site) = &website {
            if !site.starts_with("https://") {
                return Err(words::csv_not_https(COUNCILS_FILE, row_no, "website"));
            }
        }
        councils.push(Council {
            id,
            name,
            short_name,
            gss_code,
            old_gss_codes,
            dfe_code,
            kind,
            region,
            run_by,
            run_by_unsure,
            website,
        });
    }
    crate::core::order::sort_by_key(&mut councils, |c| c.short_name.clone());
    Ok(councils)
}

/// Parses `data/council-aliases.csv` (columns alias, council) into
/// (alias, council id) pairs; every council id must exist.
pub fn parse_aliases(csv: &str, councils: &[Council]) -> Result<Vec<(String, String)>, String> {
    let rows = parse_csv(csv).map_err(|e| words::in_file(ALIASES_FILE, &e))?;
    let (header, body) = rows
        .split_first()
        .ok_or_else(|| words::csv_empty(ALIASES_FILE))?;
    if header != &["alias", "council"] {
        return Err(words::aliases_header(ALIASES_FILE));
    }
    let mut pairs = Vec::with_capacity(body.len());
    for (index, row) in body.iter().enumerate() {
        let row_no = index + 2;
        let [alias, id] = row.as_slice() else {
            return Err(words::aliases_field_count(ALIASES_FILE, row_no));
        };
        let (alias, id) = (alias.trim(), id.trim());
        if tokens(alias).is_empty() {
            return Err(words::aliases_empty(ALIASES_FILE, row_no));
        }
        if !councils.iter().any(|c| c.id == id) {
            return Err(words::aliases_unknown_council(ALIASES_FILE, row_no, id));
        }
        pairs.push((alias.to_string(), id.to_string()));
    }
    Ok(pairs)
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
