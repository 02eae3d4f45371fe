//! Finding a council from what a person types: any part of its names or a
//! known alias, codes, and slips of spelling forgiven.

use super::{all, Council, REGISTRY};

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
pub(super) enum KeyKind {
    ShortName,
    Name,
    Alias,
}

#[derive(Debug)]
pub(super) struct SearchKey {
    kind: KeyKind,
    full: Vec<String>,
    core: Vec<String>,
}

impl SearchKey {
    pub(super) fn new(text: &str, kind: KeyKind) -> Self {
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
pub(super) fn tokens(text: &str) -> Vec<String> {
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
pub(super) fn core_tokens(full: &[String]) -> Vec<String> {
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
