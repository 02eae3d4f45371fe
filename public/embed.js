/*! Complaint Navigator embed helper. MIT License. (c) Complaint Navigator contributors.
 *
 * Sizes every <iframe data-complaint-navigator> to the height its widget
 * reports, so it never shows an inner scrollbar. Messages are accepted only
 * from those frames' windows, from the origin of the frame's src, and only in
 * this form (a JSON string):
 *   {"app":"complaint-navigator","version":1,"type":"resize","height":<whole pixels>}
 * No case data is ever sent. */
(function () {
  "use strict";
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 20000;

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
        message.type !== "resize" || typeof message.height !== "number" || !isFinite(message.height)) {
      return;
    }
    var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(message.height)));
    frame.style.height = height + "px";
    frame.setAttribute("scrolling", "no");
  });
})();
