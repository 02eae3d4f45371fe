/* Complaint Navigator's service worker (README, "Offline and deployment").
   Keeps one copy of this release's own files, so the tool opens and works
   with no connection after one visit. It keeps nothing else: no answers, no
   address with a query, nothing fetched later. Its name never changes, so
   the host must serve it with "Cache-Control: no-cache" (deploy/). */
"use strict";
// Written by scripts/finish_html.py after the split: a hash of the list of
// files and their contents, and each file of the build with its SHA-256.
const VERSION = "__PRECACHE_VERSION__";
const FILES = [/* __PRECACHE_FILES__ */];
const PREFIX = "complaint-navigator-";
const CACHE = PREFIX + VERSION;
const PATHS = new Set(FILES.map(f => f[0]));

const hex = buffer => Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, "0")).join("");

// Every file, or none: a file that fails to arrive, or is not this release's
// (a stale copy from a cache on the way), fails the install, and the browser
// tries again on a later visit.
async function keep(cache, [path, sha256]) {
  const response = await fetch(path, { cache: "no-cache" });
  if (!response.ok) throw new Error(path + ": " + response.status);
  const body = await response.arrayBuffer();
  if (hex(await crypto.subtle.digest("SHA-256", body)) !== sha256) throw new Error(path + " is not this release's");
  // A fresh response: one that came through a redirect cannot answer a page load.
  await cache.put(path, new Response(body, { status: 200, headers: response.headers }));
}

self.addEventListener("install", event => {
  event.waitUntil(caches.open(CACHE).then(cache => Promise.all(FILES.map(file => keep(cache, file)))));
});

// Only the release this worker belongs to is kept.
self.addEventListener("activate", event => {
  event.waitUntil(caches.keys().then(names =>
    Promise.all(names.filter(name => name.startsWith(PREFIX) && name !== CACHE).map(name => caches.delete(name)))));
});

// A new release waits until the page asks (its "Reload" button), so nothing
// changes under a family in the middle of their answers.
self.addEventListener("message", event => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", event => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  let path = url.pathname;
  if (request.mode === "navigate") {
    // The app's own page, whatever its query (?embed, ?council=, ?embed-builder).
    if (path !== "/" && path !== "/index.html") return;
    path = "/index.html";
  } else if (url.search) {
    return;
  }
  if (!PATHS.has(path)) return;
  event.respondWith(caches.open(CACHE)
    .then(cache => cache.match(path))
    .then(cached => cached || fetch(request)));
});
