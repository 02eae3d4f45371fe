//! The widget embedded in a host page served from a different origin, with
//! the snippet the builder page hands out and `embed.js`, in headless Chromium.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use complaint_navigator::core::embed::{ALLOW, SANDBOX};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::{json, Value};
use support::{dist_dir, Browser, Cdp, Site};

/// Writes a charity's page holding `body` and serves it on its own port (another origin).
fn host_page(name: &str, body: &str) -> Site {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("host-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">\
         <title>A charity's page</title></head>\
         <body><main><h1>Help with a complaint</h1><p>Use the tool below.</p>{body}<p id=\"after\">After the widget.</p></main></body></html>"
    );
    std::fs::write(dir.join("index.html"), html).unwrap();
    Site::serve(dir)
}

/// Waits until the page's code for `id` contains `expected`, and returns it.
async fn wait_for_value(browser: &Browser, id: &str, expected: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let value = browser.value(id).await;
        if value.contains(expected) {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "#{id} never had {expected:?}: {value}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Opens the builder page as a charity would, starts the widget on `council`
/// (locked) with the colour `accent`, and copies the code from the page.
async fn snippet_from_builder(browser: &Browser, council: &str, accent: &str) -> String {
    browser
        .client
        .goto(&browser.url("/?embed-builder"))
        .await
        .unwrap();
    browser
        .wait_for("#council")
        .await
        .select_by_value(council)
        .await
        .unwrap();
    browser.press("#lock-council", Key::Space).await;
    browser.type_into("accent", accent).await;
    let expected = format!(
        "?embed&council={council}&lock=1&accent=%23{}\"",
        accent.trim_start_matches('#')
    );
    wait_for_value(browser, "snippet", &expected).await
}

/// The builder's snippet for Leeds, changed by `edit` as a charity might,
/// on a host page of another origin, with the console's messages from
/// then on kept and the widget entered. The host lives as long as the
/// value returned.
async fn widget_from_edited_snippet(
    browser: &Browser,
    name: &str,
    edit: impl Fn(String) -> String,
) -> Site {
    let code = edit(snippet_from_builder(browser, "leeds", "#005ea5").await);
    let host = host_page(name, &code);
    browser.console_messages().await;
    open_host_and_enter_frame(browser, &host).await;
    host
}

/// Three real Shift presses (down and up), as a person makes them.
async fn press_shift_three_times(browser: &Browser) {
    let shift = char::from(Key::Shift);
    let mut presses = KeyActions::new("keyboard".to_string());
    for _ in 0..3 {
        presses = presses
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Up { value: shift });
    }
    browser.client.perform_actions(presses).await.unwrap();
}

async fn history_length(browser: &Browser) -> u64 {
    browser
        .client
        .execute("return history.length", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap()
}

/// Console messages that say the frame's sandbox or permissions stopped something.
fn blocked(messages: &[String]) -> Vec<String> {
    messages
        .iter()
        .filter(|m| {
            let m = m.to_ascii_lowercase();
            [
                "blocked",
                "sandbox",
                "allow-",
                "disallowed",
                "ignored call",
                "permissions policy",
                "not allowed",
            ]
            .iter()
            .any(|word| m.contains(word))
        })
        .cloned()
        .collect()
}

/// A fresh folder for the browser's real downloads (not intercepted: the sandbox decides).
async fn allow_downloads(browser: &Browser, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("downloads-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    browser
        .client
        .issue_cmd(Cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        ))
        .await
        .unwrap();
    dir
}

async fn downloaded(dir: &Path, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(text) = std::fs::read_to_string(dir.join(name)) {
            if !text.is_empty() {
                return text;
            }
        }
        let seen: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(Instant::now() < deadline, "no {name} downloaded: {seen:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Opens the host page and moves into the widget's frame.
async fn open_host_and_enter_frame(browser: &Browser, host: &Site) {
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    enter_widget(browser).await;
}

/// Moves into the widget's frame (the first on the host page).
async fn enter_widget(browser: &Browser) {
    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
}

async fn frame_height(browser: &Browser) -> f64 {
    browser
        .client
        .execute(
            "return document.querySelector('iframe').clientHeight",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

/// Inside the frame: the content wrapper's height, and whether the frame scrolls.
async fn content_height_and_overflow(browser: &Browser) -> (f64, bool) {
    let frame = browser.wait_for("iframe").await;
    frame.enter_frame().await.unwrap();
    let measured = browser
        .client
        .execute(
            "const e = document.documentElement;
             return [document.getElementById('app-content').getBoundingClientRect().height,
                     e.scrollHeight > e.clientHeight + 1];",
            vec![],
        )
        .await
        .unwrap();
    browser.client.enter_parent_frame().await.unwrap();
    (
        measured[0].as_f64().unwrap(),
        measured[1].as_bool().unwrap(),
    )
}

/// Waits until the frame's height matches its content (within 3 px) and returns it.
async fn settled_height(browser: &Browser, differs_from: f64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let outer = frame_height(browser).await;
        let (content, overflows) = content_height_and_overflow(browser).await;
        if (outer - content.ceil()).abs() <= 3.0
            && (outer - differs_from).abs() > 20.0
            && !overflows
        {
            return outer;
        }
        if Instant::now() > deadline {
            let frame = browser.wait_for("iframe").await;
            frame.enter_frame().await.unwrap();
            let sizes = browser
                .client
                .execute(
                    "const e = document.documentElement; const h = document.body.getBoundingClientRect().height; const out = [...document.querySelectorAll('*')].filter(x => x.getBoundingClientRect().bottom + scrollY > h + 1).map(x => x.tagName + '.' + x.className + '#' + x.id + ' ' + Math.round(x.getBoundingClientRect().bottom + scrollY)); return [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight, document.body.scrollHeight, out.slice(0, 8)];",
                    vec![],
                )
                .await
                .unwrap();
            panic!("frame height {outer} never settled to its content {content} (overflow: {overflows}; sizes {sizes})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_widget_presets_its_council_and_fits_its_content() {
    let browser = Browser::start_with(Site::serve(dist_dir()), 1280, 900).await;
    let app = browser.site.origin.clone();
    // The builder's snippet, with today fixed for the test (a fragment reaches no server).
    let code = snippet_from_builder(&browser, "thurrock", "#005ea5")
        .await
        .replacen("\" title=", "#today=2026-01-05\" title=", 1);
    let host = host_page("preset", &code);
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();

    let first = settled_height(&browser, 900.0).await;
    let frame = browser.wait_for("iframe").await;
    assert_eq!(
        frame.attr("title").await.unwrap().as_deref(),
        Some("Complaint Navigator: check where your children's social care complaint stands")
    );

    frame.enter_frame().await.unwrap();
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: Thurrock Council"
    );
    assert!(
        !browser.exists("#council-chosen button").await,
        "the council is locked"
    );
    assert!(browser
        .text(".embed-bar")
        .await
        .contains("Guidance, not legal advice."));
    assert!(!browser.exists(".site-header").await);
    let accent = browser
        .client
        .execute("return getComputedStyle(document.querySelector('button[type=submit]')).backgroundColor", vec![])
        .await
        .unwrap();
    assert_eq!(accent.as_str(), Some("rgb(0, 94, 165)"));
    browser.assert_accessible("the widget").await;

    // Grows with the result...
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.wait_for_text("#headline", "2026").await;
    // Its own council's published procedure came alone (the host learnt the
    // council with the frame's address), not every council's.
    browser
        .wait_for_text(".council-info .contacts", "01375 652 643")
        .await;
    let fetched = browser.fetched_files().await;
    assert!(
        fetched.contains(&"thurrock.json".to_string()),
        "{fetched:?}"
    );
    assert!(
        !fetched.iter().any(|f| f.starts_with("councils-")),
        "{fetched:?}"
    );
    browser.client.enter_parent_frame().await.unwrap();
    let grown = settled_height(&browser, first).await;
    assert!(grown > first + 300.0, "{first} -> {grown}");

    // ...and shrinks when a question folds away.
    enter_widget(&browser).await;
    browser
        .press("#stage1_response_received-yes", Key::Space)
        .await;
    browser.wait_for("#stage1_response_received-day").await;
    browser.client.enter_parent_frame().await.unwrap();
    let with_date = settled_height(&browser, grown).await;
    enter_widget(&browser).await;
    browser
        .press("#stage1_response_received-no", Key::Space)
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let folded = settled_height(&browser, with_date).await;
    assert!(folded < with_date, "{with_date} -> {folded}");

    enter_widget(&browser).await;
    browser.assert_accessible("the widget's result").await;
    browser.assert_nothing_stored().await;
    browser.client.enter_parent_frame().await.unwrap();
    browser.assert_requests_only_to(&[&app, &host.origin]).await;
    browser
        .screenshot_widths("embed-host", &[320, 360, 1280])
        .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_sandboxed_widget_without_same_origin_still_counts() {
    let browser = Browser::start_with(Site::serve(dist_dir()), 1280, 900).await;
    let app = browser.site.origin.clone();
    let frame = format!(
        "<iframe src=\"{app}/?embed&council=essex#today=2026-01-05\" title=\"Complaint Navigator\" data-complaint-navigator \
         width=\"100%\" height=\"900\" sandbox=\"allow-scripts\"></iframe><script src=\"{app}/embed.js\"></script>"
    );
    let host = host_page("sandboxed", &frame);
    open_host_and_enter_frame(&browser, &host).await;
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: Essex County Council"
    );
    // The stylesheet passes its integrity check from an opaque origin too.
    let margin = browser
        .client
        .execute("return getComputedStyle(document.body).marginTop", vec![])
        .await
        .unwrap();
    assert_eq!(margin.as_str(), Some("0px"), "our stylesheet applies");
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    // Fri 19 Dec 2025 + 10 working days (skipping 25, 26 Dec and 1 Jan) = Wed 7 Jan 2026.
    let headline = browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    assert!(headline.starts_with("Stage 1"), "{headline}");
    // No storage without allow-same-origin: saving says so, the rest works.
    let saving = browser.text("#saving-unavailable").await;
    assert!(
        saving.starts_with("Saving is not available here"),
        "{saving}"
    );
    browser.client.enter_parent_frame().await.unwrap();
    // The height still arrives from an opaque origin.
    settled_height(&browser, 900.0).await;
    browser.assert_requests_only_to(&[&app, &host.origin]).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn script_like_parameters_do_nothing() {
    let browser = Browser::start_with(Site::serve(dist_dir()), 1280, 900).await;
    let app = browser.site.origin.clone();
    let frame = format!(
        "<iframe src=\"{app}/?embed&council=%3Cscript%3Ewindow.top.pwned%3D1%3C%2Fscript%3E&lock=1\
         &accent=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=%3Csvg%20onload%3Dalert(1)%3E\" \
         title=\"Complaint Navigator\" data-complaint-navigator width=\"100%\" height=\"900\"></iframe>\
         <script src=\"{app}/embed.js\"></script>"
    );
    let host = host_page("hostile", &frame);
    open_host_and_enter_frame(&browser, &host).await;
    // No preset council: the search box shows, and nothing was injected.
    browser.wait_for("#council-search").await;
    let page = browser.text("body").await;
    assert!(
        !page.contains("<script") && !page.contains("onerror"),
        "{page}"
    );
    assert!(browser
        .client
        .find(Locator::Css("img, svg[onload]"))
        .await
        .is_err());
    let button = browser
        .client
        .execute(
            "return getComputedStyle(document.documentElement).getPropertyValue('--button')",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(button.as_str(), Some(""), "no accent applied");
    assert!(
        browser.client.get_alert_text().await.is_err(),
        "no alert opened"
    );
    browser.client.enter_parent_frame().await.unwrap();
    let pwned = browser
        .client
        .execute("return window.pwned === undefined", vec![])
        .await
        .unwrap();
    assert_eq!(pwned.as_bool(), Some(true));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_builder_page_makes_the_snippet_and_refuses_pale_colours() {
    let browser = Browser::start().await;
    browser
        .client
        .goto(&browser.url("/?embed-builder"))
        .await
        .unwrap();
    assert_eq!(
        browser.text("h1").await,
        "Put Complaint Navigator on your website"
    );
    // It asks the charity, not a family.
    assert_eq!(
        browser.text("label[for=council]").await,
        "Which council should the widget start with?"
    );
    browser
        .wait_for("#council")
        .await
        .select_by_value("north-somerset")
        .await
        .unwrap();
    browser.press("#lock-council", Key::Space).await;
    browser.type_into("accent", "#ffdd00").await;
    let error = browser.text("#accent-error").await;
    assert!(error.contains("#ffdd00 is too light"), "{error}");
    let code = wait_for_value(&browser, "snippet", "council=north-somerset&lock=1").await;
    assert!(
        !code.contains("accent"),
        "a refused colour is left out: {code}"
    );

    let accent = browser.wait_for("#accent").await;
    accent.clear().await.unwrap();
    accent.send_keys("blue-ish").await.unwrap();
    let error = browser.text("#accent-error").await;
    assert!(error.ends_with("Use a colour like #1d4f91"), "{error}");
    accent.clear().await.unwrap();
    accent.send_keys("#005ea5").await.unwrap();
    let app = browser.site.origin.clone();
    let expected = format!("src=\"{app}/?embed&council=north-somerset&lock=1&accent=%23005ea5\"");
    let code = wait_for_value(&browser, "snippet", &expected).await;
    assert!(
        code.contains(&format!("<script src=\"{app}/embed.js\" defer></script>")),
        "{code}"
    );
    // "Copied." (or why not) is about the code as it was: a change clears it.
    browser.press("#copy-snippet", Key::Enter).await;
    browser.wait_for_text("#copy-status", "C").await;
    browser.press("#lock-council", Key::Space).await;
    wait_for_value(&browser, "snippet", "council=north-somerset&accent").await;
    assert_eq!(browser.text("#copy-status").await, "");
    browser.press("#lock-council", Key::Space).await;
    wait_for_value(&browser, "snippet", &expected).await;
    assert!(
        code.contains(&format!("sandbox=\"{SANDBOX}\" allow=\"{ALLOW}\"")),
        "{code}"
    );
    // The preview is the snippet's own frame: same address, same sandbox.
    let preview = browser.wait_for("iframe.preview").await;
    assert_eq!(
        preview.attr("src").await.unwrap().as_deref(),
        Some(format!("{app}/?embed&council=north-somerset&lock=1&accent=%23005ea5").as_str())
    );
    assert_eq!(
        preview.attr("sandbox").await.unwrap().as_deref(),
        Some(SANDBOX)
    );
    assert_eq!(preview.attr("allow").await.unwrap().as_deref(), Some(ALLOW));

    // The instructions are on the page, in plain words, and name who sends frame-ancestors.
    let page = browser.text("main").await;
    assert!(!page.contains("README"), "{page}");
    assert!(
        page.contains(&format!("Ask the people who run this Complaint Navigator, at {app}, to let your website show it")),
        "{page}"
    );
    assert!(
        page.contains(
            "Content-Security-Policy: frame-ancestors 'self' https://www.your-charity.org.uk"
        ),
        "{page}"
    );
    assert!(page.contains("data-exit=\"frame-only\""), "{page}");
    assert!(!page.contains("Your website must allow our site"), "{page}");

    browser.assert_accessible("the builder page").await;
    preview.enter_frame().await.unwrap();
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: North Somerset Council"
    );
    browser.client.enter_parent_frame().await.unwrap();
    browser
        .screenshot_widths("embed-builder", &[320, 360, 1280])
        .await;
    browser.assert_private().await;
    browser.close().await;
}

/// The builder is often shown to others, on a device where an advocate keeps
/// several families' cases: its preview (same origin, so the same storage)
/// neither shows those cases nor saves into them, and says so; the site
/// itself still has them (found in a walkthrough: the preview listed
/// "Your saved cases: Family A").
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_builders_preview_leaves_the_cases_saved_in_this_browser_alone() {
    let browser = Browser::start().await;
    browser.open("/#today=2026-01-05").await;
    browser.choose_council("Leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;
    browser.type_into("case-label", "Family A").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device as Family A.")
        .await;
    let stored = || async {
        browser
            .client
            .execute(
                "return localStorage.getItem('complaint-navigator.store')",
                vec![],
            )
            .await
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let before = stored().await;
    assert!(before.contains("Family A"), "{before}");

    browser
        .client
        .goto(&browser.url("/?embed-builder"))
        .await
        .unwrap();
    browser
        .wait_for("#council")
        .await
        .select_by_value("leeds")
        .await
        .unwrap();
    let hint = browser.text("#preview-hint").await;
    assert!(
        hint.ends_with("the preview neither shows nor saves the cases kept in this browser."),
        "{hint}"
    );
    let preview = browser.wait_for("iframe.preview").await;
    assert_eq!(
        preview.attr("name").await.unwrap().as_deref(),
        Some(complaint_navigator::core::embed::PREVIEW_FRAME_NAME)
    );
    preview.enter_frame().await.unwrap();
    browser
        .wait_for_text("#council-chosen p", "Your council: Leeds City Council")
        .await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;
    let saving = browser.text("#saving-unavailable").await;
    assert_eq!(
        saving,
        "Saving is not available here: this is the embed builder's preview, which leaves the cases saved in this browser alone. Everything else works. To keep your dates, download a backup file below."
    );
    let frame_text = browser.text("body").await;
    assert!(!frame_text.contains("Family A"), "{frame_text}");
    assert!(!frame_text.contains("Your saved cases"), "{frame_text}");
    browser.client.enter_parent_frame().await.unwrap();

    // The site still has the case, unchanged.
    browser.open("/#today=2026-01-05").await;
    browser.wait_for_text(".caseload", "Family A").await;
    assert_eq!(stored().await, before);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_page_the_frame_moves_to_cannot_resize_it() {
    use serde_json::json;
    let browser = Browser::start_with(Site::serve(dist_dir()), 1280, 900).await;
    let app = browser.site.origin.clone();
    // A third site that posts a well-formed resize message to whoever frames it.
    let third = host_page(
        "third-origin",
        "<script>setInterval(function () { parent.postMessage(JSON.stringify(\
         {app: 'complaint-navigator', version: 1, type: 'resize', height: 4321}), '*'); }, 50);</script>",
    );
    // The host also notes every message's origin, to know the third site's arrived.
    let frame = format!(
        "<iframe src=\"{app}/?embed&council=thurrock&lock=1#today=2026-01-05\" title=\"Complaint Navigator\" \
         data-complaint-navigator width=\"100%\" height=\"900\" style=\"border:0;width:100%\"></iframe>\
         <script>window.heard = []; addEventListener('message', function (e) {{ heard.push(e.origin); }});</script>\
         <script src=\"{app}/embed.js\"></script>"
    );
    let host = host_page("frame-moves", &frame);
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    // The real widget's messages size the frame...
    let fitted = settled_height(&browser, 900.0).await;

    // ...then the frame is sent to the third site (its src attribute stays the widget's).
    browser
        .client
        .execute(
            "document.querySelector('iframe').contentWindow.location.replace(arguments[0])",
            vec![json!(format!("{}/", third.origin))],
        )
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let heard = browser
            .client
            .execute(
                "const third = arguments[0]; return heard.filter(o => o === third).length",
                vec![json!(third.origin)],
            )
            .await
            .unwrap();
        if heard.as_u64().unwrap_or(0) >= 5 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the third site's messages never arrived"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(frame_height(&browser).await, fitted);
    let style = browser
        .client
        .execute(
            "return document.querySelector('iframe').style.height",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(style.as_str(), Some("4321px"));
    browser.close().await;
}

/// The code the builder hands out, pasted unchanged on a page of another
/// origin: every button a family uses works, and the console reports nothing
/// the frame's sandbox or permissions stopped.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_builders_snippet_works_unchanged_on_another_origin() {
    let browser = Browser::start().await;
    let app = browser.site.origin.clone();
    let code = snippet_from_builder(&browser, "leeds", "#005ea5").await;
    let host = host_page("builders-snippet", &code);
    assert_ne!(host.origin, app);
    browser
        .client
        .issue_cmd(Cdp(
            "Browser.grantPermissions",
            json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        ))
        .await
        .unwrap();
    let downloads = allow_downloads(&browser, "builders-snippet").await;
    browser.console_messages().await; // Only this page's messages from here.
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    let start = history_length(&browser).await;
    let frame = browser.wait_for("iframe").await;
    assert_eq!(
        frame.attr("sandbox").await.unwrap().as_deref(),
        Some(SANDBOX)
    );
    frame.enter_frame().await.unwrap();

    // Locked to Leeds, with a way out for a family from elsewhere.
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: Leeds City Council"
    );
    let elsewhere = browser.wait_for("#not-your-council a").await;
    assert_eq!(
        browser.text("#not-your-council").await,
        "Not your council? Use the full Complaint Navigator (opens in a new tab)"
    );
    assert_eq!(
        elsewhere.attr("href").await.unwrap().as_deref(),
        Some(format!("{app}/").as_str())
    );
    assert_eq!(
        elsewhere.attr("target").await.unwrap().as_deref(),
        Some("_blank")
    );
    // The full tool's link says the answers stay behind.
    let bar = browser.text(".embed-bar").await;
    assert!(
        bar.contains("Open the full tool in a new tab (what you typed here will not go with you)"),
        "{bar}"
    );

    // A date that does not exist: Enter in the box shows the error summary.
    browser
        .type_date("complaint_received", "30", "2", "2025")
        .await;
    browser.press("#complaint_received-year", Key::Enter).await;
    browser.wait_for("#error-summary").await;
    browser.wait_for_focus("error-summary").await;
    assert!(browser
        .text("#error-summary li")
        .await
        .contains("February 2025 has no day 30"));

    // A real date: "Show where I stand" moves to the result.
    let day = browser.wait_for("#complaint_received-day").await;
    day.clear().await.unwrap();
    day.send_keys("19").await.unwrap();
    let month = browser.wait_for("#complaint_received-month").await;
    month.clear().await.unwrap();
    month.send_keys("12").await.unwrap();
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;
    assert!(!browser.exists("#error-summary").await);
    let headline = browser.text("#headline").await;
    assert!(!headline.is_empty());

    // "Copy the letter" puts the letter on the clipboard.
    let letter = browser.value("letter-text").await;
    assert!(letter.contains("Leeds City Council"), "{letter}");
    browser.press("#copy-letter", Key::Enter).await;
    browser
        .wait_for_text("#letter-print ~ p.hint", "Letter copied.")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let on_clipboard = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done(String(e)))",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(on_clipboard.as_str(), Some(letter.as_str()));

    // A backup file really downloads (the sandbox allows it).
    enter_widget(&browser).await;
    browser.press("#download-case", Key::Enter).await;
    let backup: Value =
        serde_json::from_str(&downloaded(&downloads, "complaint-navigator-case.json").await)
            .unwrap();
    assert_eq!(backup["council"], "leeds");
    assert_eq!(backup["events"]["complaint_received"], "2025-12-19");

    // Printing is allowed (headless Chromium prints nothing, but would log a refusal).
    browser.press("#print-summary", Key::Enter).await;

    // The full tool opens in a new tab that is not sandboxed: its form works.
    let handles = browser.client.windows().await.unwrap();
    browser.press(".embed-bar a", Key::Enter).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let new_tab = loop {
        let now = browser.client.windows().await.unwrap();
        if let Some(tab) = now.iter().find(|h| !handles.contains(h)) {
            break tab.clone();
        }
        assert!(Instant::now() < deadline, "no new tab opened");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    browser.client.switch_to_window(new_tab).await.unwrap();
    browser.wait_for("#council-chosen").await;
    assert_eq!(
        browser.client.current_url().await.unwrap().as_str(),
        format!("{app}/?council=leeds")
    );
    assert_eq!(
        browser.value("complaint_received-day").await,
        "",
        "what was typed in the widget stays there, as the link said"
    );
    browser
        .type_date("complaint_received", "30", "2", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("error-summary").await;
    browser.client.close_window().await.unwrap();
    browser
        .client
        .switch_to_window(handles[0].clone())
        .await
        .unwrap();

    // Nothing was stopped by the sandbox or the permissions policy.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let messages = browser.console_messages().await;
    assert_eq!(blocked(&messages), Vec::<String>::new(), "{messages:#?}");

    // The widget's own "Exit this page" leaves the whole tab, replacing the host page.
    enter_widget(&browser).await;
    browser.press("#exit-this-page", Key::Enter).await;
    assert_eq!(browser.wait_for_neutral_page().await, start);
    browser.close().await;
}

/// The check above can see a frame's sandbox refusing something: the old
/// snippet, without allow-forms, logs "Blocked form submission".
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_console_check_sees_a_frame_missing_allow_forms() {
    let browser = Browser::start().await;
    let _host = widget_from_edited_snippet(&browser, "without-allow-forms", |code| {
        code.replace(" allow-forms", "")
    })
    .await;
    browser
        .type_date("complaint_received", "30", "2", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !browser.exists("#error-summary").await,
        "the form was blocked"
    );
    let messages = browser.console_messages().await;
    assert!(
        blocked(&messages)
            .iter()
            .any(|m| m.contains("Blocked form submission")),
        "{messages:#?}"
    );
    browser.close().await;
}

/// A snippet edited by hand with a council this version does not know and a
/// colour too light: the widget works without them, and the console tells
/// the embedder why (found in a walkthrough: both were dropped silently).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_snippet_edited_by_hand_says_in_the_console_what_was_ignored() {
    let browser = Browser::start().await;
    let _host = widget_from_edited_snippet(&browser, "edited-by-hand", |code| {
        assert!(
            code.contains("council=leeds&lock=1&accent=%23005ea5"),
            "{code}"
        );
        code.replace("council=leeds", "council=narnia")
            .replace("%23005ea5", "%23ffff00")
    })
    .await;
    // No council is set, so the family chooses one.
    browser.wait_for("#council-search").await;
    let messages = browser.console_messages().await;
    for expected in [
        "Complaint Navigator ignored part of its address (council: not a council we know).",
        "Complaint Navigator ignored part of its address (accent: #ffff00 is too light",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(expected)),
            "{expected}: {messages:#?}"
        );
    }
    browser.close().await;
}

/// What the host page's "Exit this page" button measures, at the current scroll position.
async fn exit_button_in_view(browser: &Browser) -> Value {
    browser
        .client
        .execute(
            "const b = document.getElementById('complaint-navigator-exit');
             const r = b.getBoundingClientRect();
             const w = document.documentElement.clientWidth, h = window.innerHeight;
             const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
             const style = getComputedStyle(b);
             return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height,
                      viewport_width: w, viewport_height: h, on_top: hit === b, position: style.position,
                      background: style.backgroundColor, color: style.color, text: b.textContent,
                      scroll: window.scrollY, page: document.documentElement.scrollHeight,
                      after_bottom: document.getElementById('after').getBoundingClientRect().bottom };",
            vec![],
        )
        .await
        .unwrap()
}

/// On a 320 px phone the widget is thousands of pixels tall; the host page's
/// own "Exit this page" stays in view at the top, middle and end of the page,
/// takes only a corner, is reached by the first Tab, and leaves.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_host_page_exit_is_in_reach_at_every_scroll_position_on_a_phone() {
    let browser = Browser::start().await;
    let code = snippet_from_builder(&browser, "leeds", "#005ea5").await;
    let host = host_page("phone-exit", &code);
    browser.emulate(320, 640).await;
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    let start = history_length(&browser).await;
    browser.wait_for("#complaint-navigator-exit").await;
    enter_widget(&browser).await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;
    browser.client.enter_parent_frame().await.unwrap();
    // The frame grows to its content: far taller than the phone's screen.
    let deadline = Instant::now() + Duration::from_secs(10);
    while frame_height(&browser).await < 4000.0 {
        assert!(
            Instant::now() < deadline,
            "{}",
            frame_height(&browser).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    for (label, at) in [("top", 0.0), ("middle", 0.5), ("end", 1.0)] {
        browser
            .client
            .execute(
                "window.scrollTo(0, arguments[0] * (document.documentElement.scrollHeight - innerHeight))",
                vec![json!(at)],
            )
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        let b = exit_button_in_view(&browser).await;
        let number = |key: &str| b[key].as_f64().unwrap();
        assert_eq!(number("viewport_width"), 320.0, "{b}");
        assert!(
            number("top") >= 0.0
                && number("left") >= 0.0
                && number("bottom") <= number("viewport_height")
                && number("right") <= number("viewport_width"),
            "out of view at the {label}: {b}"
        );
        assert_eq!(b["on_top"], true, "covered at the {label}: {b}");
        assert_eq!(b["position"], "fixed");
        assert_eq!(b["text"], "Exit this page");
        assert_eq!(b["background"], "rgb(212, 53, 28)");
        assert_eq!(b["color"], "rgb(255, 255, 255)");
        // A large target in one small corner: under 5% of the screen, bottom right.
        assert!(number("width") >= 44.0 && number("height") >= 44.0, "{b}");
        assert!(
            number("width") * number("height")
                < 0.05 * number("viewport_width") * number("viewport_height"),
            "{b}"
        );
        assert!(
            number("left") > number("viewport_width") / 3.0
                && number("top") > number("viewport_height") / 2.0,
            "{b}"
        );
        if label == "middle" {
            assert!(number("scroll") > 1000.0, "{b}");
        }
        if label == "end" {
            // The host page's last line is above the button, not under it.
            assert!(number("after_bottom") <= number("top"), "{b}");
        }
        browser
            .screenshot_viewport(&format!("embed-exit-320-{label}"))
            .await;
    }

    // The first Tab on the host page reaches it, and focus shows.
    browser
        .client
        .execute(
            "window.scrollTo(0, 0); document.activeElement.blur()",
            vec![],
        )
        .await
        .unwrap();
    let tab = KeyActions::new("keyboard".to_string())
        .then(KeyAction::Down {
            value: char::from(Key::Tab),
        })
        .then(KeyAction::Up {
            value: char::from(Key::Tab),
        });
    browser.client.perform_actions(tab).await.unwrap();
    browser.wait_for_focus("complaint-navigator-exit").await;
    let focused = exit_button_in_view(&browser).await;
    assert_eq!(focused["background"], "rgb(255, 221, 0)", "{focused}");
    assert_eq!(focused["color"], "rgb(11, 12, 12)", "{focused}");
    browser.screenshot_viewport("embed-exit-320-focused").await;

    // Pressed at the end of the page: the frame is blanked, the tab goes to
    // the neutral page, replacing the host page (Back does not return to it).
    browser
        .client
        .execute(
            "window.scrollTo(0, document.documentElement.scrollHeight)",
            vec![],
        )
        .await
        .unwrap();
    browser.press("#complaint-navigator-exit", Key::Enter).await;
    assert_eq!(browser.wait_for_neutral_page().await, start);
    browser.stop_emulating().await;
    browser.close().await;
}

/// Shift three times on the host page leaves too, but not while typing
/// capitals, not on a page without the widget, and not where the page chose
/// `data-exit="frame-only"` (which also leaves out the host page's button).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn shift_three_times_on_the_host_page_leaves_unless_the_page_opts_out() {
    let browser = Browser::start().await;
    let app = browser.site.origin.clone();
    let code = snippet_from_builder(&browser, "leeds", "#005ea5").await;
    let search = "<label for=\"q\">Search this site</label> <input id=\"q\" type=\"text\">";
    let stays = |browser: &Browser, host: String| {
        let client = browser.client.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(800)).await;
            let url = client.current_url().await.unwrap().to_string();
            assert_eq!(url, format!("{host}/"));
        }
    };

    // Opted out: no button on the host page; three Shifts there do nothing,
    // and the widget keeps its own exit.
    let frame_only = code.replacen("<iframe ", "<iframe data-exit=\"frame-only\" ", 1);
    let host = host_page("frame-only", &format!("{search}{frame_only}"));
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    settled_height(&browser, 900.0).await;
    assert!(!browser.exists("#complaint-navigator-exit").await);
    press_shift_three_times(&browser).await;
    stays(&browser, host.origin.clone()).await;
    enter_widget(&browser).await;
    assert!(browser.exists("#exit-this-page").await);
    browser.client.enter_parent_frame().await.unwrap();

    // embed.js on a page without the widget adds nothing and does nothing.
    let bare = host_page(
        "no-widget",
        &format!("<script src=\"{app}/embed.js\" defer></script>"),
    );
    browser
        .client
        .goto(&format!("{}/", bare.origin))
        .await
        .unwrap();
    browser.wait_for("#after").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!browser.exists("#complaint-navigator-exit").await);
    press_shift_three_times(&browser).await;
    stays(&browser, bare.origin.clone()).await;

    // The default: capitals typed on the host page stay; three Shifts leave.
    let host = host_page("shift", &format!("{search}{code}"));
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
    let start = history_length(&browser).await;
    browser.wait_for("#complaint-navigator-exit").await;
    browser.type_into("q", "LEEDS CITY").await;
    stays(&browser, host.origin.clone()).await;
    assert_eq!(browser.value("q").await, "LEEDS CITY");
    press_shift_three_times(&browser).await;
    assert_eq!(browser.wait_for_neutral_page().await, start);
    browser.close().await;
}

/// In the widget, "Exit this page" covers none of the bar's words or the
/// heading, and stays inside the bar, at phone and desktop widths.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn nothing_overlaps_in_the_widget_bar_at_320_360_and_1280() {
    let browser = Browser::start().await;
    let code = snippet_from_builder(&browser, "leeds", "#005ea5").await;
    let host = host_page("bar-widths", &code);
    for width in [320u32, 360, 1280] {
        browser.emulate(width, 800).await;
        browser
            .client
            .goto(&format!("{}/", host.origin))
            .await
            .unwrap();
        enter_widget(&browser).await;
        browser.wait_for("#council-chosen").await;
        let overlaps = browser
            .client
            .execute(
                "const boxes = sel => [...document.querySelectorAll(sel)].flatMap(e => [...e.getClientRects()])
                   .filter(r => r.width > 0 && r.height > 0);
                 const exits = boxes('#exit-this-page, .exit-bar .exit-hint');
                 const words = boxes('.embed-bar strong, .embed-bar a, #full-tool-hint, h1');
                 const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                 const out = [];
                 for (const e of exits) for (const w of words) if (meet(e, w)) out.push([e.toJSON(), w.toJSON()]);
                 const bar = document.querySelector('.embed-bar').getBoundingClientRect();
                 const exit = document.getElementById('exit-this-page').getBoundingClientRect();
                 return { overlaps: out, exits: exits.length, words: words.length,
                          exit_bottom: exit.bottom, bar_bottom: bar.bottom, width: innerWidth };",
                vec![],
            )
            .await
            .unwrap();
        assert!(
            overlaps["exits"].as_u64().unwrap() >= 1 && overlaps["words"].as_u64().unwrap() >= 4,
            "{overlaps}"
        );
        assert_eq!(overlaps["overlaps"], json!([]), "at {width} px: {overlaps}");
        assert!(
            overlaps["exit_bottom"].as_f64().unwrap() <= overlaps["bar_bottom"].as_f64().unwrap(),
            "the button hangs below the bar at {width} px: {overlaps}"
        );
        browser.client.enter_parent_frame().await.unwrap();
    }
    browser.stop_emulating().await;
    browser
        .screenshot_widths("embed-bar", &[320, 360, 1280])
        .await;
    browser.close().await;
}

/// On a phone, "Show where I stand" in a widget on another site brings the
/// result into view on the host page: the widget moves focus to it, and as
/// a frame cannot scroll its host, embed.js does (found in a walkthrough:
/// before, the result stayed below the fold and nothing seemed to happen).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn show_where_i_stand_in_a_widget_scrolls_the_host_page_to_the_result() {
    let browser = Browser::start().await;
    let code = snippet_from_builder(&browser, "leeds", "#005ea5")
        .await
        .replacen("\" title=", "#today=2026-01-05\" title=", 1);
    let host = host_page("scrolls-to-result", &code);
    browser.emulate(360, 640).await;
    // Another site, not only another origin (another port of the same host
    // is the same site, and the browser scrolls the host for it).
    browser
        .client
        .goto(&format!(
            "{}/",
            host.origin.replace("127.0.0.1", "localhost")
        ))
        .await
        .unwrap();
    enter_widget(&browser).await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;
    let in_frame = browser
        .client
        .execute(
            "return document.getElementById('where-you-stand').getBoundingClientRect().top",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    browser.client.enter_parent_frame().await.unwrap();
    // The heading's place on the host's screen: near its top, so the result
    // shows below it (the browser's own scroll for focus left it mid-screen
    // or, on some phones, under the host's exit button at the bottom).
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (frame_top, screen) = {
            let place = browser
                .client
                .execute(
                    "return [document.querySelector('iframe').getBoundingClientRect().top, window.innerHeight, window.scrollY]",
                    vec![],
                )
                .await
                .unwrap();
            (place[0].as_f64().unwrap(), place[1].as_f64().unwrap())
        };
        let on_screen = frame_top + in_frame;
        if (0.0..=120.0).contains(&on_screen) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the result's heading is at {on_screen} px on a {screen} px screen"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    browser
        .screenshot_viewport("widget-result-in-view-360")
        .await;

    // A confirmation already in view leaves the host page where it is:
    // "Save on this device" mid-screen.
    enter_widget(&browser).await;
    let save_in_frame = browser
        .client
        .execute(
            "return document.getElementById('save-case').getBoundingClientRect().top",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    browser.client.enter_parent_frame().await.unwrap();
    browser
        .client
        .execute(
            "const frame = document.querySelector('iframe').getBoundingClientRect().top;
             window.scrollBy(0, frame + arguments[0] - 250);",
            vec![json!(save_in_frame)],
        )
        .await
        .unwrap();
    let before = browser
        .client
        .execute("return [window.scrollX, window.scrollY]", vec![])
        .await
        .unwrap();
    enter_widget(&browser).await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("#keep-panel-notice", "Saved on this device")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    browser.client.enter_parent_frame().await.unwrap();
    let after = browser
        .client
        .execute("return [window.scrollX, window.scrollY]", vec![])
        .await
        .unwrap();
    assert_eq!(before, after, "the host page stays put");
    browser.stop_emulating().await;
    browser.close().await;
}

/// Tabbing down a widget on a 320 px phone: the browser scrolls the host page
/// to each control, and the host's fixed "Exit this page" in the bottom
/// corner never covers the one that has focus, not even in part (found in a
/// walkthrough: buttons near the screen's bottom edge were half under it).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn tabbing_down_a_widget_on_a_phone_never_puts_focus_under_the_host_exit() {
    let browser = Browser::start().await;
    let code = snippet_from_builder(&browser, "leeds", "#005ea5")
        .await
        .replacen("\" title=", "#today=2026-01-05\" title=", 1);
    let host = host_page("focus-clear-of-exit", &code);
    browser.emulate(320, 640).await;
    browser
        .client
        .goto(&format!(
            "{}/",
            host.origin.replace("127.0.0.1", "localhost")
        ))
        .await
        .unwrap();
    browser.wait_for("#complaint-navigator-exit").await;
    enter_widget(&browser).await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.press("button[type=submit]", Key::Enter).await;
    browser.wait_for_focus("where-you-stand").await;

    let mut checked = Vec::new();
    for _ in 0..60 {
        browser.press_tab().await;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let focused = browser
            .client
            .execute(
                "const e = document.activeElement;
                 if (!e || e === document.body) return null;
                 const r = e.getBoundingClientRect();
                 return { what: e.id || e.textContent.trim().slice(0, 40), top: r.top, bottom: r.bottom, left: r.left, right: r.right };",
                vec![],
            )
            .await
            .unwrap();
        browser.client.enter_parent_frame().await.unwrap();
        let host_view = browser
            .client
            .execute(
                "const f = document.querySelector('iframe').getBoundingClientRect();
                 const b = document.getElementById('complaint-navigator-exit').getBoundingClientRect();
                 return { frame_top: f.top, frame_left: f.left, exit_top: b.top, exit_left: b.left, exit_right: b.right, exit_bottom: b.bottom,
                          focus_in_frame: document.activeElement === document.querySelector('iframe') };",
                vec![],
            )
            .await
            .unwrap();
        if focused.is_null() || host_view["focus_in_frame"] != true {
            break;
        }
        let n = |v: &Value, key: &str| v[key].as_f64().unwrap();
        let (top, bottom) = (
            n(&host_view, "frame_top") + n(&focused, "top"),
            n(&host_view, "frame_top") + n(&focused, "bottom"),
        );
        let (left, right) = (
            n(&host_view, "frame_left") + n(&focused, "left"),
            n(&host_view, "frame_left") + n(&focused, "right"),
        );
        let overlaps = top < n(&host_view, "exit_bottom")
            && bottom > n(&host_view, "exit_top")
            && left < n(&host_view, "exit_right")
            && right > n(&host_view, "exit_left");
        if overlaps {
            browser
                .screenshot_viewport("widget-focus-under-exit-320")
                .await;
        }
        assert!(
            !overlaps,
            "{} is under the host's exit button: focus {top:.0}-{bottom:.0} x {left:.0}-{right:.0}, {host_view}",
            focused["what"]
        );
        checked.push(focused["what"].as_str().unwrap_or_default().to_string());
        enter_widget(&browser).await;
    }
    // The walk went through the result's controls, not one or two.
    assert!(checked.len() >= 15, "{checked:?}");
    assert!(checked.iter().any(|c| c == "save-case"), "{checked:?}");
    browser.stop_emulating().await;
    browser.close().await;
}

/// The tallest widgets fit their frame: at 320 px a case at stage 2 with
/// every explanation open is over 20,000 px tall, and its "Keep and take
/// away" controls are at the bottom (found in a walkthrough: the frame was
/// cut at 20,000 px with no scrollbar, so saving and the backup file could
/// not be reached by touch or mouse).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_tallest_widget_fits_its_frame_on_a_phone() {
    let browser = Browser::start().await;
    let code = snippet_from_builder(&browser, "leeds", "#005ea5").await.replacen(
        "\" title=",
        "#today=2026-07-10&council=leeds&problem_happened=2026-05-01&problem_noticed=2026-05-02&complaint_received=2026-06-01&acknowledgement_received=2026-06-03&stage1_response_received=2026-06-20&stage2_requested=2026-07-01\" title=",
        1,
    );
    let host = host_page("tallest", &code);
    browser.emulate(320, 640).await;
    browser
        .client
        .goto(&format!(
            "{}/",
            host.origin.replace("127.0.0.1", "localhost")
        ))
        .await
        .unwrap();
    enter_widget(&browser).await;
    browser.wait_for("#save-case").await;
    // Every explanation open, as a family reading them all would have it.
    browser
        .client
        .execute(
            "document.querySelectorAll('details').forEach(d => d.open = true)",
            vec![],
        )
        .await
        .unwrap();
    browser.client.enter_parent_frame().await.unwrap();
    let height = settled_height(&browser, 0.0).await;
    assert!(height > 20_000.0, "{height}");
    // The controls at the bottom are inside the frame's height: the host
    // page scrolls to them.
    enter_widget(&browser).await;
    let save_bottom = browser
        .client
        .execute(
            "const r = document.getElementById('save-case').getBoundingClientRect(); return r.bottom + scrollY",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    browser.client.enter_parent_frame().await.unwrap();
    assert!(
        save_bottom < height,
        "{save_bottom} in a frame {height} px tall"
    );
    browser.stop_emulating().await;
    browser.close().await;
}

/// A charity finds the builder from the tool itself: the footer links to it
/// (found in a walkthrough: it could only be reached by typing its address).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn the_footer_leads_to_the_embed_builder() {
    let browser = Browser::start().await;
    browser.open("/#today=2026-01-05").await;
    let footer = browser.text(".site-footer").await;
    assert!(
        footer.contains("For charities and councils: put this tool on your own website"),
        "{footer}"
    );
    browser.press("#embed-builder-link", Key::Enter).await;
    browser
        .wait_for_text("h1", "Put Complaint Navigator on your website")
        .await;
    browser.close().await;
}
