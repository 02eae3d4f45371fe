//! Browser timings for scripts/bench (not a pass/fail test: it prints figures).
//! First render with Slow 4G and a 4x slower CPU emulated through the DevTools
//! protocol, the questions after choosing a council and in a widget, a link's
//! result, and the time from a keystroke to the updated result; and the
//! first render alone of any build (the bench's bare Leptos counter).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/mod.rs"]
mod examples;
mod support;

use std::path::PathBuf;

use serde_json::json;
use support::{Browser, Cdp, Site};

/// The first load after the browser starts is slower for any page (the
/// bare counter's too, by about 200 ms), because the browser itself is
/// still starting: its first page process, its first compile of
/// WebAssembly. A family's browser is already running when they open the
/// tool, so the five counted loads come after this one, which is timed and
/// printed apart. The emulation is already on, so nothing is cached.
async fn warm_up_load(browser: &Browser) -> f64 {
    browser.open("/#today=2026-01-05").await;
    browser.wait_for("#council-search").await;
    let rendered = rendered_at(browser).await;
    assert!(rendered > 0.0, "the app marks its first render");
    rendered
}

/// When the page marked `app-rendered`, waiting up to 20 s for it (-1 if never).
async fn rendered_at(browser: &Browser) -> f64 {
    browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const since = performance.now();
             const poll = () => {
               const m = performance.getEntriesByName('app-rendered')[0];
               if (m) done(m.startTime);
               else if (performance.now() - since > 20000) done(-1);
               else setTimeout(poll, 5);
             };
             poll();",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

/// Every load over the emulated slow phone: no cache, no service worker,
/// Lighthouse's "Slow 4G" and a 4x slower CPU.
async fn emulate_slow_phone(browser: &Browser) {
    // Each run must fetch over the (throttled) network, not from the
    // browser's cache or the service worker's cache of an earlier run.
    browser.network_only().await;
    let cdp = |cmd, params| browser.client.issue_cmd(Cdp(cmd, params));
    // Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8 }),
    )
    .await
    .unwrap();
    cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "run by scripts/bench"]
async fn measure_first_render_and_recalculation() {
    let browser = Browser::start().await;
    let cdp = |cmd, params| browser.client.issue_cmd(Cdp(cmd, params));
    emulate_slow_phone(&browser).await;

    let mut renders = Vec::new();
    let mut paints = Vec::new();
    // One load first, printed but not among the five: see warm_up_load.
    let new_browser = warm_up_load(&browser).await;
    for _ in 0..5 {
        browser.open("/#today=2026-01-05").await;
        browser.wait_for("#council-search").await;
        let times = browser
            .client
            .execute(
                "const m = performance.getEntriesByName('app-rendered')[0];
                 const p = performance.getEntriesByName('first-contentful-paint')[0];
                 return [m ? m.startTime : -1, p ? p.startTime : -1]",
                vec![],
            )
            .await
            .unwrap();
        let (rendered, painted) = (times[0].as_f64().unwrap(), times[1].as_f64().unwrap());
        assert!(rendered > 0.0, "the app marks its first render");
        renders.push(rendered);
        paints.push(painted);
    }
    paints.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf first contentful paint (heading, purpose, privacy note), Slow 4G + 4x CPU: median {:.0} ms",
        paints[2]
    );
    let in_order: Vec<f64> = renders.iter().map(|r| r.round()).collect();
    renders.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf first screen ready (app rendered: the council question works), Slow 4G + 4x CPU: median {:.0} ms, slowest {:.0} ms (runs in order: {:?}) (budget 1000 ms in every run)",
        renders[2], renders[4], in_order
    );
    println!(
        "perf first screen ready, the new browser's first load (not one of the five), Slow 4G + 4x CPU: {new_browser:.0} ms"
    );

    // The questions come in a chunk of their own: how long after choosing a
    // council do they appear? "cold": the chunk is only fetched on the choice
    // (the name is put in without focusing the box, which a real user cannot
    // do). "warm": the user focused the search box two seconds before choosing
    // (about the time it takes to type a name), which starts the fetch.
    for (label, think_ms) in [
        ("cold, fetched on the choice", -1),
        ("warm, search box focused 2 s before", 2000),
    ] {
        let mut waits = Vec::new();
        for _ in 0..3 {
            browser.open("/#today=2026-01-05").await;
            browser.wait_for("#council-search").await;
            let waited = browser
                .client
                .execute_async(
                    "const [think, done] = [arguments[0], arguments[arguments.length - 1]];
                     const search = document.getElementById('council-search');
                     if (think >= 0) search.focus();
                     setTimeout(() => {
                       search.value = 'leeds';
                       search.dispatchEvent(new Event('input', { bubbles: true }));
                       requestAnimationFrame(() => {
                         const start = performance.now();
                         document.getElementById('council-leeds').click();
                         const poll = () => document.getElementById('complaint_received-day')
                           ? done(performance.now() - start)
                           : setTimeout(poll, 5);
                         poll();
                       });
                     }, Math.max(think, 0));",
                    vec![json!(think_ms)],
                )
                .await
                .unwrap();
            waits.push(waited.as_f64().unwrap());
        }
        waits.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "perf questions shown after choosing a council ({label}), Slow 4G + 4x CPU: median {:.0} ms (runs: {:?})",
            waits[1],
            waits.iter().map(|w| w.round()).collect::<Vec<_>>()
        );
    }

    // A widget with its council set starts on the questions, so it needs the
    // chunk at once: the time until its chunk has arrived, and until its
    // first date box is on the page (marked by an observer the page cannot
    // see, added before any of its scripts run).
    cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "new MutationObserver((_, observer) => {
            if (document.getElementById('complaint_received-day')) {
              performance.mark('perf-questions-shown');
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true });" }),
    )
    .await
    .unwrap();
    let (mut widget, mut shown) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        browser.open("/?embed&council=leeds#today=2026-01-05").await;
        browser.wait_for("#complaint_received-day").await;
        let ready = browser
            .client
            .execute(
                "const e = performance.getEntriesByType('resource').find(r => r.name.includes('bundle_workspace-'));
                 const m = performance.getEntriesByName('perf-questions-shown')[0];
                 return [e ? e.responseEnd : -1, m ? m.startTime : -1]",
                vec![],
            )
            .await
            .unwrap();
        widget.push(ready[0].as_f64().unwrap());
        shown.push(ready[1].as_f64().unwrap());
    }
    widget.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf widget with a council set: questions' bundle in by, Slow 4G + 4x CPU: median {:.0} ms (runs: {:?})",
        widget[1],
        widget.iter().map(|w| w.round()).collect::<Vec<_>>()
    );
    shown.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf widget with a council set: questions on the page by, Slow 4G + 4x CPU: median {:.0} ms (runs: {:?})",
        shown[1],
        shown.iter().map(|w| w.round()).collect::<Vec<_>>()
    );

    // A link to answers opens on a result: the time until its headline is
    // on the page. The link takes its answers out of the address, so each
    // run starts from a blank page.
    cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "new MutationObserver((_, observer) => {
            if (document.getElementById('headline')) {
              performance.mark('perf-headline-shown');
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true });" }),
    )
    .await
    .unwrap();
    let case = complaint_navigator::core::case::Case {
        council: Some("essex".to_string()),
        ..examples::case("essex-1-december")
    };
    let link = format!(
        "/#today=2026-01-05&{}",
        complaint_navigator::core::share::fragment_for(&case)
    );
    let mut results = Vec::new();
    for _ in 0..3 {
        browser.client.goto("about:blank").await.unwrap();
        browser.open(&link).await;
        browser.wait_for("#headline").await;
        let shown = browser
            .client
            .execute(
                "const m = performance.getEntriesByName('perf-headline-shown')[0];
                 return m ? m.startTime : -1",
                vec![],
            )
            .await
            .unwrap();
        results.push(shown.as_f64().unwrap());
    }
    results.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf link to answers: result on the page by, Slow 4G + 4x CPU: median {:.0} ms (runs: {:?})",
        results[1],
        results.iter().map(|w| w.round()).collect::<Vec<_>>()
    );

    cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await
        .unwrap();
    cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await
    .unwrap();
    browser.open("/#today=2026-01-05").await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser.wait_for_text("#headline", "7 January 2026").await;
    let timings = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const day = document.getElementById('complaint_received-day');
             const results = document.querySelector('.results');
             const times = [];
             let i = 0;
             const next = () => {
               if (i === 40) { done(times); return; }
               const value = String(1 + (i % 28));
               i += 1;
               const observer = new MutationObserver(() => {
                 observer.disconnect();
                 times.push(performance.now() - start);
                 setTimeout(next, 0);
               });
               observer.observe(results, { subtree: true, childList: true, characterData: true });
               const start = performance.now();
               day.value = value;
               day.dispatchEvent(new Event('input', { bubbles: true }));
             };
             next();",
            vec![],
        )
        .await
        .unwrap();
    let mut times: Vec<f64> = timings
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_f64().unwrap())
        .collect();
    assert_eq!(times.len(), 40);
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf recalculation after a keystroke (40 edits, no throttling): median {:.2} ms, max {:.2} ms (budget 16 ms)",
        times[20], times[39]
    );
    cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await
        .unwrap();
    println!("perf note: first render is measured from navigation start to the app's 'app-rendered' mark");
    browser.close().await;
}

/// The first screen alone, for any build that marks `app-rendered` once it
/// has mounted: scripts/bench runs it on the bare Leptos counter
/// (bench/counter) and prints the app's figure as a ratio to it. The same
/// emulation and the same five fresh loads as the app's figure above.
/// PERF_DIST: the built site (default: the app's, as above); PERF_LABEL: its
/// name in the output line.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "run by scripts/bench"]
async fn measure_first_screen() {
    let dist = std::env::var_os("PERF_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(support::dist_dir);
    let label = std::env::var("PERF_LABEL").unwrap_or_else(|_| "app".into());
    let browser = Browser::start_with(Site::serve(dist), 1280, 900).await;
    emulate_slow_phone(&browser).await;
    // Six fresh loads: the address, then reloads (as Browser::open does; it
    // also waits for the app's #main, which a counter lacks). The first is
    // the new browser's, timed apart as in the app's figure (warm_up_load).
    let mut renders = Vec::new();
    for run in 0..6 {
        if run == 0 {
            browser.client.goto(&browser.url("/")).await.unwrap();
        } else {
            browser.client.refresh().await.unwrap();
        }
        let rendered = rendered_at(&browser).await;
        assert!(
            rendered > 0.0,
            "{label}: no 'app-rendered' mark within 20 s"
        );
        renders.push(rendered);
    }
    let new_browser = renders.remove(0);
    let in_order: Vec<f64> = renders.iter().map(|r| r.round()).collect();
    renders.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "perf first screen ready [{label}] (app-rendered mark), Slow 4G + 4x CPU: median {:.0} ms, slowest {:.0} ms (runs in order: {:?}); the new browser's first load, not counted: {new_browser:.0} ms",
        renders[2], renders[4], in_order
    );
    browser.close().await;
}
