//! The release behind a real nginx (Debian's package), configured with the
//! shipped deploy/nginx.conf: every header on the files that matter, the
//! precompressed copies, a first journey in headless Chromium, and the widget
//! framed by the one allowed site and refused by any other.
//!
//! The test copies the built site (E2E_DIST, or dist/) under target/, adds the
//! .br and .gz copies with scripts/precompress.py (the archive's own step) and
//! deploy/_headers, as scripts/release does, and writes an nginx configuration
//! that wraps deploy/nginx.conf, changing only the listening port, the root
//! folder and the sites in frame-ancestors (and turning on brotli_static, as
//! the shipped file says to do where the module is installed).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use complaint_navigator::core::embed::{snippet, EmbedOptions};
use support::{dist_dir, hashed_name, Browser, Site};

/// Monday 5 January 2026: a complaint received on Friday 19 December 2025
/// has its stage 1 reply due on Wednesday 7 January.
const TODAY: &str = "/#today=2026-01-05";

const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What deploy/nginx.conf ships: its text, its server-level add_header lines
/// (name, value) and the Cache-Control map's two values.
struct Shipped {
    text: String,
    headers: Vec<(String, String)>,
    immutable: String,
    no_cache: String,
}

fn shipped() -> Shipped {
    let conf = support::shipped_nginx_conf();
    let text = conf.text;
    let map = conf.map;
    let headers: Vec<(String, String)> = conf
        .add_headers
        .into_iter()
        .map(|header| (header.name, header.value))
        .collect();
    let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "Content-Security-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "Permissions-Policy",
        "Access-Control-Allow-Origin",
        "Cache-Control",
    ] {
        assert!(names.contains(&name), "deploy/nginx.conf sends no {name}");
    }
    assert_eq!(
        map.len(),
        2,
        "the cache map: hashed files and the rest: {map:?}"
    );
    let no_cache = map.iter().find(|(k, _)| k == "default").unwrap().1.clone();
    let immutable = map.iter().find(|(k, _)| k != "default").unwrap().1.clone();
    Shipped {
        text,
        headers,
        immutable,
        no_cache,
    }
}

/// `text` with `from` replaced by `to`, where `from` occurs exactly once
/// (so a changed deploy/nginx.conf fails here, not silently).
fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "deploy/nginx.conf should hold {from:?} once"
    );
    text.replacen(from, to, 1)
}

/// The shipped Content-Security-Policy with frame-ancestors listing `'self'` and `allowed` only.
fn policy_for(shipped_policy: &str, allowed: &str) -> String {
    let start = shipped_policy
        .find("frame-ancestors ")
        .expect("the policy has frame-ancestors");
    let end = start + shipped_policy[start..].find(';').unwrap();
    assert!(shipped_policy[start..end].contains("'self'"));
    format!(
        "{}frame-ancestors 'self' {allowed}{}",
        &shipped_policy[..start],
        &shipped_policy[end..]
    )
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// The release as scripts/release packs it: the build, a .br and a .gz copy
/// beside each compressible file, and deploy/_headers.
fn release_site(dir: &Path) -> PathBuf {
    let site = dir.join("site");
    let dist = dist_dir();
    assert!(
        dist.join("index.html").exists(),
        "{} has no index.html: run `scripts/trunk build --release` first (scripts/test does)",
        dist.display()
    );
    copy_dir(&dist, &site);
    std::fs::copy(root().join("deploy/_headers"), site.join("_headers")).unwrap();
    let status = Command::new("python3")
        .arg(root().join("scripts/precompress.py"))
        .arg(&site)
        .env("PYTHONPATH", root().join(".tools/python"))
        .stdout(Stdio::null())
        .status()
        .expect("python3");
    assert!(
        status.success(),
        "scripts/precompress.py failed (the brotli binding comes from scripts/setup)"
    );
    site
}

/// nginx in the foreground, one process, killed when dropped (also on a panic).
struct Nginx {
    child: Child,
    port: u16,
    dir: PathBuf,
    brotli: bool,
    policy: String,
}

impl Nginx {
    /// Writes the configuration around deploy/nginx.conf and starts nginx on it.
    fn start(dir: &Path, site: &Path, shipped: &Shipped, allowed: &str) -> Nginx {
        let port = free_port();
        let brotli = Path::new(BROTLI_MODULE).exists();
        let shipped_policy = &shipped
            .headers
            .iter()
            .find(|(n, _)| n == "Content-Security-Policy")
            .unwrap()
            .1;
        let policy = policy_for(shipped_policy, allowed);
        let mut server = replace_once(
            &shipped.text,
            "listen 443 ssl http2;",
            &format!("listen 127.0.0.1:{port};"),
        );
        server = replace_once(
            &server,
            "root /srv/complaint-navigator/site;",
            &format!("root {};", site.display()),
        );
        server = replace_once(&server, shipped_policy, &policy);
        if brotli {
            server = replace_once(&server, "# brotli_static on;", "brotli_static on;");
        }
        let root_user = String::from_utf8(Command::new("id").arg("-u").output().unwrap().stdout)
            .unwrap()
            .trim()
            == "0";
        let d = dir.display();
        let config = format!(
            "# Written by tests/deploy.rs around deploy/nginx.conf.\n\
             {user}daemon off;\n\
             master_process off;\n\
             worker_processes 1;\n\
             pid {d}/nginx.pid;\n\
             error_log {d}/error.log notice;\n\
             {module}\
             events {{ worker_connections 256; }}\n\
             http {{\n\
             include /etc/nginx/mime.types;\n\
             default_type application/octet-stream;\n\
             sendfile on;\n\
             access_log {d}/access.log;\n\
             client_body_temp_path {d}/body;\n\
             proxy_temp_path {d}/proxy;\n\
             fastcgi_temp_path {d}/fastcgi;\n\
             uwsgi_temp_path {d}/uwsgi;\n\
             scgi_temp_path {d}/scgi;\n\
             {server}\n\
             }}\n",
            // As root, nginx would otherwise hand its work to "nobody".
            user = if root_user { "user root;\n" } else { "" },
            module = if brotli {
                format!("load_module {BROTLI_MODULE};\n")
            } else {
                String::new()
            },
        );
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, config).unwrap();
        let nginx = std::env::var("NGINX").unwrap_or("/usr/sbin/nginx".into());
        let args = |command: &mut Command| {
            command
                .arg("-p")
                .arg(dir)
                .arg("-c")
                .arg(&conf)
                .arg("-e")
                .arg(dir.join("error.log"));
        };
        let mut check = Command::new(&nginx);
        args(&mut check);
        let checked = check
            .arg("-t")
            .output()
            .expect("nginx (Debian package nginx) must be installed: run scripts/setup");
        assert!(
            checked.status.success(),
            "nginx -t rejects the configuration: {}",
            String::from_utf8_lossy(&checked.stderr)
        );
        let mut command = Command::new(&nginx);
        args(&mut command);
        let child = command
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("stderr.log")).unwrap())
            .spawn()
            .unwrap();
        let mut nginx = Nginx {
            child,
            port,
            dir: dir.to_path_buf(),
            brotli,
            policy,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                panic!("nginx stopped ({status}): {}", nginx.error_log());
            }
            assert!(
                Instant::now() < deadline,
                "nginx never listened: {}",
                nginx.error_log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        nginx
    }

    fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn error_log(&self) -> String {
        let read = |name: &str| std::fs::read_to_string(self.dir.join(name)).unwrap_or_default();
        format!("{}{}", read("stderr.log"), read("error.log"))
    }

    fn access_log(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP response, read with a plain socket.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    /// Every value of this header (case-insensitive name).
    fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The header's one value (fails if it is missing or sent twice).
    fn one(&self, name: &str) -> &str {
        let values = self.all(name);
        assert_eq!(values.len(), 1, "{name}: {values:?} in {:?}", self.headers);
        values[0]
    }
}

fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let encoding = accept_encoding
        .map(|e| format!("Accept-Encoding: {e}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{encoding}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a whole response head");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').unwrap();
            (name.trim().to_string(), value.trim().to_string())
        })
        .collect();
    Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// Every header deploy/nginx.conf adds, with the value it ships (the cache
/// map resolved to `cache`, frame-ancestors as configured for the test).
fn assert_shipped_headers(
    response: &Response,
    shipped: &Shipped,
    nginx: &Nginx,
    cache: Option<&str>,
    what: &str,
) {
    for (name, value) in &shipped.headers {
        let expected = match name.as_str() {
            "Cache-Control" => match cache {
                Some(cache) => cache,
                None => continue,
            },
            "Content-Security-Policy" => nginx.policy.as_str(),
            _ => value.as_str(),
        };
        assert_eq!(
            response.all(name),
            vec![expected],
            "{what}: {name} (all headers: {:?})",
            response.headers
        );
    }
    assert!(
        response.all("Server").iter().all(|s| *s == "nginx"),
        "{what}: server_tokens off hides the version: {:?}",
        response.all("Server")
    );
}

/// Serves a file three ways: plain, to a gzip client, and to a brotli client.
/// Checks the shipped headers each time, the type, and that the body is the
/// file itself or its precompressed copy.
fn check_file(
    nginx: &Nginx,
    shipped: &Shipped,
    site: &Path,
    path: &str,
    file: &str,
    content_type: &str,
) {
    let cache = if hashed_name(file) {
        shipped.immutable.as_str()
    } else {
        shipped.no_cache.as_str()
    };
    let raw = std::fs::read(site.join(file)).unwrap();
    let gz = std::fs::read(site.join(format!("{file}.gz"))).unwrap_or_else(|_| panic!("{file}.gz"));
    let br = std::fs::read(site.join(format!("{file}.br"))).unwrap_or_else(|_| panic!("{file}.br"));

    let plain = get(nginx.port, path, None);
    let what = format!("{path} (plain)");
    assert_eq!(plain.status, 200, "{what}");
    assert_shipped_headers(&plain, shipped, nginx, Some(cache), &what);
    assert_eq!(plain.one("Content-Type"), content_type, "{what}");
    assert!(
        plain.all("Content-Encoding").is_empty(),
        "{what}: {:?}",
        plain.headers
    );
    assert!(plain.body == raw, "{what}: the file as built");

    let zipped = get(nginx.port, path, Some("gzip"));
    let what = format!("{path} (gzip)");
    assert_eq!(zipped.status, 200, "{what}");
    assert_shipped_headers(&zipped, shipped, nginx, Some(cache), &what);
    assert_eq!(zipped.one("Content-Type"), content_type, "{what}");
    assert_eq!(zipped.one("Content-Encoding"), "gzip", "{what}");
    assert_eq!(zipped.one("Vary"), "Accept-Encoding", "{what}");
    assert!(zipped.body == gz, "{what}: the precompressed {file}.gz");

    if nginx.brotli {
        let squeezed = get(nginx.port, path, Some("gzip, deflate, br"));
        let what = format!("{path} (br)");
        assert_eq!(squeezed.status, 200, "{what}");
        assert_shipped_headers(&squeezed, shipped, nginx, Some(cache), &what);
        assert_eq!(squeezed.one("Content-Type"), content_type, "{what}");
        assert_eq!(squeezed.one("Content-Encoding"), "br", "{what}");
        assert_eq!(squeezed.one("Vary"), "Accept-Encoding", "{what}");
        assert!(squeezed.body == br, "{what}: the precompressed {file}.br");
    }
}

/// A charity's page at `dir`, holding the widget's snippet (written later,
/// once nginx's address is known), served on its own port.
fn host_site(dir: &Path) -> Site {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><title>Not yet</title>",
    )
    .unwrap();
    Site::serve(dir.to_path_buf())
}

fn write_host_page(dir: &Path, app: &str) {
    let options = EmbedOptions {
        embed: true,
        council: Some("leeds".into()),
        ..EmbedOptions::default()
    };
    let code = snippet(app, &options);
    assert!(
        code.contains(&format!("{app}/?embed&council=leeds\"")),
        "{code}"
    );
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">\
             <title>A charity's page</title></head><body><main><h1>Help with a complaint</h1>{code}</main></body></html>"
        ),
    )
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs dist/ (scripts/trunk build --release), nginx and chromium-driver: run scripts/test"]
async fn the_release_behind_nginx_sends_every_header_and_works() {
    let dir = root().join("target/deploy-nginx");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let site = release_site(&dir);
    let shipped = shipped();

    // Two charities' pages, each on its own site ("localhost" is another site
    // than nginx's "127.0.0.1"): only the first is listed in frame-ancestors.
    let allowed_dir = dir.join("host-allowed");
    let refused_dir = dir.join("host-refused");
    let allowed = host_site(&allowed_dir);
    let refused = host_site(&refused_dir);
    let allowed_origin = allowed.origin.replace("127.0.0.1", "localhost");
    let refused_origin = refused.origin.replace("127.0.0.1", "localhost");

    let nginx = Nginx::start(&dir, &site, &shipped, &allowed_origin);
    let app = nginx.origin();
    write_host_page(&allowed_dir, &app);
    write_host_page(&refused_dir, &app);
    eprintln!(
        "nginx on {app}, brotli_static {}, frame-ancestors for {allowed_origin}",
        if nginx.brotli { "on" } else { "not installed" }
    );

    // Every header, on the files that matter.
    let mut names: Vec<String> = std::fs::read_dir(&site)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let wasm = names
        .iter()
        .find(|n| n.starts_with("complaint-navigator-") && n.ends_with("_bg.wasm"))
        .expect("the app's WebAssembly");
    assert!(hashed_name(wasm), "{wasm}");
    let html = "text/html; charset=utf-8";
    let js = "application/javascript; charset=utf-8";
    check_file(&nginx, &shipped, &site, "/", "index.html", html);
    check_file(&nginx, &shipped, &site, "/index.html", "index.html", html);
    check_file(
        &nginx,
        &shipped,
        &site,
        "/?embed&council=leeds",
        "index.html",
        html,
    );
    check_file(&nginx, &shipped, &site, "/sw.js", "sw.js", js);
    check_file(&nginx, &shipped, &site, "/embed.js", "embed.js", js);
    // The councils file, its wording, and a widget's own council's part
    // alone: a year, precompressed like the rest.
    let councils = names
        .iter()
        .find(|n| n.starts_with("councils-") && n.ends_with(".json"))
        .expect("the councils file");
    let leeds = format!("{}/leeds.json", councils.trim_end_matches(".json"));
    let wording = format!("council-words-{}", &councils["councils-".len()..]);
    assert!(names.contains(&wording), "{wording}");
    for file in [councils.as_str(), leeds.as_str(), wording.as_str()] {
        assert!(hashed_name(file), "{file}");
        check_file(
            &nginx,
            &shipped,
            &site,
            &format!("/{file}"),
            file,
            "application/json",
        );
    }
    check_file(
        &nginx,
        &shipped,
        &site,
        &format!("/{wasm}"),
        wasm,
        "application/wasm",
    );
    // The bundles of chunks: a year, precompressed.
    for bundle in names
        .iter()
        .filter(|n| n.starts_with("bundle_") && n.ends_with(".bin"))
    {
        assert!(hashed_name(bundle), "{bundle}");
        check_file(
            &nginx,
            &shipped,
            &site,
            &format!("/{bundle}"),
            bundle,
            "application/octet-stream",
        );
    }
    assert_eq!(
        names
            .iter()
            .filter(|n| n.starts_with("bundle_") && n.ends_with(".bin"))
            .count(),
        2,
        "the questions' and the engine's bundles: {names:?}"
    );
    for name in names.iter().filter(|n| n.ends_with(".wasm")) {
        let response = get(nginx.port, &format!("/{name}"), None);
        assert_eq!(response.one("Content-Type"), "application/wasm", "{name}");
        assert_eq!(response.one("Cache-Control"), shipped.immutable, "{name}");
    }
    // A missing chunk is a 404, never the page, and still carries the headers;
    // the archive's _headers file is not served.
    for path in [
        "/chunk_9-0123456789abcdef.wasm",
        "/_headers",
        "/nothing-here",
    ] {
        let response = get(nginx.port, path, Some("gzip, br"));
        assert_eq!(response.status, 404, "{path}");
        // An error is never cached: no Cache-Control at all, so a missing
        // hashed chunk's 404 is not kept for a year.
        assert!(
            response.all("Cache-Control").is_empty(),
            "{path}: {:?}",
            response.all("Cache-Control")
        );
        assert_shipped_headers(&response, &shipped, &nginx, None, path);
    }
    let probes = nginx.access_log().len();

    // The first journey, in Chromium, through nginx.
    let browser = Browser::start_with(
        Site {
            origin: app.clone(),
            requests: Arc::new(Mutex::new(Vec::new())),
        },
        1280,
        900,
    )
    .await;
    browser.open(TODAY).await;
    browser.count_leeds_19_december().await;

    // The widget on the allowed site loads, with the council it was given.
    let _ = browser.console_messages().await;
    browser
        .client
        .goto(&format!("{allowed_origin}/"))
        .await
        .unwrap();
    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
    browser.wait_for("#main").await;
    browser.wait_for_text("#council-chosen", "Leeds").await;
    browser.client.enter_parent_frame().await.unwrap();
    let messages = browser.console_messages().await;
    assert!(
        messages.iter().all(|m| !m.contains("frame-ancestors")),
        "the allowed site's frame was refused: {messages:#?}"
    );

    // On any other site, nginx serves the page but Chromium refuses to show it.
    browser
        .client
        .goto(&format!("{refused_origin}/"))
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = Vec::new();
    let refusal = loop {
        seen.extend(browser.console_messages().await);
        if let Some(m) = seen.iter().find(|m| {
            // "Framing '…' violates … frame-ancestors … The request has been
            // blocked." (older Chromium: "Refused to frame '…' because …").
            m.contains("frame-ancestors")
                && m.contains(&app)
                && (m.contains("blocked") || m.contains("Refused to frame"))
        }) {
            break m.clone();
        }
        assert!(
            Instant::now() < deadline,
            "Chromium never refused the frame: {seen:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(refusal.contains(&allowed_origin), "{refusal}");
    browser
        .wait_for("iframe")
        .await
        .enter_frame()
        .await
        .unwrap();
    assert!(
        !browser.exists("#main").await,
        "the refused frame shows the app"
    );
    browser.client.enter_parent_frame().await.unwrap();
    browser.close().await;

    // nginx answered every request of the journey and of both frames; the
    // only 404s were the probes above.
    let log = nginx.access_log();
    let frames = log[probes..]
        .iter()
        .filter(|l| {
            l.contains("\"GET /?embed&council=leeds HTTP/1.1\" 200 ")
                || l.contains("\"GET /?embed&council=leeds HTTP/1.1\" 304 ")
        })
        .count();
    assert_eq!(frames, 2, "both frames were served: {:#?}", &log[probes..]);
    let missing: Vec<&String> = log[probes..]
        .iter()
        .filter(|l| l.contains("\" 404 "))
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
    assert!(
        !nginx.error_log().contains("[error]"),
        "{}",
        nginx.error_log()
    );
}
