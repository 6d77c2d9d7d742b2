// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Moments are written by the server in UTC, which it says; the reader's own clock is easier to
  // read, so each one is shown again in the browser's time zone, naming the zone. The UTC text
  // stays in the title for anyone who compares notes across zones.
  function localMoment(at) {
    var date = at.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" });
    var time = at.toLocaleTimeString("en-US", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    return date + " at " + time;
  }
  function showLocal(element) {
    var at = new Date(element.getAttribute("datetime"));
    if (isNaN(at.getTime())) {
      return;
    }
    if (!element.title) {
      element.title = element.textContent;
    }
    element.textContent = localMoment(at);
  }
  document.querySelectorAll("time[data-local]").forEach(showLocal);
  // Other scripts (the editor's save status) write moments the same way.
  window.portalTimes = { localMoment: localMoment, showLocal: showLocal };

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

  // A one-time link is easier to pass on with a copy button; without script the field is still
  // read-only text to select and copy.
  document.querySelectorAll("[data-copy]").forEach(function (box) {
    var input = box.querySelector("input");
    var status = box.querySelector(".copy-status");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary copy-button";
    button.textContent = "Copy the link";
    button.setAttribute("aria-controls", input.id);
    function copied(done) {
      status.textContent = done ? "Link copied." : "Copying is not available; select the link and copy it.";
    }
    function fallback() {
      input.select();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (e) {
        done = false;
      }
      copied(done);
    }
    button.addEventListener("click", function () {
      status.textContent = "";
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(input.value).then(function () {
          copied(true);
        }, fallback);
      } else {
        fallback();
      }
    });
    input.insertAdjacentElement("afterend", button);
  });

  // The address of an invitation page holds its one-time token; once the page has it, drop it from
  // the address bar and history so that it is not shared or synced by accident.
  if (document.querySelector("[data-one-time-link]") && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname);
  }
})();
