// The load driver of ops/fault-test: a paced stream of autosaves, submits, uploads and score saves
// against one portal while the script breaks something underneath it, then a check that every
// acknowledged write is still there. Run as a single source file (java ops/FaultLoad.java ...), so
// it needs nothing but the JDK the portal already needs.
//
// It writes to OUT: requests.csv (one line per request: start in epoch ms, kind, status, latency
// in ms, problem type), acks.log (every acknowledged write: what, where, version, SHA-256 of what
// was sent) and figures.txt; it exits 1 when an acknowledged write is missing or changed.

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class FaultLoad {

  // ---- settings (name=value arguments) ----------------------------------------------------------
  static String base;
  static Path out;
  static double rate;
  static int seconds;
  static int submitEvery;
  static int uploadEvery;
  static int sheetEvery;
  static int workingDrafts;
  static int fieldsPerDraft;
  static Path events;

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  static final List<String> educatorTokens = new ArrayList<>();
  static String assessorToken;
  static List<String[]> draftTexts = new ArrayList<>(); // key, text
  static String sheetTemplate;

  static final ConcurrentLinkedQueue<String> requestLines = new ConcurrentLinkedQueue<>();
  static PrintWriter acks;

  public static void main(String[] argv) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    base = a.get("base");
    out = Path.of(a.get("out"));
    rate = Double.parseDouble(a.getOrDefault("rate", "50"));
    seconds = Integer.parseInt(a.getOrDefault("seconds", "180"));
    submitEvery = Integer.parseInt(a.getOrDefault("submit-every", "0"));
    uploadEvery = Integer.parseInt(a.getOrDefault("upload-every", "0"));
    sheetEvery = Integer.parseInt(a.getOrDefault("sheet-every", "0"));
    workingDrafts = Integer.parseInt(a.getOrDefault("working-drafts", "10"));
    fieldsPerDraft = Integer.parseInt(a.getOrDefault("fields-per-draft", "5"));
    events = Path.of(a.get("events"));
    for (String line : Files.readAllLines(Path.of(a.get("draft")))) {
      String[] kv = line.split("\t", 2);
      draftTexts.add(new String[] {kv[0], new String(Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8)});
    }
    sheetTemplate = a.containsKey("sheet") ? Files.readString(Path.of(a.get("sheet"))) : null;
    Files.createDirectories(out);
    acks = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.log")), true);

    List<String> accounts = new ArrayList<>();
    if (a.containsKey("educator-list")) {
      accounts.addAll(List.of(a.get("educator-list").split(",")));
    }
    int generated = Integer.parseInt(a.getOrDefault("educators", "0"));
    for (int i = 1; i <= generated; i++) {
      accounts.add(String.format(a.get("educator-pattern"), i) + ":" + a.get("educator-password"));
    }
    ExecutorService signIn = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<String>> tokens = new ArrayList<>();
    for (String account : accounts) {
      tokens.add(signIn.submit(() -> login(account)));
    }
    for (var t : tokens) {
      educatorTokens.add(t.get());
    }
    signIn.shutdown();
    if (sheetEvery > 0) {
      assessorToken = login(a.get("assessor"));
    }
    int sheets = sheetEvery > 0 ? Integer.parseInt(a.getOrDefault("sheet-items", "4")) : 0;
    int submits = submitEvery > 0 ? educatorTokens.size() - workingDrafts - sheets : 0;
    if (educatorTokens.size() < workingDrafts + sheets) {
      throw new IllegalStateException("not enough educators for the drafts");
    }
    log("preparing " + workingDrafts + " working drafts, " + submits + " complete drafts to submit, "
        + sheets + " items to score");
    prepare(submits, sheets);
    writeEvent("load-start");
    run();
    writeEvent("load-end");
    Files.write(out.resolve("requests.csv"), new ArrayList<>(requestLines));
    log("waiting for the portal to be ready, then checking every acknowledged write");
    waitReady(Duration.ofMinutes(10));
    int lost = verify();
    acks.close();
    System.exit(lost == 0 ? 0 : 1);
  }

  // ---- slots: one writer at a time per field, upload, submission or sheet ----------------------
  enum Kind { SAVE, SUBMIT, UPLOAD, SHEET }

  static final class Slot {
    final Kind kind;
    final long submission;
    final String key; // field key, upload key, review code
    String token; // the owner's: one submission per educator and credential
    long version;
    int n;
    String ackedDigest;
    long ackedVersion = -1;
    int ackedAttempt = -1;
    String idempotencyKey = UUID.randomUUID().toString();
    String submitBody;
    boolean done;
    // Digests of requests sent after the last acknowledgement whose answer never arrived: the
    // server may have committed one of them, which is not a loss.
    final List<String> unanswered = new ArrayList<>();
    volatile boolean busy;

    Slot(Kind kind, long submission, String key, long version) {
      this.kind = kind;
      this.submission = submission;
      this.key = key;
      this.version = version;
    }
  }

  static final List<Slot> saves = new ArrayList<>();
  static final List<Slot> uploads = new ArrayList<>();
  static final List<Slot> sheetSlots = new ArrayList<>();
  static final ArrayDeque<Slot> toSubmit = new ArrayDeque<>();
  static final List<Slot> submitted = new ArrayList<>();

  static void prepare(int submits, int sheets) throws Exception {
    for (int d = 0; d < workingDrafts; d++) {
      String token = educatorTokens.get(d);
      Map<?, ?> draft = start(token);
      long id = num(draft.get("id"));
      int f = 0;
      for (Object o : (List<?>) draft.get("fields")) {
        Map<?, ?> field = (Map<?, ?>) o;
        String key = (String) field.get("key");
        if (!key.startsWith("subject:") && f < fieldsPerDraft) {
          Slot slot = new Slot(Kind.SAVE, id, key, num(field.get("version")));
          slot.token = token;
          saves.add(slot);
          f++;
        }
      }
      if (uploadEvery > 0) {
        Slot slot = new Slot(Kind.UPLOAD, id, "document:artifact-3:0", 0);
        slot.token = token;
        uploads.add(slot);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<Slot>> ready = new ArrayList<>();
    for (int i = 0; i < submits + sheets; i++) {
      String token = educatorTokens.get(workingDrafts + i);
      ready.add(pool.submit(() -> completeDraft(token)));
    }
    List<Slot> complete = new ArrayList<>();
    for (var f : ready) {
      complete.add(f.get());
    }
    pool.shutdown();
    for (int i = 0; i < sheets; i++) {
      Slot s = complete.get(i);
      Res r = call("POST", "/api/submissions/" + s.submission + "/submit", s.token,
          s.submitBody, Map.of("Idempotency-Key", s.idempotencyKey), null);
      expect(r, 201, "submitting an item to score");
    }
    for (int i = sheets; i < complete.size(); i++) {
      toSubmit.add(complete.get(i));
    }
    if (sheets > 0) {
      Res queue = call("GET", "/api/assessment/queue?limit=100", assessorToken, null, Map.of(), null);
      expect(queue, 200, "reading the queue");
      for (Object o : (List<?>) ((Map<?, ?>) queue.json()).get("items")) {
        if (sheetSlots.size() == sheets) {
          break;
        }
        String code = (String) ((Map<?, ?>) o).get("code");
        Res claim = call("POST", "/api/assessment/reviews/" + code + "/claim", assessorToken, null, Map.of(), null);
        if (claim.status != 200) {
          continue;
        }
        Res sheet = call("GET", "/api/assessment/reviews/" + code + "/sheet", assessorToken, null, Map.of(), null);
        expect(sheet, 200, "reading a sheet");
        sheetSlots.add(new Slot(Kind.SHEET, 0, code, num(((Map<?, ?>) sheet.json()).get("version"))));
      }
      if (sheetSlots.size() < sheets) {
        throw new IllegalStateException("claimed " + sheetSlots.size() + " items, wanted " + sheets);
      }
    }
  }

  /** A draft with every field filled from the sample, ready to submit once its findings are acknowledged. */
  static Slot completeDraft(String token) throws Exception {
    Map<?, ?> draft = start(token);
    long id = num(draft.get("id"));
    Map<String, Long> versions = new HashMap<>();
    for (Object o : (List<?>) draft.get("fields")) {
      Map<?, ?> field = (Map<?, ?>) o;
      versions.put((String) field.get("key"), num(field.get("version")));
    }
    for (String[] kv : draftTexts) {
      if (!versions.containsKey(kv[0])) {
        continue;
      }
      Res r = call("PUT", "/api/submissions/" + id + "/fields/" + kv[0], token,
          "{\"text\":" + quote(kv[1]) + "}", Map.of("If-Match", "\"" + versions.get(kv[0]) + "\""), null);
      expect(r, 200, "filling " + kv[0]);
    }
    Res checklist = call("GET", "/api/submissions/" + id + "/checklist", token, null, Map.of(), null);
    expect(checklist, 200, "reading the checklist");
    Map<?, ?> c = (Map<?, ?>) checklist.json();
    if (!Boolean.TRUE.equals(c.get("canSubmit"))) {
      throw new IllegalStateException("the sample draft cannot be submitted: " + checklist.body);
    }
    StringBuilder ack = new StringBuilder("{\"acknowledged\":[");
    String sep = "";
    for (Object o : (List<?>) c.get("findings")) {
      Map<?, ?> finding = (Map<?, ?>) o;
      if ("ADVISORY".equals(finding.get("severity"))) {
        ack.append(sep).append(quote((String) finding.get("id")));
        sep = ",";
      }
    }
    Slot s = new Slot(Kind.SUBMIT, id, "submit", 0);
    s.token = token;
    s.submitBody = ack.append("]}").toString();
    return s;
  }

  static Map<?, ?> start(String educatorToken) throws Exception {
    Res r = call("POST", "/api/submissions", educatorToken, "{\"credentialId\":\"home-visits\"}", Map.of(), null);
    expect(r, 201, "starting a draft");
    Object id = ((Map<?, ?>) r.json()).get("id");
    Res draft = call("GET", "/api/submissions/" + id, educatorToken, null, Map.of(), null);
    expect(draft, 200, "reading a new draft");
    Map<String, Object> m = new LinkedHashMap<>(cast((Map<?, ?>) draft.json()));
    m.put("id", id);
    return m;
  }

  // ---- the paced run ---------------------------------------------------------------------------
  static final AtomicInteger skipped = new AtomicInteger();

  static void run() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(200);
    long periodNanos = (long) (1e9 / rate);
    long t0 = System.nanoTime();
    long ticks = (long) (seconds * rate);
    int saveCursor = 0, uploadCursor = 0, sheetCursor = 0;
    for (long tick = 0; tick < ticks; tick++) {
      long due = t0 + tick * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Slot slot = null;
      if (submitEvery > 0 && tick % submitEvery == submitEvery - 1) {
        synchronized (toSubmit) {
          slot = toSubmit.poll();
        }
      } else if (uploadEvery > 0 && tick % uploadEvery == uploadEvery - 2) {
        slot = pick(uploads, uploadCursor++);
      } else if (sheetEvery > 0 && tick % sheetEvery == sheetEvery - 3) {
        slot = pick(sheetSlots, sheetCursor++);
      } else {
        slot = pick(saves, saveCursor++);
      }
      if (slot == null) {
        skipped.incrementAndGet();
        continue;
      }
      slot.busy = true;
      Slot s = slot;
      workers.submit(() -> {
        try {
          fire(s);
        } catch (Exception e) {
          log("driver error: " + e);
        } finally {
          s.busy = false;
        }
      });
    }
    workers.shutdown();
    workers.awaitTermination(2, TimeUnit.MINUTES);
  }

  static Slot pick(List<Slot> slots, int cursor) {
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get((cursor + i) % slots.size());
      if (!s.busy) {
        return s;
      }
    }
    return null;
  }

  static void fire(Slot s) throws Exception {
    switch (s.kind) {
      case SAVE -> {
        s.n++;
        String text = "Autosave " + s.n + " of " + s.key + " on draft " + s.submission + ": "
            + UUID.randomUUID();
        String digest = sha256(text.getBytes(StandardCharsets.UTF_8));
        Res r = call("PUT", "/api/submissions/" + s.submission + "/fields/" + s.key, s.token,
            "{\"text\":" + quote(text) + "}", Map.of("If-Match", "\"" + s.version + "\""), "save");
        if (r.status == 200) {
          s.version = num(((Map<?, ?>) r.json()).get("version"));
          acknowledged(s, s.version, digest, "save " + s.submission + " " + s.key);
        } else if (r.status == 409) {
          refreshField(s);
        } else {
          s.unanswered.add(digest);
        }
      }
      case SUBMIT -> {
        Res r = call("POST", "/api/submissions/" + s.submission + "/submit", s.token,
            s.submitBody, Map.of("Idempotency-Key", s.idempotencyKey), "submit");
        if (r.status == 201 || r.status == 200) {
          Map<?, ?> receipt = (Map<?, ?>) r.json();
          s.ackedAttempt = (int) num(receipt.get("attempt"));
          s.ackedDigest = (String) receipt.get("contentDigest");
          s.done = true;
          acks.printf("submit %d attempt %d %s%n", s.submission, s.ackedAttempt, s.ackedDigest);
          synchronized (submitted) {
            submitted.add(s);
          }
        } else if (r.status >= 500 || r.status == 0) {
          // Not answered: try again later with the same key, as a client would.
          synchronized (toSubmit) {
            toSubmit.add(s);
          }
        } else {
          log("submit of " + s.submission + " refused: " + r.status + " " + r.body);
        }
      }
      case UPLOAD -> {
        s.n++;
        byte[] pdf = pdf("Upload " + s.n + " to draft " + s.submission + " " + UUID.randomUUID().toString().replace("-", " "));
        String digest = sha256(pdf);
        Res r = call("PUT", "/api/submissions/" + s.submission + "/uploads/" + s.key, s.token,
            pdf, Map.of(), "upload");
        if (r.status == 200) {
          acknowledged(s, s.n, digest, "upload " + s.submission + " " + s.key);
        } else {
          s.unanswered.add(digest);
        }
      }
      case SHEET -> {
        s.n++;
        String feedback = "Feedback save " + s.n + " " + UUID.randomUUID();
        String digest = sha256(feedback.getBytes(StandardCharsets.UTF_8));
        Res r = call("PUT", "/api/assessment/reviews/" + s.key + "/sheet", assessorToken,
            sheetTemplate.replace("@@FEEDBACK@@", feedback), Map.of("If-Match", "\"" + s.version + "\""), "sheet");
        if (r.status == 200) {
          s.version = num(((Map<?, ?>) r.json()).get("version"));
          acknowledged(s, s.version, digest, "sheet " + s.key);
        } else if (r.status == 409) {
          Res sheet = call("GET", "/api/assessment/reviews/" + s.key + "/sheet", assessorToken, null, Map.of(), null);
          if (sheet.status == 200) {
            s.version = num(((Map<?, ?>) sheet.json()).get("version"));
          }
        } else {
          s.unanswered.add(digest);
        }
      }
    }
  }

  static void acknowledged(Slot s, long version, String digest, String what) {
    s.ackedVersion = version;
    s.ackedDigest = digest;
    s.unanswered.clear();
    acks.printf("%s %d %s%n", what, version, digest);
  }

  static void refreshField(Slot s) throws Exception {
    Res r = call("GET", "/api/submissions/" + s.submission, s.token, null, Map.of(), null);
    if (r.status != 200) {
      return;
    }
    for (Object o : (List<?>) ((Map<?, ?>) r.json()).get("fields")) {
      Map<?, ?> field = (Map<?, ?>) o;
      if (s.key.equals(field.get("key"))) {
        s.version = num(field.get("version"));
      }
    }
  }

  // ---- the check -------------------------------------------------------------------------------
  static int verify() throws Exception {
    int checked = 0, lost = 0, inFlight = 0;
    Map<Long, Map<?, ?>> drafts = new HashMap<>();
    for (Slot s : saves) {
      if (s.ackedVersion < 0) {
        continue;
      }
      checked++;
      Map<?, ?> draft = drafts.get(s.submission);
      if (draft == null) {
        Res r = call("GET", "/api/submissions/" + s.submission, s.token, null, Map.of(), null);
        expect(r, 200, "reading draft " + s.submission);
        draft = (Map<?, ?>) r.json();
        drafts.put(s.submission, draft);
      }
      for (Object o : (List<?>) draft.get("fields")) {
        Map<?, ?> field = (Map<?, ?>) o;
        if (!s.key.equals(field.get("key"))) {
          continue;
        }
        long version = num(field.get("version"));
        String digest = sha256(((String) field.get("text")).getBytes(StandardCharsets.UTF_8));
        if (version == s.ackedVersion && digest.equals(s.ackedDigest)) {
          break;
        } else if (version > s.ackedVersion && s.unanswered.contains(digest)) {
          inFlight++;
        } else {
          lost++;
          log("LOST save " + s.submission + " " + s.key + ": acknowledged v" + s.ackedVersion
              + ", stored v" + version);
        }
      }
    }
    for (Slot s : uploads) {
      if (s.ackedDigest == null) {
        continue;
      }
      checked++;
      Res r = call("GET", "/api/submissions/" + s.submission + "/uploads", s.token, null, Map.of(), null);
      expect(r, 200, "listing uploads");
      String stored = null;
      for (Object o : (List<?>) r.json()) {
        Map<?, ?> u = (Map<?, ?>) o;
        if (s.key.equals(u.get("key"))) {
          stored = (String) u.get("sha256");
        }
      }
      if (s.ackedDigest.equals(stored)) {
        continue;
      } else if (s.unanswered.contains(stored)) {
        inFlight++;
      } else {
        lost++;
        log("LOST upload on " + s.submission + ": acknowledged " + s.ackedDigest + ", stored " + stored);
      }
    }
    for (Slot s : submitted) {
      checked++;
      Res r = call("GET", "/api/submissions/" + s.submission + "/attempts", s.token, null, Map.of(), null);
      expect(r, 200, "listing attempts");
      List<?> attempts = (List<?>) r.json();
      boolean found = false;
      for (Object o : attempts) {
        Map<?, ?> receipt = (Map<?, ?>) o;
        found |= num(receipt.get("attempt")) == s.ackedAttempt && s.ackedDigest.equals(receipt.get("contentDigest"));
      }
      if (!found || attempts.size() != 1) {
        lost++;
        log("LOST submit of " + s.submission + ": " + r.body);
      }
    }
    for (Slot s : sheetSlots) {
      if (s.ackedDigest == null) {
        continue;
      }
      checked++;
      Res r = call("GET", "/api/assessment/reviews/" + s.key + "/sheet", assessorToken, null, Map.of(), null);
      expect(r, 200, "reading sheet " + s.key);
      Map<?, ?> view = (Map<?, ?>) r.json();
      long version = num(view.get("version"));
      Map<?, ?> components = (Map<?, ?>) ((Map<?, ?>) view.get("sheet")).get("components");
      String feedback = (String) ((Map<?, ?>) components.get("part-1")).get("feedback");
      String digest = sha256(feedback.getBytes(StandardCharsets.UTF_8));
      if (version == s.ackedVersion && digest.equals(s.ackedDigest)) {
        continue;
      } else if (version > s.ackedVersion && s.unanswered.contains(digest)) {
        inFlight++;
      } else {
        lost++;
        log("LOST sheet save " + s.key + ": acknowledged v" + s.ackedVersion + ", stored v" + version);
      }
    }
    long acked = Files.lines(out.resolve("acks.log")).count();
    try (PrintWriter f = new PrintWriter(Files.newBufferedWriter(out.resolve("figures.txt")))) {
      f.printf("acknowledged=%d%n", acked);
      f.printf("latest_checked=%d%n", checked);
      f.printf("lost=%d%n", lost);
      f.printf("in_flight_committed=%d%n", inFlight);
      f.printf("skipped_busy=%d%n", skipped.get());
    }
    log("acknowledged writes " + acked + "; latest per field/upload/sheet and every submit checked: "
        + checked + "; lost " + lost + "; committed but unanswered " + inFlight);
    return lost;
  }

  // ---- HTTP --------------------------------------------------------------------------------------
  record Res(int status, String body, String problemType) {
    Object json() {
      return new Json(body).value();
    }
  }

  static Res call(String method, String path, String token, Object body, Map<String, String> headers, String kind)
      throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::header);
    if (body instanceof byte[] pdf) {
      String boundary = "----fault" + UUID.randomUUID().toString().replace("-", "");
      byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.pdf\"\r\n"
          + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + pdf.length + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(pdf, 0, all, head.length, pdf.length);
      System.arraycopy(tail, 0, all, head.length + pdf.length, tail.length);
      b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(all));
    } else if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString((String) body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long start = System.currentTimeMillis();
    long t0 = System.nanoTime();
    Res res;
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String type = "";
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
        Object t = ((Map<?, ?>) new Json(r.body()).value()).get("type");
        type = t == null ? "" : t.toString().replace("urn:mcportal:problem:", "");
      }
      res = new Res(r.statusCode(), r.body(), type);
    } catch (java.net.http.HttpTimeoutException e) {
      res = new Res(0, "", "timeout");
    } catch (IOException e) {
      res = new Res(0, "", "no-answer");
    }
    if (kind != null) {
      requestLines.add(start + "," + kind + "," + res.status + "," + (System.nanoTime() - t0) / 1_000_000 + "," + res.problemType);
    }
    return res;
  }

  static void expect(Res r, int status, String what) {
    if (r.status != status) {
      throw new IllegalStateException(what + ": expected " + status + ", got " + r.status + " " + r.body);
    }
  }

  static String login(String credentials) throws Exception {
    String[] ep = credentials.split(":", 2);
    Res r = call("POST", "/api/auth/login", null,
        "{\"email\":" + quote(ep[0]) + ",\"password\":" + quote(ep[1]) + "}", Map.of(), null);
    expect(r, 200, "signing in " + ep[0]);
    return (String) ((Map<?, ?>) r.json()).get("token");
  }

  static void waitReady(Duration limit) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (call("GET", "/q/health/ready", null, null, Map.of(), null).status == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the portal was not ready within " + limit);
  }

  static void writeEvent(String what) throws IOException {
    Files.writeString(events, what + " " + System.currentTimeMillis() + "\n",
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  static void log(String line) {
    System.err.println("  load: " + line);
  }

  // ---- small pieces --------------------------------------------------------------------------------
  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  static long num(Object o) {
    return ((Number) o).longValue();
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A one-page PDF whose page reads TEXT (letters, digits and spaces), as ops/lib.sh makes them. */
  static byte[] pdf(String text) {
    String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    StringBuilder body = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(body.length());
      body.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = body.length();
    body.append("xref\n0 6\n0000000000 65535 f \n");
    for (int off : offsets) {
      body.append(String.format("%010d 00000 n \n", off));
    }
    body.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return body.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Enough of a JSON reader for the portal's answers: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          i++; // :
          m.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String n = s.substring(start, i);
      return n.contains(".") || n.contains("e") || n.contains("E") ? (Number) Double.parseDouble(n) : (Number) Long.parseLong(n);
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
