//! Fuzzing every reader of outside data: case files, backup files, the
//! stored store text, link fragments, widget query strings and accent
//! colours, and the date boxes. Inputs are random (bytes, characters, token
//! soups, deep nesting, sizes up to a few hundred KB) or mutations of valid
//! seeds (byte and character edits, insertions, deletions, duplicated chunks,
//! splices, and JSON values swapped for numbers, nulls, long strings, unknown
//! keys and edge dates). A seeded PRNG makes every run repeatable.
//!
//! For each input: no panic, a time bound, and the memory it needed (a
//! counting global allocator). `cargo test` runs 3,000 inputs;
//! `scripts/fuzz [COUNT]` runs 1,000,000 (or COUNT) in release mode.
//! `FUZZ_SEED` changes the seed.

#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde_json::{Map, Number, Value};

use complaint_navigator::core::case::Case;
use complaint_navigator::core::dates::{parse_date_parts, parse_iso, parse_month};
use complaint_navigator::core::embed::{check_accent, parse_query};
use complaint_navigator::core::saved::{
    export_all, export_one, import, load_store, save_store, LoadOutcome, Store,
};
use complaint_navigator::core::share::{case_from_fragment, fragment_for};

// ---------------------------------------------------------------------------
// Memory: a counting allocator (current and peak bytes in use)

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed straight to `System`; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc(layout);
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc_zeroed(layout);
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        System.dealloc(pointer, layout);
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = System.realloc(pointer, layout, new_size);
        if !moved.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes in use now; the peak starts again from here.
fn reset_peak() -> usize {
    let now = CURRENT.load(Ordering::Relaxed);
    PEAK.store(now, Ordering::Relaxed);
    now
}

// ---------------------------------------------------------------------------
// A tiny deterministic PRNG (SplitMix64)

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// Mostly short, sometimes a few KB, rarely a few hundred KB.
    fn length(&mut self) -> usize {
        match self.below(1000) {
            0..=1 => 10_000 + self.below(290_000),
            2..=29 => 256 + self.below(10_000),
            30..=299 => 16 + self.below(240),
            _ => self.below(16),
        }
    }
}

// ---------------------------------------------------------------------------
// Building blocks of inputs

const FIELDS: &[&str] = &[
    "format",
    "version",
    "council",
    "label",
    "events",
    "cases",
    "next_number",
    "id",
    "case",
    "letter_names",
    "problem_noticed",
    "complaint_received",
    "acknowledgement_received",
    "stage1_extended",
    "stage1_response_received",
    "stage2_requested",
    "stage2_refused",
    "adr_before_stage2_offered",
    "adr_before_stage2_declined",
    "stage2_statement_agreed",
    "stage2_extended",
    "stage2_response_received",
    "stage3_requested",
    "stage3_refused",
    "adr_before_stage3_offered",
    "adr_before_stage3_declined",
    "panel_met",
    "panel_report_received",
    "final_response_received",
    "today",
    "embed",
    "embed-builder",
    "lock",
    "accent",
    "lang",
    "evnts",
    "Council",
    "complaint_recieved",
];

const DATES: &[&str] = &[
    "0000-01-01",
    "9999-12-31",
    "2024-02-30",
    "2024-02-29",
    "2023-02-29",
    "2026-11-29",
    "2026-11-30",
    "2026-12-25",
    "2025-12-19",
    "2006-01-01",
    "2005-12-31",
    "2100-12-31",
    "2101-01-01",
    "1970-01-01",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
    "+2026-01-01",
    "-001-01-01",
    "2026-1-1",
    "2026/01/01",
    "26-01-01",
    "２０２６-01-01",
];

const UNICODE: &[&str] = &[
    "é",
    "ß",
    "€",
    "Ω",
    "日本",
    "💥",
    "\u{202e}",
    "\u{feff}",
    "\u{0}",
    "\u{fffd}",
    "\u{200b}",
    "\u{1f1ec}\u{1f1e7}",
    "٣",
    "Ⅻ",
    "ﬁ",
    "\u{301}",
];

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "\\u0000",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e999",
    "-1",
    "1.5",
    "18446744073709551616",
    "-9223372036854775809",
    "2",
    "99",
    "4294967296",
    " ",
    "\n",
    "\t",
    "\r\n",
    "&",
    "=",
    "#",
    "?",
    "%",
    "%zz",
    "%23",
    "%e2%82",
    "%00",
    "%FF",
    "+",
    "yes",
    "no",
    "law",
    "leeds",
    "essex",
    "E08000035",
    "#005ea5",
    "#fff",
    "#ffffff",
    "Sept",
    "march",
    "dec.",
    "\"council\":null,",
    "\"council\":\"leeds\",",
    "\"events\":{},",
    "\"version\":2,",
    "\"version\":1,",
    "\"format\":\"complaint-navigator.case\",",
    "\"format\":\"complaint-navigator.cases\",",
    "\"cases\":[],",
    "\"unknown_field\":[1,{}],",
];

const REPLACEMENT_STRINGS: &[&str] = &[
    "",
    " ",
    "leeds",
    "law",
    "not-a-council",
    "E08000035",
    "complaint-navigator.case",
    "complaint-navigator.cases",
    "complaint-navigator.case2",
    "Case 1",
    "case-1",
    "yes",
    "no",
    "not_sure",
    "1",
];

fn random_bytes(rng: &mut Rng, length: usize) -> Vec<u8> {
    (0..length).map(|_| rng.next() as u8).collect()
}

fn random_chars(rng: &mut Rng, length: usize) -> String {
    let mut out = String::new();
    while out.len() < length {
        match rng.below(10) {
            0 => out.push_str(rng.word(UNICODE)),
            1 => out.push(char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
            _ => out.push((b' ' + rng.below(95) as u8) as char),
        }
    }
    out
}

fn token_soup(rng: &mut Rng, length: usize) -> String {
    let mut out = String::new();
    while out.len() < length {
        match rng.below(6) {
            0 => out.push_str(rng.word(FIELDS)),
            1 => out.push_str(rng.word(DATES)),
            2 => out.push_str(rng.word(UNICODE)),
            _ => out.push_str(rng.word(TOKENS)),
        }
    }
    out
}

/// `[[[[...]]]]` and its cousins, balanced or not, possibly inside a case file.
fn deep_nesting(rng: &mut Rng) -> String {
    let depth = if rng.one_in(20) {
        10_000 + rng.below(90_000)
    } else {
        1 + rng.below(1_000)
    };
    let (open, close) = *rng.pick(&[
        ("[", "]"),
        ("{\"a\":", "}"),
        ("{\"events\":", "}"),
        ("[{\"cases\":", "}]"),
        ("{\"\":[", "]}"),
    ]);
    let mut out = String::with_capacity(depth * (open.len() + close.len()) + 64);
    let wrap = rng.one_in(3);
    if wrap {
        out.push_str("{\"format\":\"complaint-navigator.case\",\"version\":1,\"council\":\"leeds\",\"events\":{\"unknown\":");
    }
    for _ in 0..depth {
        out.push_str(open);
    }
    out.push_str(rng.word(&["", "1", "null", "\"2026-01-01\"", "{}"]));
    let closing = if rng.one_in(4) {
        rng.below(depth + 1)
    } else {
        depth
    };
    for _ in 0..closing {
        out.push_str(close);
    }
    if wrap {
        out.push_str("}}");
    }
    out
}

/// A wholly random input.
fn random_text(rng: &mut Rng) -> String {
    let length = rng.length();
    match rng.below(5) {
        0 => String::from_utf8_lossy(&random_bytes(rng, length)).into_owned(),
        1 => random_chars(rng, length),
        2 => token_soup(rng, length),
        3 => deep_nesting(rng),
        _ => {
            // One character repeated: long runs of digits, quotes, `%`, `&`...
            let unit = rng.word(&["9", "\"", "%", "&", "=", "a", "é", " ", "[", "{", "-"]);
            unit.repeat(length)
        }
    }
}

// ---------------------------------------------------------------------------
// Mutations

fn random_index(rng: &mut Rng, bytes: &[u8]) -> usize {
    rng.below(bytes.len() + 1)
}

fn random_range(rng: &mut Rng, bytes: &[u8]) -> (usize, usize) {
    let start = random_index(rng, bytes);
    let most = (bytes.len() - start).min(if rng.one_in(10) { usize::MAX } else { 32 });
    (start, start + rng.below(most + 1))
}

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>, seeds: &[String]) {
    match rng.below(11) {
        0 if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] ^= 1 << rng.below(8);
        }
        1 if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        2 => {
            let at = random_index(rng, bytes);
            let n = 1 + rng.below(8);
            let extra = random_bytes(rng, n);
            bytes.splice(at..at, extra);
        }
        3 | 4 => {
            let at = random_index(rng, bytes);
            let token = match rng.below(5) {
                0 => rng.word(FIELDS).to_string(),
                1 => rng.word(DATES).to_string(),
                2 => rng.word(UNICODE).to_string(),
                _ => rng.word(TOKENS).to_string(),
            };
            bytes.splice(at..at, token.into_bytes());
        }
        5 => {
            let (start, end) = random_range(rng, bytes);
            bytes.drain(start..end);
        }
        6 => {
            // Duplicate a chunk, sometimes many times over.
            let (start, end) = random_range(rng, bytes);
            let chunk = bytes[start..end].to_vec();
            let times = if rng.one_in(20) && chunk.len() <= 64 {
                1 + rng.below(2_000)
            } else {
                1
            };
            let at = random_index(rng, bytes);
            let repeated = chunk.repeat(times);
            bytes.splice(at..at, repeated);
        }
        7 if !seeds.is_empty() => {
            // Splice: the start of this one with the end of another seed.
            let other = rng.pick(seeds).as_bytes();
            let cut = random_index(rng, bytes);
            let from = rng.below(other.len() + 1);
            bytes.truncate(cut);
            bytes.extend_from_slice(&other[from..]);
        }
        8 => {
            let cut = random_index(rng, bytes);
            bytes.truncate(cut);
        }
        9 => {
            // Change a digit: dates become other (possibly impossible) dates.
            let digits: Vec<usize> = (0..bytes.len())
                .filter(|&i| bytes[i].is_ascii_digit())
                .collect();
            if !digits.is_empty() {
                let at = *rng.pick(&digits);
                bytes[at] = b'0' + rng.below(10) as u8;
            }
        }
        _ => {
            // Swap two single characters' places (ASCII keeps it readable).
            if bytes.len() >= 2 {
                let (a, b) = (rng.below(bytes.len()), rng.below(bytes.len()));
                bytes.swap(a, b);
            }
        }
    }
}

fn long_string(rng: &mut Rng) -> String {
    let length = rng.length().max(1) * if rng.one_in(4) { 4 } else { 1 };
    let unit = rng.word(&["a", "é", "2026-01-01", "\"", "\\", "💥", " "]);
    unit.repeat(length / unit.len() + 1)
}

fn replacement_value(rng: &mut Rng) -> Value {
    match rng.below(16) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 => Value::Number(Number::from(rng.next() as i64)),
        3 => Value::Number(Number::from(*rng.pick(&[
            0u64,
            1,
            2,
            3,
            u32::MAX as u64,
            u64::MAX,
        ]))),
        4 => Number::from_f64(*rng.pick(&[0.5, -1.5, 1e300, -0.0, 2.0000001]))
            .map(Value::Number)
            .unwrap_or(Value::Null),
        5 | 6 => Value::String(rng.word(DATES).to_string()),
        7 => Value::String(long_string(rng)),
        8 => {
            let n = rng.below(40);
            Value::String(random_chars(rng, n))
        }
        9 => Value::String(rng.word(REPLACEMENT_STRINGS).to_string()),
        10 => Value::Array(vec![]),
        11 => Value::Object(Map::new()),
        12 => {
            let mut value = Value::String(rng.word(DATES).to_string());
            for _ in 0..rng.below(60) {
                value = Value::Array(vec![value]);
            }
            value
        }
        13 => Value::Array(
            (0..rng.below(50))
                .map(|_| Value::String(rng.word(DATES).to_string()))
                .collect(),
        ),
        14 => {
            let mut map = Map::new();
            map.insert(rng.word(FIELDS).to_string(), Value::Null);
            Value::Object(map)
        }
        _ => Value::String(rng.word(FIELDS).to_string()),
    }
}

fn unknown_key(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => long_string(rng),
        1 => {
            let n = 1 + rng.below(20);
            random_chars(rng, n)
        }
        2 => String::new(),
        3 => {
            let mut key = rng.word(FIELDS).as_bytes().to_vec();
            mutate_bytes(rng, &mut key, &[]);
            String::from_utf8_lossy(&key).into_owned()
        }
        _ => rng.word(FIELDS).to_string(),
    }
}

/// Changes one place in a JSON document: swaps a value, adds an unknown key,
/// removes or renames a key, grows or empties a list, retypes a number.
fn mutate_json(rng: &mut Rng, value: &mut Value, depth: usize) {
    let children = match value {
        Value::Object(map) => map.len(),
        Value::Array(list) => list.len(),
        _ => 0,
    };
    let here = children == 0 || depth > 8 || rng.one_in(4);
    if !here {
        let index = rng.below(children);
        match value {
            Value::Object(map) => {
                // Half the time go where the dates are.
                let inner = ["events", "cases", "case"]
                    .into_iter()
                    .find(|key| map.contains_key(*key));
                let child = match inner {
                    Some(key) if rng.one_in(2) => map.get_mut(key),
                    _ => map.values_mut().nth(index),
                };
                if let Some(child) = child {
                    mutate_json(rng, child, depth + 1);
                }
            }
            Value::Array(list) => mutate_json(rng, &mut list[index], depth + 1),
            _ => {}
        }
        return;
    }
    match value {
        Value::Object(map) => match rng.below(5) {
            0 | 1 => {
                let key = unknown_key(rng);
                map.insert(key, replacement_value(rng));
            }
            2 if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            3 if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                if let Some(moved) = map.remove(&key) {
                    map.insert(unknown_key(rng), moved);
                }
            }
            _ => *value = replacement_value(rng),
        },
        Value::Array(list) => match rng.below(4) {
            0 if !list.is_empty() => {
                let copy = list[rng.below(list.len())].clone();
                let small = copy.to_string().len() < 1_000;
                let times = if small && rng.one_in(10) { 500 } else { 1 };
                list.extend(std::iter::repeat_n(copy, times));
            }
            1 if !list.is_empty() => {
                list.remove(rng.below(list.len()));
            }
            2 => list.clear(),
            _ => *value = replacement_value(rng),
        },
        Value::String(text) if parse_iso(text).is_some() && rng.one_in(2) => {
            // Another date, real or not, near the seed's years.
            *text = format!(
                "{:04}-{:02}-{:02}",
                2004 + rng.below(25),
                1 + rng.below(12),
                1 + rng.below(31)
            );
        }
        Value::String(text) => match rng.below(4) {
            0 => {
                let mut bytes = std::mem::take(text).into_bytes();
                mutate_bytes(rng, &mut bytes, &[]);
                *text = String::from_utf8_lossy(&bytes).into_owned();
            }
            1 => *value = Value::Number(Number::from(text.len() as u64)),
            _ => *value = replacement_value(rng),
        },
        Value::Number(number) => match rng.below(3) {
            0 => *value = Value::String(number.to_string()),
            _ => *value = replacement_value(rng),
        },
        _ => *value = replacement_value(rng),
    }
}

/// `a=1&b=2` inputs (fragments, query strings): whole pairs moved around.
fn mutate_pairs(rng: &mut Rng, text: &str) -> String {
    let (prefix, body) = match text.chars().next() {
        Some(first @ ('#' | '?')) => (first.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    let mut pairs: Vec<String> = body.split('&').map(str::to_string).collect();
    match rng.below(6) {
        0 => {
            let copy = rng.pick(&pairs).clone();
            pairs.insert(rng.below(pairs.len() + 1), copy);
        }
        1 if !pairs.is_empty() => {
            pairs.remove(rng.below(pairs.len()));
        }
        2 => {
            let key = rng.word(FIELDS);
            let value = match rng.below(4) {
                0 => rng.word(DATES).to_string(),
                1 => rng.word(REPLACEMENT_STRINGS).to_string(),
                2 => long_string(rng),
                _ => {
                    let n = rng.below(12);
                    random_chars(rng, n)
                }
            };
            pairs.insert(rng.below(pairs.len() + 1), format!("{key}={value}"));
        }
        3 if !pairs.is_empty() => {
            // Percent-encode one pair, in part or whole.
            let at = rng.below(pairs.len());
            let encoded: String = pairs[at]
                .bytes()
                .map(|b| {
                    if rng.one_in(2) {
                        format!("%{b:02X}")
                    } else {
                        (b as char).to_string()
                    }
                })
                .collect();
            pairs[at] = encoded;
        }
        4 if pairs.len() >= 2 => {
            let (a, b) = (rng.below(pairs.len()), rng.below(pairs.len()));
            pairs.swap(a, b);
        }
        _ => {
            let at = rng.below(pairs.len());
            if let Some((key, _)) = pairs[at].clone().split_once('=') {
                pairs[at] = format!("{key}={}", rng.word(DATES));
            }
        }
    }
    format!("{prefix}{}", pairs.join("&"))
}

/// A mutation of a valid seed: one to four edits, structural or byte-level.
fn mutate(rng: &mut Rng, seeds: &[String]) -> String {
    let seed = rng.pick(seeds).clone();
    let mut text = seed;
    let edits = match rng.below(20) {
        0..=11 => 1,
        12..=16 => 2,
        _ => 3 + rng.below(3),
    };
    for _ in 0..edits {
        text = match rng.below(5) {
            0..=2 => match serde_json::from_str::<Value>(&text) {
                Ok(mut value) => {
                    mutate_json(rng, &mut value, 0);
                    if rng.one_in(2) {
                        serde_json::to_string_pretty(&value).unwrap_or_default()
                    } else {
                        value.to_string()
                    }
                }
                Err(_) if text.contains('&') || text.contains('=') => mutate_pairs(rng, &text),
                Err(_) => {
                    let mut bytes = text.into_bytes();
                    mutate_bytes(rng, &mut bytes, seeds);
                    String::from_utf8_lossy(&bytes).into_owned()
                }
            },
            _ => {
                let mut bytes = text.into_bytes();
                mutate_bytes(rng, &mut bytes, seeds);
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
    }
    text
}

// ---------------------------------------------------------------------------
// Readers, seeds and inputs

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    CaseFile,
    CaseFileKeepingUnknown,
    Backup,
    Store,
    Fragment,
    Query,
    Accent,
    DateParts,
    Month,
    Iso,
}

const READERS: [Reader; 10] = [
    Reader::CaseFile,
    Reader::CaseFileKeepingUnknown,
    Reader::Backup,
    Reader::Store,
    Reader::Fragment,
    Reader::Query,
    Reader::Accent,
    Reader::DateParts,
    Reader::Month,
    Reader::Iso,
];

impl Reader {
    fn name(self) -> &'static str {
        match self {
            Reader::CaseFile => "case::Case::from_json",
            Reader::CaseFileKeepingUnknown => "case::Case::from_json_keeping_unknown",
            Reader::Backup => "saved::import",
            Reader::Store => "saved::load_store",
            Reader::Fragment => "share::case_from_fragment",
            Reader::Query => "embed::parse_query",
            Reader::Accent => "embed::check_accent",
            Reader::DateParts => "dates::parse_date_parts",
            Reader::Month => "dates::parse_month",
            Reader::Iso => "dates::parse_iso",
        }
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

struct Seeds {
    cases: Vec<String>,
    backups: Vec<String>,
    stores: Vec<String>,
    fragments: Vec<String>,
    queries: Vec<String>,
    accents: Vec<String>,
    date_parts: Vec<String>,
    months: Vec<String>,
    isos: Vec<String>,
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn seeds() -> Seeds {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut case_files: Vec<String> = std::fs::read_dir(root.join("examples"))
        .expect("examples")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".case.json"))
        .map(|path| std::fs::read_to_string(path).expect("a golden case file"))
        .collect();
    case_files.sort();
    let cases: Vec<Case> = case_files
        .iter()
        .filter_map(|text| Case::from_json(text, today()).ok())
        .collect();
    assert!(!cases.is_empty(), "no golden case file reads as valid");

    let mut store = Store::new();
    for case in &cases {
        store.add(case.clone(), "");
    }
    store.add(cases[0].clone(), "Mum's complaint – é 💥");
    let mut stores = vec![
        save_store(&store),
        save_store(&Store::new()),
        std::fs::read_to_string(root.join("tests/fixtures/store-v1.json")).expect("fixture"),
    ];
    stores.extend(
        std::fs::read_dir(root.join("tests/fixtures"))
            .expect("tests/fixtures")
            .filter_map(Result::ok)
            .filter_map(|entry| std::fs::read_to_string(entry.path()).ok()),
    );

    let mut backups = vec![export_all(&cases), export_all(&cases[..1])];
    backups.extend(cases.iter().map(export_one));
    backups.extend(case_files.iter().cloned());

    let mut all_cases = case_files.clone();
    all_cases.extend(cases.iter().map(Case::to_json_pretty));

    let mut fragments: Vec<String> = cases.iter().map(fragment_for).collect();
    fragments.extend(strings(&[
        "#council=leeds&complaint_received=2025-12-19&stage2_refused=yes",
        "council=law&complaint_received=2026-01-05&stage1_extended=no",
        "#today=2026-11-29&council=E08000035&complaint_received=2024-02-29",
    ]));

    Seeds {
        cases: all_cases,
        backups,
        stores,
        fragments,
        queries: strings(&[
            "embed&council=leeds&lock=1&accent=%23005ea5",
            "?embed&council=E08000035&lock=true&accent=1d4f91",
            "?embed-builder",
            "embed&council=thurrock&accent=%23fff&lang=cy",
            "?embed&council=north-somerset&lock=yes&accent=%23ABC",
        ]),
        accents: strings(&["#005ea5", "1d4f91", "#fff", "abc", "#1D4F91", " #000 "]),
        date_parts: strings(&[
            "19|12|2025|the date you complained",
            "1|Mar|2026|the reply",
            "29|february|2024|the day you asked",
            "30|2|2024|the panel",
            "31|Sept|2026|it",
            "0|0|0000|x",
            "31|12|9999|x",
            " 05 | 03 | 2026 |the date",
            "||2026|the date",
        ]),
        months: strings(&[
            "3", "03", "March", "mar", "Sept", "dec.", "12", "0", "13", "JUNE",
        ]),
        isos: DATES.iter().map(|s| s.to_string()).collect(),
    }
}

enum Input {
    Text(String),
    /// Day, month, year and the name of the date.
    Parts(Vec<String>),
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::Text(text) => text.len(),
            Input::Parts(parts) => parts.iter().map(String::len).sum(),
        }
    }

    fn preview(&self) -> String {
        let text = match self {
            Input::Text(text) => text.clone(),
            Input::Parts(parts) => parts.join(" | "),
        };
        text.chars()
            .take(80)
            .collect::<String>()
            .escape_debug()
            .to_string()
    }
}

/// The longest input (repeated mutations can otherwise grow one without
/// end): 1.2 MB, well past any seed. The import's own limit, 8 MB, is tried
/// in tests/saved.rs.
const MAX_INPUT: usize = 1_200_000;

fn capped(mut text: String, most: usize) -> String {
    if text.len() > most {
        let mut end = most;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

fn make_input(rng: &mut Rng, reader: Reader, seeds: &Seeds) -> Input {
    let pool = match reader {
        Reader::CaseFile | Reader::CaseFileKeepingUnknown => &seeds.cases,
        Reader::Backup => &seeds.backups,
        Reader::Store => &seeds.stores,
        Reader::Fragment => &seeds.fragments,
        Reader::Query => &seeds.queries,
        Reader::Accent => &seeds.accents,
        Reader::DateParts => &seeds.date_parts,
        Reader::Month => &seeds.months,
        Reader::Iso => &seeds.isos,
    };
    if reader == Reader::DateParts {
        let seed: Vec<String> = rng.pick(pool).split('|').map(str::to_string).collect();
        let parts: Vec<String> = seed
            .iter()
            .map(|part| match rng.below(4) {
                0 => random_text(rng),
                1 => mutate(rng, std::slice::from_ref(part)),
                _ => part.clone(),
            })
            .collect();
        return Input::Parts(
            parts
                .into_iter()
                .map(|p| capped(p, MAX_INPUT / 3))
                .collect(),
        );
    }
    if rng.one_in(3) {
        Input::Text(capped(random_text(rng), MAX_INPUT))
    } else {
        Input::Text(capped(mutate(rng, pool), MAX_INPUT))
    }
}

/// Calls one reader, as the app would (error messages included). True if
/// the input was accepted (read as a case, a store, a colour, a date...).
fn read(reader: Reader, input: &Input) -> bool {
    let today = today();
    match (reader, input) {
        (Reader::CaseFile, Input::Text(text)) => match Case::from_json(text, today) {
            Ok(case) => black_box(case).events.complaint_received.is_some(),
            Err(error) => {
                black_box(error.to_string());
                false
            }
        },
        (Reader::CaseFileKeepingUnknown, Input::Text(text)) => {
            match Case::from_json_keeping_unknown(text, today) {
                Ok(case) => black_box(case).events.complaint_received.is_some(),
                Err(error) => {
                    black_box(error.to_string());
                    false
                }
            }
        }
        (Reader::Backup, Input::Text(text)) => match import(text, today) {
            Ok(cases) => !black_box(cases).is_empty(),
            Err(error) => {
                black_box(error.message());
                false
            }
        },
        (Reader::Store, Input::Text(text)) => matches!(
            black_box(load_store(Some(text), today)),
            LoadOutcome::Loaded(_) | LoadOutcome::Migrated(..)
        ),
        (Reader::Fragment, Input::Text(text)) => match case_from_fragment(text) {
            Ok(case) => black_box(case).is_some(),
            Err(error) => {
                black_box(error.to_string());
                false
            }
        },
        (Reader::Query, Input::Text(text)) => {
            let options = black_box(parse_query(text));
            options.embed
                || options.builder
                || options.council.is_some()
                || options.accent.is_some()
        }
        (Reader::Accent, Input::Text(text)) => black_box(check_accent(text)).is_ok(),
        (Reader::DateParts, Input::Parts(parts)) => {
            let part = |i: usize| parts.get(i).map(String::as_str).unwrap_or("");
            matches!(
                black_box(parse_date_parts(part(0), part(1), part(2), part(3))),
                Ok(Some(_))
            )
        }
        (Reader::Month, Input::Text(text)) => black_box(parse_month(text)).is_some(),
        (Reader::Iso, Input::Text(text)) => black_box(parse_iso(text)).is_some(),
        _ => unreachable!("input of the wrong shape"),
    }
}

// ---------------------------------------------------------------------------
// The run

#[derive(Default)]
struct Tally {
    count: u64,
    accepted: u64,
    longest: usize,
    panics: u64,
    first_panic: Option<String>,
    slowest: Duration,
    slowest_input: String,
    most_memory: usize,
    most_memory_input: String,
}

fn describe(input: &Input) -> String {
    format!("{} bytes: \"{}\"", input.len(), input.preview())
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}

fn human_bytes(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    }
}

/// Times one call: how long, how much memory, whether the input was
/// accepted, and the message if it panicked.
fn timed(reader: Reader, input: &Input) -> (Duration, usize, bool, Option<String>) {
    IN_READER.with(|flag| flag.set(true));
    let baseline = reset_peak();
    let start = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| read(reader, input)));
    let elapsed = start.elapsed();
    let memory = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    IN_READER.with(|flag| flag.set(false));
    match outcome {
        Ok(accepted) => (elapsed, memory, accepted, None),
        Err(payload) => (elapsed, memory, false, Some(panic_message(&*payload))),
    }
}

thread_local! {
    /// True while a reader runs: its panics are caught and counted quietly.
    static IN_READER: Cell<bool> = const { Cell::new(false) };
}

/// Only one fuzz run at a time: the allocator's counters are shared.
static RUN: Mutex<()> = Mutex::new(());

fn fuzz(count: u64) {
    let _only_one = RUN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    // A release build must read any input in 50 ms; a debug build (the
    // normal `cargo test`) is about 10 times slower, so it gets 500 ms.
    let bound = if cfg!(debug_assertions) {
        Duration::from_millis(500)
    } else {
        Duration::from_millis(50)
    };
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_129);
    println!(
        "fuzz: seed {seed}, {count} inputs over {} readers, today 2026-11-29, bound {} ms ({})",
        READERS.len(),
        bound.as_millis(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    let seeds = seeds();
    let mut rng = Rng(seed);
    let mut tallies: Vec<Tally> = READERS.iter().map(|_| Tally::default()).collect();

    // Panics inside a reader are counted, not printed; any other panic (a
    // bug in this file) still says what happened.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_READER.with(Cell::get) {
            hook(info);
        }
    }));
    let started = Instant::now();
    for i in 0..count {
        let index = (i % READERS.len() as u64) as usize;
        let reader = READERS[index];
        let input = make_input(&mut rng, reader, &seeds);
        let (mut elapsed, memory, accepted, panicked) = timed(reader, &input);
        let tally = &mut tallies[index];
        tally.count += 1;
        tally.longest = tally.longest.max(input.len());
        tally.accepted += u64::from(accepted);
        if let Some(message) = panicked {
            tally.panics += 1;
            tally
                .first_panic
                .get_or_insert_with(|| format!("{message} on {}", describe(&input)));
        }
        // A candidate for the slowest input is timed twice more and keeps its
        // best time: on a busy 2-core machine a single run can be preempted.
        if elapsed > tally.slowest && elapsed > Duration::from_millis(1) {
            for _ in 0..2 {
                elapsed = elapsed.min(timed(reader, &input).0);
            }
        }
        if elapsed > tally.slowest {
            tally.slowest = elapsed;
            tally.slowest_input = describe(&input);
        }
        if memory > tally.most_memory {
            tally.most_memory = memory;
            tally.most_memory_input = describe(&input);
        }
    }
    let took = started.elapsed();
    drop(std::panic::take_hook());

    let mut total = Tally::default();
    for (reader, tally) in READERS.iter().zip(&tallies) {
        println!(
            "{:<38} {:>8} inputs ({:>6} accepted)  {} panics  slowest {:>8.3} ms  most memory {}",
            reader.name(),
            tally.count,
            tally.accepted,
            tally.panics,
            tally.slowest.as_secs_f64() * 1000.0,
            human_bytes(tally.most_memory),
        );
        println!("    slowest: {}", tally.slowest_input);
        if tally.most_memory > 0 {
            println!("    most memory: {}", tally.most_memory_input);
        }
        if let Some(panic) = &tally.first_panic {
            println!("    first panic: {panic}");
        }
        total.count += tally.count;
        total.accepted += tally.accepted;
        total.longest = total.longest.max(tally.longest);
        total.panics += tally.panics;
        if tally.slowest > total.slowest {
            total.slowest = tally.slowest;
            total.slowest_input = format!("{}, {}", reader.name(), tally.slowest_input);
        }
        total.most_memory = total.most_memory.max(tally.most_memory);
    }
    println!(
        "{:<38} {:>8} inputs ({:>6} accepted)  {} panics  slowest {:>8.3} ms  most memory {}",
        "total",
        total.count,
        total.accepted,
        total.panics,
        total.slowest.as_secs_f64() * 1000.0,
        human_bytes(total.most_memory),
    );
    println!("    slowest: {}", total.slowest_input);
    println!(
        "    longest input: {}; time {:.1} s",
        human_bytes(total.longest),
        took.as_secs_f64()
    );

    assert_eq!(total.panics, 0, "a reader panicked (see above)");
    assert!(
        total.slowest <= bound,
        "an input took {:.1} ms, over the {} ms bound: {}",
        total.slowest.as_secs_f64() * 1000.0,
        bound.as_millis(),
        total.slowest_input
    );
}

/// Part of every `cargo test`: a few thousand inputs, a few seconds in debug.
#[test]
fn every_reader_survives_random_and_mutated_inputs() {
    let count = std::env::var("FUZZ_SMALL_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    fuzz(count);
}

/// The full run: `scripts/fuzz [COUNT]` (1,000,000 by default), in release mode.
#[test]
#[ignore = "long: run with scripts/fuzz"]
fn fuzz_every_reader_a_million_times() {
    let count = std::env::var("FUZZ_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    fuzz(count);
}
