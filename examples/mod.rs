//! The one set of example cases, shared by the engine, letter, calendar-file
//! and CLI tests, the benchmark and the component tests: each file is a case
//! file exactly as the app exports it (`NAME.case.json`), so `navigator
//! assess examples/NAME.case.json` reads it too. Include this module with
//! `#[path = "../examples/mod.rs"] mod examples;`.
#![allow(dead_code)]

use complaint_navigator::core::case::{Case, Events};

/// (name, file text) of every example.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("christmas", include_str!("christmas.case.json")),
    (
        "christmas-stage1",
        include_str!("christmas-stage1.case.json"),
    ),
    ("essex-finished", include_str!("essex-finished.case.json")),
    (
        "essex-1-december",
        include_str!("essex-1-december.case.json"),
    ),
    (
        "leeds-ombudsman-guide",
        include_str!("leeds-ombudsman-guide.case.json"),
    ),
    (
        "north-east-lincolnshire-late-stage1",
        include_str!("north-east-lincolnshire-late-stage1.case.json"),
    ),
    (
        "no-reply-then-stage2",
        include_str!("no-reply-then-stage2.case.json"),
    ),
    (
        "north-somerset-stage2",
        include_str!("north-somerset-stage2.case.json"),
    ),
    (
        "thurrock-2018-panel",
        include_str!("thurrock-2018-panel.case.json"),
    ),
    (
        "thurrock-adr-declined",
        include_str!("thurrock-adr-declined.case.json"),
    ),
];

/// The example's file text.
pub fn text(name: &str) -> &'static str {
    EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
        .unwrap_or_else(|| panic!("no example {name}"))
}

/// The example as a case (read as of the last day the calendar counts, so
/// every example is valid whatever "today" a test then uses).
pub fn case(name: &str) -> Case {
    let today = chrono::NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    Case::from_json(text(name), today).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The example's events.
pub fn events(name: &str) -> Events {
    case(name).events
}
