/*! Complaint Navigator embed helper. MIT License. (c) Complaint Navigator contributors.
 *
 * 1. Sizes every <iframe data-complaint-navigator> to the height its widget
 *    reports, so it never shows an inner scrollbar. Messages are accepted only
 *    from those frames' windows, from the origin of the frame's src, and only
 *    in this form (a JSON string):
 *      {"app":"complaint-navigator","version":1,"type":"resize","height":<whole pixels>}
 *    and, when the widget moves focus to something (its result, an error
 *    summary, a notice), which a frame cannot scroll this page to itself:
 *      {"app":"complaint-navigator","version":1,"type":"show","top":<px>,"height":<px>}
 *    (from the widget's top), sent only right after the family acted, and
 *    this page scrolls it into view unless it is in view already.
 *    No case data is ever sent.
 * 2. Adds one "Exit this page" button, fixed in the bottom corner of this page
 *    so it is in reach at every scroll position (with scroll padding below,
 *    so it never covers what has focus), and lets Shift pressed three
 *    times do the same. Both blank the widget and replace this page with a
 *    neutral site. A page opts out with data-exit="frame-only" on every frame
 *    (the widget keeps its own exit button). */
(function () {
  "use strict";
  var MIN_HEIGHT = 150;
  // Far above the tallest widget (about 30,000 px on a 320 px phone with every
  // explanation open); only a runaway value is cut, and then the frame scrolls.
  var MAX_HEIGHT = 200000;
  // The app's own neutral page (NEUTRAL_PAGE in src/ui/safety.rs).
  var NEUTRAL_PAGE = "https://www.bbc.co.uk/weather";
  var exitButton = null;

  function frames() {
    return document.querySelectorAll("iframe[data-complaint-navigator]");
  }

  function frameFor(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === source) return list[i];
    }
    return null;
  }

  // The origin the frame's own address names. A page the frame later moves to
  // (a link, a redirect) is another origin, and is not listened to.
  function fromFramesOrigin(frame, origin) {
    var from;
    try {
      from = new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return false;
    }
    if (from !== "null" && origin === from) return true;
    // A frame sandboxed without allow-same-origin has an opaque origin, so its
    // messages come from "null" whatever page it shows: accept "null" only
    // from such a frame (and still only from its own window).
    return origin === "null" && frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
  }

  // True when a frame on this page wants the page's own exit (the default).
  function wantsExit() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].getAttribute("data-exit") !== "frame-only") return true;
    }
    return false;
  }

  // Blanks the widgets (removed, so no history entry is added), hides this
  // page, then replaces it in the tab's history: Back does not return here.
  function exitNow() {
    var list = frames();
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i].parentNode) list[i].parentNode.removeChild(list[i]);
    }
    if (document.body) document.body.style.setProperty("visibility", "hidden", "important");
    window.location.replace(NEUTRAL_PAGE);
  }

  // Styles through the CSSOM (no style attribute in markup, no stylesheet),
  // marked important so the host page's own button rules cannot undo them.
  function restyle(element, rules) {
    for (var name in rules) {
      if (Object.prototype.hasOwnProperty.call(rules, name)) element.style.setProperty(name, rules[name], "important");
    }
  }

  var LOOK = {
    "background": "#d4351c", "color": "#ffffff", "border": "2px solid #ffffff",
    "box-shadow": "0 0 0 2px #0b0c0c", "outline": "none"
  };
  var FOCUSED = {
    "background": "#ffdd00", "color": "#0b0c0c", "border": "2px solid #0b0c0c",
    "box-shadow": "0 0 0 4px #ffdd00", "outline": "none"
  };

  function addExit() {
    if (exitButton || !document.body || !wantsExit()) return;
    var button = document.createElement("button");
    button.type = "button";
    button.id = "complaint-navigator-exit";
    button.textContent = "Exit this page";
    restyle(button, {
      "position": "fixed", "right": "10px", "bottom": "10px", "left": "auto", "top": "auto",
      "z-index": "2147483647", "display": "block", "box-sizing": "border-box", "margin": "0",
      "width": "auto", "height": "auto", "min-width": "48px", "min-height": "48px", "max-width": "calc(100vw - 20px)",
      "padding": "10px 14px", "border-radius": "4px", "cursor": "pointer", "opacity": "1", "visibility": "visible",
      "font": "700 18px/1.2 Arial, Helvetica, sans-serif", "letter-spacing": "normal",
      "text-transform": "none", "text-decoration": "none", "text-align": "center", "white-space": "nowrap"
    });
    restyle(button, LOOK);
    // Clear of a phone's rounded corners and home bar, where the browser says.
    button.style.setProperty("right", "calc(10px + env(safe-area-inset-right, 0px))", "important");
    button.style.setProperty("bottom", "calc(10px + env(safe-area-inset-bottom, 0px))", "important");
    button.addEventListener("focus", function () { restyle(button, FOCUSED); });
    button.addEventListener("blur", function () { restyle(button, LOOK); });
    button.addEventListener("click", exitNow);
    // First in the page, so the first Tab reaches it.
    document.body.insertBefore(button, document.body.firstChild);
    // Room below the page's last line, so the button never hides it for good.
    var below = parseFloat(window.getComputedStyle(document.body).paddingBottom) || 0;
    document.body.style.paddingBottom = (below + 70) + "px";
    // When the browser scrolls this page to a control that takes focus (in the
    // widget too), it stops short of the button's strip, so the button never
    // covers what has focus. Added to any padding the page set itself.
    var root = document.documentElement;
    var padded = parseFloat(window.getComputedStyle(root).scrollPaddingBottom) || 0;
    root.style.setProperty("scroll-padding-bottom", "calc(" + (padded + 70) + "px + env(safe-area-inset-bottom, 0px))");
    exitButton = button;
  }

  // Shift pressed three times within about a second and a half, as in the
  // widget; any other key starts the count again (typing capitals never exits).
  var presses = [];
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = event.timeStamp;
    var recent = [];
    for (var i = 0; i < presses.length; i++) {
      if (now - presses[i] < 1500) recent.push(presses[i]);
    }
    recent.push(now);
    presses = recent;
    if (presses.length >= 3 && wantsExit()) exitNow();
  }, true);

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addExit);
  } else {
    addExit();
  }

  // Scrolls this page so a part of the widget (top and height from the
  // widget's top) comes into view near the top of the screen, below any
  // sticky header the page declares (scroll-padding-top), unless it is in
  // view already. Only up and down: a sideways scroll is kept.
  function show(frame, top, height) {
    var place = frame.getBoundingClientRect();
    top = Math.min(place.height, Math.max(0, top));
    height = Math.min(place.height - top, Math.max(0, height));
    var margin = 16 + (parseFloat(window.getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
    var start = place.top + top;
    var bottom = window.innerHeight - (exitButton ? 80 : 0);
    if (start >= 0 && start + height <= bottom) return;
    if (start >= 0 && start <= margin) return;
    window.scrollBy(0, start - margin);
  }

  window.addEventListener("message", function (event) {
    var frame = frameFor(event.source);
    if (!frame || !fromFramesOrigin(frame, event.origin) || typeof event.data !== "string" || event.data.length > 200) return;
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!message || message.app !== "complaint-navigator" || message.version !== 1 ||
        typeof message.height !== "number" || !isFinite(message.height)) {
      return;
    }
    if (message.type === "show") {
      if (typeof message.top === "number" && isFinite(message.top)) show(frame, message.top, message.height);
      return;
    }
    if (message.type !== "resize") return;
    var wanted = Math.max(MIN_HEIGHT, Math.ceil(message.height));
    var height = Math.min(MAX_HEIGHT, wanted);
    frame.style.height = height + "px";
    // Cut short, the frame keeps its own scrollbar, so nothing is out of reach.
    frame.setAttribute("scrolling", wanted > MAX_HEIGHT ? "auto" : "no");
    // A frame the page added after this script ran.
    addExit();
  });
})();
