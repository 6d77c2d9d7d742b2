package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.AuditTrail;
import org.mcportal.assessment.Released;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.reporting.PdfText;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.HomeVisitsCopies;
import org.openqa.selenium.support.ui.Select;

/**
 * A program admin at a laptop's width: filters the dashboard to one credential and a few days,
 * downloads the submissions CSV with its progress shown (and cancels a slow one), downloads the
 * summary PDF, releases an earned result (which issues the badge), checks the badge, revokes it and
 * checks it again. The credential is a copy of home visits under a new id each run, released by an
 * admin, so the dashboard, the export and the badge list hold only the journey's work.
 */
@QuarkusTest
class AdminJourneyTest extends BrowserTest {

  private static final String VERSION = "2022-03-17";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;
  @Inject AuditTrail audit;

  @AfterEach
  void fullSpeed() {
    throttle(-1);
  }

  @Test
  void anAdminFiltersExportsReleasesChecksAndRevokesABadge() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String credential = install(suffix);
    String assessor =
        identities.token(identities.account("admin-journey-assessor", Role.ASSESSOR).id());
    long earnedId =
        work.submitPassing(identities.account("admin-journey-1", Role.EDUCATOR).id(), credential);
    long shortId =
        work.submitPassing(identities.account("admin-journey-2", Role.EDUCATOR).id(), credential);
    long waitingId =
        work.submitPassing(identities.account("admin-journey-3", Role.EDUCATOR).id(), credential);
    String earnedCode = Released.earned(assessor, earnedId, 1);
    Released.notEarned(assessor, shortId, 1);

    AccountView admin = identities.account("journey-program-admin", Role.ADMIN);
    signIn(identities.token(admin.id()));
    PageView first = visit("/admin/reports", "admin-dashboard");
    new Select(first.find("#credential")).selectByValue(credential);
    // The versions offered are the chosen credential's, so the choice is shown first.
    PageView dashboard =
        first.click("form.report-filter button[type=submit]", "admin-dashboard-credential");
    new Select(dashboard.find("#version")).selectByValue(VERSION);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    script(
        "document.getElementById('from').value = arguments[0];"
            + "document.getElementById('to').value = arguments[1];",
        today.minusDays(1).toString(),
        today.plusDays(1).toString());
    PageView filtered = dashboard.click("form.report-filter button[type=submit]", "admin-filtered");
    assertThat(filtered.path())
        .contains("credential=" + credential)
        .contains("version=" + VERSION)
        .contains("from=" + today.minusDays(1));
    assertThat(filtered.text("p.lead")).contains("admin journey " + suffix);
    assertThat(filtered.findAll("section[aria-labelledby=attempts-heading] tbody tr")).hasSize(3);
    // Nothing is released yet: the admin releases this credential's outcomes.
    assertThat(filtered.text("#turnaround-heading + dl")).contains("Released\n0");

    Path downloads = downloads();
    filtered.activate("a[data-export=submissions]");
    waitFor(30, d -> filtered.text("#export-status").startsWith("Saved"));
    String fileName = "submissions-" + credential + ".csv";
    assertThat(filtered.text("#export-status")).isEqualTo("Saved " + fileName + ": 3 rows.");
    assertThat(filtered.text("#export-count")).isEqualTo("3 of 3 rows");
    assertThat(filtered.find("#export-bar").getAttribute("value")).isEqualTo("3");
    List<CSVRecord> rows = csv(saved(downloads, fileName));
    Map<String, String> outcomes = new HashMap<>();
    for (CSVRecord row : rows) {
      assertThat(row.get("educator")).matches("E-[0-9A-Z]{10}");
      assertThat(row.get("credential")).isEqualTo(credential);
      outcomes.put(row.get("submission_id"), row.get("outcome"));
    }
    assertThat(outcomes)
        .containsOnly(
            Map.entry(Long.toString(earnedId), "earned"),
            Map.entry(Long.toString(shortId), "not earned"),
            Map.entry(Long.toString(waitingId), ""));
    current("admin-export-saved");

    // On a slow link the count climbs as records arrive, and cancelling saves nothing. The audit
    // trail is the long export here: the journey's admin adds enough events to it to arrive in
    // several pieces at this speed.
    for (int i = 0; i < 80; i++) {
      audit.recordExport(admin.id(), Map.of("export", "journey-padding", "n", i));
    }
    throttle(150);
    filtered.activate("a[data-export='the audit trail']");
    waitFor(90, d -> partial(filtered.text("#export-count")));
    assertThat(filtered.text("label[for=export-bar]")).isEqualTo("Exporting the audit trail");
    assertThat(filtered.find("[data-export-cancel]").isDisplayed()).isTrue();
    current("admin-export-progress");
    filtered.activate("[data-export-cancel]");
    waitFor(10, d -> filtered.text("#export-status").startsWith("Export cancelled"));
    assertThat(filtered.text("#export-status")).endsWith("nothing was saved.");
    assertThat(filtered.find("[data-export-cancel]").isDisplayed()).isFalse();
    throttle(-1);

    filtered.activate("p.report-links a[href*='summary.pdf']");
    String pdf =
        PdfText.text(Files.readAllBytes(saved(downloads, "summary-" + credential + ".pdf")), "sum");
    assertThat(pdf).contains("admin journey " + suffix).contains("Turnaround");
    try (Stream<Path> files = Files.list(downloads)) {
      // The cancelled export left nothing behind: the first CSV and the PDF only.
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(fileName, "summary-" + credential + ".pdf");
    }

    PageView reviews = visit("/admin/assessment", "admin-reviews");
    reviews.click(
        "form[action='/admin/assessment/reviews/" + earnedCode + "/release'] button",
        "admin-released");

    PageView badges = visit("/admin/badges", "admin-badges");
    String row =
        (String)
            script(
                "const row = [...document.querySelectorAll('tr[id^=badge-]')]"
                    + ".find(r => r.textContent.includes(arguments[0]));"
                    + "return row ? row.id : null;",
                "admin journey " + suffix);
    assertThat(row).as("the released result's badge is listed").isNotNull();
    String badge = row.substring("badge-".length());
    String inRow = "tr[id='" + row + "'] ";
    assertThat(badges.text(inRow + "td[data-label=Status]")).isEqualTo("In force");

    PageView valid = badges.click(inRow + "a[href^='/badges/verify']", "admin-badge-valid");
    assertThat(valid.text("#verification-result")).startsWith("Valid");
    assertThat(valid.text(".verification")).contains("Not revoked");

    PageView again = visit("/admin/badges", "admin-badges");
    again.fill(Map.of("reason-" + badge, "Issued in error"));
    PageView revoked = again.click(inRow + "form button[type=submit]", "admin-badge-revoked");
    assertThat(revoked.text(inRow + "td[data-label=Status]"))
        .startsWith("Revoked")
        .endsWith("Issued in error");
    assertThat(revoked.has(inRow + "form")).isFalse();

    PageView checked = revoked.click(inRow + "a[href^='/badges/verify']", "admin-badge-invalid");
    assertThat(checked.text("#verification-result")).isEqualTo("Not valid");
    assertThat(checked.text(".verification")).contains("Revoked by the issuer");

    PageView versions = visit("/admin/reports/versions", "admin-versions");
    assertThat(versions.text("tr[id='version-" + credential + "-" + VERSION + "']"))
        .contains("3 in all");
  }

  /**
   * The page's counter counts records, not lines: a quoted field may hold line breaks and escaped
   * quotes, and a piece of the body may end anywhere, even between the two quotes of an escape.
   */
  @Test
  void theProgressCounterCountsCsvRecordsAcrossPiecesOfTheBody() {
    signIn(identities.token(identities.account("journey-program-admin", Role.ADMIN).id()));
    open("/");
    String csv =
        "id,text\r\n"
            + "1,\"two\r\nlines\"\r\n"
            + "2,\"a \"\"quoted\"\"\r\nword, and a comma\"\r\n"
            + "3,\"\"\r\n"
            + "4,last without a break";
    Object counts =
        asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('/assets/export.js').then(m => {"
                + "  const bytes = new TextEncoder().encode(arguments[0]);"
                + "  const whole = new m.RecordCounter();"
                + "  whole.add(bytes);"
                + "  const results = [whole.finish()];"
                + "  for (let size = 1; size <= 7; size++) {"
                + "    const pieces = new m.RecordCounter();"
                + "    for (let i = 0; i < bytes.length; i += size) {"
                + "      pieces.add(bytes.subarray(i, i + size));"
                + "    }"
                + "    results.push(pieces.finish());"
                + "  }"
                + "  const ended = new m.RecordCounter();"
                + "  ended.add(new TextEncoder().encode('a\\r\\nb\\r\\n'));"
                + "  results.push(ended.finish());"
                + "  results.push(m.describe(12400, 100000), m.describe(1, null),"
                + "    m.fileName('attachment; filename=\"audit.csv\"', 'x.csv'), m.fileName(null, 'x.csv'));"
                + "  done(results);"
                + "}, e => done(String(e)));",
            csv);
    assertThat(counts)
        .isEqualTo(
            List.of(
                5L,
                5L,
                5L,
                5L,
                5L,
                5L,
                5L,
                5L,
                2L,
                "12,400 of 100,000 rows",
                "1 row so far",
                "audit.csv",
                "x.csv"));
  }

  /** The home-visits text under a new id, released by an admin, with the suffix in its title. */
  private String install(String suffix) throws IOException {
    String id = "hv-admin-" + suffix;
    Path dir = Path.of("target/test-rubrics-admin-journey");
    HomeVisitsCopies.write(dir, id, "admin journey " + suffix, "  release: admin\n");
    catalog.synchronize(dir);
    return id;
  }

  /** "n of m rows" with some rows in and some still to come. */
  private static boolean partial(String count) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9,]+) of ([0-9,]+) rows").matcher(count);
    if (!m.matches()) {
      return false;
    }
    long in = Long.parseLong(m.group(1).replace(",", ""));
    return in > 0 && in < Long.parseLong(m.group(2).replace(",", ""));
  }

  /** Waits for the browser to finish saving a file, and answers it. */
  private Path saved(Path folder, String name) {
    Path file = folder.resolve(name);
    waitFor(30, d -> Files.isRegularFile(file) && !Files.exists(partial(file)));
    return file;
  }

  private static Path partial(Path file) {
    return file.resolveSibling(file.getFileName() + ".crdownload");
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
