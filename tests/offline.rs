//! Offline after one visit, in headless Chromium: the service worker keeps
//! exactly the files of the build, a whole journey works with the network
//! gone, a new release waits until the family chooses to reload, and a
//! widget on another site gets no worker. Without a browser: the host
//! configurations in deploy/ agree, and the manifest and icons are complete.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use serde_json::{json, Value};
use support::{dist_copy, dist_dir, hashed_name, Browser, Cdp, Site};

/// Monday 5 January 2026: a complaint received on Friday 19 December 2025
/// has its stage 1 reply due on Wednesday 7 January.
const TODAY: &str = "/#today=2026-01-05";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

async fn run(browser: &Browser, script: &str) -> Value {
    browser.client.execute(script, vec![]).await.unwrap()
}

/// Runs an async script: `done(value)` ends it.
async fn run_async(browser: &Browser, script: &str) -> Value {
    let wrapped = format!(
        "const done = arguments[arguments.length - 1];
         (async () => {{ {script} }})().then(done, e => done({{ error: String(e) }}));"
    );
    browser
        .client
        .execute_async(&wrapped, vec![])
        .await
        .unwrap()
}

/// What the service worker keeps of a built site: every file but the
/// councils' parts alone, which only widgets (without a worker) fetch.
fn precached_files(dir: &Path) -> BTreeSet<String> {
    site_files(dir)
        .into_iter()
        .filter(|name| !name[1..].contains('/') || !name.starts_with("/councils-"))
        .collect()
}

/// Every file of a built site, named as the service worker names them
/// ("/index.html"): all but sw.js and precompressed copies.
fn site_files(dir: &Path) -> BTreeSet<String> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(base, &path, out);
                continue;
            }
            let relative = path.strip_prefix(base).unwrap().to_string_lossy();
            let name = format!("/{}", relative.replace('\\', "/"));
            if name != "/sw.js" && !name.ends_with(".br") && !name.ends_with(".gz") {
                out.insert(name);
            }
        }
    }
    let mut files = BTreeSet::new();
    walk(dir, dir, &mut files);
    files
}

/// The cache version written into the built sw.js.
fn worker_version(dir: &Path) -> String {
    let script = std::fs::read_to_string(dir.join("sw.js")).unwrap();
    let start = script
        .find("const VERSION = \"")
        .expect("sw.js names its VERSION")
        + 17;
    let end = start + script[start..].find('"').unwrap();
    script[start..end].to_string()
}

fn sha256_hex(data: &[u8]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum (coreutils)");
    child.stdin.take().unwrap().write_all(data).unwrap();
    let output = child.wait_with_output().unwrap();
    String::from_utf8(output.stdout).unwrap()[..64].to_string()
}

/// Cache Storage as the page sees it: cache name -> the address of each entry
/// (path, query and fragment for this origin; whole URL for any other).
async fn cache_storage(browser: &Browser) -> BTreeMap<String, BTreeSet<String>> {
    let listing = run_async(
        browser,
        "const out = {};
         for (const name of await caches.keys()) {
           const cache = await caches.open(name);
           out[name] = (await cache.keys()).map(r => {
             const u = new URL(r.url);
             return u.origin === location.origin ? u.pathname + u.search + u.hash : r.url;
           });
         }
         return out;",
    )
    .await;
    serde_json::from_value(listing.clone()).unwrap_or_else(|_| panic!("{listing}"))
}

/// Waits until this page's service worker is active (its install, which
/// fills the cache, is then complete).
async fn wait_for_active_worker(browser: &Browser) {
    let state = run_async(
        browser,
        "const reg = await navigator.serviceWorker.ready;
         while (reg.active.state !== 'activated') await new Promise(r => setTimeout(r, 50));
         return reg.active.scriptURL;",
    )
    .await;
    assert_eq!(state, json!(browser.url("/sw.js")), "{state}");
}

async fn set_offline(browser: &Browser, offline: bool) {
    browser
        .client
        .issue_cmd(Cdp("Network.enable", json!({})))
        .await
        .unwrap();
    browser
        .client
        .issue_cmd(Cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        ))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn after_one_visit_a_whole_journey_works_offline_and_a_new_release_waits_for_a_reload() {
    let dist = dist_dir();
    let files = precached_files(&dist);
    let version = worker_version(&dist);
    assert_eq!(version.len(), 16, "{version}");
    let (site, switch) = Site::serve_switchable(dist.clone());
    let browser = Browser::start_with(site, 1280, 900).await;

    // One visit: the worker installs once the page has loaded and keeps
    // every file of the build, the chunks included, in one versioned cache.
    browser.open(TODAY).await;
    wait_for_active_worker(&browser).await;
    // Installable: shell.js gave the site's own page its manifest and home-screen icon.
    assert_eq!(
        run(
            &browser,
            "return [...document.querySelectorAll('link[rel=manifest], link[rel=apple-touch-icon]')].map(l => l.getAttribute('href'))"
        )
        .await,
        json!(["/manifest.webmanifest", "/icon-192.png"])
    );
    let stored = cache_storage(&browser).await;
    let cache = format!("complaint-navigator-{version}");
    assert_eq!(
        stored.keys().collect::<Vec<_>>(),
        vec![&cache],
        "{stored:?}"
    );
    assert_eq!(stored[&cache], files, "the cache holds exactly the build");
    for wanted in [
        "/index.html",
        "/shell.js",
        "/embed.js",
        "/offline.js",
        "/manifest.webmanifest",
        "/icon-192.png",
        "/icon-512.png",
        "/icon.svg",
    ] {
        assert!(files.contains(wanted), "{wanted} is in the build");
    }
    for prefix in [
        "/bundle_workspace-",
        "/bundle_engine-",
        "/split_keep-",
        "/main-",
        "/complaint-navigator-",
    ] {
        assert!(
            files.iter().any(|f| f.starts_with(prefix)),
            "{prefix}* is kept"
        );
    }

    // The network goes: the browser is told so, and the server answers nothing.
    set_offline(&browser, true).await;
    switch.set_offline(true);
    let served_before = browser.site.requests.lock().unwrap().len();
    browser.open(TODAY).await;
    let state = run(
        &browser,
        "return [navigator.onLine, !!navigator.serviceWorker.controller]",
    )
    .await;
    assert_eq!(
        state,
        json!([false, true]),
        "offline, and the page came from the worker"
    );
    assert!(!browser.exists("#update-line").await);

    // A whole journey: the questions and results are a chunk, so they come from the cache.
    browser.choose_council("leeds", "leeds").await;
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    let headline = browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;
    assert!(headline.contains("2 working days"), "{headline}");
    assert!(browser
        .fetched_files()
        .await
        .iter()
        .any(|f| f.starts_with("bundle_workspace-")));
    // Another council: its page's own wording, which follows the councils
    // file, comes from the cache too.
    browser.press("#council-chosen button", Key::Enter).await;
    browser.choose_council("kent", "kent").await;
    browser
        .wait_for_text(
            ".council-info",
            "Kent County Council's page says this procedure is for children",
        )
        .await;
    assert!(!browser.exists(".load-problem").await);
    assert!(browser
        .fetched_files()
        .await
        .iter()
        .any(|f| f.starts_with("council-words-")));
    browser.press("#council-chosen button", Key::Enter).await;
    browser.choose_council("leeds", "leeds").await;
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;

    browser.capture_downloads().await;
    browser.type_into("case-label", "Family A").await;
    browser.press("#save-case", Key::Enter).await;
    browser
        .wait_for_text("body", "Saved on this device as Family A")
        .await;
    browser.press("#download-calendar", Key::Enter).await;
    browser.press("#download-case", Key::Enter).await;
    let files_made = browser.downloads(2).await;
    let (calendar_name, calendar) = &files_made[0];
    assert!(calendar_name.ends_with(".ics"), "{calendar_name}");
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"), "{calendar}");
    assert!(
        calendar.contains("DTSTART;VALUE=DATE:20260107\r\n"),
        "{calendar}"
    );
    let (backup_name, backup) = &files_made[1];
    assert!(backup_name.ends_with(".json"), "{backup_name}");
    let case: Value = serde_json::from_str(backup).unwrap();
    assert_eq!(case["council"], "leeds");
    assert_eq!(case["events"]["complaint_received"], "2025-12-19");

    // Nothing reached the server while offline, except perhaps the browser's
    // own check for a new sw.js (refused, like everything else).
    let offline_requests: Vec<String> =
        browser.site.requests.lock().unwrap()[served_before..].to_vec();
    for request in &offline_requests {
        assert!(
            request.starts_with("offline GET /sw.js "),
            "{offline_requests:?}"
        );
    }
    browser
        .assert_requests_only_to(&[browser.site.origin.as_str()])
        .await;

    // Cache Storage still holds only the build's files: nothing typed, no query.
    let stored = cache_storage(&browser).await;
    assert_eq!(
        stored.keys().collect::<Vec<_>>(),
        vec![&cache],
        "{stored:?}"
    );
    assert_eq!(stored[&cache], files);
    assert!(stored[&cache]
        .iter()
        .all(|key| !key.contains('?') && !key.contains('#')));

    // Back online, the site publishes a new release: index.html changes, so
    // sw.js names a new list and a new version.
    set_offline(&browser, false).await;
    switch.set_offline(false);
    let next = dist_copy("offline-next-release");
    for stale in ["index.html.br", "index.html.gz", "sw.js.br", "sw.js.gz"] {
        let _ = std::fs::remove_file(next.join(stale));
    }
    let old_index = std::fs::read(next.join("index.html")).unwrap();
    let new_index = String::from_utf8(old_index.clone()).unwrap().replacen(
        "</body>",
        "<!-- the next release --></body>",
        1,
    );
    std::fs::write(next.join("index.html"), &new_index).unwrap();
    let next_version = sha256_hex(format!("{version} next").as_bytes())[..16].to_string();
    let worker = std::fs::read_to_string(next.join("sw.js"))
        .unwrap()
        .replacen(&version, &next_version, 1)
        .replacen(
            &sha256_hex(&old_index),
            &sha256_hex(new_index.as_bytes()),
            1,
        );
    std::fs::write(next.join("sw.js"), worker).unwrap();
    switch.serve_from(next.clone());

    // The family is still on the page. The browser looks for a new sw.js (as
    // it does on each visit); the new worker installs and waits.
    run(&browser, "window.__same_page = true").await;
    let checked = run_async(
        &browser,
        "await (await navigator.serviceWorker.getRegistration()).update(); return true;",
    )
    .await;
    assert_eq!(checked, json!(true), "{checked}");
    let line = browser
        .wait_for_text("#update-line", "A new version is available")
        .await;
    assert!(
        line.contains("Your saved cases are kept; answers you have not saved will be cleared."),
        "{line}"
    );
    let update_line = browser.wait_for("#update-line").await;
    assert_eq!(
        update_line.attr("role").await.unwrap().as_deref(),
        Some("status")
    );
    assert_eq!(
        browser.text("#update-line .button").await,
        "Reload",
        "the first button reloads"
    );
    let waiting = run_async(
        &browser,
        "const reg = await navigator.serviceWorker.getRegistration();
         return [reg.waiting && reg.waiting.state, reg.active && reg.active.state];",
    )
    .await;
    assert_eq!(waiting, json!(["installed", "activated"]));
    let both = cache_storage(&browser).await;
    let next_cache = format!("complaint-navigator-{next_version}");
    assert_eq!(
        both.keys().cloned().collect::<BTreeSet<_>>(),
        BTreeSet::from([cache.clone(), next_cache.clone()]),
        "the old release stays until the reload"
    );

    // Nothing changes under the family by itself.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        run(&browser, "return window.__same_page === true").await,
        json!(true),
        "the page did not reload by itself"
    );
    assert!(browser
        .text("#headline")
        .await
        .contains("Wednesday 7 January 2026"));
    browser.assert_accessible("the new version line").await;
    browser.screenshot_viewport("offline-new-version").await;
    browser.emulate(320, 640).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    browser.screenshot_viewport("offline-new-version-320").await;
    browser.stop_emulating().await;

    // "Reload": the new worker takes over, the old cache goes, the saved case stays.
    browser.press("#update-line .button", Key::Enter).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let reloaded = run(
            &browser,
            "return window.__same_page !== true && !!document.getElementById('main')",
        )
        .await;
        if reloaded == json!(true) {
            break;
        }
        assert!(Instant::now() < deadline, "the page never reloaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let stored = cache_storage(&browser).await;
    assert_eq!(
        stored.keys().collect::<Vec<_>>(),
        vec![&next_cache],
        "{stored:?}"
    );
    assert_eq!(stored[&next_cache], precached_files(&next));
    assert_eq!(
        run(
            &browser,
            "return document.documentElement.outerHTML.includes('the next release')"
        )
        .await,
        json!(true),
        "the page is the new release"
    );
    let kept = run(
        &browser,
        "return localStorage.getItem('complaint-navigator.store') || ''",
    )
    .await;
    assert!(kept.as_str().unwrap().contains("Family A"), "{kept}");
    assert!(!browser.exists("#update-line").await);
    browser.close().await;
}

/// A charity's page on another site, with the widget in a frame.
fn host_page(frame_src: &str) -> Site {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("host-offline");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">\
             <title>A charity's page</title></head><body><main><h1>Help with a complaint</h1>\
             <iframe src=\"{frame_src}\" title=\"Complaint Navigator\" width=\"100%\" height=\"900\"></iframe>\
             </main></body></html>"
        ),
    )
    .unwrap();
    Site::serve(dir)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release) and chromium-driver: run scripts/test"]
async fn a_widget_on_another_site_gets_no_worker() {
    let browser = Browser::start().await;
    let app = browser.site.origin.clone();
    // "localhost" is another site than "127.0.0.1", as a charity's page would be.
    let host = host_page(&format!("{app}/?embed&council=leeds#today=2026-01-05"));
    let host_url = format!("{}/", host.origin.replace("127.0.0.1", "localhost"));
    let in_frame = |browser: &Browser| {
        let url = host_url.clone();
        let client = browser.client.clone();
        async move {
            client.goto(&url).await.unwrap();
            let frame = client
                .wait()
                .at_most(Duration::from_secs(15))
                .for_element(fantoccini::Locator::Css("iframe"))
                .await
                .unwrap();
            frame.enter_frame().await.unwrap();
        }
    };
    let frame_state = "await new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', r));
         await new Promise(r => setTimeout(r, 1500));
         return [(await navigator.serviceWorker.getRegistrations()).length,
                 !!navigator.serviceWorker.controller, (await caches.keys()).length];";

    in_frame(&browser).await;
    browser.wait_for("#complaint_received-day").await;
    assert_eq!(run_async(&browser, frame_state).await, json!([0, false, 0]));
    let served = browser.site.requests.lock().unwrap().clone();
    assert!(
        served.iter().all(|r| !r.contains("/sw.js")),
        "the widget never asked for the worker: {served:?}"
    );
    // Nor for what only the site itself uses: it shares a slow line with the questions.
    for unused in [
        "/offline.js",
        "/manifest.webmanifest",
        "/icon-192.png",
        "/icon.svg",
    ] {
        assert!(
            served.iter().all(|r| !r.contains(unused)),
            "the widget fetched {unused}: {served:?}"
        );
    }
    assert_eq!(
        run(&browser, "return document.querySelectorAll('link[rel=manifest], link[rel=apple-touch-icon]').length").await,
        json!(0)
    );

    // The full tool, visited on its own, works offline afterwards...
    browser.open(TODAY).await;
    wait_for_active_worker(&browser).await;
    // ...and the widget on the charity's page still has no worker: it works online as before.
    in_frame(&browser).await;
    browser.wait_for("#complaint_received-day").await;
    assert_eq!(run_async(&browser, frame_state).await, json!([0, false, 0]));
    browser
        .type_date("complaint_received", "19", "12", "2025")
        .await;
    browser
        .wait_for_text("#headline", "Wednesday 7 January 2026")
        .await;

    // The widget's address opened on its own (not framed) is a widget too.
    // (The worker the full tool installed answers it, so the page is asked.)
    browser.open("/?embed&council=leeds#today=2026-01-05").await;
    browser.wait_for("#complaint_received-day").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let fetched = browser.fetched_files().await;
    assert!(fetched.contains(&"leeds.json".to_string()), "{fetched:?}");
    for unused in ["offline.js", "manifest.webmanifest"] {
        assert!(
            !fetched.contains(&unused.to_string()),
            "the widget's own address fetched {unused}: {fetched:?}"
        );
    }
    assert_eq!(
        run(&browser, "return document.querySelectorAll('link[rel=manifest], script[src=\"/offline.js\"]').length").await,
        json!(0)
    );
    browser.close().await;
}

/// A host configuration's headers: name -> value.
type Headers = BTreeMap<String, String>;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// deploy/nginx.conf: the server's add_header lines (with the cache map
/// resolved later), the map's entries, and whether any add_header sits in a
/// location (nginx would then drop the server's for that location).
fn nginx() -> (Headers, Vec<(String, String)>, String) {
    let conf = support::shipped_nginx_conf();
    let mut headers = Headers::new();
    for header in conf.add_headers {
        assert_eq!(
            header.block, "server",
            "add_header in {}: nginx would drop the server's headers there",
            header.block
        );
        // Every header is sent with errors too ("always"), except
        // Cache-Control: an error must never be cached for a year.
        assert!(
            header.always || header.name == "Cache-Control",
            "{}: always, for errors too",
            header.name
        );
        headers.insert(header.name, header.value);
    }
    (headers, conf.map, conf.text)
}

/// deploy/_headers: path pattern -> headers, in file order.
fn headers_file() -> Vec<(String, Headers)> {
    let text = std::fs::read_to_string(root().join("deploy/_headers")).unwrap();
    let mut rules: Vec<(String, Headers)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with('/') {
            rules.push((line.trim().to_string(), Headers::new()));
        } else {
            let (name, value) = line.trim().split_once(": ").unwrap();
            rules
                .last_mut()
                .expect("a header under a path")
                .1
                .insert(name.to_string(), value.to_string());
        }
    }
    rules
}

/// A _headers path pattern, where `*` matches anything.
fn glob(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((head, tail)) => {
            path.starts_with(head)
                && (0..=path.len() - head.len()).any(|i| glob(tail, &path[head.len() + i..]))
        }
    }
}

#[test]
fn the_host_configurations_agree_on_every_header() {
    let (nginx, map, nginx_text) = nginx();
    let rules = headers_file();
    let all = &rules
        .iter()
        .find(|(path, _)| path == "/*")
        .expect("_headers has a /* rule")
        .1;
    for name in [
        "Content-Security-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "Permissions-Policy",
        "Access-Control-Allow-Origin",
    ] {
        assert_eq!(
            nginx.get(name),
            all.get(name),
            "{name} differs between nginx.conf and _headers"
        );
    }
    assert!(
        !all.contains_key("Cache-Control"),
        "hosts join every matching rule's values"
    );

    let csp = &nginx["Content-Security-Policy"];
    assert!(csp.starts_with("frame-ancestors 'self' https://"), "{csp}");
    assert_eq!(nginx["Referrer-Policy"], "no-referrer");
    assert_eq!(nginx["X-Content-Type-Options"], "nosniff");
    let permissions = &nginx["Permissions-Policy"];
    for off in [
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "serial",
        "bluetooth",
        "hid",
        "midi",
        "display-capture",
        "browsing-topics",
    ] {
        assert!(
            permissions.split(", ").any(|p| p == format!("{off}=()")),
            "{off} is off: {permissions}"
        );
    }
    assert!(
        !permissions.contains("clipboard"),
        "the app copies links and the widget code"
    );

    // Caching: a year for files named by their hash, no-cache for the rest.
    assert_eq!(
        nginx["Cache-Control"], "$complaint_navigator_cache",
        "nginx takes Cache-Control from its map"
    );
    assert_eq!(
        map,
        vec![
            (
                "~-[0-9a-f]{16}(_bg)?\\.(js|wasm|css|json|bin)$|^/councils-[0-9a-f]{16}/[a-z0-9-]+\\.json$"
                    .to_string(),
                IMMUTABLE.to_string()
            ),
            ("default".to_string(), "no-cache".to_string()),
        ]
    );
    let mut names: BTreeSet<String> = [
        "index.html",
        "sw.js",
        "offline.js",
        "shell.js",
        "embed.js",
        "favicon.svg",
        "icon.svg",
        "icon-192.png",
        "icon-512.png",
        "manifest.webmanifest",
        "complaint-navigator-72856f68ea505812.js",
        "complaint-navigator-72856f68ea505812_bg.wasm",
        "__wasm_split-d6c56a9f5dd2b01a.js",
        "bundle_workspace-552f19eab51727f9.bin",
        "split_workspace-fcd547c62094f9dd.wasm",
        "split_builder-6a17430b0ed0104b.wasm",
        "chunk_3-5510f56434631c68.wasm",
        "main-c46bd5cd36f99158.css",
        "councils-30ccbb3d7548cffb.json",
        "councils-30ccbb3d7548cffb/leeds.json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // And the files of a build, when there is one.
    if dist_dir().join("index.html").exists() {
        names.extend(
            site_files(&dist_dir())
                .into_iter()
                .map(|f| f[1..].to_string()),
        );
    }
    let cache_rule = |path: &str| -> Vec<String> {
        rules
            .iter()
            .filter(|(pattern, headers)| {
                glob(pattern, path) && headers.contains_key("Cache-Control")
            })
            .map(|(_, headers)| headers["Cache-Control"].clone())
            .collect()
    };
    for name in &names {
        let nginx_says = if hashed_name(name) {
            IMMUTABLE
        } else {
            "no-cache"
        };
        assert_eq!(
            cache_rule(&format!("/{name}")),
            vec![nginx_says.to_string()],
            "{name}: one Cache-Control in _headers, the same as nginx's"
        );
    }
    assert_eq!(cache_rule("/"), vec!["no-cache".to_string()]);
    for never_long in ["index.html", "sw.js"] {
        assert!(!hashed_name(never_long));
    }

    // WebAssembly's type, and the precompressed files.
    assert!(nginx_text.contains(
        "location ~ \\.wasm$ {\n        types { }\n        default_type application/wasm;"
    ));
    let wasm = &rules
        .iter()
        .find(|(path, _)| path == "/*.wasm")
        .expect("a /*.wasm rule")
        .1;
    assert_eq!(wasm["Content-Type"], "application/wasm");
    assert!(nginx_text.contains("\n    gzip_static on;\n"));
    assert!(nginx_text.contains("brotli_static on;"));
    assert!(nginx_text.contains("try_files $uri =404;"));
}

#[test]
fn the_app_can_be_installed_and_registers_its_worker_politely() {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("public/manifest.webmanifest")).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest["name"], "Complaint Navigator");
    assert!(manifest["short_name"].as_str().unwrap().len() <= 12);
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["theme_color"], "#1d4f91");
    assert_eq!(manifest["background_color"], "#ffffff");
    let mut sizes = BTreeSet::new();
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let file = std::fs::read(root().join("public").join(&src[1..])).unwrap();
        if icon["type"] == "image/png" {
            assert!(file.starts_with(b"\x89PNG\r\n\x1a\n"), "{src}");
            let side = |at: usize| u32::from_be_bytes(file[at..at + 4].try_into().unwrap());
            let (width, height) = (side(16), side(20));
            assert_eq!(
                icon["sizes"],
                format!("{width}x{height}"),
                "{src} is the size it says"
            );
            sizes.insert(width);
        } else {
            assert!(String::from_utf8(file).unwrap().starts_with("<svg"));
        }
    }
    assert_eq!(sizes, BTreeSet::from([192, 512]));

    // index.html: shell.js adds the manifest and the registration script to
    // the site's own pages (not a widget's), and only the two new CSP sources.
    let index = std::fs::read_to_string(root().join("index.html")).unwrap();
    assert!(index.contains("<script src=\"/shell.js\" defer></script>"));
    let shell = std::fs::read_to_string(root().join("public/shell.js")).unwrap();
    assert!(shell.contains("[\"manifest\", \"/manifest.webmanifest\"]"));
    assert!(shell.contains("script.src = \"/offline.js\""));
    assert!(shell.contains("ownPage = w.top === w && !/(^|[?&])embed(=|&|$)/"));
    assert!(index.contains("worker-src 'self'; manifest-src 'self';"));
    assert!(!index.contains("unsafe-inline"));

    // The worker's list is filled in by the build, and it answers only for its own files.
    let worker = std::fs::read_to_string(root().join("public/sw.js")).unwrap();
    assert!(worker.contains("const VERSION = \"__PRECACHE_VERSION__\";"));
    assert!(worker.contains("const FILES = [/* __PRECACHE_FILES__ */];"));
    assert_eq!(
        worker.matches("cache.put(").count(),
        1,
        "only the install stores anything"
    );
    let register = std::fs::read_to_string(root().join("public/offline.js")).unwrap();
    assert!(
        register.contains("w.top !== w"),
        "no worker in a frame: README, Offline and deployment"
    );
    assert!(register.contains("postMessage(\"skip-waiting\")"));
    assert!(register.len() < 2500, "small: it is in the first download");
}
