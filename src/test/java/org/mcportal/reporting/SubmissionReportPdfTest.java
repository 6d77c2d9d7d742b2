package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcportal.reporting.PdfText.flat;
import static org.mcportal.reporting.PdfText.fonts;
import static org.mcportal.reporting.PdfText.qpdfCheck;
import static org.mcportal.reporting.PdfText.text;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
  static final String HINDI = "परिवार के साथ घर पर मुलाक़ात";
  static final String FEEDBACK = "Add a clear invitation 🙂 to each of the three notes.";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void aScoredAttemptReadsBackVerbatimWithTheEducatorByCodeOnly() throws Exception {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView educator = identities.account("quỳnh private-surname", Role.EDUCATOR);
    long submission = submitEndingAnAnswerWith(educator, VIETNAMESE + "\n\n" + ARABIC);
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
    // Without Devanagari in the report, Noto Sans is set from its part without glyph substitution.
    assertThat(String.join("\n", fonts(pdf)))
        .contains("+NotoSansLGC-Regular")
        .doesNotContain("+NotoSans-Regular");
  }

  @Test
  void devanagariIsSetWithTheWholeNotoSansAndReadsBack() throws Exception {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    long submission =
        submitEndingAnAnswerWith(identities.account("hindi writer", Role.EDUCATOR), HINDI);

    byte[] pdf = report(admin, submission, false);

    assertThat(String.join("\n", fonts(pdf)))
        .contains("+NotoSans-Regular")
        .doesNotContain("NotoSansLGC");
    // Text extraction returns a shaped i-sign before its consonant, as it is drawn; the words
    // without one read back as written.
    assertThat(text(pdf, "devanagari"))
        .contains(flat("के साथ घर पर मुलाक़ात"))
        .contains("I chose this micro-credential because most of my contact");
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

  /** A passing submission whose first overview answer ends with the given paragraphs. */
  private long submitEndingAnAnswerWith(AccountView educator, String paragraphs) {
    Map<String, String> fields = new LinkedHashMap<>(SampleSubmissions.passing());
    String key = "answer:part-1:classroom-demographics";
    fields.put(key, fields.get(key) + "\n\n" + paragraphs + "\n");
    return work.submit(educator.id(), fields);
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
}
