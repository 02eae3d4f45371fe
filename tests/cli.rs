//! Golden tests of the `navigator` command line: each
//! `examples/NAME.case.json` is assessed on a fixed date and compared with
//! `tests/golden/NAME.expected.json`. After a deliberate change, regenerate
//! with `UPDATE_GOLDEN=1 cargo test --test cli`, then read the diff and check
//! the dates by hand before committing.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// (golden file name, the date used as today).
const GOLDEN: &[(&str, &str)] = &[
    ("christmas-stage1", "2026-01-05"),
    ("north-east-lincolnshire-late-stage1", "2026-05-05"),
    ("north-somerset-stage2", "2026-02-10"),
    // Received Tue 1 Sep 2026, no reply; stage 2 asked Thu 15 Oct, 12
    // working days after the law's 20 (Tue 29 Sep): stage 1's dates are
    // never done, no longer owed; stage 2's reply due Thu 19 Nov.
    ("no-reply-then-stage2", "2026-11-30"),
    ("thurrock-2018-panel", "2018-05-15"),
    ("essex-finished", "2025-06-02"),
    // The day before the Ombudsman guide date (a Saturday): no "in 0 working days".
    ("leeds-ombudsman-guide", "2026-05-08"),
    ("thurrock-adr-declined", "2026-02-23"),
    // One for each procedure value. Corporate: received Thu 2 Apr 2026;
    // acknowledgement due Mon 13 Apr (Good Friday and Easter Monday
    // skipped), reply 15 working days from receipt: Mon 27 Apr; a day late
    // on Tue 28 Apr.
    ("corporate-easter", "2026-04-28"),
    ("conference", "2026-04-28"),
    ("court-report", "2026-04-28"),
    ("other-body", "2026-04-28"),
    // Not sure: the statutory dates, provisionally (reply Wed 7 Jan 2026).
    ("not-sure-christmas", "2026-01-05"),
];

fn navigator(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(args)
        .output()
        .expect("the navigator binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The one set of example cases (examples/), shared with the other tests.
fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn assessments_match_the_golden_files() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for (name, today) in GOLDEN {
        let case = examples_dir().join(format!("{name}.case.json"));
        let expected_path = golden_dir().join(format!("{name}.expected.json"));
        let output = navigator(&["assess", case.to_str().unwrap(), "--today", today]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let actual = stdout(&output);
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "missing {}: run with UPDATE_GOLDEN=1",
                expected_path.display()
            )
        });
        if actual != expected {
            let line = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, e)| a != e)
                .map_or_else(
                    || "length differs".to_string(),
                    |i| format!("line {}", i + 1),
                );
            mismatches.push(format!("{name} ({line})"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "output differs from the golden files: {mismatches:?}. If the change is intended, run UPDATE_GOLDEN=1 cargo test --test cli and review the diff."
    );
}

/// Writes a case file for one test into Cargo's scratch directory.
fn scratch_case(name: &str, text: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}.json"));
    std::fs::write(&path, text).unwrap();
    path
}

fn assess_error(name: &str, text: &str) -> (Option<i32>, String) {
    let path = scratch_case(name, text);
    let output = navigator(&["assess", path.to_str().unwrap(), "--today", "2026-01-12"]);
    assert!(stdout(&output).is_empty(), "{name}: nothing on stdout");
    (output.status.code(), stderr(&output))
}

#[test]
fn bad_dates_exit_2_and_name_the_field() {
    let (code, message) = assess_error(
        "february",
        r#"{"format": "complaint-navigator.case", "version": 1, "council": null,
            "events": {"complaint_received": "2026-02-30"}}"#,
    );
    assert_eq!(code, Some(2));
    assert!(
        message.ends_with(
            "events.complaint_received: 2026-02-30 is not a real date (February 2026 has 28 days).\n"
        ),
        "{message}"
    );
    assert!(message.starts_with("navigator: "));
}

#[test]
fn other_bad_input_exits_2() {
    let cases = [
        ("json", "{", "The file is not valid JSON"),
        (
            "council",
            r#"{"format": "complaint-navigator.case", "version": 1, "council": "nowhere"}"#,
            "council: \"nowhere\" is not a council we know.",
        ),
        (
            "typo",
            r#"{"format": "complaint-navigator.case", "version": 1, "council": null,
                "events": {"complaint_recieved": "2026-01-05"}}"#,
            "events.complaint_recieved: This is not an event we know (did you mean complaint_received?).",
        ),
        (
            "future",
            r#"{"format": "complaint-navigator.case", "version": 1, "council": null,
                "events": {"complaint_received": "2026-06-01"}}"#,
            "events.complaint_received: Monday 1 June 2026 is after today (Monday 12 January 2026)",
        ),
    ];
    for (name, text, expected) in cases {
        let (code, message) = assess_error(name, text);
        assert_eq!(code, Some(2), "{name}");
        assert!(message.contains(expected), "{name}: {message}");
    }
}

#[test]
fn a_missing_file_or_bad_arguments_exit_2() {
    let output = navigator(&["assess", "/no/such/case.json", "--today", "2026-01-12"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read /no/such/case.json"));

    let output = navigator(&["assess", "x.json", "--today", "2026-13-01"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--today: 2026-13-01 is not a real date (there is no month 13).")
    );

    let output = navigator(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("navigator --help"));
}

#[test]
fn help_lists_the_commands() {
    let output = navigator(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    for command in [
        "assess",
        "councils",
        "working-days add",
        "working-days between",
    ] {
        assert!(text.contains(command), "{command}");
    }
}

#[test]
fn councils_lists_all_153() {
    let output = navigator(&["councils"]);
    assert!(output.status.success());
    let list: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 153);
    let leeds = list.iter().find(|c| c["id"] == "leeds").unwrap();
    assert_eq!(leeds["name"], "Leeds City Council");
    assert_eq!(leeds["gss_code"], "E08000035");
    let thurrock = list.iter().find(|c| c["id"] == "thurrock").unwrap();
    assert_eq!(
        thurrock["procedures"],
        serde_json::json!(["thurrock-2018", "thurrock-current"])
    );
}

#[test]
fn working_days_add_and_between() {
    // Day 0 Fri 19 Dec 2025; 10 working days skipping Christmas Day, Boxing
    // Day and New Year's Day: Wed 7 Jan 2026.
    let output = navigator(&["working-days", "add", "2025-12-19", "10"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert_eq!(text.lines().next(), Some("2026-01-07"));
    assert!(text.contains("Christmas Day (25 December 2025)"));

    let output = navigator(&["working-days", "between", "2026-01-05", "2026-01-07"]);
    assert_eq!(stdout(&output).trim(), "2");
    let output = navigator(&["working-days", "between", "2026-01-07", "2026-01-05"]);
    assert_eq!(stdout(&output).trim(), "-2");

    let output = navigator(&["working-days", "add", "2100-12-30", "5"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("We can only count working days between"));
}

#[test]
fn a_file_too_large_or_endless_is_refused_with_a_message() {
    let huge = scratch_case("too-large", &" ".repeat(9 * 1024 * 1024));
    let output = navigator(&["assess", huge.to_str().unwrap(), "--today", "2026-01-05"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("larger than 8192 KB, too large for a case file"),
        "{}",
        stderr(&output)
    );
    // /dev/zero never ends: it must be refused, not read for ever.
    let output = navigator(&["assess", "/dev/zero", "--today", "2026-01-05"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("too large for a case file"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = std::fs::read_to_string(examples_dir().join("christmas-stage1.case.json")).unwrap();
    let with_bom = scratch_case("with-bom", &format!("\u{feff}{text}"));
    let output = navigator(&[
        "assess",
        with_bom.to_str().unwrap(),
        "--today",
        "2026-01-05",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("\"2026-01-07\""));
}

#[test]
fn check_data_passes_on_the_shipped_data_and_names_the_field_at_fault() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let output = navigator(&["check-data", data.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("All data checks passed:"),
        "{}",
        stdout(&output)
    );

    // A copy with one contact sourced from a test site, and one procedure
    // with a unit that does not exist.
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-data");
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["procedures", "contacts"] {
        std::fs::create_dir_all(copy.join(dir)).unwrap();
    }
    let essex = std::fs::read_to_string(data.join("procedures/essex.json")).unwrap();
    std::fs::write(
        copy.join("procedures/essex.json"),
        essex.replacen("\"working_days\"", "\"fortnights\"", 1),
    )
    .unwrap();
    std::fs::write(
        copy.join("contacts/leeds.json"),
        r#"{"council":"leeds","read_on":"2026-11-29","phone":{"value":"0113 000 0000","source":"https://webtest.leeds.gov.uk/complaints"}}"#,
    )
    .unwrap();
    // And a hand-edited phone number and an insecure complaints page.
    std::fs::write(
        copy.join("contacts/kent.json"),
        r#"{"council":"kent","read_on":"2026-11-29","phone":{"value":"03000 41 1111","source":"https://www.kent.gov.uk/x"},"complaints_page":{"value":"http://www.kent.gov.uk/complaints","source":"https://www.kent.gov.uk/x"}}"#,
    )
    .unwrap();
    let output = navigator(&["check-data", copy.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let problems = stderr(&output);
    assert!(
        problems.contains("data/procedures/essex.json: steps[0].time.unit"),
        "{problems}"
    );
    assert!(problems.contains("data/contacts/leeds.json: phone: https://webtest.leeds.gov.uk/complaints is a draft, test or retired site"), "{problems}");
    assert!(
        problems.contains("kent: phone \"03000 41 1111\" is not a UK number"),
        "{problems}"
    );
    assert!(
        problems.contains(
            "kent complaints_page: http://www.kent.gov.uk/complaints does not start with https://"
        ),
        "{problems}"
    );
}

#[test]
fn councils_lists_what_is_known_and_coverage_counts_it() {
    let output = navigator(&["councils"]);
    assert_eq!(output.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let southwark = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "southwark")
        .unwrap();
    assert_eq!(southwark["contacts"]["phone"]["value"], "020 7525 3977");
    assert!(southwark["contacts"]["phone"]["source"]
        .as_str()
        .unwrap()
        .starts_with("https://southwark.gov.uk/"));

    let output = navigator(&["councils", "--coverage"]);
    assert_eq!(output.status.code(), Some(0));
    let coverage: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let files = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/procedures"))
        .unwrap()
        .count();
    assert_eq!(coverage["councils"], 153);
    assert_eq!(coverage["procedure_files"], files);
    let count = |key: &str| coverage[key].as_u64().unwrap();
    assert!(count("with_procedure_file") >= 30);
    assert!(count("with_phone_or_email") >= count("with_phone"));
    assert!(count("with_phone_or_email") <= count("with_phone") + count("with_email"));
    assert!(count("with_complaints_page") <= count("councils"));
}
