/* matchmaker: small enhancements over pages that work without JavaScript. */
(function () {
  "use strict";

  // Character counters under text areas with a maximum length: "123 / 2000 characters".
  function updateCounter(field) {
    var counter = document.getElementById(field.getAttribute("data-counter"));
    if (!counter) return;
    var max = parseInt(field.getAttribute("maxlength"), 10);
    var used = field.value.length;
    counter.textContent = counter.getAttribute("data-template")
      .replace("{used}", String(used)).replace("{max}", String(max));
    counter.classList.toggle("near-limit", used > max * 0.9);
  }

  function wire(root) {
    root.querySelectorAll("textarea[data-counter]").forEach(function (field) {
      updateCounter(field);
      field.addEventListener("input", function () { updateCounter(field); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  // Content swapped in by htmx gets the same behaviour, and keyboard focus lands on it.
  document.addEventListener("htmx:afterSettle", function (event) {
    wire(event.target);
    var focusable = event.target.querySelector("[data-focus-after-swap]");
    if (focusable) focusable.focus();
  });
})();
