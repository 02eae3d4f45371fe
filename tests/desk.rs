//! The advocate's desk at phone width, in headless Chromium: starting a new
//! case, confirmations that take focus, Enter to save a name, calendar files
//! per case, printing exactly one letter, a wrong file chosen as a backup,
//! tap-to-call numbers and "Exit this page" that never covers text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use fantoccini::wd::{PrintConfiguration, PrintSize};
use serde_json::{json, Value};
use support::{dist_dir, Browser, Site};

/// Monday 12 January 2026: a complaint received on Friday 19 December 2025
/// had its stage 1 reply due on Wednesday 7 January, so it is overdue.
const TODAY: &str = "/#today=2026-01-12";

async fn phone() -> Browser {
    Browser::start_with(Site::serve(dist_dir()), 320, 800).await
}

async fn run(browser: &Browser, script: &str) -> Value {
    browser.client.execute(script, vec![]).await.unwrap()
}

async fn labels(browser: &Browser) -> Vec<String> {
    let raw = run(
        browser,
        "return localStorage.getItem('complaint-navigator.store')",
    )
    .await;
    let store: Value = serde_json::from_str(raw.as_str().unwrap_or("{}")).unwrap();
    store["cases"]
        .as_array()
        .map(|cases| {
            cases
                .iter()
                .map(|c| c["label"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn enter_case(browser: &Browser, council: &str, day: &str) {
    // After "Start a new case" the search box still holds the last search.
    browser
        .wait_for("#council-search")
        .await
        .clear()
        .await
        .unwrap();
    browser
        .choose_council(&council.replace('-', " "), council)
        .await;
    browser
        .type_date("complaint_received", day, "12", "2025")
        .await;
    browser.wait_for("#save-case").await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_second_family_gets_a_new_case_and_every_action_confirms_with_focus() {
    let browser = phone().await;
    browser.open(TODAY).await;
    enter_case(&browser, "leeds", "19").await;
    // Enter in the name field saves, and the confirmation takes focus.
    browser.type_into("case-label", "Family A").await;
    browser.press("#case-label", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family A.")
        .await;
    browser.wait_for_focus("keep-panel-notice").await;
    browser.screenshot("desk-saved-320").await;

    // A new case: nothing unsaved, so no question; the council is cleared.
    browser.press("#start-new-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-notice", "Started a new case.")
        .await;
    browser.wait_for_focus("keep-notice").await;
    assert!(!browser.exists("#council-chosen").await);
    enter_case(&browser, "essex", "10").await;
    browser.type_into("case-label", "Family B").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family B.")
        .await;
    assert_eq!(labels(&browser).await, ["Family A", "Family B"]);

    // Unsaved answers: starting a new case asks first, and keeping them works.
    browser
        .answer_yes_with_date("acknowledgement_received", "11", "12", "2025")
        .await;
    browser.press("#start-new-case", Key::Enter).await;
    browser.wait_for_focus("confirm-new-case").await;
    // The case is saved; what would go is the change since (it said "not
    // saved", found in a walkthrough).
    assert_eq!(
        browser.text("#confirm-new-case-text").await,
        "Start a new case? Your changes to Family B since you last saved it will be cleared. Save them first if you need them."
    );
    browser
        .press("#confirm-new-case button.button-secondary", Key::Enter)
        .await;
    browser.wait_for_focus("start-new-case").await;
    assert_eq!(browser.value("acknowledgement_received-day").await, "11");
    // Escape is "Keep my answers" too, in each of these questions.
    browser.press("#start-new-case", Key::Enter).await;
    browser.wait_for_focus("confirm-new-case").await;
    browser.press("#confirm-new-case", Key::Escape).await;
    browser.wait_for_focus("start-new-case").await;
    assert!(!browser.exists("#confirm-new-case").await);
    assert_eq!(browser.value("acknowledgement_received-day").await, "11");

    // Opening another case asks first; "Keep my answers" puts focus back on
    // the "Open" pressed (it was lost to the page, found in a walkthrough).
    browser.press("#open-case-1", Key::Enter).await;
    browser.wait_for_focus("confirm-replace").await;
    assert_eq!(
        browser.text("#confirm-replace-text").await,
        "Replace the answers on this page with Family A? Your changes to Family B since you last saved it will be lost."
    );
    browser
        .press("#confirm-replace button.button-secondary", Key::Enter)
        .await;
    browser.wait_for_focus("open-case-1").await;
    assert_eq!(browser.value("acknowledgement_received-day").await, "11");
    browser.press("#open-case-1", Key::Enter).await;
    browser.wait_for_focus("confirm-replace").await;
    browser.press("#confirm-replace", Key::Escape).await;
    browser.wait_for_focus("open-case-1").await;
    assert!(!browser.exists("#confirm-replace").await);
    assert_eq!(browser.value("acknowledgement_received-day").await, "11");

    // A download says so, with focus left on its button for the next one.
    browser.capture_downloads().await;
    browser.press("#download-case", Key::Enter).await;
    browser
        .wait_for_text(
            "#keep-panel-notice",
            "Downloaded a backup file of this case.",
        )
        .await;
    browser.wait_for_focus("download-case").await;
    browser.press("#download-all", Key::Enter).await;
    browser.wait_for_text("#keep-notice", "Downloaded").await;
    browser.wait_for_focus("download-all").await;

    // "Delete everything saved", cancelled: focus back on it.
    browser.press("#delete-everything", Key::Enter).await;
    browser.wait_for_focus("confirm-delete-all").await;
    browser
        .press("#confirm-delete-all button.button-secondary", Key::Enter)
        .await;
    browser.wait_for_focus("delete-everything").await;
    browser.press("#delete-everything", Key::Enter).await;
    browser.wait_for_focus("confirm-delete-all").await;
    browser.press("#confirm-delete-all", Key::Escape).await;
    browser.wait_for_focus("delete-everything").await;
    assert!(!browser.exists("#confirm-delete-all").await);

    // Renaming can be called off, with Cancel or Escape: the name stays,
    // and focus goes back to "Rename" (there was no way back but saving).
    browser.press("#rename-button-case-1", Key::Enter).await;
    browser.wait_for_focus("rename-case-1").await;
    browser.press("#cancel-rename-case-1", Key::Enter).await;
    browser.wait_for_focus("rename-button-case-1").await;
    assert!(!browser.exists("#rename-case-1").await);
    browser.press("#rename-button-case-1", Key::Enter).await;
    browser.wait_for_focus("rename-case-1").await;
    browser.type_into("rename-case-1", "Not this").await;
    browser.press("#rename-case-1", Key::Escape).await;
    browser.wait_for_focus("rename-button-case-1").await;
    assert_eq!(labels(&browser).await, ["Family A", "Family B"]);

    // A blank name is not taken, and the notice says why (it said "type a
    // name, or this case was deleted in another tab", found in a walkthrough).
    rename_first_case(&browser, "   ").await;
    assert_eq!(
        browser.wait_for_text("#keep-notice", "Not renamed").await,
        "Not renamed: type a name first."
    );

    // Rename with Enter: focus moves to the visible confirmation.
    rename_first_case(&browser, "Brown family").await;
    browser
        .wait_for_text("#keep-notice", "Renamed to Brown family.")
        .await;
    browser.wait_for_focus("keep-notice").await;

    // Delete asks, with focus on the question; "Cancel" goes back to
    // "Delete"; then it confirms with focus.
    browser.press("#delete-case-2", Key::Enter).await;
    browser.wait_for_focus("confirm-delete-case-2").await;
    browser
        .press("#confirm-delete-case-2 button.button-secondary", Key::Enter)
        .await;
    browser.wait_for_focus("delete-case-2").await;
    browser.press("#delete-case-2", Key::Enter).await;
    browser.wait_for_focus("confirm-delete-case-2").await;
    browser.press("#confirm-delete-case-2", Key::Escape).await;
    browser.wait_for_focus("delete-case-2").await;
    assert!(!browser.exists("#confirm-delete-case-2").await);
    assert_eq!(labels(&browser).await, ["Brown family", "Family B"]);
    browser.press("#delete-case-2", Key::Enter).await;
    browser
        .press("#saved-case-2 .confirm-delete", Key::Enter)
        .await;
    browser
        .wait_for_text("#keep-notice", "Deleted Family B.")
        .await;
    browser.wait_for_focus("keep-notice").await;
    assert_eq!(labels(&browser).await, ["Brown family"]);
    browser.assert_accessible("the desk at 320 px").await;
    browser.close().await;
}

/// A name that another saved case has, whatever its capitals, gets a
/// number, and the page says why, when saving and when renaming (found in a
/// walkthrough: two cases called the same, told apart only by opening them).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_name_already_used_gets_a_number_and_the_page_says_why() {
    let browser = phone().await;
    browser.open(TODAY).await;
    enter_case(&browser, "leeds", "19").await;
    // A name stops at the 80 characters kept as it is typed (found in a
    // walkthrough: a longer one was cut when saved, without a word).
    browser.type_into("case-label", &"x".repeat(100)).await;
    assert_eq!(browser.value("case-label").await.len(), 80);
    browser.wait_for("#case-label").await.clear().await.unwrap();
    browser.type_into("case-label", "Family A").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family A.")
        .await;
    browser.press("#start-new-case", Key::Enter).await;
    browser.wait_for_focus("keep-notice").await;
    enter_case(&browser, "essex", "10").await;
    browser.type_into("case-label", "family a").await;
    browser.press("#save-case", Key::Enter).await;
    assert_eq!(
        browser.wait_for_text("#keep-panel-notice", "(2)").await,
        "Saved on this device as family a (2): another saved case is already called family a."
    );
    browser.wait_for_focus("keep-panel-notice").await;
    assert_eq!(labels(&browser).await, ["Family A", "family a (2)"]);

    browser.press("#rename-button-case-2", Key::Enter).await;
    browser.wait_for_focus("rename-case-2").await;
    let field = browser.wait_for("#rename-case-2").await;
    field.clear().await.unwrap();
    field.send_keys("Family A").await.unwrap();
    browser.press("#rename-case-2", Key::Enter).await;
    assert_eq!(
        browser.wait_for_text("#keep-notice", "Renamed").await,
        "Renamed to Family A (2): another saved case is already called Family A."
    );
    browser.wait_for_focus("keep-notice").await;
    assert_eq!(labels(&browser).await, ["Family A", "Family A (2)"]);
    browser.close().await;
}

/// Renames the first saved case with its link and the keyboard, to `name`.
async fn rename_first_case(browser: &Browser, name: &str) {
    browser
        .press(
            "#saved-case-1 .button-row .link-button:nth-child(2)",
            Key::Enter,
        )
        .await;
    browser.wait_for_focus("rename-case-1").await;
    let field = browser.wait_for("#rename-case-1").await;
    field.clear().await.unwrap();
    field.send_keys(name).await.unwrap();
    browser.press("#rename-case-1", Key::Enter).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn calendar_files_belong_to_one_case_each() {
    let browser = phone().await;
    browser.open(TODAY).await;
    browser.capture_downloads().await;
    enter_case(&browser, "leeds", "19").await;
    browser.press("#download-calendar", Key::Enter).await;
    // A different family's unsaved case on the same page.
    browser.press("#start-new-case", Key::Enter).await;
    browser.wait_for_focus("confirm-new-case").await;
    browser.press("#confirm-new-case-yes", Key::Enter).await;
    enter_case(&browser, "leeds", "18").await;
    browser.press("#download-calendar", Key::Enter).await;
    let files = browser.downloads(2).await;
    assert_eq!(files[0].0, "complaint-deadlines.ics");
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    let (first, second) = (uids(&files[0].1), uids(&files[1].1));
    assert!(!first.is_empty());
    assert!(
        first.iter().all(|uid| !second.contains(uid)),
        "{first:?} {second:?}"
    );

    // Saved: the case's name is in the entries and the file's name only if
    // asked (the file's name showed it regardless, found in a walkthrough:
    // it shows in downloads and in an email it is attached to).
    browser.type_into("case-label", "Family A").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family A.")
        .await;
    browser.press("#download-calendar", Key::Enter).await;
    let files = browser.downloads(3).await;
    assert_eq!(files[2].0, "complaint-deadlines.ics");
    assert!(!files[2].1.contains("Family A"));
    assert_eq!(
        browser.text("label[for=calendar-label]").await,
        "Put the case's name, \"Family A\", in each calendar entry and in the file's name"
    );
    browser.press("#calendar-label", Key::Space).await;
    browser.press("#download-calendar", Key::Enter).await;
    let files = browser.downloads(4).await;
    assert_eq!(files[3].0, "complaint-deadlines-family-a.ics");
    assert!(files[3].1.contains("SUMMARY:Family A: "), "{}", files[3].1);
    let family_a = uids(&files[3].1);
    assert!(
        family_a.iter().all(|uid| uid.contains("-case-1-")),
        "{family_a:?}"
    );

    // Everything saved deleted, and another family saved: its id is
    // "case-1" again, but its calendar entries are its own (found in a
    // walkthrough: importing its file updated the first family's entries).
    browser.press("#delete-everything", Key::Enter).await;
    browser
        .press("#confirm-delete-everything", Key::Enter)
        .await;
    browser
        .wait_for_text("#keep-notice", "has been deleted")
        .await;
    browser.press("#start-new-case", Key::Enter).await;
    browser.wait_for_focus("confirm-new-case").await;
    browser.press("#confirm-new-case-yes", Key::Enter).await;
    enter_case(&browser, "leeds", "18").await;
    browser.type_into("case-label", "Family B").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family B.")
        .await;
    assert!(browser.exists("#open-case-1").await);
    // Family A's choice to be named is not Family B's (found in a
    // walkthrough: the box stayed ticked for the next case).
    assert_eq!(
        browser.text("label[for=calendar-label]").await,
        "Put the case's name, \"Family B\", in each calendar entry and in the file's name"
    );
    let ticked = browser
        .client
        .execute(
            "return document.getElementById('calendar-label').checked",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ticked, json!(false));
    browser.press("#download-calendar", Key::Enter).await;
    let files = browser.downloads(5).await;
    assert_eq!(files[4].0, "complaint-deadlines.ics");
    assert!(!files[4].1.contains("Family B"), "{}", files[4].1);
    let family_b = uids(&files[4].1);
    assert!(!family_b.is_empty());
    assert!(
        family_b.iter().all(|uid| !family_a.contains(uid)),
        "{family_a:?} {family_b:?}"
    );
    browser.close().await;
}

/// Pages in a PDF made by Chromium (one "/Type /Page" dictionary each).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, _)| !text[at + 11..].starts_with('s'))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn printing_one_letter_prints_only_the_letter_and_the_summary_names_the_case() {
    let browser = phone().await;
    browser.open(TODAY).await;
    enter_case(&browser, "leeds", "19").await;
    browser.type_into("case-label", "Family A").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family A.")
        .await;
    let letter = browser.value("letter-text").await;
    assert!(letter.contains("Wednesday 7 January 2026"), "{letter}");
    let a4 = PrintConfiguration::builder()
        .size(PrintSize {
            width: 21.0,
            height: 29.7,
        })
        .build()
        .unwrap();
    // What "Print the letter" does around the browser's print.
    run(
        &browser,
        "document.documentElement.classList.add('printing-letter')",
    )
    .await;
    let pdf = browser.client.print(a4.clone()).await.unwrap();
    assert_eq!(pdf_pages(&pdf), 1, "the letter fits on one A4 page");
    run(
        &browser,
        "document.documentElement.classList.remove('printing-letter')",
    )
    .await;
    // The summary names the case and leaves out the letter link.
    let shown = run(
        &browser,
        "return [document.getElementById('print-case-label').textContent,
                 document.querySelector('a[href=\"#letters-heading\"]').parentElement.classList.contains('no-print')]",
    )
    .await;
    assert_eq!(shown, json!(["Case: Family A", true]));
    let summary = browser.client.print(a4).await.unwrap();
    assert!(pdf_pages(&summary) >= 1);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_calendar_file_chosen_as_a_backup_is_named_in_plain_words() {
    let browser = phone().await;
    browser.open(TODAY).await;
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("desk-deadlines.ics");
    std::fs::write(&path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").unwrap();
    browser.press("#import-heading", Key::Enter).await;
    browser.choose_backup_file(path.to_str().unwrap()).await;
    let message = browser
        .wait_for_text("#import-result", "not a Complaint Navigator backup file")
        .await;
    assert!(
        message.contains("This is a calendar file (.ics), not a Complaint Navigator backup file."),
        "{message}"
    );
    assert!(!message.contains("line 1 column"), "{message}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn on_a_phone_numbers_are_tap_to_call_and_the_exit_covers_no_text() {
    let browser = phone().await;
    browser.open(TODAY).await;
    enter_case(&browser, "barking-and-dagenham", "19").await;
    let calls = run(
        &browser,
        "return [...document.querySelectorAll('a[href^=\"tel:\"]')].map(a => a.getAttribute('href'))",
    )
    .await;
    let calls: Vec<&str> = calls
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(calls.contains(&"tel:02082272405"), "{calls:?}");
    assert!(calls.contains(&"tel:03000610614"), "{calls:?}");

    // At the top and scrolled, the exit strip never sits over a line of text:
    // every text element's box is either below it or hidden behind nothing.
    for scroll in [0, 600, 1500] {
        let overlaps = run(
            &browser,
            &format!(
                "window.scrollTo(0, {scroll});
                 const bar = document.querySelector('.exit-bar').getBoundingClientRect();
                 const button = document.getElementById('exit-this-page').getBoundingClientRect();
                 const hits = [];
                 for (const el of document.querySelectorAll('main p, main h1, main h2, main h3, main label, main li')) {{
                   const r = el.getBoundingClientRect();
                   if (r.height === 0 || el.closest('.exit-bar')) continue;
                   const overButton = r.top < button.bottom && r.bottom > button.top && r.left < button.right && r.right > button.left;
                   if (overButton && r.top >= bar.bottom - 1) hits.push(el.tagName + ': ' + el.textContent.slice(0, 40));
                 }}
                 return {{ hits, barTop: bar.top, buttonBottom: button.bottom, barBottom: bar.bottom }};"
            ),
        )
        .await;
        assert_eq!(overlaps["hits"], json!([]), "scrolled {scroll}: {overlaps}");
        assert!(
            overlaps["buttonBottom"].as_f64() <= overlaps["barBottom"].as_f64(),
            "{overlaps}"
        );
    }
    browser.screenshot("desk-phone-exit-strip").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_route_is_asked_first_and_decides_whose_dates_show() {
    let browser = phone().await;
    browser.open("/#today=2026-06-10").await;
    browser.choose_council("leeds", "leeds").await;
    // The route question comes before any date.
    let order = run(
        &browser,
        "const route = document.getElementById('route-children_statutory');
         const date = document.getElementById('complaint_received-day');
         return !!(route.compareDocumentPosition(date) & Node.DOCUMENT_POSITION_FOLLOWING)",
    )
    .await;
    assert_eq!(order, json!(true));
    browser.press("#route-corporate", Key::Space).await;
    browser
        .type_date("complaint_received", "1", "6", "2026")
        .await;
    // Corporate: 15 working days from Mon 1 Jun 2026 without an acknowledgement.
    let headline = browser
        .wait_for_text("#headline", "Corporate procedure, stage 1")
        .await;
    assert!(headline.contains("Monday 22 June 2026"), "{headline}");
    let route = browser.text("#route").await;
    assert!(
        route.contains("The council's corporate complaints procedure"),
        "{route}"
    );
    assert!(
        route.contains("Are you handling my complaint under the Children Act 1989"),
        "{route}"
    );
    // Not sure: the statutory dates, provisionally.
    browser.press("#route-not_sure", Key::Space).await;
    let headline = browser.wait_for_text("#headline", "Stage 1").await;
    assert!(headline.contains("Monday 15 June 2026"), "{headline}");
    browser.assert_accessible("the route question").await;
    browser.screenshot("route-question").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_child_protection_conference_complaint_gets_the_route_and_no_statutory_dates() {
    let browser = phone().await;
    browser.open("/#today=2026-06-10").await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .press("#route-child_protection_conference", Key::Space)
        .await;
    // No date questions for a route that is not a council complaint.
    assert!(!browser.exists("#complaint_received-day").await);
    browser.press("button[type=submit]", Key::Enter).await;
    let headline = browser
        .wait_for_text("#headline", "we show no council deadlines")
        .await;
    assert!(
        headline.contains("child protection conference"),
        "{headline}"
    );
    let route = browser.text("#route").await;
    assert!(route.contains("conference chair"), "{route}");
    assert!(!browser.exists(".deadline").await, "no deadline is shown");
    browser.assert_accessible("a conference complaint").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_corporate_complaint_goes_through_both_stages_to_the_ombudsman() {
    let browser = phone().await;
    browser.open("/#today=2026-08-03").await;
    browser.choose_council("leeds", "leeds").await;
    browser.press("#route-corporate", Key::Space).await;
    browser
        .type_date("complaint_received", "1", "6", "2026")
        .await;
    browser
        .answer_yes_with_date("stage1_response_received", "12", "6", "2026")
        .await;
    browser
        .answer_yes_with_date("stage2_requested", "15", "6", "2026")
        .await;
    // Stage 2 reply expected 25 working days after the request: Mon 20 Jul
    // 2026; today, Mon 3 Aug, it is 10 working days late.
    let headline = browser
        .wait_for_text("#headline", "Corporate procedure, stage 2")
        .await;
    assert!(headline.contains("10 working days late"), "{headline}");
    assert!(headline.contains("Monday 20 July 2026"), "{headline}");
    assert!(
        !browser.exists("#stage3_requested-yes").await,
        "no panel on this route"
    );
    browser
        .answer_yes_with_date("stage2_response_received", "31", "7", "2026")
        .await;
    // Finished: the Ombudsman's 12 months (the page used to give no date at
    // all). Without the day they first knew, the law's date at the latest,
    // from the complaint's receipt (Mon 1 Jun 2026): Mon 31 May 2027.
    let headline = browser
        .wait_for_text("#headline", "the council's procedure is complete")
        .await;
    assert!(
        headline.ends_with("go to the Ombudsman by Monday 31 May 2027 at the latest: that is the law's time limit."),
        "{headline}"
    );
    let ombudsman = browser.text(".ombudsman").await;
    assert!(ombudsman.starts_with("You can go now."), "{ombudsman}");
    assert!(
        ombudsman.contains("Date to go by: Monday 31 May 2027"),
        "{ombudsman}"
    );
    // First knew on Fri 20 Mar 2026: the law's date, Fri 19 Mar 2027, leads.
    browser
        .type_date("problem_noticed", "20", "3", "2026")
        .await;
    let headline = browser.wait_for_text("#headline", "19 March 2027").await;
    assert!(
        headline.ends_with(
            "go to the Ombudsman by Friday 19 March 2027: that is the law's time limit."
        ),
        "{headline}"
    );
    let ombudsman = browser.text(".ombudsman").await;
    assert!(
        ombudsman.contains("Date to go by: Friday 19 March 2027")
            && ombudsman
                .contains("instead gives Friday 30 July 2027: that is not a date fixed by law"),
        "{ombudsman}"
    );
    browser
        .assert_accessible("a corporate complaint, finished")
        .await;
    browser.close().await;
}
