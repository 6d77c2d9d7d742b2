// The editor's enhancements: live word counts, autosave through the JSON API, conflict and
// offline handling, uploads in place, and an outline kept up to date. Without this file the page
// still works through its Save and Upload forms, and the outline is plain links.
import { countWords } from "./wordcount.js";

const editor = document.getElementById("editor");
if (editor) {
  foldOutlineOnNarrowScreens();
  filterInPlace(editor);
}
if (editor && editor.dataset.editable === "true") {
  start(editor);
}

// The outline is open in the page so that it shows without script; on a phone it would push the
// writing a long way down, so there it starts folded, a menu to open.
function foldOutlineOnNarrowScreens() {
  const menu = document.querySelector(".outline-menu");
  if (menu && window.matchMedia("(max-width: 1099px)").matches) {
    menu.open = false;
  }
}

// The outline's "Show" links narrow the page to a part or a student. Without script each is a page
// of its own; with script the same address is shown in place, so nothing typed is reloaded away.
// Hidden fields keep their text and still save, as on the server-made page.
function filterInPlace(root) {
  const nav = document.querySelector(".outline-nav");
  const path = window.location.pathname;
  if (!nav) {
    return;
  }
  const filterOf = (url) => {
    const part = url.searchParams.get("part") || "";
    const subject = parseInt(url.searchParams.get("subject") || "", 10);
    return { part, subject: part && subject >= 1 ? subject - 1 : -1 };
  };
  const query = (f) => (f.part ? `?part=${encodeURIComponent(f.part)}${f.subject < 0 ? "" : `&subject=${f.subject + 1}`}` : "");
  const shows = (f, part, subject) =>
    !f.part || (f.part === part && (f.subject < 0 || subject < 0 || f.subject === subject));
  const placeOf = (element) => {
    const holder = element && element.closest("[data-filter-part]");
    const withSubject = element && element.closest("[data-filter-subject]");
    return {
      part: holder ? holder.dataset.filterPart : "",
      subject: withSubject ? parseInt(withSubject.dataset.filterSubject, 10) : -1,
    };
  };
  // Each jump link keeps the filter when its target shows under it, else leads to the whole draft.
  const jumps = Array.from(nav.querySelectorAll(".outline a")).map((link) => {
    const url = new URL(link.href);
    return { link, hash: url.hash, place: placeOf(document.getElementById(url.hash.slice(1))) };
  });
  function apply(f) {
    root.querySelectorAll("[data-filter-part]").forEach((element) => {
      const subject = element.dataset.filterSubject === undefined ? -1 : parseInt(element.dataset.filterSubject, 10);
      element.hidden = !shows(f, element.dataset.filterPart, subject);
    });
    nav.querySelectorAll(".outline-filters a").forEach((link) => {
      const own = filterOf(new URL(link.href));
      if (own.part === f.part && own.subject === f.subject) {
        link.setAttribute("aria-current", "true");
      } else {
        link.removeAttribute("aria-current");
      }
    });
    jumps.forEach(({ link, hash, place }) => {
      link.href = path + (place.part && shows(f, place.part, place.subject) ? query(f) : "") + hash;
    });
    root.querySelectorAll("input[name='show-part']").forEach((input) => (input.value = f.part));
    root.querySelectorAll("input[name='show-subject']").forEach(
      (input) => (input.value = f.subject < 0 ? "" : String(f.subject + 1))
    );
  }
  nav.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    const url = new URL(link.href);
    if (url.origin !== window.location.origin || url.pathname !== path) {
      return;
    }
    event.preventDefault();
    apply(filterOf(url));
    const address = url.pathname + url.search + url.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      history.pushState({ outlineFilter: true }, "", address);
    }
    const target = url.hash ? document.getElementById(url.hash.slice(1)) : null;
    if (target) {
      target.scrollIntoView();
      const field = target.matches("textarea, input") ? target : null;
      if (field) {
        field.focus({ preventScroll: true });
      }
    } else {
      window.scrollTo(0, 0);
    }
  });
  window.addEventListener("popstate", () => apply(filterOf(new URL(window.location.href))));
}

function start(root) {
  const submission = root.dataset.submission;
  const csrf = root.dataset.csrf;
  const status = document.getElementById("save-status");
  const SAVE_DELAY = 2000;
  const COUNT_DELAY = 500;
  const RETRY_EVERY = 5000;
  const fields = Array.from(root.querySelectorAll("[data-key]"));
  const pending = new Map(); // key -> timer
  const inFlight = new Set();
  const waiting = new Set(); // keys to resend when the network or the sign-in is back
  const conflicted = new Set();
  let problem = null; // "offline" | "signin" | null

  // With script every change saves itself, so the Save buttons would only make people wonder
  // which of two ways to trust; they stay for anyone without script.
  root.classList.add("autosaving");
  showInitialStatus();
  function showInitialStatus() {
    const last = root.dataset.lastSaved;
    const times = window.portalTimes;
    const at = last ? new Date(last) : null;
    if (at && !isNaN(at.getTime())) {
      const when = times ? times.localMoment(at) : at.toLocaleString();
      show(`Changes save automatically. Last saved ${when}.`, "idle");
    } else {
      show("Changes save automatically a few seconds after you stop typing.", "idle");
    }
  }

  // ---- local copies: kept until the server has the text, keyed by the version it was based on
  const storageKey = (key, version) => `mcp-draft:${submission}:${key}:${version}`;
  function keepLocally(field) {
    try {
      localStorage.setItem(
        storageKey(field.dataset.key, field.dataset.version),
        JSON.stringify({ text: field.value, at: Date.now() })
      );
    } catch (e) {
      // Storage full or disabled: autosave still runs, only the offline copy is lost.
    }
  }
  function forgetLocally(key) {
    const prefix = `mcp-draft:${submission}:${key}:`;
    Object.keys(localStorage)
      .filter((k) => k.startsWith(prefix))
      .forEach((k) => localStorage.removeItem(k));
  }

  // ---- status line
  function time(at) {
    return at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  }
  function show(text, state) {
    status.textContent = text;
    status.dataset.state = state;
  }
  function refreshStatus(savedAt) {
    if (problem === "offline") {
      show("Offline — will retry. Your text is kept in this browser.", "offline");
    } else if (problem === "signin") {
      show(
        "Your sign-in expired — sign in again in another tab; your text is kept here.",
        "signin"
      );
    } else if (conflicted.size > 0) {
      show("Not saved: an answer changed elsewhere. Choose which text to keep.", "conflict");
    } else if (inFlight.size > 0 || pending.size > 0) {
      show("Saving…", "saving");
    } else if (savedAt) {
      show(`Saved at ${time(savedAt)}`, "saved");
    }
  }

  // ---- word counts, updated when typing pauses so screen readers are not flooded
  const counters = Array.from(root.querySelectorAll("[data-count-for]"));
  const barCount = document.getElementById("bar-count");
  let barComponent = null;
  let countTimer = null;
  function wordsOf(key) {
    const field = fields.find((f) => f.dataset.key === key);
    // An uploaded PDF counts instead of the document written in the editor, as on the checklist.
    const upload = root.querySelector(`[data-upload-for="${CSS.escape(key)}"]`);
    const uploaded = upload ? upload.dataset.uploadWords : undefined;
    if (uploaded !== undefined) {
      return Number(uploaded);
    }
    return field ? countWords(field.value) : 0;
  }
  const wordsText = (n) => `${n.toLocaleString("en-US")} word${n === 1 ? "" : "s"}`;
  function recount() {
    const byKey = new Map();
    fields
      .filter((f) => f.tagName === "TEXTAREA")
      .forEach((f) => byKey.set(f.dataset.key, wordsOf(f.dataset.key)));
    root.querySelectorAll("[data-words-for]").forEach((span) => {
      const text = wordsText(byKey.get(span.dataset.wordsFor) || 0);
      if (span.textContent !== text) {
        span.textContent = text;
      }
    });
    recountOutline(byKey);
    counters.forEach((counter) => {
      const id = counter.dataset.countFor;
      let words = 0;
      root.querySelectorAll(`textarea[data-component="${id}"]`).forEach((t) => {
        words += byKey.get(t.dataset.key) || 0;
      });
      // Either bound may be missing; the server words them in data-bounds, as the checklist does.
      const min = counter.dataset.min === "" ? -Infinity : Number(counter.dataset.min);
      const max = counter.dataset.max === "" ? Infinity : Number(counter.dataset.max);
      const guide = counter.hasAttribute("data-guide");
      const state = words < min ? "under" : words > max ? "over" : "within";
      const note =
        state === "under"
          ? ` — ${min - words} ${guide ? "below the guide" : "more needed"}`
          : state === "over"
            ? ` — ${words - max} ${guide ? "above the guide" : "over the limit"}`
            : guide
              ? " — within the guide"
              : " — within the limit";
      const noun = words === 1 ? "word" : "words";
      const shown = words.toLocaleString("en-US");
      const text = `${counter.dataset.label}: ${shown} ${noun} (${counter.dataset.bounds})${note}`;
      if (counter.textContent !== text) {
        counter.textContent = text;
      }
      counter.classList.remove("count-under", "count-within", "count-over");
      counter.classList.add(`count-${state}`);
    });
    showBarCount();
  }

  // ---- the count of the component being written stays in the sticky bar, beside the save state
  function showBarCount() {
    const counter = barComponent
      ? counters.find((c) => c.dataset.countFor === barComponent)
      : undefined;
    if (!barCount) {
      return;
    }
    if (!counter) {
      barCount.hidden = true;
      return;
    }
    // The counter itself is announced; the copy in the bar is for the eye only.
    const text = counter.textContent;
    if (barCount.textContent !== text) {
      barCount.textContent = text;
    }
    barCount.className = `bar-count word-count ${Array.from(counter.classList)
      .filter((c) => c.startsWith("count-"))
      .join(" ")}`;
    barCount.hidden = false;
  }
  function follow(element) {
    const component = element ? element.closest(".editor-component") : null;
    const counter = component ? component.querySelector("[data-count-for]") : null;
    if (counter) {
      barComponent = counter.dataset.countFor;
      showBarCount();
    }
  }
  root.addEventListener("focusin", (event) => follow(event.target));
  if (location.hash.length > 1) {
    follow(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  }

  // ---- the outline: each entry's words and state, from the same counts
  const outlineEntries = Array.from(root.querySelectorAll("[data-outline-keys]"));
  function progress(words, min) {
    if (words.length === 0 || words.every((w) => w === 0)) {
      return "empty";
    }
    if (words.some((w) => w === 0)) {
      return "started";
    }
    const total = words.reduce((a, b) => a + b, 0);
    return min !== undefined && total < min ? "started" : "done";
  }
  function mark(entry, state, words) {
    const stateTag = entry.querySelector(":scope > .outline-status [data-state]");
    const count = entry.querySelector(":scope > .outline-status [data-words]");
    if (stateTag && stateTag.textContent !== state) {
      stateTag.textContent = state;
      stateTag.className = `state state-${state}`;
    }
    if (count) {
      const text = wordsText(words);
      if (count.textContent !== text) {
        count.textContent = text;
      }
    }
    entry.dataset.progress = state;
  }
  function recountOutline(byKey) {
    outlineEntries.forEach((entry) => {
      const words = entry.dataset.outlineKeys
        .split(" ")
        .filter((k) => k)
        .map((k) => (byKey.has(k) ? byKey.get(k) : wordsOf(k)));
      const min = entry.dataset.min === undefined ? undefined : Number(entry.dataset.min);
      mark(entry, progress(words, min), words.reduce((a, b) => a + b, 0));
    });
    let total = 0;
    root.querySelectorAll("[data-outline-combine]").forEach((part) => {
      const parts = Array.from(part.querySelectorAll(":scope > ol > [data-outline-keys]"));
      const states = parts.map((p) => p.dataset.progress);
      const words = part.dataset.partKeys
        .split(" ")
        .filter((k) => k)
        .map((k) => (byKey.has(k) ? byKey.get(k) : wordsOf(k)))
        .reduce((a, b) => a + b, 0);
      total += words;
      const state = states.every((s) => s === "empty")
        ? "empty"
        : states.every((s) => s === "done")
          ? "done"
          : "started";
      mark(part, state, words);
    });
    const totalTag = root.querySelector("[data-outline-total]");
    if (totalTag) {
      totalTag.textContent = wordsText(total);
    }
  }
  recount();

  // ---- a subject's headings take its pseudonym as it is typed
  function rename(field) {
    const name = field.value.trim();
    root.querySelectorAll(`[data-subject-name="${CSS.escape(field.dataset.key)}"]`).forEach((tag) => {
      const text = name ? `${tag.dataset.subjectLabel}: ${name}` : tag.dataset.subjectLabel;
      if (tag.textContent !== text) {
        tag.textContent = text;
      }
    });
  }
  fields
    .filter((f) => f.dataset.key.startsWith("subject:"))
    .forEach((f) => f.addEventListener("input", () => rename(f)));

  // ---- saving
  function schedule(field, delay) {
    const key = field.dataset.key;
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        save(field);
      }, delay)
    );
  }

  function setVersion(field, version) {
    field.dataset.version = String(version);
    const hidden = root.querySelector(`input[data-version-of="${CSS.escape(field.dataset.key)}"]`);
    if (hidden) {
      hidden.value = String(version);
    }
  }

  async function save(field) {
    const key = field.dataset.key;
    if (conflicted.has(key)) {
      return;
    }
    if (inFlight.has(key)) {
      schedule(field, 500);
      return;
    }
    const text = field.value;
    const version = field.dataset.version;
    inFlight.add(key);
    refreshStatus();
    let response;
    try {
      response = await fetch(`/api/submissions/${submission}/fields/${encodeURIComponent(key)}`, {
        method: "PUT",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "If-Match": `"${version}"`,
          "X-CSRF-Token": csrf,
        },
        body: JSON.stringify({ text }),
      });
    } catch (e) {
      inFlight.delete(key);
      waiting.add(key);
      problem = "offline";
      refreshStatus();
      return;
    }
    inFlight.delete(key);
    if (response.ok) {
      const saved = await response.json();
      forgetLocally(key);
      setVersion(field, saved.version);
      waiting.delete(key);
      if (problem) {
        problem = null;
      }
      if (field.value !== text) {
        keepLocally(field);
        schedule(field, SAVE_DELAY);
      }
      refreshStatus(new Date());
      if (waiting.size > 0) {
        retryWaiting();
      }
      return;
    }
    if (response.status === 401) {
      waiting.add(key);
      problem = "signin";
      refreshStatus();
      return;
    }
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      body = {};
    }
    if (response.status === 409 && typeof body.currentText === "string") {
      conflict(field, body.currentText, body.currentVersion);
      return;
    }
    show(`Not saved: ${body.detail || "the server refused the change"}.`, "error");
  }

  // ---- conflicts: the server's text beside the educator's, and their choice
  function conflict(field, theirs, theirVersion) {
    const key = field.dataset.key;
    conflicted.add(key);
    const wrap = field.closest(".editor-field");
    wrap.querySelectorAll(".conflict").forEach((old) => old.remove());
    const panel = document.createElement("div");
    panel.className = "conflict";
    panel.setAttribute("role", "alert");
    const intro = document.createElement("p");
    intro.innerHTML =
      "<strong>This answer changed elsewhere</strong> (another tab or device) since you opened it. Nothing was overwritten. The saved text is:";
    const saved = document.createElement("div");
    saved.className = "conflict-text";
    saved.textContent = theirs;
    const actions = document.createElement("p");
    actions.className = "conflict-actions";
    const keep = document.createElement("button");
    keep.type = "button";
    keep.className = "button";
    keep.textContent = "Keep mine";
    const use = document.createElement("button");
    use.type = "button";
    use.className = "button button-secondary";
    use.textContent = "Use the saved text";
    actions.append(keep, " ", use);
    panel.append(intro, saved, actions);
    field.insertAdjacentElement("afterend", panel);
    const resolve = () => {
      conflicted.delete(key);
      panel.remove();
      setVersion(field, theirVersion);
      recount();
    };
    keep.addEventListener("click", () => {
      resolve();
      keepLocally(field);
      save(field);
      field.focus();
    });
    use.addEventListener("click", () => {
      field.value = theirs;
      forgetLocally(key);
      resolve();
      refreshStatus(new Date());
      field.focus();
    });
    refreshStatus();
  }

  // ---- offline and expired sign-in: resend what waits, when it may work again
  function retryWaiting() {
    Array.from(waiting).forEach((key) => {
      const field = fields.find((f) => f.dataset.key === key);
      waiting.delete(key);
      if (field) {
        save(field);
      }
    });
  }
  window.addEventListener("online", retryWaiting);
  setInterval(() => {
    if (waiting.size > 0) {
      retryWaiting();
    }
  }, RETRY_EVERY);

  // ---- text areas as tall as their text, so a long answer is read whole
  function grow(field) {
    if (field.tagName !== "TEXTAREA") {
      return;
    }
    field.style.height = "auto";
    field.style.height = field.scrollHeight + 2 + "px";
  }
  fields.forEach(grow);

  // ---- listening to the fields
  fields.forEach((field) => {
    field.addEventListener("input", () => {
      grow(field);
      keepLocally(field);
      schedule(field, SAVE_DELAY);
      refreshStatus();
      clearTimeout(countTimer);
      countTimer = setTimeout(recount, COUNT_DELAY);
    });
    field.addEventListener("blur", () => {
      if (pending.has(field.dataset.key)) {
        clearTimeout(pending.get(field.dataset.key));
        pending.delete(field.dataset.key);
        save(field);
      }
    });
  });

  // ---- text this browser kept but the server never received: offer it back
  offerRestores();
  function offerRestores() {
    const box = document.getElementById("restore-offers");
    fields.forEach((field) => {
      const prefix = `mcp-draft:${submission}:${field.dataset.key}:`;
      const kept = Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => ({ k, version: Number(k.slice(prefix.length)), ...read(k) }))
        .filter((entry) => entry.text !== undefined && entry.text !== field.value)
        .sort((a, b) => b.at - a.at)[0];
      if (!kept) {
        return;
      }
      const label = root.querySelector(`label[for="${field.id}"]`);
      const offer = document.createElement("div");
      offer.className = "restore-offer";
      const text = document.createElement("p");
      const when = new Date(kept.at);
      text.textContent = `This browser kept text for “${label ? label.textContent : field.dataset.key}” from ${when.toLocaleString()} that was never saved.`;
      const restore = document.createElement("button");
      restore.type = "button";
      restore.className = "button";
      restore.textContent = "Restore it";
      const discard = document.createElement("button");
      discard.type = "button";
      discard.className = "button button-quiet";
      discard.textContent = "Discard it";
      offer.append(text, restore, " ", discard);
      box.append(offer);
      box.hidden = false;
      restore.addEventListener("click", () => {
        field.value = kept.text;
        forgetLocally(field.dataset.key);
        keepLocally(field);
        offer.remove();
        recount();
        save(field);
        field.focus();
      });
      discard.addEventListener("click", () => {
        forgetLocally(field.dataset.key);
        offer.remove();
      });
    });
  }
  function read(k) {
    try {
      return JSON.parse(localStorage.getItem(k)) || {};
    } catch (e) {
      return {};
    }
  }

  // ---- the form Save buttons: with script, save through the API and stay on the page
  root.querySelectorAll("form.save-form").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      fields
        .filter((f) => f.getAttribute("form") === form.id)
        .forEach((f) => {
          clearTimeout(pending.get(f.dataset.key));
          pending.delete(f.dataset.key);
          save(f);
        });
    });
  });

  // ---- uploads in place
  const recognitionNotes = {
    PENDING:
      "Recognising the scanned pages… The checks of its text follow when that is done; you can go on writing and submit meanwhile.",
    NOTHING_RECOGNISED:
      "No text could be recognised on the scanned pages. That does not block submitting: the assessor reads the file itself.",
    FAILED:
      "The scanned pages could not be recognised. That does not block submitting: the assessor reads the file itself.",
  };
  function showRecognition(block, upload) {
    const state = block.querySelector(".recognition-state");
    const details = block.querySelector("details.recognised");
    block.dataset.recognition = upload ? upload.recognition : "";
    if (state) {
      state.textContent = (upload && recognitionNotes[upload.recognition]) || "";
    }
    if (details) {
      details.querySelector(".recognised-text").textContent = (upload && upload.recognisedText) || "";
      details.hidden = !(upload && upload.recognisedText);
    }
  }
  // Recognition runs after the upload answered; ask now and then until it is done, for a while.
  function watchRecognition(block, sha256) {
    const key = block.dataset.uploadFor;
    let tries = 0;
    const look = async () => {
      tries += 1;
      try {
        const response = await fetch(`/api/submissions/${submission}/uploads`, {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        });
        if (response.ok) {
          const upload = (await response.json()).find((u) => u.key === key);
          if (!upload || (sha256 && upload.sha256 !== sha256)) {
            return; // removed or replaced: whoever replaced it watches the new file
          }
          if (upload.recognition !== "PENDING") {
            block.dataset.uploadWords = String(upload.words);
            const info = block.querySelector(".upload-info");
            info.textContent = info.textContent.replace(/, \d+ words?\./, `, ${upload.words} word${upload.words === 1 ? "" : "s"}.`);
            showRecognition(block, upload);
            recount();
            return;
          }
        }
      } catch (e) {
        // offline for a moment: try again below
      }
      if (tries < 100) {
        setTimeout(look, 3000);
      }
    };
    setTimeout(look, 2000);
  }
  root.querySelectorAll(".upload[data-recognition='PENDING']").forEach((block) => watchRecognition(block, null));
  root.querySelectorAll("form.upload-form").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const block = form.closest(".upload");
      const key = block.dataset.uploadFor;
      const note = form.querySelector(".upload-status");
      const file = form.querySelector("input[type=file]").files[0];
      if (!file) {
        note.textContent = "Choose a PDF file first.";
        return;
      }
      if (file.size > 5 * 1024 * 1024) {
        note.textContent = "That file is larger than 5 MB; please upload a smaller PDF.";
        return;
      }
      note.textContent = "Uploading…";
      const data = new FormData();
      data.append("file", file);
      try {
        const response = await fetch(
          `/api/submissions/${submission}/uploads/${encodeURIComponent(key)}`,
          {
            method: "PUT",
            credentials: "same-origin",
            headers: { Accept: "application/json", "X-CSRF-Token": csrf },
            body: data,
          }
        );
        const body = await response.json();
        if (!response.ok) {
          note.textContent = `Not uploaded: ${body.detail || response.statusText}`;
          return;
        }
        const info = block.querySelector(".upload-info");
        info.textContent = "";
        info.append("Uploaded PDF: ");
        const name = document.createElement("strong");
        name.className = "upload-name";
        name.textContent = body.fileName;
        info.append(
          name,
          `, ${body.pages} page${body.pages === 1 ? "" : "s"}, ${body.words} word${body.words === 1 ? "" : "s"}.` +
            ` It counts instead of the ${block.dataset.document || "document"} written above.`
        );
        info.hidden = false;
        block.dataset.uploadWords = String(body.words);
        showRecognition(block, body);
        recount();
        block.querySelector("form.remove-upload").hidden = false;
        form.reset();
        note.textContent = `Uploaded ${body.fileName}.`;
        if (body.recognition === "PENDING") {
          watchRecognition(block, body.sha256);
        }
      } catch (e) {
        note.textContent = "Not uploaded: the portal could not be reached. Try again when online.";
      }
    });
  });
  root.querySelectorAll("form.remove-upload").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const block = form.closest(".upload");
      const key = block.dataset.uploadFor;
      const note = block.querySelector(".upload-status");
      try {
        const response = await fetch(
          `/api/submissions/${submission}/uploads/${encodeURIComponent(key)}`,
          {
            method: "DELETE",
            credentials: "same-origin",
            headers: { Accept: "application/json", "X-CSRF-Token": csrf },
          }
        );
        if (!response.ok && response.status !== 404) {
          note.textContent = "Not removed; try again.";
          return;
        }
        block.querySelector(".upload-info").hidden = true;
        delete block.dataset.uploadWords;
        showRecognition(block, null);
        recount();
        form.hidden = true;
        note.textContent = "The uploaded PDF was removed; the note written above counts again.";
      } catch (e) {
        note.textContent = "Not removed: the portal could not be reached.";
      }
    });
  });
}
