/*! Complaint Navigator embed helper. MIT License. (c) Complaint Navigator contributors.
 *
 * Sizes every <iframe data-complaint-navigator> to the height its widget
 * reports, so it never shows an inner scrollbar. Messages are accepted only
 * from those frames, and only in this form (a JSON string):
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

  window.addEventListener("message", function (event) {
    var frame = frameFor(event.source);
    if (!frame || typeof event.data !== "string" || event.data.length > 200) return;
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
