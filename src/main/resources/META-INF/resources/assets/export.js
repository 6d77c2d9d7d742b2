// Progress for the CSV exports. Without this file each export is a plain download. With it, the
// page fetches the same address, reads the row count the server sends before the first byte
// (X-Export-Rows), counts records as the body arrives, and saves the file when it is complete.
// The progress lives in the request itself, so any portal node can serve it and the server keeps
// nothing between requests; the file is assembled in the browser, never on the server.

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Counts RFC 4180 records in bytes that arrive in pieces. A line feed ends a record only outside
 * quotes: a quoted field may hold line breaks, and an escaped quote ("") toggles twice. Neither
 * byte occurs inside a UTF-8 multi-byte sequence, so the bytes need no decoding.
 */
export class RecordCounter {
  constructor() {
    this.records = 0;
    this.quoted = false;
    this.open = false;
  }

  /** Counts the records a piece completes; answers the total so far. */
  add(bytes) {
    let records = this.records;
    let quoted = this.quoted;
    let open = this.open;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) {
        quoted = !quoted;
        open = true;
      } else if (b === LINE_FEED && !quoted) {
        records++;
        open = false;
      } else {
        open = true;
      }
    }
    this.records = records;
    this.quoted = quoted;
    this.open = open;
    return records;
  }

  /** The records once the body has ended: a last record without a line break counts too. */
  finish() {
    if (this.open) {
      this.records++;
      this.open = false;
    }
    return this.records;
  }
}

const number = new Intl.NumberFormat("en-US");

/** The file name a Content-Disposition header gives, or the fallback. */
export function fileName(disposition, fallback) {
  const match = /filename="([^"]+)"/.exec(disposition || "");
  return match ? match[1] : fallback;
}

/** "12,400 of 100,000 rows", or "12,400 rows so far" when the total is not known. */
export function describe(rows, total) {
  if (total == null) {
    return number.format(rows) + (rows === 1 ? " row" : " rows") + " so far";
  }
  return number.format(rows) + " of " + number.format(total) + (total === 1 ? " row" : " rows");
}

/** The quarter (0 to 4) the export has reached, for spoken progress that does not chatter. */
function quarter(rows, total) {
  return total ? Math.min(4, Math.floor((rows * 4) / total)) : 0;
}

function start(panel) {
  const bar = panel.querySelector("progress");
  const label = panel.querySelector("[data-export-label]");
  const count = panel.querySelector("[data-export-count]");
  const cancel = panel.querySelector("[data-export-cancel]");
  const status = document.getElementById(panel.dataset.status);
  let running = null;

  function say(text) {
    status.textContent = text;
  }

  function show(rows, known) {
    // A count taken as the export began can be passed by rows recorded since.
    const total = known == null ? null : Math.max(known, rows);
    count.textContent = describe(rows, total);
    if (total == null) {
      bar.removeAttribute("value");
    } else {
      bar.max = Math.max(total, 1);
      bar.value = Math.min(rows, total);
    }
  }

  async function run(link) {
    const title = link.dataset.export;
    const controller = new AbortController();
    running = { controller, link };
    label.textContent = "Exporting " + title;
    panel.hidden = false;
    cancel.hidden = false;
    panel.setAttribute("aria-busy", "true");
    bar.removeAttribute("value");
    count.textContent = "Starting…";
    say("Exporting " + title + ".");
    let rows = 0;
    try {
      const response = await fetch(link.href, {
        credentials: "same-origin",
        signal: controller.signal,
      });
      if (!response.ok) {
        throw new Error(await refusal(response));
      }
      const header = response.headers.get("X-Export-Rows");
      const total = header == null || header === "" ? null : Number(header);
      const name = fileName(response.headers.get("Content-Disposition"), "export.csv");
      say(
        "Exporting " +
          title +
          (total == null ? "." : ": " + number.format(total) + (total === 1 ? " row." : " rows.")),
      );
      show(0, total);
      const reader = response.body.getReader();
      const counter = new RecordCounter();
      const pieces = [];
      let shown = 0;
      let spoken = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        pieces.push(value);
        // The first record is the header line.
        rows = Math.max(0, counter.add(value) - 1);
        const now = performance.now();
        if (now - shown > 100) {
          shown = now;
          show(rows, total);
        }
        const reached = quarter(rows, total);
        if (reached > spoken && reached < 4) {
          spoken = reached;
          say(describe(rows, total) + " exported.");
        }
      }
      rows = Math.max(0, counter.finish() - 1);
      show(rows, total == null ? rows : total);
      save(new Blob(pieces, { type: "text/csv" }), name);
      say("Saved " + name + ": " + number.format(rows) + (rows === 1 ? " row." : " rows."));
      panel.dataset.state = "saved";
    } catch (error) {
      if (error.name === "AbortError") {
        say("Export cancelled after " + number.format(rows) + " rows; nothing was saved.");
        panel.dataset.state = "cancelled";
      } else {
        say(
          "The export stopped after " +
            number.format(rows) +
            " rows and nothing was saved: " +
            error.message +
            " Try again, or use the link without script.",
        );
        panel.dataset.state = "failed";
      }
    } finally {
      const hadFocus = document.activeElement === cancel;
      cancel.hidden = true;
      panel.removeAttribute("aria-busy");
      running = null;
      if (hadFocus) {
        link.focus();
      }
    }
  }

  cancel.addEventListener("click", function () {
    if (running) {
      running.controller.abort();
    }
  });

  document.querySelectorAll("a[data-export]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      // A new tab, a saved link or a second export: the browser's own way.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      if (running) {
        say("An export is running already; cancel it first or wait for it to finish.");
        cancel.focus();
        return;
      }
      panel.dataset.state = "running";
      run(link);
    });
  });
}

/** The server's explanation of a refusal, from its problem document when it sent one. */
async function refusal(response) {
  try {
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      const problem = await response.json();
      return (problem.detail || problem.title || "the server refused it") + ".";
    }
  } catch (ignored) {
    // The status below says enough.
  }
  return "the server answered " + response.status + ".";
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken its copy once the click is handled; the page need not keep one.
  setTimeout(function () {
    URL.revokeObjectURL(url);
  }, 60000);
}

const panel = document.getElementById("export-progress");
if (panel && window.fetch && window.ReadableStream && window.AbortController) {
  start(panel);
}
