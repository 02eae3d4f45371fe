/* Complaint Navigator: works offline after one visit (README, "Offline and
   deployment"). Registers /sw.js once the page has loaded; not in a frame,
   so a widget on another site gets no worker its host did not ask for, nor
   with the browser's data saver on. A new release waits until the family
   chooses to reload. */
(function (w, n, d) {
  var sw = n.serviceWorker, line;
  if (!sw || w.top !== w || (n.connection && n.connection.saveData)) return;
  function pad() {
    d.body.style.paddingBottom = line && !line.hidden ? line.offsetHeight + "px" : "";
  }
  function offer(reg) {
    if (line || !reg.waiting || !reg.active) return;
    line = d.createElement("div");
    line.className = "update-line";
    line.id = "update-line";
    line.setAttribute("role", "status");
    line.innerHTML = "<p></p><button type=button class=button>Reload</button> <button type=button class='button button-secondary'>Not now</button>";
    var buttons = line.querySelectorAll("button");
    buttons[0].onclick = function () {
      // The new worker takes over, then the page loads again from it.
      var next = reg.waiting;
      if (!next) return location.reload();
      next.addEventListener("statechange", function () {
        if (next.state != "activating") location.reload();
      });
      next.postMessage("skip-waiting");
    };
    buttons[1].onclick = function () {
      line.hidden = true;
      pad();
    };
    d.body.append(line);
    // Filled once it is in the page, so screen readers announce it.
    setTimeout(function () {
      line.firstChild.textContent = "A new version is available: reload to use it. Your saved cases are kept; answers you have not saved will be cleared.";
      pad();
    }, 50);
    w.addEventListener("resize", pad);
  }
  function start() {
    sw.register("/sw.js").then(function (reg) {
      function watch(worker) {
        if (worker) worker.addEventListener("statechange", function () {
          if (worker.state == "installed") offer(reg);
        });
      }
      offer(reg);
      watch(reg.installing);
      reg.addEventListener("updatefound", function () { watch(reg.installing); });
    }, function () {});
  }
  // shell.js adds this script once the app has started, often after "load".
  if (d.readyState == "complete") start();
  else w.addEventListener("load", start);
})(window, navigator, document);
