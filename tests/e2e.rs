//! End-to-end tests of the built site (`dist/`) in headless Chromium.
//! Run by scripts/test after `trunk build --release`; ignored by a plain
//! `cargo test` because they need the built site and the browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use support::Browser;

const NEEDS: &str = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test";

/// Today is fixed through the URL fragment, never read from the clock.
const MONDAY_5_JANUARY_2026: &str = "/#today=2026-01-05";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
async fn first_screen_picks_a_council_and_counts_a_date_privately() {
    let _ = NEEDS;
    let browser = Browser::start().await;
    browser.open(MONDAY_5_JANUARY_2026).await;

    assert_eq!(
        browser.text("h1").await,
        "Check where your complaint stands"
    );
    assert_eq!(
        browser.client.title().await.unwrap(),
        "Complaint Navigator: check where your complaint stands"
    );
    assert!(browser
        .text(".today-line")
        .await
        .contains("Monday 5 January 2026"));

    browser.type_into("council-search", "leeds").await;
    assert_eq!(browser.text("#council-count").await, "1 council matches.");
    browser.press("#council-leeds", Key::Enter).await;
    assert_eq!(browser.active_id().await, "council-chosen");
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: Leeds City Council"
    );

    // The GOV.UK date pattern: three numeric text boxes, month names accepted.
    let day = browser.wait_for("#complaint_received-day").await;
    assert_eq!(
        day.attr("inputmode").await.unwrap().as_deref(),
        Some("numeric")
    );
    browser
        .type_date("complaint_received", "19", "Dec", "2025")
        .await;

    // Fri 19 Dec 2025 is day 0; skipping 25 and 26 Dec and 1 Jan, day 10 is Wed 7 Jan 2026,
    // two working days after Monday 5 January.
    let headline = browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    assert!(headline.contains("2 working days"), "{headline}");
    let reply = browser.text("#deadline-stage1_response").await;
    assert!(reply.contains("Wednesday 7 January 2026"), "{reply}");
    assert!(reply.contains("Upcoming: 2 working days left"), "{reply}");

    browser.assert_private().await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.screenshot("first-screen").await;
    browser.close().await;
}
