//! Typing dates and councils as people do, in headless Chromium: Enter in
//! the council search picks the only match or the one reached with the
//! arrow keys (and never submits the form), slips of spelling still find the
//! council, and a whole date pasted into the day box is split across the
//! three boxes and announced. The pure parts are tested in tests/typing_core.rs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use support::Browser;

const TODAY: &str = "/#today=2026-01-05";

fn key(key: Key) -> String {
    String::from(char::from(key))
}

/// Presses a key on whatever has focus (arrow keys move focus in the list).
async fn press_on_focused(browser: &Browser, pressed: Key) {
    let focused = browser.client.active_element().await.unwrap();
    focused.send_keys(&key(pressed)).await.unwrap();
}

/// Empties a text box with the keyboard, as a user would (so the page hears it).
async fn clear(browser: &Browser, id: &str) {
    let keys = format!(
        "{}a{}{}",
        key(Key::Control),
        key(Key::Null),
        key(Key::Backspace)
    );
    browser.type_into(id, &keys).await;
    assert_eq!(browser.value(id).await, "", "#{id} should be empty");
}

/// Tabs from a date's day box through its month and year, and out.
async fn tab_through_date(browser: &Browser, question: &str) {
    for part in ["day", "month", "year"] {
        browser
            .press(&format!("#{question}-{part}"), Key::Tab)
            .await;
    }
}

/// Enter in the search box chose nothing and submitted nothing.
async fn assert_nothing_chosen_or_submitted(browser: &Browser) {
    assert!(!browser.exists("#council-chosen").await);
    assert!(!browser.exists("#error-summary").await);
    assert!(browser.exists("#council-search").await);
}

async fn id_of(browser: &Browser, css: &str) -> String {
    browser
        .wait_for(css)
        .await
        .attr("id")
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn enter_and_the_arrow_keys_choose_a_council_even_misspelt() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;

    // A slip of spelling, then Enter (a phone's "Go"): the only match is chosen.
    browser.type_into("council-search", "Thurock").await;
    browser
        .wait_for_text("#council-count", "1 council matches.")
        .await;
    assert!(browser.exists("#council-thurrock").await);
    browser.press("#council-search", Key::Enter).await;
    browser
        .wait_for_text("#council-chosen", "Thurrock Council")
        .await;
    browser.wait_for_focus("council-chosen").await;
    assert!(
        !browser.exists("#error-summary").await,
        "Enter submitted the form"
    );

    browser.press("#council-chosen button", Key::Enter).await;
    browser.wait_for_focus("council-search").await;
    clear(&browser, "council-search").await;
    browser.type_into("council-search", "leeds").await;
    browser.wait_for("#council-leeds").await;
    browser.press("#council-search", Key::Enter).await;
    browser
        .wait_for_text("#council-chosen", "Leeds City Council")
        .await;

    // Several councils match: Enter alone asks the user to choose one.
    browser.press("#council-chosen button", Key::Enter).await;
    browser.wait_for_focus("council-search").await;
    clear(&browser, "council-search").await;
    browser.type_into("council-search", "north").await;
    browser
        .wait_for_text("#council-count", "councils match")
        .await;
    browser.press("#council-search", Key::Enter).await;
    browser
        .wait_for_text("#council-count", "Choose one from the list")
        .await;
    assert_nothing_chosen_or_submitted(&browser).await;

    // Down, down, up, up (back in the box), down, down: the second council
    // in the list has focus, and Enter picks it.
    let first_id = id_of(&browser, ".council-options li:nth-child(1) button").await;
    let second_id = id_of(&browser, ".council-options li:nth-child(2) button").await;
    let second = browser
        .text(".council-options li:nth-child(2) button")
        .await;
    browser.press("#council-search", Key::Down).await;
    browser.wait_for_focus(&first_id).await;
    press_on_focused(&browser, Key::Down).await;
    browser.wait_for_focus(&second_id).await;
    press_on_focused(&browser, Key::Up).await;
    browser.wait_for_focus(&first_id).await;
    press_on_focused(&browser, Key::Up).await;
    browser.wait_for_focus("council-search").await;
    browser.press("#council-search", Key::Down).await;
    browser.wait_for_focus(&first_id).await;
    press_on_focused(&browser, Key::Down).await;
    browser.wait_for_focus(&second_id).await;
    assert_nothing_chosen_or_submitted(&browser).await;
    press_on_focused(&browser, Key::Enter).await;
    browser.wait_for_text("#council-chosen", &second).await;
    browser.wait_for_focus("council-chosen").await;
    assert!(!browser.exists("#error-summary").await);
    browser.assert_private().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_whole_date_pasted_into_the_day_box_fills_all_three() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser.wait_for("#complaint_received-day").await;

    // Copy the date from another box, as from a letter, and paste it with the keyboard.
    browser
        .client
        .execute(
            "const source = document.createElement('input');
             source.id = 'copy-source';
             source.value = '19/12/2025';
             document.body.appendChild(source);",
            vec![],
        )
        .await
        .unwrap();
    let control = key(Key::Control);
    let source = browser.wait_for("#copy-source").await;
    source.send_keys(&format!("{control}ac")).await.unwrap();
    browser
        .client
        .execute("document.getElementById('copy-source').remove()", vec![])
        .await
        .unwrap();
    browser
        .type_into("complaint_received-day", &format!("{control}v"))
        .await;

    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you pasted into day, month and year: 19 December 2025.",
        )
        .await;
    assert_boxes(&browser, ["19", "12", "2025"]).await;
    browser.wait_for_focus("complaint_received-year").await;
    let region = browser.wait_for("#complaint_received-split").await;
    assert_eq!(
        region.attr("aria-live").await.unwrap().as_deref(),
        Some("polite")
    );
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    browser.screenshot("date-split").await;

    // The month changed by hand: what was said about the split goes.
    browser.type_into("complaint_received-month", "x").await;
    for _ in 0..50 {
        if browser.text("#complaint_received-split").await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(browser.text("#complaint_received-split").await, "");

    // Typed key by key: nothing changes until the user leaves the box.
    clear_date(&browser).await;
    browser.type_into("complaint_received-day", "7.1.26").await;
    assert_eq!(browser.value("complaint_received-day").await, "7.1.26");
    assert_eq!(browser.value("complaint_received-month").await, "");
    browser
        .type_into("complaint_received-day", &key(Key::Tab))
        .await;
    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you typed into day, month and year: 7 January 2026.",
        )
        .await;
    assert_boxes(&browser, ["7", "1", "2026"]).await;
    browser.wait_for_focus("complaint_received-month").await;

    // Figures alone, as a phone's number pad types them (it has no "/"):
    // split, day first, when the box is left.
    clear_date(&browser).await;
    browser
        .type_into("complaint_received-day", "19122025")
        .await;
    assert_eq!(browser.value("complaint_received-month").await, "");
    browser
        .type_into("complaint_received-day", &key(Key::Tab))
        .await;
    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you typed into day, month and year: 19 December 2025.",
        )
        .await;
    assert_boxes(&browser, ["19", "12", "2025"]).await;
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;

    // Not a whole date: left as typed, with what to do instead.
    clear(&browser, "complaint_received-day").await;
    browser
        .type_into("complaint_received-day", &format!("1/2{}", key(Key::Tab)))
        .await;
    browser
        .wait_for_text(
            "#complaint_received-split",
            "Type the day in the first box, the month in the second and the year in the third",
        )
        .await;
    assert_eq!(browser.value("complaint_received-day").await, "1/2");
    browser.assert_private().await;
}

/// Empties the complaint date's three boxes with the keyboard.
async fn clear_date(browser: &Browser) {
    for part in ["day", "month", "year"] {
        clear(browser, &format!("complaint_received-{part}")).await;
    }
}

/// The complaint date's three boxes hold these.
async fn assert_boxes(browser: &Browser, date: [&str; 3]) {
    for (part, expected) in ["day", "month", "year"].into_iter().zip(date) {
        assert_eq!(
            browser.value(&format!("complaint_received-{part}")).await,
            expected,
            "{part}"
        );
    }
}

/// A whole date in the month's or the year's box is split as in the day's
/// (found in a walkthrough: "07/01/2026" in the month box was refused as a
/// date "must include a day and year"), and a day may be written "19th".
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_whole_date_in_the_month_or_year_box_is_split_too() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser.wait_for("#complaint_received-day").await;

    // Typed in the month box, split when it is left.
    browser
        .type_into("complaint_received-month", "19/12/2025")
        .await;
    assert_eq!(browser.value("complaint_received-day").await, "");
    browser
        .type_into("complaint_received-month", &key(Key::Tab))
        .await;
    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you typed into day, month and year: 19 December 2025.",
        )
        .await;
    assert_boxes(&browser, ["19", "12", "2025"]).await;
    browser.wait_for_focus("complaint_received-year").await;
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    assert!(!browser.exists("#complaint_received-error").await);

    // Typed in the year box, with a two-figure year.
    clear_date(&browser).await;
    browser
        .type_into(
            "complaint_received-year",
            &format!("22.12.25{}", key(Key::Tab)),
        )
        .await;
    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you typed into day, month and year: 22 December 2025.",
        )
        .await;
    assert_boxes(&browser, ["22", "12", "2025"]).await;
    // Received Monday 22 December: the 10th working day after it, with 25
    // and 26 December and 1 January skipped, is Thursday 8 January.
    browser
        .wait_for_text("#headline", "Thursday 8 January 2026")
        .await;

    // A month and a year alone are left for the month box's own error.
    clear_date(&browser).await;
    browser
        .type_into(
            "complaint_received-month",
            &format!("12/2025{}", key(Key::Tab)),
        )
        .await;
    assert_eq!(browser.value("complaint_received-month").await, "12/2025");
    assert_eq!(browser.text("#complaint_received-split").await, "");

    // A day as people say it.
    clear(&browser, "complaint_received-month").await;
    browser
        .type_date("complaint_received", "19th", "12", "2025")
        .await;
    tab_through_date(&browser, "complaint_received").await;
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    assert!(!browser.exists("#complaint_received-error").await);
    browser.assert_private().await;
}

/// After "Show where I stand", a "yes" chosen since has no error before its
/// date has had a chance (found in a walkthrough: the red "Enter the date"
/// came with the click). It comes once the boxes are left empty, or with
/// the next press.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_yes_chosen_after_sending_waits_for_its_date_before_an_error() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;

    browser
        .press("#stage1_response_received-yes", Key::Space)
        .await;
    browser.wait_for("#stage1_response_received-day").await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!browser.exists("#stage1_response_received-error").await);
    assert!(!browser.exists("#error-summary").await);

    // Into the empty boxes and out again: now it says what is missing.
    tab_through_date(&browser, "stage1_response_received").await;
    let error = browser
        .wait_for_text("#stage1_response_received-error", "Enter the date")
        .await;
    assert!(error.contains("the council's reply"), "{error}");

    // A date typed after sending: no error on the way to the month; once
    // the boxes are left half done, it says what is missing.
    browser
        .press("#stage1_response_received-day", Key::Home)
        .await;
    browser.type_into("stage1_response_received-day", "2").await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!browser.exists("#stage1_response_received-error").await);
    tab_through_date(&browser, "stage1_response_received").await;
    browser
        .wait_for_text(
            "#stage1_response_received-error",
            "must include a month and year",
        )
        .await;

    // A second "yes", then "Show where I stand": both are named.
    browser
        .press("#acknowledgement_received-yes", Key::Space)
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!browser.exists("#acknowledgement_received-error").await);
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("error-summary").await;
    let summary = browser.text("#error-summary").await;
    assert!(summary.contains("the council's reply"), "{summary}");
    assert!(
        browser.exists("#acknowledgement_received-error").await,
        "{summary}"
    );
    browser.close().await;
}

/// An answer being changed (a "Yes" chosen, its date not reached) when a
/// link replaces the answers: the link's own date that needs fixing is
/// named at once, not held back as if still being typed.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_link_opened_while_an_answer_is_changed_shows_its_own_errors() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    // "Yes" chosen, its date not reached: being changed.
    browser
        .press("#acknowledgement_received-yes", Key::Space)
        .await;
    browser
        .follow_fragment("today=2026-01-05&council=leeds&complaint_received=2025-12-19&acknowledgement_received=2025-02-30")
        .await;
    browser.wait_for_focus("confirm-replace").await;
    browser.press("#confirm-replace-yes", Key::Enter).await;
    browser.wait_for_focus("link-problem").await;
    assert_eq!(browser.value("acknowledgement_received-day").await, "30");
    let error = browser
        .wait_for_text("#acknowledgement_received-error", "real date")
        .await;
    assert!(error.contains("February 2025"), "{error}");
    browser.close().await;
}

/// A complaint date moved after the reply's: the error is on the reply's
/// date, and the result still shown was counted with the old complaint date
/// too, which the note now names (found in a walkthrough: it named only the
/// reply's, while the box showed the new complaint date).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_note_names_every_date_the_result_shown_was_counted_with() {
    let browser = Browser::start().await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser
        .answer_yes_with_date("stage1_response_received", "2", "1", "2026")
        .await;
    browser
        .press("#stage1_response_received-year", Key::Tab)
        .await;
    // 20 working days after Friday 2 January 2026.
    browser
        .wait_for_text("#headline", "Friday 30 January 2026")
        .await;
    clear(&browser, "complaint_received-day").await;
    browser.type_into("complaint_received-day", "5").await;
    clear(&browser, "complaint_received-month").await;
    browser.type_into("complaint_received-month", "1").await;
    clear(&browser, "complaint_received-year").await;
    browser.type_into("complaint_received-year", "2026").await;
    browser.press("#complaint_received-year", Key::Tab).await;
    let note = browser.wait_for_text("#needs-fixing", "needs fixing").await;
    // The complaint date the result shown was counted with is named (the
    // last that stood, not the one now in the boxes), with the reply's.
    assert!(
        note.contains("with the date the council got your complaint as "),
        "the complaint date counted is named: {note}"
    );
    assert!(!note.contains("Monday 5 January 2026"), "{note}");
    assert!(
        note.contains("the date you got the council's reply as Friday 2 January 2026"),
        "{note}"
    );
    browser.close().await;
}

/// A date pasted on a phone, with its boxes at the foot of the screen:
/// focus goes to the year, and what the page says about the split (just
/// below the boxes) comes into view with it (found in a walkthrough: it
/// sat just off the screen).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_date_pasted_on_a_phone_shows_what_was_done() {
    let browser = Browser::start_with(support::Site::serve(support::dist_dir()), 320, 640).await;
    browser.open(TODAY).await;
    browser.choose_council("leeds", "leeds").await;
    browser.wait_for("#complaint_received-day").await;
    browser
        .client
        .execute(
            "const day = document.getElementById('complaint_received-day');
             day.scrollIntoView({ block: 'end' });
             day.focus({ preventScroll: true });
             day.value = '19/12/2025';
             day.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
            vec![],
        )
        .await
        .unwrap();
    browser
        .wait_for_text(
            "#complaint_received-split",
            "We split the date you pasted into day, month and year: 19 December 2025.",
        )
        .await;
    browser.wait_for_focus("complaint_received-year").await;
    let mut seen = serde_json::Value::Null;
    for _ in 0..50 {
        seen = browser
            .client
            .execute(
                "const note = document.getElementById('complaint_received-split').getBoundingClientRect();
                 const year = document.getElementById('complaint_received-year').getBoundingClientRect();
                 return [note.bottom <= window.innerHeight, year.top >= 0, note.height > 0];",
                vec![],
            )
            .await
            .unwrap();
        if seen == serde_json::json!([true, true, true]) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        seen,
        serde_json::json!([true, true, true]),
        "the note and the year box on the screen"
    );
    browser.close().await;
}
