//! The council list, council search and the published procedures in
//! `data/procedures/`. Reads the data directory with std::fs, so it runs
//! natively only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use complaint_navigator::core::councils::{
    self, allowed_clock_starts, check_procedure_set, procedure_files, procedure_for, procedures,
    validate_procedure, Comparison, HoldTo, Procedure, Unit, CLOCK_EVENTS, STEP_IDS,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ---------------------------------------------------------------------------
// The council list

#[test]
fn there_are_153_councils_sorted_by_short_name() {
    let all = councils::all();
    assert_eq!(all.len(), 153);
    assert!(all
        .windows(2)
        .all(|pair| pair[0].short_name < pair[1].short_name));
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for council in councils::all() {
        assert!(seen.insert(&council.id), "duplicate id {}", council.id);
        assert_eq!(council.id, councils::council_id(&council.short_name));
        assert!(
            council
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            council.id
        );
        assert!(!council.id.starts_with('-') && !council.id.ends_with('-'));
        assert!(!council.id.contains("--"), "{}", council.id);
    }
    for (short_name, id) in [
        ("Barking and Dagenham", "barking-and-dagenham"),
        ("North East Lincolnshire", "north-east-lincolnshire"),
        (
            "Bournemouth, Christchurch and Poole",
            "bournemouth-christchurch-and-poole",
        ),
        ("St Helens", "st-helens"),
        ("Kingston upon Hull", "kingston-upon-hull"),
        ("Southend-on-Sea", "southend-on-sea"),
    ] {
        let council = councils::find(id).unwrap_or_else(|| panic!("no council {id}"));
        assert_eq!(council.short_name, short_name);
    }
}

fn gss_shape(code: &str) -> bool {
    code.len() == 9
        && code.starts_with('E')
        && ["06", "08", "09", "10"].contains(&&code[1..3])
        && code[3..].chars().all(|c| c.is_ascii_digit())
}

#[test]
fn gss_codes_are_well_formed_and_unique() {
    let mut seen = HashSet::new();
    for council in councils::all() {
        for code in std::iter::once(&council.gss_code).chain(&council.old_gss_codes) {
            assert!(gss_shape(code), "{}: {code}", council.id);
            assert!(seen.insert(code.clone()), "duplicate code {code}");
        }
        assert!((100..1000).contains(&council.dfe_code), "{}", council.id);
        assert!(
            councils::COUNCIL_KINDS.contains(&council.kind.as_str()),
            "{}",
            council.id
        );
        assert!(!council.region.is_empty());
    }
}

#[test]
fn kinds_and_regions_add_up() {
    let count = |kind: &str| councils::all().iter().filter(|c| c.kind == kind).count();
    assert_eq!(count("county"), 21);
    assert_eq!(count("unitary"), 62);
    assert_eq!(count("metropolitan"), 36);
    assert_eq!(count("london_borough"), 32);
    assert_eq!(count("city_of_london"), 1);
    assert_eq!(count("isles_of_scilly"), 1);
    let london = councils::all()
        .iter()
        .filter(|c| c.region == "London")
        .count();
    assert_eq!(london, 33);
}

#[test]
fn old_and_new_codes_both_work() {
    assert_eq!(councils::find("E08000016").unwrap().id, "barnsley");
    assert_eq!(councils::find("E08000038").unwrap().id, "barnsley");
    assert_eq!(councils::find("E08000019").unwrap().id, "sheffield");
    assert_eq!(councils::find("E08000039").unwrap().id, "sheffield");
    assert_eq!(councils::find("e06000034").unwrap().id, "thurrock");
}

#[test]
fn find_by_id_ignores_case() {
    assert_eq!(councils::find("thurrock").unwrap().name, "Thurrock Council");
    assert_eq!(councils::find("THURROCK").unwrap().id, "thurrock");
    assert_eq!(councils::find(" Thurrock ").unwrap().id, "thurrock");
    assert!(councils::find("gotham").is_none());
    assert!(councils::find("").is_none());
}

#[test]
fn trusts_and_websites() {
    let birmingham = councils::find("birmingham").unwrap();
    assert_eq!(
        birmingham.run_by.as_deref(),
        Some("Birmingham Children's Trust")
    );
    assert!(birmingham.run_by_unsure);
    assert!(birmingham
        .run_by_sentence()
        .unwrap()
        .contains("may run children's social care"));
    let kingston = councils::find("kingston-upon-thames").unwrap();
    assert_eq!(kingston.run_by.as_deref(), Some("Achieving for Children"));
    assert!(!kingston.run_by_unsure);
    assert!(councils::find("leeds").unwrap().run_by_sentence().is_none());
    for id in [
        "thurrock",
        "essex",
        "north-somerset",
        "north-east-lincolnshire",
    ] {
        let site = councils::find(id).unwrap().website.clone();
        assert!(
            site.is_some_and(|s| s.starts_with("https://")),
            "{id} has no website"
        );
    }
}

// ---------------------------------------------------------------------------
// Search

fn first(query: &str) -> String {
    councils::search(query)
        .first()
        .map(|c| c.id.clone())
        .unwrap_or_else(|| panic!("nothing found for {query:?}"))
}

#[test]
fn every_council_is_first_for_its_short_and_official_name() {
    for council in councils::all() {
        assert_eq!(first(&council.short_name), council.id, "short name");
        assert_eq!(first(&council.name), council.id, "official name");
        assert_eq!(first(&council.short_name.to_uppercase()), council.id);
        assert_eq!(first(&council.gss_code), council.id);
    }
}

#[test]
fn common_other_names() {
    for (query, id) in [
        ("Hull", "kingston-upon-hull"),
        ("Kingston upon Hull", "kingston-upon-hull"),
        ("Hull City Council", "kingston-upon-hull"),
        ("St Helens", "st-helens"),
        ("St. Helens", "st-helens"),
        ("Saint Helens", "st-helens"),
        ("Southend", "southend-on-sea"),
        ("southend on sea", "southend-on-sea"),
        ("BCP", "bournemouth-christchurch-and-poole"),
        ("bcp council", "bournemouth-christchurch-and-poole"),
        ("Brighton", "brighton-and-hove"),
        ("barking & dagenham", "barking-and-dagenham"),
        ("Barking", "barking-and-dagenham"),
        ("Leeds City Council", "leeds"),
        (
            "the royal borough of kensington and chelsea",
            "kensington-and-chelsea",
        ),
        ("Kensington & Chelsea", "kensington-and-chelsea"),
        (
            "London Borough of Hammersmith and Fulham",
            "hammersmith-and-fulham",
        ),
        ("Durham", "county-durham"),
        ("Durham County Council", "county-durham"),
        ("City of London", "city-of-london"),
        ("stockton", "stockton-on-tees"),
        ("Newcastle", "newcastle-upon-tyne"),
        ("Bradford Council", "bradford"),
        ("City of York", "york"),
        ("NE Lincs", "north-east-lincolnshire"),
        ("thurr", "thurrock"),
    ] {
        assert_eq!(first(query), id, "query {query:?}");
    }
}

#[test]
fn search_lists_every_match() {
    let ids: Vec<String> = councils::search("Cumbria")
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(ids, ["cumberland", "westmorland-and-furness"]);
    let kingston: Vec<String> = councils::search("kingston")
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(kingston, ["kingston-upon-hull", "kingston-upon-thames"]);
    let york: Vec<&str> = councils::search("york")
        .into_iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(york[0], "york");
    assert!(york.contains(&"north-yorkshire"));
    assert!(councils::search("zzzz").is_empty());
}

#[test]
fn empty_query_returns_all() {
    assert_eq!(councils::search("").len(), 153);
    assert_eq!(councils::search("  ").len(), 153);
    assert_eq!(councils::search("?!").len(), 153);
}

// ---------------------------------------------------------------------------
// Procedures

#[test]
fn thurrock_versions_split_on_the_assumed_date() {
    let split = date(2019, 1, 1);
    let older = procedure_for("thurrock", Some(split.pred_opt().unwrap())).unwrap();
    assert_eq!(older.id, "thurrock-2018");
    assert_eq!(
        procedure_for("thurrock", Some(date(2010, 5, 1)))
            .unwrap()
            .id,
        "thurrock-2018"
    );
    let current = procedure_for("thurrock", Some(split)).unwrap();
    assert_eq!(current.id, "thurrock-current");
    assert_eq!(
        procedure_for("thurrock", None).unwrap().id,
        "thurrock-current"
    );
    assert_eq!(
        procedure_for("E06000034", Some(date(2026, 1, 5)))
            .unwrap()
            .id,
        "thurrock-current"
    );
    assert!(older.validity_assumed && current.validity_assumed);
    assert!(current.extra_step("adr_before_stage2").is_some());
    assert!(current.extra_step("adr_before_stage3").is_some());
    assert!(older.extra_steps.is_empty());
}

#[test]
fn councils_without_a_procedure_get_none() {
    assert!(procedure_for("leeds", None).is_none());
    assert!(procedure_for("leeds", Some(date(2026, 1, 5))).is_none());
    assert!(procedure_for("gotham", None).is_none());
}

#[test]
fn seed_facts() {
    let essex = procedure_for("essex", Some(date(2026, 3, 2))).unwrap();
    assert!(!essex.page_url_works);
    assert_eq!(essex.link(), "https://www.essex.gov.uk/");
    assert_eq!(
        essex.complaint_window,
        Some(councils::Duration::new(12, Unit::Months))
    );
    let panel = essex.step("panel_meeting").unwrap();
    assert_eq!(panel.time.amount, 30);
    assert_eq!(panel.time.unit, Unit::WorkingDays);

    let older = councils::find_procedure("thurrock-2018").unwrap();
    let appointed = older.step("panel_appointed").unwrap();
    assert_eq!(appointed.time.unit, Unit::CalendarDays);
    let difference = older.differences_for("panel_appointed").next().unwrap();
    assert_eq!(difference.hold_to, HoldTo::Law);
    assert_eq!(difference.compared_to_law, Comparison::Weaker);

    let somerset = procedure_for("north-somerset", None).unwrap();
    assert_eq!(somerset.step("acknowledgement").unwrap().time.amount, 3);
    let stage2 = somerset.step("stage2_response").unwrap();
    assert_eq!(stage2.clock_starts, "stage2_statement_agreed");
    assert_eq!(stage2.extension.unwrap().amount, 65);
    assert_eq!(
        somerset
            .differences_for("stage2_response")
            .next()
            .unwrap()
            .hold_to,
        HoldTo::EarlierDate
    );

    let nel = procedure_for("north-east-lincolnshire", None).unwrap();
    assert_eq!(nel.step("acknowledgement").unwrap().time.amount, 2);
    assert!(nel.extra_step("resolution_meeting_after_stage1").is_some());
    assert!(nel
        .contacts
        .iter()
        .any(|c| c.value == "res-customerservices@nelincs.gov.uk"));
}

fn procedure_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/procedures")
}

/// Every file in data/procedures, read from disk: (path as used in errors, text).
fn files_on_disk() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(procedure_dir())
        .expect("data/procedures exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = format!(
                "data/procedures/{}",
                path.file_name().unwrap().to_string_lossy()
            );
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_file_on_disk_is_embedded() {
    let on_disk: Vec<(String, String)> = files_on_disk();
    let mut embedded: Vec<(String, String)> = procedure_files()
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    embedded.sort();
    let names = |list: &[(String, String)]| list.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&on_disk),
        names(&embedded),
        "add new files to PROCEDURE_FILES in src/core/councils/procedure.rs"
    );
    assert_eq!(on_disk, embedded);
    assert_eq!(procedures().len(), on_disk.len());
}

#[test]
fn every_procedure_file_follows_the_schema() {
    let files = files_on_disk();
    assert!(files.len() >= 5);
    let mut parsed: Vec<Procedure> = Vec::new();
    for (name, text) in &files {
        let p = validate_procedure(name, text).unwrap_or_else(|e| panic!("{e}"));
        // The derived deserializer agrees with the validator.
        let direct: Procedure = serde_json::from_str(text).unwrap();
        assert_eq!(direct, p, "{name}");
        // Writing it out and reading it back gives the same procedure.
        let again = validate_procedure(name, &serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(again, p, "{name}");

        let council = councils::find(&p.council).unwrap_or_else(|| panic!("{name}: council"));
        assert_eq!(council.id, p.council, "{name}");
        assert!(p.page_url.starts_with("https://"), "{name}");
        assert!(!p.page_title.trim().is_empty(), "{name}");
        assert!(p.page_url_works || p.link_instead.is_some(), "{name}");
        assert!(p.checked >= date(2026, 1, 1), "{name}: checked");
        // The file cites the council's page and the day it was read, never
        // a path outside the repository.
        assert!(
            !text.contains("shared/") && !text.contains("../"),
            "{name}: points outside the repository"
        );
        assert!(
            !text.contains("source_file"),
            "{name}: source_file is gone: cite page_url and checked"
        );
        if let (Some(from), Some(until)) = (p.valid_from, p.valid_until) {
            assert!(from < until, "{name}");
        }
        let step_ids: HashSet<&str> = p.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(step_ids.len(), p.steps.len(), "{name}: repeated step");
        for step in &p.steps {
            assert!(STEP_IDS.contains(&step.id.as_str()), "{name}: {}", step.id);
            assert!(
                CLOCK_EVENTS.contains(&step.clock_starts.as_str()),
                "{name}: {}",
                step.clock_starts
            );
            assert!(allowed_clock_starts(&step.id).contains(&step.clock_starts.as_str()));
            assert!(step.time.amount > 0);
            assert!(!step.description.trim().is_empty());
        }
        for difference in &p.differences {
            if let Some(step) = &difference.step {
                assert!(
                    step_ids.contains(step.as_str()),
                    "{name}: {}",
                    difference.id
                );
            }
            for text in [
                &difference.council_says,
                &difference.law_says,
                &difference.explanation,
                &difference.hold_them_to,
            ] {
                assert!(!text.trim().is_empty(), "{name}: {}", difference.id);
            }
        }
        parsed.push(p);
    }
    check_procedure_set(&parsed).unwrap();
}

#[test]
fn no_overlapping_versions_per_council() {
    let list = procedures();
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if a.council != b.council {
                continue;
            }
            let a_before_b = matches!((a.valid_until, b.valid_from), (Some(u), Some(f)) if u <= f);
            let b_before_a = matches!((b.valid_until, a.valid_from), (Some(u), Some(f)) if u <= f);
            assert!(a_before_b || b_before_a, "{} overlaps {}", a.id, b.id);
        }
    }
    let mut overlapping: Vec<Procedure> = list.to_vec();
    let mut copy = councils::find_procedure("thurrock-2018").unwrap().clone();
    copy.id = "thurrock-copy".to_string();
    copy.valid_until = Some(date(2019, 6, 1));
    overlapping.push(copy);
    let error = check_procedure_set(&overlapping).unwrap_err();
    assert!(error.contains("thurrock-copy"), "{error}");
}

// ---------------------------------------------------------------------------
// Error messages for broken files

fn essex_value() -> serde_json::Value {
    let text = std::fs::read_to_string(procedure_dir().join("essex.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn error_for(value: &serde_json::Value) -> String {
    validate_procedure("data/procedures/essex.json", &value.to_string()).unwrap_err()
}

#[test]
fn a_wrong_unit_names_the_file_and_the_field() {
    let mut value = essex_value();
    value["steps"][2]["time"]["unit"] = "weeks".into();
    assert_eq!(
        error_for(&value),
        "data/procedures/essex.json: steps[2].time.unit: expected working_days, calendar_days or months"
    );
}

#[test]
fn a_missing_field_names_the_file_and_the_field() {
    let mut value = essex_value();
    value.as_object_mut().unwrap().remove("checked");
    let error = error_for(&value);
    assert!(
        error.starts_with("data/procedures/essex.json: checked: missing"),
        "{error}"
    );

    let mut value = essex_value();
    value["steps"][0]
        .as_object_mut()
        .unwrap()
        .remove("clock_starts");
    let error = error_for(&value);
    assert!(
        error.starts_with("data/procedures/essex.json: steps[0].clock_starts: missing"),
        "{error}"
    );
}

#[test]
fn other_mistakes_are_named() {
    type Change = fn(&mut serde_json::Value);
    let cases: &[(Change, &str)] = &[
        (
            |v| v["steps"][1]["id"] = "stage_two".into(),
            "steps[1].id: expected acknowledgement,",
        ),
        (
            |v| v["steps"][1]["clock_starts"] = "complaint_received".into(),
            "steps[1].clock_starts: for stage2_response expected",
        ),
        (
            |v| v["steps"][0]["time"]["amount"] = 0.into(),
            "steps[0].time.amount: expected a whole number",
        ),
        (
            |v| v["steps"][0]["extension"]["amount"] = 5.into(),
            "steps[0].extension: must be the longest time in all",
        ),
        (
            |v| v["checked"] = "22/11/2026".into(),
            "checked: expected a date written as YYYY-MM-DD",
        ),
        (
            |v| v["council"] = "gotham".into(),
            "council: no council with id \"gotham\"",
        ),
        (
            |v| v["council"] = "E10000012".into(),
            "council: use the council id \"essex\"",
        ),
        (
            |v| v["id"] = "essex-2018".into(),
            "id: must be the file name without .json",
        ),
        (|v| v["colour"] = "blue".into(), "colour: unknown field"),
        (
            |v| v["steps"][0]["tme"] = 1.into(),
            "steps[0].tme: unknown field",
        ),
        (
            |v| v["differences"][0]["step"] = "stage3_request".into(),
            "differences[0].step: no step \"stage3_request\"",
        ),
        (
            |v| v["differences"][0]["step"] = "panel_appointed".into(),
            "differences[0].step: no step \"panel_appointed\"",
        ),
        (
            |v| v["link_instead"] = serde_json::Value::Null,
            "link_instead: required when page_url_works is false",
        ),
        // Allowed: a start date on its own.
        (|v| v["valid_from"] = "2030-01-01".into(), ""),
        (
            |v| {
                v["valid_from"] = "2030-01-01".into();
                v["valid_until"] = "2029-01-01".into();
            },
            "valid_until: must be after valid_from",
        ),
        (
            |v| v["steps"] = serde_json::json!([]),
            "steps: list at least one step",
        ),
        (
            |v| v["page_url_works"] = "yes".into(),
            "page_url_works: expected true or false",
        ),
    ];
    for &(change, expected) in cases {
        let mut value = essex_value();
        change(&mut value);
        let result = validate_procedure("data/procedures/essex.json", &value.to_string());
        if expected.is_empty() {
            assert!(result.is_ok(), "{result:?}");
            continue;
        }
        let error = result.unwrap_err();
        assert!(
            error.starts_with(&format!("data/procedures/essex.json: {expected}")),
            "expected {expected:?}, got {error:?}"
        );
    }
}

#[test]
fn broken_json_names_the_file() {
    let error = validate_procedure("data/procedures/broken.json", "{ \"id\": ").unwrap_err();
    assert!(
        error.starts_with("data/procedures/broken.json: not valid JSON"),
        "{error}"
    );
}

#[test]
fn the_footer_note_reads_its_dates_from_the_data() {
    use complaint_navigator::core::calendar::calendar;
    let note = complaint_navigator::core::councils::data_note();
    // Both dates come from the data files, so adding a year of holidays or
    // re-checking a council's page changes the note without a code change.
    let known = calendar().last_known_year();
    assert!(note.starts_with(&format!(
        "Bank holidays come from GOV.UK (England and Wales) up to the end of {known}; later years are predicted and marked."
    )), "{note}");
    let newest = procedures().iter().map(|p| p.checked).max().unwrap();
    assert!(newest >= chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    assert!(
        note.ends_with(&format!(
            " Councils' own complaints pages were last checked on {}.",
            complaint_navigator::core::dates::day_month_year(newest)
        )),
        "{note}"
    );
}

#[test]
fn a_procedure_file_citing_a_draft_or_test_site_is_refused() {
    let (name, text) = files_on_disk()
        .into_iter()
        .find(|(name, _)| name.contains("essex"))
        .unwrap();
    for bad in [
        "https://webtest.essex.gov.uk/complaints",
        "https://beta.essex.gov.uk/complaints",
        "https://www.essex.gov.uk/draft_complaints",
    ] {
        let edited = text.replacen(
            "https://www.essex.gov.uk/Pages/Childrens-social-care.aspx",
            bad,
            1,
        );
        assert_ne!(edited, text);
        let error = validate_procedure(&name, &edited).unwrap_err();
        assert!(
            error.contains("is a draft, test or retired site"),
            "{error}"
        );
    }
}

#[test]
fn every_contact_file_cites_its_pages_and_names_a_known_council() {
    use complaint_navigator::core::councils::{all_contacts, contact_files, validate_contacts};
    assert!(contact_files().len() >= 149);
    for (name, text) in contact_files() {
        validate_contacts(name, text).unwrap_or_else(|e| panic!("{e}"));
    }
    // Every file is read by the app: none is dropped for failing to parse.
    assert_eq!(all_contacts().len(), contact_files().len());
}

/// Every web address the app links is https and on the council's own site
/// (its home page's) or a site `data/council-domains.csv` lists for it with
/// a reason; phone numbers are UK numbers written one way; emails are well
/// formed; no two councils share a complaints email. The same checks run in
/// `navigator check-data` (`core::councils::check_links`).
#[test]
fn every_address_is_secure_and_on_the_councils_own_sites_and_numbers_are_uk_numbers() {
    use complaint_navigator::core::councils::{all_contacts, check_links, procedures};
    let domains = include_str!("../data/council-domains.csv");
    let problems = check_links(councils::all(), procedures(), all_contacts(), domains);
    assert!(problems.is_empty(), "{problems:#?}");
    let phones = all_contacts().iter().filter(|c| c.phone.is_some()).count();
    assert!(phones >= 40, "{phones} councils with a phone");
}

/// A hand-edited contact file with each kind of mistake: every one is named,
/// with the council, the field and what to do.
#[test]
fn link_mistakes_are_each_named_for_the_data_editor() {
    use complaint_navigator::core::councils::{all_contacts, check_links, validate_contacts};
    let file = |id: &str| all_contacts().iter().find(|c| c.council == id).unwrap();
    let mut edited = serde_json::to_value(file("blackpool")).unwrap();
    edited["complaints_page"]["value"] = "http://www.blackpool.gov.uk/complaints".into();
    edited["online_form"] = serde_json::json!({
        "value": "https://forms.example.com/blackpool",
        "source": "https://www.blackpool.gov.uk/x"
    });
    edited["phone"]["value"] = "+44 1253 477477".into();
    let other = file("cambridgeshire").clone();
    let other_email = other.email.as_ref().unwrap().value.clone();
    edited["email"]["value"] = other_email.clone().into();
    let edited = validate_contacts("data/contacts/blackpool.json", &edited.to_string()).unwrap();
    let domains = "council,domain,why\nblackpool,blackpoolforms.org.uk,no reason\n";
    let problems = check_links(councils::all(), &[], &[other, edited], domains);
    assert_eq!(
        problems,
        vec![
            "data/council-domains.csv: blackpool, blackpoolforms.org.uk: say why this site may be linked for the council (more than a few words)".to_string(),
            "blackpool complaints_page: http://www.blackpool.gov.uk/complaints does not start with https://; link the secure address".to_string(),
            "blackpool online_form: https://forms.example.com/blackpool is not on the council's own site (blackpool.gov.uk); if it should be linked, add the site to data/council-domains.csv with the reason".to_string(),
            "blackpool: phone \"+44 1253 477477\" is not a UK number written like 0113 222 4405 (optionally followed by \" ext. 1234\")".to_string(),
            format!("{other_email} is given for both cambridgeshire and blackpool; a complaints email belongs to one council"),
        ]
    );
}
