//! The text layer: the static first paint in index.html says what the app's
//! first screen says, and every language table is complete.

#![cfg(not(target_arch = "wasm32"))]

use complaint_navigator::text::{en, words, Lang};

fn static_page() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap()
}

#[test]
fn the_static_first_paint_says_what_the_first_screen_says() {
    let page = static_page();
    for text in [en::HEADING, en::LEAD, en::PRIVACY] {
        assert!(page.contains(text), "index.html does not say: {text}");
    }
    assert!(page.contains(&format!("<strong>{}</strong>", en::PRIVACY_LABEL)));
}

#[test]
fn an_unknown_language_falls_back_to_english() {
    assert_eq!(Lang::from_tag("cy"), Lang::English);
    assert_eq!(Lang::from_tag("EN-GB"), Lang::English);
    let english = words(Lang::English);
    assert_eq!(
        (english.step_state)(complaint_navigator::core::assessment::StepState::Open),
        "You can go now"
    );
    assert_eq!(
        (english.amount)(
            1,
            complaint_navigator::core::assessment::TimeUnit::WorkingDays
        ),
        "1 working day"
    );
}
