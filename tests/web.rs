//! Component tests: real Leptos components mounted in headless Chromium
//! (wasm-bindgen-test-runner with Debian's chromedriver).
#![cfg(target_arch = "wasm32")]

use complaint_navigator::core::assessment::assess;
use complaint_navigator::core::dates::DatePart;
use complaint_navigator::core::form::answers_from_case;
use complaint_navigator::core::form::{Answer, FieldError};
use complaint_navigator::core::saved::STORE_KEY;
use complaint_navigator::ui::{CouncilChoice, KeepPanel, Keeping, Questions, Results};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../examples/mod.rs"]
mod examples;

fn fresh_root() -> HtmlElement {
    let document = document();
    let root = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root.unchecked_into()
}

fn input(root: &HtmlElement, css: &str) -> HtmlInputElement {
    root.query_selector(css).unwrap().unwrap().unchecked_into()
}

fn text(root: &HtmlElement, css: &str) -> String {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("{css} not found"))
        .text_content()
        .unwrap()
}

fn type_text(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    field.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn date_input_keeps_what_is_typed_and_shows_the_error_for_one_part() {
    let root = fresh_root();
    let mut start = complaint_navigator::core::form::Answers::default();
    start.set(
        "complaint_received",
        Answer {
            yes: None,
            day: "30".into(),
            month: "2".into(),
            year: "2026".into(),
        },
    );
    let answers = RwSignal::new(start);
    let error = RwSignal::new(None::<FieldError>);
    let problems = Memo::new(move |_| error.get().into_iter().collect::<Vec<_>>());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Questions answers=answers problems=problems touched=RwSignal::new(Vec::new())
                editing=RwSignal::new(Vec::new()) dates_left=RwSignal::new((0, Default::default())) />
        }
    });
    leptos::task::tick().await;

    assert_eq!(
        text(&root, "[data-question=complaint_received] legend"),
        "When did your complaint reach the council?"
    );
    assert_eq!(
        text(&root, "#complaint_received-hint"),
        complaint_navigator::core::form::question_by_id("complaint_received")
            .unwrap()
            .hint
    );
    let day = input(&root, "#complaint_received-day");
    let month = input(&root, "#complaint_received-month");
    assert_eq!(day.value(), "30");
    assert_eq!(month.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(month.type_(), "text");
    assert!(root.query_selector(".error-message").unwrap().is_none());

    // Typing goes back through on_change, and nothing else is touched.
    type_text(&month, "March");
    leptos::task::tick().await;
    let typed = answers.with_untracked(|a| a.get("complaint_received").cloned().unwrap());
    assert_eq!(typed.month, "March");
    assert_eq!(typed.day, "30");

    // An error on the month highlights only the month box and is linked to the group.
    error.set(Some(FieldError {
        question: "complaint_received",
        part: DatePart::Month,
        message: "The month of the date must be a number from 1 to 12".into(),
    }));
    leptos::task::tick().await;
    assert_eq!(
        text(&root, ".error-message"),
        "Error: The month of the date must be a number from 1 to 12"
    );
    assert!(month.class_name().contains("input-error"));
    assert!(!day.class_name().contains("input-error"));
    let group = root
        .query_selector("[data-question=complaint_received] fieldset")
        .unwrap()
        .unwrap();
    assert_eq!(
        group.get_attribute("aria-describedby").as_deref(),
        Some("complaint_received-hint complaint_received-error")
    );
    assert_eq!(month.value(), "March", "the typed text survives the error");
}

#[wasm_bindgen_test]
async fn results_show_the_headline_each_date_with_its_working_and_source() {
    let root = fresh_root();
    // The Christmas example, as of Monday 12 January 2026: the reply was
    // due on Wednesday 7 January (10 working days after Friday 19 December,
    // skipping Christmas, Boxing Day and New Year's Day).
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap();
    let assessment = assess(&examples::case("christmas"), today).unwrap();
    let shown = Memo::new(move |_| Some(assessment.clone()));
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let needs_fixing: Option<String> = None;
        view! { <Results assessment=shown needs_fixing=needs_fixing /> }
    });
    leptos::task::tick().await;

    assert_eq!(text(&root, "#where-you-stand"), "3. Where you stand");
    let page = root.text_content().unwrap();
    assert!(
        page.contains(
            "Stage 1: the council's reply is 3 working days late. It was due by Wednesday 7 January 2026."
        ),
        "{page}"
    );
    let reply = text(&root, "#deadline-stage1_response");
    assert!(reply.contains("The council's stage 1 reply"), "{reply}");
    assert!(reply.contains("Wednesday 7 January 2026"), "{reply}");
    assert!(reply.contains("Overdue by 3 working days"), "{reply}");
    assert!(reply.contains("SI 2006/1738 reg 14"), "{reply}");
    assert!(reply.contains("Christmas Day"), "{reply}");
    let longest = text(&root, "#deadline-stage1_response_extended");
    assert!(longest.contains("Wednesday 21 January 2026"), "{longest}");
    // The source opens in a new tab and says so to a screen reader.
    let source = root
        .query_selector("#deadline-stage1_response a[target=_blank]")
        .unwrap()
        .expect("a link to the regulation");
    assert_eq!(
        source.get_attribute("href").as_deref(),
        Some("https://www.legislation.gov.uk/uksi/2006/1738/regulation/14")
    );
    assert!(source
        .text_content()
        .unwrap()
        .contains("opens in a new tab"));
}

/// A result redrawn while focus is inside it (a council's wording arriving
/// as someone reads by keyboard) keeps focus on the same link.
#[wasm_bindgen_test]
async fn a_redrawn_result_keeps_focus_where_it_was() {
    let root = fresh_root();
    let case = examples::case("christmas");
    let on = |day| {
        assess(
            &case,
            chrono::NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
        )
        .unwrap()
    };
    let today = RwSignal::new(12);
    let (first, second) = (on(12), on(13));
    let shown = Memo::new(move |_| {
        Some(if today.get() == 12 {
            first.clone()
        } else {
            second.clone()
        })
    });
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let needs_fixing: Option<String> = None;
        view! { <Results assessment=shown needs_fixing=needs_fixing /> }
    });
    leptos::task::tick().await;
    let link = "#route a[target=_blank]";
    let source: web_sys::HtmlElement = root
        .query_selector(link)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    source.focus().unwrap();
    today.set(13);
    leptos::task::tick().await;
    let reply = text(&root, "#deadline-stage1_response");
    assert!(reply.contains("Overdue by 4 working days"), "{reply}");
    let now = root.query_selector(link).unwrap().unwrap();
    assert!(!now.is_same_node(Some(&source)), "redrawn");
    let active = window().document().unwrap().active_element().unwrap();
    assert!(active.is_same_node(Some(&now)), "{:?}", active.outer_html());
}

#[wasm_bindgen_test]
async fn the_keep_panel_saves_the_case_with_its_name_and_says_so() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(STORE_KEY).unwrap();
    let root = fresh_root();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap();
    let case = examples::case("christmas");
    let assessment = assess(&case, today).unwrap();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let council = RwSignal::new(Some(CouncilChoice::Statutory));
        let answers = RwSignal::new(answers_from_case(&case));
        provide_context(Keeping::start(
            today,
            council,
            answers,
            RwSignal::new(false),
            false,
            false,
        ));
        let shown = Signal::derive(move || Some(assessment.clone()));
        view! { <KeepPanel assessment=shown /> }
    });
    leptos::task::tick().await;

    // Nothing is stored until the family asks.
    assert_eq!(storage.get_item(STORE_KEY).unwrap(), None);
    type_text(&input(&root, "#case-label"), "Family A");
    let save: HtmlElement = root
        .query_selector("#save-case")
        .unwrap()
        .unwrap()
        .unchecked_into();
    save.click();
    leptos::task::tick().await;

    assert_eq!(
        text(&root, "#keep-panel-notice"),
        "Saved on this device as Family A."
    );
    let stored = storage.get_item(STORE_KEY).unwrap().expect("the store");
    assert!(
        stored.contains("\"label\":\"Family A\"") || stored.contains("\"label\": \"Family A\""),
        "{stored}"
    );
    assert!(stored.contains("2025-12-19"), "{stored}");
    // Saved as it is shown: the button now offers to save changes.
    assert_eq!(text(&root, "#save-case"), "Save the changes");
    storage.remove_item(STORE_KEY).unwrap();
}
