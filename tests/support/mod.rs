//! End-to-end harness: serves `dist/` from a tiny local HTTP server, drives
//! Debian's Chromium through chromedriver, and records what the page asked
//! the network for. No request can leave the machine: a proxy "sink" on
//! loopback catches anything that is not local.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where "Exit this page" goes (src/ui/safety.rs, a wasm-only module).
pub const NEUTRAL_PAGE: &str = "https://www.bbc.co.uk/weather";

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub fn dist_dir() -> PathBuf {
    std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"))
}

/// The bundle holding a split point's chunks (`bundle_<split>-<hash>.bin`)
/// and where each chunk in it ends, as the built chunk loader's layout
/// comment says.
pub fn bundle(dist: &Path, split: &str) -> (String, Vec<usize>) {
    let loader = std::fs::read_dir(dist)
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with("__wasm_split-") && name.ends_with(".js"))
        .expect("a chunk loader in the build");
    let text = std::fs::read_to_string(dist.join(loader)).unwrap();
    let start = text.find("/*!layout ").expect("a layout comment") + "/*!layout ".len();
    let end = start + text[start..].find("*/").unwrap();
    let layout: Value = serde_json::from_str(&text[start..end]).unwrap();
    let (name, ends) = layout["bundles"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(name, _)| name.starts_with(&format!("bundle_{split}-")))
        .unwrap_or_else(|| panic!("no bundle for {split}"));
    let ends = ends
        .as_array()
        .unwrap()
        .iter()
        .map(|end| end.as_u64().unwrap() as usize)
        .collect();
    (name.clone(), ends)
}

/// A static file server for one directory, on a free loopback port.
pub struct Site {
    pub origin: String,
    pub requests: Arc<Mutex<Vec<String>>>,
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

impl Site {
    pub fn serve(root: PathBuf) -> Site {
        assert!(
            root.join("index.html").exists(),
            "{} has no index.html: run `scripts/trunk build --release` first (scripts/test does)",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let log = log.clone();
                std::thread::spawn(move || serve_one(stream, &root, &log));
            }
        });
        Site { origin, requests }
    }
}

fn serve_one(mut stream: TcpStream, root: &Path, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut accepts_brotli = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_brotli = true;
        }
    }
    log.lock().unwrap().push(request_line.trim().to_string());
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = path.trim_start_matches('/');
    let mut file = root.join(if relative.is_empty() {
        "index.html"
    } else {
        relative
    });
    if relative.contains("..") || !file.is_file() {
        file = if Path::new(relative).extension().is_none() {
            root.join("index.html")
        } else {
            PathBuf::new()
        };
    }
    // Serve a precompressed copy when there is one, as a production host would.
    let compressed = PathBuf::from(format!("{}.br", file.display()));
    let (body, encoding) = if accepts_brotli && compressed.is_file() {
        (std::fs::read(&compressed), "Content-Encoding: br\r\n")
    } else {
        (std::fs::read(&file), "")
    };
    let response = match body {
        Ok(body) => {
            let mut head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\n{encoding}Content-Length: {}\r\nCache-Control: no-store\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            )
            .into_bytes();
            head.extend(body);
            head
        }
        Err(_) => {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
    };
    let _ = stream.write_all(&response);
}

/// Catches any connection the browser tries to make to a non-local host.
pub struct Sink {
    pub port: u16,
    pub hits: Arc<Mutex<Vec<String>>>,
}

impl Sink {
    pub fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let log = hits.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut buffer = [0u8; 512];
                let n = stream.read(&mut buffer).unwrap_or(0);
                let first = String::from_utf8_lossy(&buffer[..n])
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string();
                log.lock().unwrap().push(first);
                let _ = stream.write_all(
                    b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
            }
        });
        Sink { port, hits }
    }
}

/// chromedriver (and the Chromium it starts) in their own process group, killed on drop.
pub struct Browser {
    pub client: Client,
    driver: Child,
    pub site: Site,
    pub sink: Sink,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::start_with(Site::serve(dist_dir()), 1280, 900).await
    }

    pub async fn start_with(site: Site, width: u32, height: u32) -> Browser {
        use std::os::unix::process::CommandExt;
        let sink = Sink::start();
        let port = free_port();
        let driver = Command::new(
            std::env::var("CHROMEDRIVER").unwrap_or("/usr/bin/chromedriver".into()),
        )
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect(
            "chromedriver (Debian package chromium-driver) must be installed: run scripts/setup",
        );
        let profile =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-profile-{port}"));
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or("/usr/bin/chromium".into()),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,OptimizationHints,MediaRouter",
                    "--lang=en-GB", &format!("--window-size={width},{height}"),
                    &format!("--user-data-dir={}", profile.display()),
                    &format!("--proxy-server=http://127.0.0.1:{}", sink.port),
                ]
            },
            "goog:loggingPrefs": { "performance": "ALL", "browser": "ALL" }
        });
        let capabilities = match capabilities {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let attempt =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(capabilities.clone())
                    .connect(&format!("http://127.0.0.1:{port}"))
                    .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => {
                    panic!("could not start Chromium: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser {
            client,
            driver,
            site,
            sink,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.site.origin, path)
    }

    /// Loads the page afresh (also when only the fragment would change).
    pub async fn open(&self, path: &str) {
        let target = self.url(path);
        let current = self
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        if current == target {
            self.client.refresh().await.unwrap();
        } else {
            self.client.goto(&target).await.unwrap();
        }
        self.wait_for("#main").await;
    }

    /// Opens a case the way a family opens a link to it: the answers in
    /// the address's fragment, with `today` (YYYY-MM-DD) for the page.
    /// Tests that are not about typing open their cases this way.
    pub async fn open_case(&self, today: &str, case: &complaint_navigator::core::case::Case) {
        let fragment = complaint_navigator::core::share::fragment_for(case);
        self.open(&format!("/#today={today}&{fragment}")).await;
        self.wait_for("#headline").await;
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    /// Waits until the element's text contains `expected`, then returns it.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                return text;
            }
            if Instant::now() > deadline {
                panic!("{css} should contain {expected:?}; it says {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
    }

    /// Types into an input (keyboard input, no mouse).
    pub async fn type_into(&self, id: &str, text: &str) {
        let element = self.wait_for(&format!("#{id}")).await;
        element.send_keys(text).await.unwrap();
    }

    pub async fn value(&self, id: &str) -> String {
        self.wait_for(&format!("#{id}"))
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Presses a key on the element (Enter for buttons and links, Space for radios).
    /// An element re-rendered between finding it and the key (the page
    /// redraws a list when saved cases are read) is found again, as a
    /// person's key press would reach the element on the screen then.
    pub async fn press(&self, css: &str, key: fantoccini::key::Key) {
        use fantoccini::error::{CmdError, ErrorStatus};
        for attempt in 0.. {
            let element = self.wait_for(css).await;
            match element.send_keys(&String::from(char::from(key))).await {
                Ok(()) => return,
                Err(CmdError::Standard(e))
                    if e.error == ErrorStatus::StaleElementReference && attempt < 10 =>
                {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("pressing a key on {css}: {e}"),
            }
        }
    }

    /// Waits until the tab has gone to "Exit this page"'s neutral site
    /// (which the test's proxy sink refuses to serve), and returns
    /// `history.length` there.
    pub async fn wait_for_neutral_page(&self) -> u64 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.client.current_url().await.unwrap().to_string();
            if url.starts_with(NEUTRAL_PAGE) {
                break;
            }
            assert!(Instant::now() < deadline, "still on {url}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.client
            .execute("return history.length", vec![])
            .await
            .unwrap()
            .as_u64()
            .unwrap()
    }

    /// Presses Tab where focus is now, as a keyboard user moves on.
    pub async fn press_tab(&self) {
        self.client
            .active_element()
            .await
            .unwrap()
            .send_keys(&String::from(char::from(fantoccini::key::Key::Tab)))
            .await
            .unwrap();
    }

    /// From now on every load in this tab goes over the network: no browser
    /// cache and no service worker answers (so a blocked or throttled
    /// network is what the page meets).
    pub async fn network_only(&self) {
        let cdp = |cmd, params| self.client.issue_cmd(Cdp(cmd, params));
        cdp("Network.enable", json!({})).await.unwrap();
        cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
            .await
            .unwrap();
        cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
            .await
            .unwrap();
    }

    /// Requests to addresses matching these patterns (`*` for any text)
    /// fail from now on, as when the connection drops; `&[]` lets all
    /// through again.
    pub async fn block_urls(&self, patterns: &[&str]) {
        let cdp = |cmd, params| self.client.issue_cmd(Cdp(cmd, params));
        cdp("Network.enable", json!({})).await.unwrap();
        cdp("Network.setBlockedURLs", json!({ "urls": patterns }))
            .await
            .unwrap();
    }

    /// Pastes a link's fragment into this tab's address, as a family
    /// following a link in the same tab (no new page: only `hashchange`).
    pub async fn follow_fragment(&self, fragment: &str) {
        self.client
            .execute("location.hash = arguments[0]", vec![json!(fragment)])
            .await
            .unwrap();
    }

    /// Chooses a file in "Open a backup file" (its section already open),
    /// as the file picker does.
    pub async fn choose_backup_file(&self, path: &str) {
        self.wait_for("#import-file")
            .await
            .send_keys(path)
            .await
            .unwrap();
    }

    pub async fn type_date(&self, question: &str, day: &str, month: &str, year: &str) {
        self.type_into(&format!("{question}-day"), day).await;
        self.type_into(&format!("{question}-month"), month).await;
        self.type_into(&format!("{question}-year"), year).await;
    }

    /// The tests' usual first journey: Leeds, the complaint received on
    /// Friday 19 December 2025, so the reply is due on the 10th working day
    /// (25 and 26 December and 1 January skipped), Wednesday 7 January 2026.
    pub async fn count_leeds_19_december(&self) {
        self.choose_council("leeds", "leeds").await;
        self.type_date("complaint_received", "19", "12", "2025")
            .await;
        self.wait_for_text("#headline", "Wednesday 7 January 2026")
            .await;
    }

    pub async fn answer_yes_with_date(&self, question: &str, day: &str, month: &str, year: &str) {
        self.press(&format!("#{question}-yes"), fantoccini::key::Key::Space)
            .await;
        self.type_date(question, day, month, year).await;
    }

    /// Waits for focus to land on the element with this id (focus moves after a render).
    pub async fn wait_for_focus(&self, id: &str) {
        for _ in 0..100 {
            if self.active_id().await == id {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(self.active_id().await, id, "focus should be on #{id}");
    }

    pub async fn active_id(&self) -> String {
        self.client
            .execute(
                "return document.activeElement ? document.activeElement.id : ''",
                vec![],
            )
            .await
            .unwrap()
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    pub async fn choose_council(&self, search: &str, id: &str) {
        self.type_into("council-search", search).await;
        self.wait_for_text("#council-count", "match").await;
        self.press(&format!("#council-{id}"), fantoccini::key::Key::Enter)
            .await;
        self.wait_for("#council-chosen").await;
    }

    pub async fn screenshot(&self, name: &str) {
        self.client
            .execute("window.scrollTo(0, 0)", vec![])
            .await
            .unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        for (width, label) in [(360u32, "phone"), (1280u32, "desktop")] {
            self.client.set_window_size(width, 900).await.unwrap();
            // Full-page height, so the whole result is visible in the picture.
            let height = self
                .client
                .execute(
                    "return Math.ceil(document.documentElement.scrollHeight)",
                    vec![],
                )
                .await
                .unwrap()
                .as_u64()
                .unwrap_or(900)
                .clamp(600, 12000) as u32;
            self.client.set_window_size(width, height).await.unwrap();
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(dir.join(format!("{name}-{label}.png")), png).unwrap();
        }
        self.client.set_window_size(1280, 900).await.unwrap();
    }

    /// Makes the page's viewport this size, as a phone of that width would
    /// (Chromium's window cannot be narrower than 500 px). Stays until
    /// `stop_emulating`, across page loads in this tab.
    pub async fn emulate(&self, width: u32, height: u32) {
        self.client
            .issue_cmd(Cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700 }),
            ))
            .await
            .unwrap();
    }

    pub async fn stop_emulating(&self) {
        self.client
            .issue_cmd(Cdp("Emulation.clearDeviceMetricsOverride", json!({})))
            .await
            .unwrap();
    }

    /// Full-page screenshots at each width (emulated, so 320 px works),
    /// saved as `target/screenshots/{name}-{width}.png`.
    pub async fn screenshot_widths(&self, name: &str, widths: &[u32]) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        for &width in widths {
            self.emulate(width, 900).await;
            self.client
                .execute("window.scrollTo(0, 0)", vec![])
                .await
                .unwrap();
            // Time for the layout and a widget's height message.
            tokio::time::sleep(Duration::from_millis(600)).await;
            let height = self
                .client
                .execute(
                    "return Math.ceil(document.documentElement.scrollHeight)",
                    vec![],
                )
                .await
                .unwrap()
                .as_u64()
                .unwrap_or(900)
                .clamp(600, 16000) as u32;
            self.emulate(width, height).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(dir.join(format!("{name}-{width}.png")), png).unwrap();
        }
        self.stop_emulating().await;
    }

    /// A screenshot of what is in view now, as `target/screenshots/{name}.png`.
    pub async fn screenshot_viewport(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Every network request any of our pages made, from Chromium's DevTools log.
    pub async fn page_requests(&self) -> Vec<String> {
        let log = self.client.issue_cmd(PerformanceLog).await.unwrap();
        let mut urls = Vec::new();
        for entry in log.as_array().cloned().unwrap_or_default() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            let method = message["message"]["method"].as_str().unwrap_or("");
            let params = &message["message"]["params"];
            let url = match method {
                "Network.requestWillBeSent" => params["request"]["url"].as_str(),
                "Network.webSocketCreated" => params["url"].as_str(),
                _ => None,
            };
            let document = params["documentURL"].as_str().unwrap_or("");
            if let Some(url) = url {
                if document.starts_with("chrome://") || url.starts_with("chrome://") {
                    continue; // the browser's own start page, not ours
                }
                urls.push(url.to_string());
            }
        }
        urls
    }

    /// The file names this page has fetched so far (Resource Timing).
    pub async fn fetched_files(&self) -> Vec<String> {
        let names = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.split('/').pop())",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(names).unwrap()
    }

    /// The page contacted nobody but its own origin, and set no cookie.
    pub async fn assert_private(&self) {
        let origin = self.site.origin.clone();
        self.assert_requests_only_to(&[origin.as_str()]).await;
        self.assert_nothing_stored().await;
        let served = self.site.requests.lock().unwrap().clone();
        assert!(served.iter().all(|r| !r.contains(" 404")), "{served:?}");
    }

    /// Every request any page made (frames included) went to one of these origins,
    /// according to the DevTools log and the current frame's Resource Timing.
    pub async fn assert_requests_only_to(&self, origins: &[&str]) {
        let allowed = |url: &str| {
            origins.iter().any(|o| url.starts_with(&format!("{o}/")))
                || url.starts_with("data:")
                || url.starts_with("blob:")
        };
        let requests = self.page_requests().await;
        assert!(
            !requests.is_empty(),
            "the DevTools log should show the page loading"
        );
        for url in &requests {
            assert!(
                allowed(url),
                "the page made a request to another origin: {url}"
            );
        }
        let resources = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name)",
                vec![],
            )
            .await
            .unwrap();
        for url in resources.as_array().unwrap() {
            let url = url.as_str().unwrap();
            assert!(allowed(url), "resource from another origin: {url}");
        }
    }

    /// No cookie and nothing in local or session storage (current frame).
    pub async fn assert_nothing_stored(&self) {
        let cookies = self.client.get_all_cookies().await.unwrap();
        assert!(cookies.is_empty(), "cookies were set: {cookies:?}");
        let document_cookie = self
            .client
            .execute("return document.cookie", vec![])
            .await
            .unwrap();
        assert_eq!(document_cookie, json!(""));
        let stored = self
            .client
            .execute(
                "return [localStorage.length, sessionStorage.length]",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            stored,
            json!([0, 0]),
            "nothing may be stored until the user chooses to save"
        );
    }

    /// Runs axe-core (from npm, in .tools/) on the page; returns the violations.
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe_path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe_path)
            .unwrap_or_else(|_| panic!("{} missing: run scripts/setup", axe_path.display()));
        self.client.execute(&source, vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        result
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Every console message since the last call, of every level, from the
    /// page and its frames, as "LEVEL message".
    pub async fn console_messages(&self) -> Vec<String> {
        let log = self.client.issue_cmd(BrowserLog).await.unwrap();
        log.as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e["level"].as_str().unwrap_or(""),
                    e["message"].as_str().unwrap_or("")
                )
            })
            .collect()
    }

    pub async fn console_errors(&self) -> Vec<String> {
        let log = self.client.issue_cmd(BrowserLog).await.unwrap();
        log.as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Fails with the list of violations if axe-core finds any.
    pub async fn assert_accessible(&self, step: &str) {
        let violations = self.axe_violations().await;
        assert!(
            violations.is_empty(),
            "axe-core found problems at {step}: {violations:#?}"
        );
        // axe 4.14 no longer checks ids, but a label, hint or error found by
        // a repeated id is read out for the wrong box (found in a
        // walkthrough: a yes/no and its date shared one hint id).
        let repeated = self
            .client
            .execute(
                "const seen = new Set(), twice = new Set();
                 for (const e of document.querySelectorAll('[id]')) (seen.has(e.id) ? twice : seen).add(e.id);
                 return [...twice];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(repeated, json!([]), "ids used twice at {step}");
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .status();
        let _ = self.driver.wait();
    }
}

/// A Chrome DevTools Protocol command sent through chromedriver.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or("")
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.0, "params": self.1 }).to_string()),
        )
    }
}

#[derive(Debug)]
struct PerformanceLog;
#[derive(Debug)]
struct BrowserLog;

fn log_command(kind: &str) -> (http::Method, Option<String>) {
    (
        http::Method::POST,
        Some(json!({ "type": kind }).to_string()),
    )
}

impl fantoccini::wd::WebDriverCompatibleCommand for PerformanceLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        log_command("performance")
    }
}

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        log_command("browser")
    }
}

/// A copy of the built site in its own folder under target/, for a test
/// that breaks one of its files. Replaces any copy left by an earlier run.
pub fn dist_copy(name: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                copy(&path, &to.join(entry.file_name()));
            } else {
                std::fs::copy(&path, to.join(entry.file_name())).unwrap();
            }
        }
    }
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("dist-{name}"));
    let _ = std::fs::remove_dir_all(&target);
    copy(&dist_dir(), &target);
    target
}

/// The name of the one file in `dir` that starts with `prefix` and ends with
/// `suffix` (the built files are named by a hash).
pub fn built_file(dir: &Path, prefix: &str, suffix: &str) -> String {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .collect();
    assert_eq!(
        names.len(),
        1,
        "one {prefix}*{suffix} expected in {}: {names:?}",
        dir.display()
    );
    names[0].clone()
}

/// What goes wrong with one file in `Site::serve_with_trouble`.
#[derive(Clone, Copy, Debug)]
pub enum Trouble {
    /// The connection drops halfway through the file.
    DropHalfway,
    /// The server never answers (a very slow connection).
    Stall,
    /// The connection drops after this many bytes of the file.
    DropAfter(usize),
    /// The file comes whole, but only after this long.
    Late(Duration),
}

/// Ends the trouble of a site made by `Site::serve_with_mendable_trouble`:
/// the file is served whole from then on (the connection is back).
#[derive(Clone)]
pub struct Mend(Arc<std::sync::atomic::AtomicBool>);

impl Mend {
    pub fn mend(&self) {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Site {
    /// Like `serve`, except that the file named `file` fails as `trouble` says.
    pub fn serve_with_trouble(root: PathBuf, file: &str, trouble: Trouble) -> Site {
        Site::serve_with_mendable_trouble(root, file, trouble).0
    }

    /// Like `serve_with_trouble`, until `Mend::mend` is called.
    pub fn serve_with_mendable_trouble(
        root: PathBuf,
        file: &str,
        trouble: Trouble,
    ) -> (Site, Mend) {
        let mended = Mend(Arc::new(std::sync::atomic::AtomicBool::new(false)));
        let control = mended.clone();
        let file = file.to_string();
        assert!(
            root.join(&file).is_file(),
            "no {file} in {}",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let log = log.clone();
                let file = file.clone();
                let control = control.clone();
                std::thread::spawn(move || {
                    // Peek at the request line, leaving the request for serve_one.
                    let mut buffer = [0u8; 1024];
                    let mut line = String::new();
                    for _ in 0..100 {
                        let n = stream.peek(&mut buffer).unwrap_or(0);
                        line = String::from_utf8_lossy(&buffer[..n]).into_owned();
                        if n == 0 || line.contains("\r\n") {
                            break;
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    let target = line.split_whitespace().nth(1).unwrap_or("/");
                    let path = target.split(['?', '#']).next().unwrap_or("/");
                    if path.trim_start_matches('/') != file
                        || control.0.load(std::sync::atomic::Ordering::SeqCst)
                    {
                        return serve_one(stream, &root, &log);
                    }
                    log.lock()
                        .unwrap()
                        .push(line.lines().next().unwrap_or("").to_string());
                    troubled_reply(stream, &root.join(&file), trouble);
                });
            }
        });
        (Site { origin, requests }, mended)
    }
}

fn troubled_reply(mut stream: TcpStream, file: &Path, trouble: Trouble) {
    // Read the request to its end first, so closing sends no reset before the reply.
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
    }
    match trouble {
        Trouble::Stall => std::thread::sleep(Duration::from_secs(120)),
        Trouble::Late(wait) => {
            std::thread::sleep(wait);
            let body = std::fs::read(file).unwrap();
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(file),
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
            let _ = stream.flush();
        }
        Trouble::DropHalfway | Trouble::DropAfter(_) => {
            let body = std::fs::read(file).unwrap();
            let sent = match trouble {
                Trouble::DropAfter(bytes) => bytes.min(body.len()),
                _ => body.len() / 2,
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(file),
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body[..sent]);
            let _ = stream.flush();
            if let Trouble::DropAfter(_) = trouble {
                // The page reads what came before the line drops, as on a
                // real connection (an immediate close can reach the page
                // first, and the bytes are then never handed on).
                std::thread::sleep(Duration::from_millis(500));
            }
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// Switches a site made by `Site::serve_switchable`: which folder it serves,
/// and whether it is reachable at all. A service worker belongs to its
/// origin, so a new release and a dropped connection must keep the port.
#[derive(Clone)]
pub struct SiteSwitch {
    root: Arc<Mutex<PathBuf>>,
    offline: Arc<std::sync::atomic::AtomicBool>,
}

impl SiteSwitch {
    /// Serves this folder from now on (a new release of the site).
    pub fn serve_from(&self, root: PathBuf) {
        *self.root.lock().unwrap() = root;
    }

    /// Offline: every connection is closed unanswered, as if the network had
    /// gone (the request line is still logged, starting "offline ").
    pub fn set_offline(&self, offline: bool) {
        self.offline
            .store(offline, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Site {
    /// Like `serve`, at one origin whose folder and reachability can change.
    pub fn serve_switchable(root: PathBuf) -> (Site, SiteSwitch) {
        assert!(
            root.join("index.html").exists(),
            "{} has no index.html",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let switch = SiteSwitch {
            root: Arc::new(Mutex::new(root)),
            offline: Arc::new(std::sync::atomic::AtomicBool::new(false)),
        };
        let log = requests.clone();
        let control = switch.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = log.clone();
                let control = control.clone();
                std::thread::spawn(move || {
                    if control.offline.load(std::sync::atomic::Ordering::SeqCst) {
                        let mut line = String::new();
                        let _ = BufReader::new(&stream).read_line(&mut line);
                        log.lock().unwrap().push(format!("offline {}", line.trim()));
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                        return;
                    }
                    let root = control.root.lock().unwrap().clone();
                    serve_one(stream, &root, &log);
                });
            }
        });
        (Site { origin, requests }, switch)
    }
}

/// Downloads, recorded instead of saved: the file's name and text.
impl Browser {
    /// Replaces downloads made in the page with a record of them.
    pub async fn capture_downloads(&self) {
        self.client
            .execute(
                "window.__downloads = [];
                 const create = URL.createObjectURL;
                 URL.createObjectURL = function (blob) {
                   const entry = { name: null, text: null };
                   window.__downloads.push(entry);
                   blob.text().then(t => entry.text = t);
                   return create.call(URL, blob);
                 };
                 const click = HTMLAnchorElement.prototype.click;
                 HTMLAnchorElement.prototype.click = function () {
                   if (this.download) { window.__downloads[window.__downloads.length - 1].name = this.download; return; }
                   return click.call(this);
                 };",
                vec![],
            )
            .await
            .unwrap();
    }

    /// The first `count` downloads, once they are complete.
    pub async fn downloads(&self, count: usize) -> Vec<(String, String)> {
        for _ in 0..100 {
            let list = self
                .client
                .execute("return window.__downloads", vec![])
                .await
                .unwrap();
            let done: Vec<(String, String)> = list
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|d| Some((d["name"].as_str()?.into(), d["text"].as_str()?.into())))
                .collect();
            if done.len() >= count {
                return done;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("expected {count} downloads");
    }

    /// The latest download, once complete.
    pub async fn last_download(&self) -> (String, String) {
        for _ in 0..100 {
            let value = self
                .client
                .execute(
                    "return window.__downloads[window.__downloads.length - 1] || null",
                    vec![],
                )
                .await
                .unwrap();
            if let (Some(name), Some(text)) = (value["name"].as_str(), value["text"].as_str()) {
                return (name.to_string(), text.to_string());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no download was made");
    }
}

/// One `add_header` line of deploy/nginx.conf.
pub struct AddHeader {
    /// The block it sits in ("server", "location ...").
    pub block: String,
    pub name: String,
    pub value: String,
    /// Sent with error responses too.
    pub always: bool,
}

/// deploy/nginx.conf as the tests read it: its text, its `add_header` lines
/// and the entries of its `map` (key and value, quotes taken off).
pub struct NginxConf {
    pub text: String,
    pub add_headers: Vec<AddHeader>,
    pub map: Vec<(String, String)>,
}

pub fn shipped_nginx_conf() -> NginxConf {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx.conf"))
            .unwrap();
    let mut add_headers = Vec::new();
    let mut map = Vec::new();
    // The blocks the line is in, outermost first.
    let mut blocks: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap().trim();
        if let Some(opening) = line.strip_suffix('{') {
            blocks.push(opening.trim().to_string());
            continue;
        }
        if line == "}" {
            blocks.pop();
            continue;
        }
        let block = blocks.last().cloned().unwrap_or_default();
        if let Some(rest) = line.strip_prefix("add_header ") {
            let (name, value) = rest.split_once(' ').unwrap();
            let value = value.trim_end_matches(';').trim();
            let (value, always) = match value.strip_suffix(" always") {
                Some(value) => (value, true),
                None => (value, false),
            };
            add_headers.push(AddHeader {
                block,
                name: name.to_string(),
                value: value.trim_matches('"').to_string(),
                always,
            });
        } else if block.starts_with("map ") && !line.is_empty() {
            let parts: Vec<&str> = line.trim_end_matches(';').split_whitespace().collect();
            let key = parts[0].trim_matches('"').to_string();
            let value = parts[1..].join(" ").trim_matches('"').to_string();
            map.push((key, value));
        }
    }
    NginxConf {
        text,
        add_headers,
        map,
    }
}

/// What nginx's map regex `-[0-9a-f]{16}(_bg)?\.(js|wasm|css|json)$` says of a file name.
pub fn hashed_name(name: &str) -> bool {
    // A council's part alone, in the councils file's hashed folder.
    if let Some((folder, file)) = name.split_once('/') {
        return folder.starts_with("councils-")
            && hashed_name(&format!("{folder}.json"))
            && file.strip_suffix(".json").is_some_and(|id| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
    }
    let Some(stem) = [".js", ".wasm", ".css", ".json", ".bin"]
        .iter()
        .find_map(|ext| name.strip_suffix(*ext))
    else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.len() > 17
        && stem[stem.len() - 17..].starts_with('-')
        && stem[stem.len() - 16..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
