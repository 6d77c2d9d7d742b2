package org.mcportal.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.DoubleScoringCredentials;
import org.mcportal.assessment.Scorings;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.reporting.PdfText;
import org.mcportal.rules.WordCounter;
import org.mcportal.submission.SampleSubmissions;
import org.mcportal.submission.SubmittedWork;

/**
 * Stored cross-site scripting, swept (case S4 of docs/security.md): every payload of {@code
 * hostile/xss-payloads.txt} is written through the API into every kind of text people write
 * (answers, document texts, pseudonyms, private names, file names, display names and profile
 * details, assessor feedback, overall comments, quoted evidence, override reasons, adjudication
 * reasons, cohort and calibration set names, revocation reasons, emails where they are accepted),
 * spread over a few submissions, and each page that shows them is opened once per submission.
 *
 * <p>The page's Content Security Policy is switched off in the browser, so the test judges the
 * escaping and the Markdown sanitizing themselves rather than the policy behind them. A script
 * installed before any of the page's own records every alert, confirm and prompt; payloads set
 * {@code window.__xss} when they run. On every page: no alert, no marker, no event-handler
 * attribute, no script but the portal's own files, no frame, object or embed, and every href http,
 * https, mailto or relative. The PDFs must hold the payloads as text and no actions.
 */
@QuarkusTest
class HostileInputJourneyTest extends BrowserTest {

  private static final Logger LOG = Logger.getLogger(HostileInputJourneyTest.class);
  private static final int SLICES = 4;
  private static final String NOTE_KEY = "document:artifact-3:";

  /** Before any of the page's own script, in every frame: hooks the dialogs. */
  private static final String HOOKS =
      "window.__alerts = [];"
          + "for (const n of ['alert', 'confirm', 'prompt']) {"
          + "  window[n] = m => { (window.top.__alerts || window.__alerts).push(n + ':' + m);"
          + "    return null; }; }";

  /** What the page shows, after giving handlers such as onerror a moment to fire. */
  private static final String PROBE =
      """
      const done = arguments[arguments.length - 1];
      setTimeout(() => {
        const active = [];
        const links = [];
        let hrefs = 0;
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes) {
            const name = a.name.toLowerCase();
            if (name.startsWith('on')) active.push(el.tagName + '[' + name + ']');
            if (name === 'srcdoc' || name === 'formaction') active.push(el.tagName + '[' + name + ']');
            if (name === 'href' || name === 'xlink:href' || name === 'action' || name === 'src') {
              let scheme;
              try { scheme = new URL(a.value, location.href).protocol; } catch (e) { scheme = 'unparsable'; }
              if (name === 'href' || name === 'xlink:href') hrefs++;
              const fine = name === 'src'
                  ? ['http:', 'https:'].includes(scheme) && new URL(a.value, location.href).origin === location.origin
                  : ['http:', 'https:', 'mailto:'].includes(scheme);
              if (!fine) links.push(el.tagName + '[' + name + '=' + a.value + ']');
            }
          }
        }
        for (const s of document.querySelectorAll('script')) {
          if (!s.src || new URL(s.src).origin !== location.origin) active.push('SCRIPT ' + (s.src || s.text.slice(0, 60)));
        }
        for (const el of document.querySelectorAll('iframe, frame, object, embed, base, portal, meta[http-equiv]')) {
          active.push(el.outerHTML.slice(0, 80));
        }
        const nav = performance.getEntriesByType('navigation')[0];
        done(JSON.stringify({
          status: nav ? nav.responseStatus : 0,
          xss: window.__xss === undefined ? null : String(window.__xss),
          alerts: window.__alerts || ['hooks missing'],
          active: active,
          links: links,
          hrefs: hrefs,
          shown: document.body.innerText.includes('__xss')
        }));
      }, 150);
      """;

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  private final List<String> findings = new ArrayList<>();
  private final List<String> hidden = new ArrayList<>();
  private int pages;
  private int hrefs;

  @Test
  void noPayloadRunsOnAnyPageOrInThePdfsAndEveryLinkIsHttpHttpsOrMailto() throws Exception {
    List<String> payloads = payloads();
    assertThat(payloads).hasSizeGreaterThan(100);
    armTheBrowser();

    long adminId = ids.account("xss-admin", Role.ADMIN).id();
    String admin = ids.token(adminId);
    String assessor = ids.token(ids.account("xss-assessor", Role.ASSESSOR).id());
    int fields = 0;
    int fileNamesKept = 0;
    List<long[]> educators = new ArrayList<>();
    List<Long> cohorts = new ArrayList<>();
    List<String> badges = new ArrayList<>();
    List<byte[]> pdfs = new ArrayList<>();

    for (int slice = 0; slice < SLICES; slice++) {
      List<String> mine = slice(payloads, slice);
      long educator = ids.account("xss-educator", Role.EDUCATOR).id();
      profile(admin, educator, payloads, slice * 4);
      String educatorToken = ids.token(educator);
      long id =
          bearer(educatorToken)
              .contentType(ContentType.JSON)
              .body(Map.of("credentialId", "home-visits"))
              .post("/api/submissions")
              .then()
              .statusCode(201)
              .extract()
              .<Number>path("id")
              .longValue();
      Map<String, String> texts = texts(mine, payloads, slice);
      fields += texts.size();
      work.write(educator, id, texts);
      for (int note = 0; note < 3; note++) {
        String name = payloads.get((slice * 3 + note * 7 + 11) % payloads.size()) + ".pdf";
        int status =
            bearer(educatorToken)
                .multiPart("file", name, SubmittedWork.pdf("A thank-you note"), "application/pdf")
                .put("/api/submissions/" + id + "/uploads/" + NOTE_KEY + note)
                .then()
                .extract()
                .statusCode();
        assertThat(status).as("upload named %s", name).isLessThan(500);
        fileNamesKept += status < 300 ? 1 : 0;
      }

      signIn(educatorToken);
      inspect("/submissions/" + id, "editor " + slice, true);
      inspect("/submissions/" + id + "/check", "checklist " + slice, true);
      work.submit(educator, id);

      String code = Scorings.code(id, 1);
      Scorings.claim(assessor, code).then().statusCode(200);
      String quoted = texts.get("answer:part-1:why-this-credential");
      Scorings.save(assessor, code, sheet(mine, quoted)).then().statusCode(200);
      signIn(assessor);
      inspect("/assessment", "queue " + slice, false);
      inspect("/assessment/reviews/" + code, "scoring screen " + slice, true);
      Scorings.submit(assessor, code).then().statusCode(201);

      signIn(educatorToken);
      inspect("/submissions", "my submissions " + slice, false);
      inspect("/submissions/" + id, "read-only view " + slice, true);
      inspect("/submissions/" + id + "/receipt/1", "receipt " + slice, true);
      inspect("/submissions/" + id + "/results", "results " + slice, true);
      inspect("/badges/mine", "my badges " + slice, false);
      String badge = bearer(educatorToken).get("/api/badges").then().extract().path("[0].id");
      badges.add(badge);
      pdfs.add(
          bearer(educatorToken)
              .get("/api/badges/" + badge + "/certificate.pdf")
              .then()
              .statusCode(200)
              .extract()
              .asByteArray());
      byte[] report =
          bearer(admin)
              .queryParam("identities", true)
              .get("/api/admin/reports/submissions/" + id + "/attempts/1.pdf")
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      pdfs.add(report);
      String text = squeeze(PdfText.text(report, "xss-report-" + slice));
      for (String key : List.of("subject:part-2:0", "subject:part-2:1", "subject:part-2:2")) {
        assertThat(text)
            .as("the report shows pseudonym %s as text", texts.get(key))
            .contains(squeeze(texts.get(key)));
      }

      bearer(admin)
          .contentType(ContentType.JSON)
          .body(Map.of("reason", mine.get(5 % mine.size())))
          .post("/api/admin/badges/" + badge + "/revoke")
          .then()
          .statusCode(200);
      long cohort =
          bearer(admin)
              .contentType(ContentType.JSON)
              .body(Map.of("name", mine.get(6 % mine.size())))
              .post("/api/admin/cohorts")
              .then()
              .statusCode(201)
              .extract()
              .<Number>path("id")
              .longValue();
      bearer(admin)
          .put("/api/admin/cohorts/" + cohort + "/members/" + educator)
          .then()
          .statusCode(200);
      cohorts.add(cohort);
      educators.add(new long[] {educator, id});
    }

    // A double scoring with hostile feedback on both halves, settled with a hostile reason.
    String doubled = DoubleScoringCredentials.installFresh(catalog, "xss");
    long doubleEducator = ids.account("xss-double", Role.EDUCATOR).id();
    profile(admin, doubleEducator, payloads, 40);
    long doubleId = work.submitPassing(doubleEducator, doubled);
    String first = Scorings.code(doubleId, 1);
    String second = ids.token(ids.account("xss-second", Role.ASSESSOR).id());
    Scorings.score(assessor, first, Scorings.artifactThreeBasic(payloads.get(50)))
        .then()
        .statusCode(201);
    Scorings.score(second, Scorings.secondCode(doubleId, 1), sheet(slice(payloads, 2), null))
        .then()
        .statusCode(201);
    String lead = ids.token(ids.account("xss-lead", Role.LEAD).id());
    signIn(lead);
    inspect("/adjudication", "adjudication list", false);
    inspect("/adjudication/" + first, "adjudication screen", true);
    bearer(lead)
        .contentType(ContentType.JSON)
        .body(Map.of("sheet", Scorings.proficient(), "reason", payloads.get(60)))
        .post("/api/adjudication/" + first)
        .then()
        .statusCode(201);
    String version =
        given().get("/api/credentials/" + doubled).then().extract().path("versions[0].version");
    long set =
        bearer(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("credentialId", doubled, "version", version, "name", payloads.get(70)))
            .post("/api/admin/calibration/sets")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    int emails = hostileEmails(admin);

    signIn(admin);
    inspect("/admin/accounts", "accounts", true);
    for (long[] educator : educators) {
      inspect("/admin/accounts/" + educator[0], "account " + educator[0], true);
    }
    inspect("/admin/assessment", "assessment oversight", false);
    inspect("/admin/audit", "audit trail", true);
    inspect("/admin/reports", "dashboard", false);
    inspect("/admin/reports/cohorts", "cohorts", true);
    for (long cohort : cohorts) {
      inspect("/admin/reports/cohorts/" + cohort, "cohort " + cohort, true);
    }
    inspect("/admin/badges", "badges", true);
    inspect("/admin/calibration", "calibration sets", true);
    inspect("/admin/calibration/sets/" + set, "calibration set", true);
    inspect("/admin/scoring-quality", "scoring quality", false);
    inspect("/admin/scoring-quality/double-scorings/" + first, "double scoring", true);
    newSession();
    for (String badge : badges) {
      inspect("/badges/verify?badge=" + badge, "verification " + badge, true);
    }

    for (byte[] pdf : pdfs) {
      assertThat(activeContent(pdf)).as("actions in a PDF").isEmpty();
    }

    LOG.infof(
        "XSS sweep: %d payloads, %d text fields written per submission x %d submissions, %d file"
            + " names kept, %d hostile emails accepted, %d page loads, %d hrefs checked, %d PDFs;"
            + " pages not showing payload text where expected: %s",
        payloads.size(),
        fields / SLICES,
        SLICES,
        fileNamesKept,
        emails,
        pages,
        hrefs,
        pdfs.size(),
        hidden);
    assertThat(findings).as("script ran, or active markup or links survived").isEmpty();
    assertThat(hidden).as("pages that should show the payloads as text").isEmpty();
  }

  /** Switches the page's CSP off and installs the dialog hooks; proves the two work. */
  private void armTheBrowser() {
    devTools("Page.enable", Map.of());
    devTools("Page.setBypassCSP", Map.of("enabled", true));
    devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
    open("/");
    script(
        "document.body.insertAdjacentHTML('beforeend',"
            + " '<img src=x onerror=\"window.__xss=1; alert(7)\">')");
    Map<?, ?> probe = probe();
    assertThat(probe.get("xss")).as("the detector sees a payload that runs").isEqualTo("1");
    assertThat(String.valueOf(probe.get("alerts")))
        .as("the hooks record alerts")
        .contains("alert:7");
  }

  private void inspect(String path, String name, boolean showsPayloads) {
    open(path);
    Map<?, ?> probe = probe();
    pages++;
    hrefs += ((Number) probe.get("hrefs")).intValue();
    String where = name + " (" + path + ")";
    if (((Number) probe.get("status")).intValue() != 200) {
      findings.add(where + ": status " + probe.get("status"));
    }
    if (probe.get("xss") != null) {
      findings.add(where + ": window.__xss set");
    }
    for (String key : List.of("alerts", "active", "links")) {
      for (Object item : (List<?>) probe.get(key)) {
        findings.add(where + ": " + key + " " + item);
      }
    }
    if (showsPayloads && !Boolean.TRUE.equals(probe.get("shown"))) {
      hidden.add(where);
    }
  }

  private Map<?, ?> probe() {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue((String) asyncScript(PROBE), Map.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The passing sample with payloads: pseudonyms and private names one payload each, and every
   * answer and note its sample text cut by as many words as the payloads appended to it count, so
   * that the attempt still meets every word bound and can be submitted and scored.
   */
  private static Map<String, String> texts(List<String> mine, List<String> all, int slice) {
    Map<String, String> texts = new LinkedHashMap<>();
    int next = 0;
    for (var field : SampleSubmissions.passing().entrySet()) {
      String key = field.getKey();
      if (key.startsWith("subject:")) {
        texts.put(key, all.get((slice * 6 + texts.size() + 80) % all.size()));
      } else if (key.startsWith("private-name:")) {
        texts.put(key, all.get((slice * 6 + texts.size() + 90) % all.size()));
      } else {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < 3; i++) {
          chunk.append("\n\n").append(mine.get(next++ % mine.size()));
        }
        texts.put(key, cut(field.getValue(), chunk.toString()));
      }
    }
    return texts;
  }

  private static String cut(String sample, String chunk) {
    int words = WordCounter.count(sample);
    String kept = sample.strip();
    while (WordCounter.count(kept + chunk) > words && kept.lastIndexOf(' ') > 0) {
      kept = kept.substring(0, kept.lastIndexOf(' '));
    }
    return kept + chunk;
  }

  /** Proficient everywhere, with hostile feedback, comment, quote and override reason. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sheet(List<String> mine, String quotedAnswer) {
    Map<String, Object> sheet = Scorings.proficient();
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    int i = 0;
    for (var component : components.entrySet()) {
      ((Map<String, Object>) component.getValue()).put("feedback", mine.get(i++ % mine.size()));
    }
    sheet.put("overallComment", mine.get(i++ % mine.size()));
    Map<String, Object> part1 = (Map<String, Object>) components.get("part-1");
    if (quotedAnswer != null) {
      // The first payload appended to the answer, quoted as evidence as written.
      String passage = quotedAnswer.substring(quotedAnswer.indexOf("\n\n") + 2).split("\n\n")[0];
      part1.put(
          "evidence",
          List.of(Scorings.quote("learning-goal", "answer:part-1:why-this-credential", passage)));
    }
    part1.put(
        "override",
        Map.of("levelId", "pass", "justification", mine.get(i % mine.size()) + " (set by hand)"));
    return sheet;
  }

  private void profile(String admin, long account, List<String> payloads, int from) {
    bearer(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName", payloads.get(from % payloads.size()),
                "school", payloads.get((from + 1) % payloads.size()),
                "district", payloads.get((from + 2) % payloads.size()),
                "roleTitle", payloads.get((from + 3) % payloads.size())))
        .put("/api/admin/accounts/" + account + "/profile")
        .then()
        .statusCode(200);
  }

  /** Emails shaped as attacks; the ones the portal accepts join the account list. */
  private int hostileEmails(String admin) {
    int accepted = 0;
    for (String email :
        List.of(
            "\"<script>window.__xss=1</script>\"@example.org",
            "x\"onmouseover=\"window.__xss=1\"@example.org",
            "<img/src=x/onerror=window.__xss=1>@example.org",
            "javascript:window.__xss=1@example.org",
            "x@example.org<svg/onload=window.__xss=1>")) {
      int status =
          bearer(admin)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "email",
                      email,
                      "displayName",
                      "Hostile email",
                      "roles",
                      List.of("EDUCATOR"),
                      "temporaryPassword",
                      "Quiet-Harbour-Lantern-43"))
              .post("/api/admin/accounts")
              .then()
              .extract()
              .statusCode();
      assertThat(status).as("account for %s", email).isLessThan(500);
      accepted += status < 300 ? 1 : 0;
    }
    return accepted;
  }

  /**
   * Every action a PDF can carry that runs or opens something: JavaScript, an action on opening,
   * additional actions, launching, forms, and links other than http, https and mailto.
   */
  private static List<String> activeContent(byte[] pdf) throws IOException, InterruptedException {
    Path in = Files.createTempFile("xss", ".pdf");
    Path out = Files.createTempFile("xss", ".qdf");
    try {
      Files.write(in, pdf);
      Process qpdf =
          new ProcessBuilder(
                  "qpdf",
                  "--qdf",
                  "--object-streams=disable",
                  "--stream-data=uncompress",
                  in.toString(),
                  out.toString())
              .redirectErrorStream(true)
              .start();
      qpdf.getInputStream().readAllBytes();
      assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(qpdf.exitValue()).as("qpdf reads the PDF").isIn(0, 3);
      String objects = Files.readString(out, StandardCharsets.ISO_8859_1);
      List<String> found = new ArrayList<>();
      Matcher action =
          Pattern.compile(
                  "/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData|GoToR|RichMedia)\\b")
              .matcher(objects);
      while (action.find()) {
        found.add(action.group());
      }
      Matcher uri = Pattern.compile("/URI\\s*\\(([^)]*)\\)").matcher(objects);
      while (uri.find()) {
        if (!uri.group(1).matches("(?i)(https?|mailto):.*")) {
          found.add("/URI " + uri.group(1));
        }
      }
      return found;
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static List<String> slice(List<String> payloads, int slice) {
    int size = (payloads.size() + SLICES - 1) / SLICES;
    return payloads.subList(slice * size, Math.min(payloads.size(), (slice + 1) * size));
  }

  private static List<String> payloads() throws IOException {
    try (InputStream in =
        HostileInputJourneyTest.class.getResourceAsStream("/hostile/xss-payloads.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("//"))
          .map(line -> line.replace("⏎", "\n"))
          .toList();
    }
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
