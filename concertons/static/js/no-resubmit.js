// A page answering a POST (the receipt, the follow-up) names a GET page in
// <meta name="concertons-history-url">: this history entry is pointed at it, so that reloading asks for
// that page instead of sending the form again. Without JavaScript, the server recognises the form sent twice.
// Also loaded by the form pages, so that the browser already has it: fetching it tells the server nothing.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="concertons-history-url"]');
  if (meta && window.history && typeof window.history.replaceState === "function") {
    window.history.replaceState(null, "", meta.getAttribute("content"));
  }
})();
