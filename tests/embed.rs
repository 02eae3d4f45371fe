//! The widget embedded in a host page served from a different origin, with
//! the published snippet and `embed.js`, in headless Chromium.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use complaint_navigator::core::embed::{parse_query, snippet};
use fantoccini::key::Key;
use fantoccini::Locator;
use support::{dist_dir, Browser, Site};

/// Writes a host page holding `body` and serves it on its own port.
fn host_page(name: &str, body: &str) -> Site {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("host-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A charity's page</title></head>\
         <body><main><h1>Help with a complaint</h1><p>Use the tool below.</p>{body}<p id=\"after\">After the widget.</p></main></body></html>"
    );
    std::fs::write(dir.join("index.html"), html).unwrap();
    Site::serve(dir)
}

/// Opens the host page and moves into the widget's frame.
async fn open_host_and_enter_frame(browser: &Browser, host: &Site) {
    browser
        .client
        .goto(&format!("{}/", host.origin))
        .await
        .unwrap();
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
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
async fn the_widget_presets_its_council_and_fits_its_content() {
    let browser = Browser::start_with(Site::serve(dist_dir()), 1280, 900).await;
    let app = browser.site.origin.clone();
    let options = parse_query("council=thurrock&lock=1&accent=%23005ea5");
    // The published snippet, with today fixed for the test (a fragment reaches no server).
    let code = snippet(&app, &options).replacen("\" title=", "#today=2026-01-05\" title=", 1);
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
    browser.client.enter_parent_frame().await.unwrap();
    let grown = settled_height(&browser, first).await;
    assert!(grown > first + 300.0, "{first} -> {grown}");

    // ...and shrinks when a question folds away.
    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
    browser
        .press("#stage1_response_received-yes", Key::Space)
        .await;
    browser.wait_for("#stage1_response_received-day").await;
    browser.client.enter_parent_frame().await.unwrap();
    let with_date = settled_height(&browser, grown).await;
    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
    browser
        .press("#stage1_response_received-no", Key::Space)
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    let folded = settled_height(&browser, with_date).await;
    assert!(folded < with_date, "{with_date} -> {folded}");

    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
    browser.assert_accessible("the widget's result").await;
    browser.assert_nothing_stored().await;
    browser.client.enter_parent_frame().await.unwrap();
    browser.assert_requests_only_to(&[&app, &host.origin]).await;
    browser.screenshot("embed-host").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
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
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
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
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
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
    browser
        .choose_council("north somerset", "north-somerset")
        .await;
    browser.press("#lock-council", Key::Space).await;
    browser.type_into("accent", "#ffdd00").await;
    let error = browser.text("#accent-error").await;
    assert!(error.contains("#ffdd00 is too light"), "{error}");
    let code = browser.value("snippet").await;
    assert!(
        !code.contains("accent"),
        "a refused colour is left out: {code}"
    );

    let accent = browser.wait_for("#accent").await;
    accent.clear().await.unwrap();
    accent.send_keys("#005ea5").await.unwrap();
    let app = browser.site.origin.clone();
    let expected = format!("src=\"{app}/?embed&council=north-somerset&lock=1&accent=%23005ea5\"");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !browser.value("snippet").await.contains(&expected) {
        assert!(
            Instant::now() < deadline,
            "{}",
            browser.value("snippet").await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let code = browser.value("snippet").await;
    assert!(
        code.contains(&format!("<script src=\"{app}/embed.js\" defer></script>")),
        "{code}"
    );
    let preview = browser.wait_for("iframe.preview").await;
    assert_eq!(
        preview.attr("src").await.unwrap().as_deref(),
        Some(format!("{app}/?embed&council=north-somerset&lock=1&accent=%23005ea5").as_str())
    );
    browser.assert_accessible("the builder page").await;
    preview.enter_frame().await.unwrap();
    assert_eq!(
        browser.text("#council-chosen p").await,
        "Your council: North Somerset Council"
    );
    browser.client.enter_parent_frame().await.unwrap();
    browser.screenshot("embed-builder").await;
    browser.assert_private().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (trunk build --release) and chromium-driver: run scripts/test"]
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
