/* Console tools: a slider's value shown beside it as it moves (without this script the
   value still shows once the page comes back from Preview). */
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.hasAttribute("data-shows")) return;
    var shown = document.getElementById(field.getAttribute("data-shows"));
    if (shown) shown.textContent = field.value;
  });
})();
