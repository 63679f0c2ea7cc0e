// Buttons that only make sense with JavaScript, hidden until this script shows them (the page says how
// to do without: select the text, use the browser's print menu).
// <button data-print hidden> prints the page.
// <button data-copy="ID" hidden> copies the value (or text) of element ID and says so in the nearest
// [data-copy-status] live region.
(function () {
  "use strict";
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var container = button.closest("section, li, div.receipt") || document.body;
    var status = container.querySelector("[data-copy-status]");
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.value !== undefined ? source.value : source.textContent.trim();
      navigator.clipboard.writeText(text).then(
        function () { if (status) { status.textContent = button.getAttribute("data-copied") || "Copié."; } },
        function () { if (status) { status.textContent = button.getAttribute("data-copy-failed") || ""; } }
      );
    });
  });
})();
