/* Complaint Navigator: tells the static page's reader when the app cannot
   load (README, "How the first load stays small"). Idle once the app has
   started: the app removes #loading-shell. */
(function (w, d) {
  var panel, failed, exit = "https://www.bbc.co.uk/weather";
  // Offline and installing are for the site's own pages, not a widget's
  // (framed, or its address opened alone). They wait until the app has
  // taken the loading page away, so as not to share a slow line with the
  // first screen; if the app fails to start, offline.js still comes, so a
  // new release waiting in the worker can be offered.
  var ownPage = w.top === w && !/(^|[?&])embed(=|&|$)/.test(location.search.slice(1)), added;
  function addOfflineFiles() {
    if (!ownPage || added) return;
    added = 1;
    [["manifest", "/manifest.webmanifest"], ["apple-touch-icon", "/icon-192.png"]].forEach(function (l) {
      var link = d.createElement("link");
      link.rel = l[0];
      link.href = l[1];
      d.head.append(link);
    });
    var script = d.createElement("script");
    script.src = "/offline.js";
    d.head.append(script);
  }
  if (ownPage) new MutationObserver(function (_, watching) {
    if (d.getElementById("loading-shell")) return;
    watching.disconnect();
    addOfflineFiles();
  }).observe(d.body, { childList: true });
  function show(failure) {
    var shell = d.getElementById("loading-shell");
    if (!shell || failed || (panel && !failure)) return;
    if (panel) panel.remove();
    panel = d.createElement("div");
    panel.className = "warning-panel";
    panel.innerHTML = "<p></p><button type=button class=button>Try again</button>";
    panel.firstChild.textContent = failure
      ? "Complaint Navigator could not load. Check your connection and try again. Nothing you typed has been sent anywhere."
      : "This is taking longer than usual. Check your connection, or try again.";
    panel.lastChild.onclick = function () { location.reload(); };
    panel.setAttribute("role", failure ? "alert" : "status");
    shell.setAttribute("aria-busy", "false");
    shell.querySelector("main").append(panel);
    if (failure) {
      addOfflineFiles();
      failed = panel.id = "shell-problem";
      panel.tabIndex = -1;
      shell.querySelector(".hint").hidden = true;
      panel.focus();
    }
  }
  // The glue, the chunk loader or the wasm failed to arrive, or the loader
  // threw or rejected (a wasm that does not compile). Not the stylesheet or
  // icon, nor a chunk (the app reports those).
  w.addEventListener("error", function (e) {
    var t = e.target, n = t.tagName;
    if (t == w || n == "SCRIPT" || (n == "LINK" && /preload/.test(t.rel) && !/split_|chunk_|bundle_/.test(t.href))) show(1);
  }, true);
  w.addEventListener("unhandledrejection", function () { show(1); });
  setTimeout(show, 15000);
  // The plain link also works without this; this replaces the page in the
  // history and leaves the whole tab from a widget, as the app's button does.
  d.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("#shell-exit")) {
      e.preventDefault();
      try { if (top != w) return top.location.replace(exit); } catch (x) {}
      location.replace(exit);
    }
  });
})(window, document);
