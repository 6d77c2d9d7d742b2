package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ScoredWork;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SampleSubmissions;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class SubmissionReportPdfTest {

  static final String VIETNAMESE =
      "Gia đình em rất vui khi cô giáo đến thăm nhà vào chiều thứ Bảy.";
  static final String ARABIC = "سعدت الأسرة كثيرا بزيارة المعلمة إلى المنزل.";
  static final String FEEDBACK = "Add a clear invitation 🙂 to each of the three notes.";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void aScoredAttemptReadsBackVerbatimWithTheEducatorByCodeOnly() throws Exception {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView educator = identities.account("quỳnh private-surname", Role.EDUCATOR);
    Map<String, String> fields = new LinkedHashMap<>(SampleSubmissions.passing());
    String key = "answer:part-1:classroom-demographics";
    fields.put(key, fields.get(key) + "\n\n" + VIETNAMESE + "\n\n" + ARABIC + "\n");
    long submission = work.submit(educator.id(), fields);
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    ScoredWork.notEarned(assessor, submission, 1, FEEDBACK);

    byte[] pdf = report(admin, submission, false);
    String text = text(pdf, "coded");

    assertThat(text)
        .contains(flat(VIETNAMESE), flat(ARABIC), flat(FEEDBACK))
        .contains("I chose this micro-credential because most of my contact")
        .contains("Not earned")
        .contains("not met")
        .containsPattern("Educator: E-[0-9A-HJKMNP-TV-Z]{10}")
        .containsPattern("[0-9]+ words")
        .doesNotContain("private-surname", educator.email());
    // The private names the educator gave for their students stay out of the report.
    assertThat(text).doesNotContain("Marisol", "Keanu").contains("Student A");
    assertThat(qpdfCheck(pdf)).isZero();
  }

  @Test
  void identitiesAreShownOnlyWhenAskedForAndTheAuditRecordsTheChoice() throws Exception {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView educator = identities.account("named educator zed", Role.EDUCATOR);
    long submission = work.submitPassing(educator.id());
    Instant before = Instant.now().minusSeconds(1);

    String named = text(report(admin, submission, true), "named");
    assertThat(named).contains("named educator zed", educator.email());
    assertThat(named).contains("No scoring of this attempt has been submitted yet.");

    String audit =
        as(admin)
            .queryParam("from", before.toString())
            .get("/api/admin/exports/audit.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(audit)
        .contains("submission-report")
        .contains("\"\"submission\"\":" + submission)
        .contains("\"\"identities\"\":true");
  }

  @Test
  void reportsAreForAdminsOnlyAndMissingAttemptsAreNotFound() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView educator = identities.account("owner", Role.EDUCATOR);
    long submission = work.submitPassing(educator.id());
    String path = "/api/admin/reports/submissions/" + submission + "/attempts/";
    as(identities.token(educator.id())).get(path + "1.pdf").then().statusCode(403);
    as(admin).get(path + "2.pdf").then().statusCode(404);
  }

  private static byte[] report(String admin, long submission, boolean identities) {
    return as(admin)
        .queryParam("identities", identities)
        .get("/api/admin/reports/submissions/" + submission + "/attempts/1.pdf")
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .extract()
        .asByteArray();
  }

  /** The text pdftotext recovers, with line breaks and runs of spaces made single spaces. */
  private static String text(byte[] pdf, String name) throws IOException, InterruptedException {
    Path file = write(pdf, name);
    Process process =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return flat(out);
  }

  private static int qpdfCheck(byte[] pdf) throws IOException, InterruptedException {
    Path file = write(pdf, "checked");
    Process process =
        new ProcessBuilder(List.of("qpdf", "--check", file.toString()))
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private static Path write(byte[] pdf, String name) throws IOException {
    Path dir = Path.of("target", "report-pdfs");
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, name, ".pdf");
    Files.write(file, pdf);
    return file;
  }

  /**
   * Arabic is laid out with contextual letter forms, which text extraction may return as their
   * presentation-form code points; compatibility normalization maps both to the same letters.
   * pdftotext also wraps each right-to-left run in directional embedding marks, which are not part
   * of what was written.
   */
  private static String flat(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\u202A-\u202E\u2066-\u2069]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
