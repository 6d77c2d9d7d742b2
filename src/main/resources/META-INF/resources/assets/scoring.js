// The scoring screen's enhancements: the level follows the ticked criteria as the rubric says,
// a selected passage is quoted in one press, and the sheet saves itself a moment after each change,
// under If-Match of the version last saved. Without this file the page still works through Save.
import { deriveLevel } from "./rubric-level.js";

const root = document.getElementById("scoring");
if (root) {
  start(root);
}

function start(root) {
  const form = document.getElementById("sheet");
  const status = document.getElementById("save-status");
  const version = document.getElementById("sheet-version");
  const headline = document.getElementById("outcome-headline");
  const SAVE_DELAY = 1500;
  let timer = null;
  let saving = false;
  let again = false;

  const show = (text, state) => {
    status.textContent = text;
    status.dataset.state = state;
  };
  show("Your scoring saves automatically as you work.", "idle");

  // ---- the live level, from rubric-level.js: the same logic the server applies on save
  function judged(section) {
    return section.querySelector('input[name="judged"]') !== null;
  }
  function markJudged(section) {
    if (!judged(section)) {
      const mark = document.createElement("input");
      mark.type = "hidden";
      mark.name = "judged";
      mark.value = section.dataset.component;
      section.querySelector(".rubric-panel").appendChild(mark);
    }
  }
  function relevel(section) {
    const output = section.querySelector("[data-level-for]");
    if (!output || !section.dataset.rubric) return;
    const rubric = JSON.parse(section.dataset.rubric);
    const judgements = {};
    if (judged(section)) {
      section.querySelectorAll('input[name="met"]').forEach((box) => {
        judgements[box.value.split("/")[1]] = box.checked;
      });
    }
    const derived = deriveLevel(rubric, judgements);
    output.textContent = derived.level ? derived.label : "not all criteria judged yet";
    output.dataset.level = derived.level || "";
  }
  const sections = Array.from(root.querySelectorAll(".score-component:not(.carried)"));
  sections.forEach((section) => {
    section.querySelectorAll('input[name="met"]').forEach((box) =>
      box.addEventListener("change", () => {
        markJudged(section);
        relevel(section);
      })
    );
    relevel(section);
  });

  // ---- quoting a selection: the passage and the field it came from
  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    const text = selection ? selection.toString().trim() : "";
    const node = selection && selection.anchorNode;
    const field = node && (node.nodeType === 1 ? node : node.parentElement)?.closest("[data-field-key]");
    root.querySelectorAll(".quote-selection").forEach((button) => {
      const section = button.closest(".score-component");
      button.hidden = !(text && field && section.contains(field));
      if (!button.hidden) {
        button.dataset.passage = text;
        button.dataset.field = field.dataset.fieldKey;
      }
    });
  });
  root.querySelectorAll(".quote-selection").forEach((button) =>
    button.addEventListener("mousedown", (event) => event.preventDefault())
  );
  root.querySelectorAll(".quote-selection").forEach((button) =>
    button.addEventListener("click", () => {
      const id = button.dataset.quoteFor;
      document.getElementById(`qp-${id}`).value = button.dataset.passage || "";
      document.getElementById(`qf-${id}`).value = button.dataset.field || "";
      const criterion = document.getElementById(`qc-${id}`);
      if (!criterion.value && criterion.options.length > 1) criterion.selectedIndex = 1;
      criterion.focus();
      schedule();
    })
  );

  // ---- text areas grow with their text
  function grow(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 2 + "px";
  }
  root.querySelectorAll("textarea").forEach((area) => {
    grow(area);
    area.addEventListener("input", () => grow(area));
  });

  // ---- autosave: the form's own fields, so the server reads them as it reads a Save
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY);
    show("Saving…", "saving");
  }
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);

  async function save() {
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    const body = new URLSearchParams(new FormData(form));
    let response;
    try {
      response = await fetch(`${root.dataset.base}/autosave`, {
        method: "POST",
        headers: {
          Accept: "application/json",
          "If-Match": `"${version.value}"`,
          "X-CSRF-Token": root.dataset.csrf,
        },
        body,
        credentials: "same-origin",
      });
    } catch (e) {
      saving = false;
      show("Offline — will retry. Your text stays on this page.", "offline");
      timer = setTimeout(save, 5000);
      return;
    }
    saving = false;
    if (response.ok) {
      const saved = await response.json();
      version.value = saved.version;
      const newQuote = Array.from(root.querySelectorAll('textarea[name="new-passage"]')).some(
        (t) => t.value.trim() !== ""
      );
      headline.textContent = saved.headline;
      show(`Saved at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`, "saved");
      // A new quote is now part of the sheet: reload so it is listed and the fields clear.
      if (newQuote && !again) {
        location.reload();
        return;
      }
    } else if (response.status === 409) {
      const current = await response.json();
      version.value = current.version;
      showConflict(current);
      show("Not saved: the sheet changed elsewhere. Your text stays here; the saved text is shown beside it. Save again to keep yours.", "conflict");
    } else if (response.status === 422) {
      const refused = await response.json();
      show(`Not saved: ${refused.messages.join(" ")}`, "invalid");
    } else if (response.status === 401) {
      show("Your sign-in expired — sign in again in another tab; your text stays here.", "signin");
    } else {
      show("Not saved: the portal refused the change. Use Save to see why.", "error");
    }
    if (again) {
      again = false;
      save();
    }
  }

  function showConflict(current) {
    current.components.forEach((component) => {
      const area = document.getElementById(`f-${component.id}`);
      if (!area || area.value === component.feedback) return;
      let box = area.parentElement.querySelector(".conflict");
      if (!box) {
        box = document.createElement("div");
        box.className = "conflict";
        box.setAttribute("role", "alert");
        box.innerHTML = "<p><strong>Changed elsewhere.</strong> The saved feedback is shown here; yours stays in the box above.</p><div class=\"conflict-text\"></div>";
        area.parentElement.appendChild(box);
      }
      box.querySelector(".conflict-text").textContent = component.feedback;
    });
  }
}
