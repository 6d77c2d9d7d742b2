// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Closed <details> do not print, so open them for printing and restore them afterwards.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      openedForPrint.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) {
      details.open = false;
    });
    openedForPrint = [];
  });

  // A "Show password" toggle helps people who type slowly or on a phone; the button is created
  // here so that without script there is no control that does nothing.
  document.querySelectorAll("input[type=password]").forEach(function (input) {
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "button button-quiet reveal";
    toggle.textContent = "Show password";
    toggle.setAttribute("aria-controls", input.id);
    toggle.setAttribute("aria-pressed", "false");
    toggle.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      toggle.setAttribute("aria-pressed", String(show));
    });
    input.insertAdjacentElement("afterend", toggle);
  });
})();
