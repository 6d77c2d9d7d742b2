package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class CohortSummaryPdfTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void theSummaryOfACohortDrawsTheChartsWithTheirFiguresAndNamesNoOne() throws Exception {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView assessorAccount = identities.account("assessor private-name", Role.ASSESSOR);
    String assessor = identities.token(assessorAccount.id());
    AccountView earned = identities.account("educator secret-surname", Role.EDUCATOR);
    AccountView waiting = identities.account("educator other-surname", Role.EDUCATOR);
    String name = "Summary cohort " + UUID.randomUUID();
    long cohort = ReportData.cohort(admin, name, earned.id(), waiting.id());
    Released.earned(assessor, work.submitPassing(earned.id()), 1);
    work.submitPassing(waiting.id());
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    byte[] pdf =
        as(admin)
            .queryParam("credential", "home-visits")
            .queryParam("from", today)
            .queryParam("to", today)
            .queryParam("cohort", cohort)
            .get("/api/admin/reports/summary.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();

    String text = PdfText.text(pdf, "summary");
    assertThat(text)
        .contains("Program summary for every version")
        .contains("from " + today + " to " + today)
        .contains(name)
        .contains("Submissions by status")
        .contains("Released outcomes by attempt")
        .contains("Assessor workload")
        .contains("Assessor " + assessorAccount.id())
        // The cohort's two educators: one earned, one waits; counted, never named.
        .containsPattern("Status Submissions Earned 1 .*Submitted 1|Earned 1 In review")
        .doesNotContain("secret-surname", "other-surname", "private-name")
        .doesNotContain(earned.email(), waiting.email());
    assertThat(PdfText.qpdfCheck(pdf)).isZero();
    assertThat(PdfText.fonts(pdf))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).containsPattern(" yes +yes +yes +\\d"));
    // The charts are drawn: the palette's blue fills bars as vector paths on the first pages.
    assertThat(filledRectangles(pdf)).isGreaterThan(10);
  }

  @Test
  void theSummaryIsForAdminsAndOnTheAuditTrail() {
    String educator = identities.token(identities.account("educator", Role.EDUCATOR).id());
    as(educator)
        .queryParam("credential", "home-visits")
        .get("/api/admin/reports/summary.pdf")
        .then()
        .statusCode(403);
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    as(admin)
        .queryParam("credential", "no-such-credential")
        .get("/api/admin/reports/summary.pdf")
        .then()
        .statusCode(404);
    as(admin).get("/api/admin/reports/summary.pdf").then().statusCode(400);
    String before = java.time.Instant.now().minusSeconds(1).toString();
    as(admin)
        .queryParam("credential", "home-visits")
        .get("/api/admin/reports/summary.pdf")
        .then()
        .statusCode(200);
    assertThat(
            as(admin)
                .queryParam("from", before)
                .get("/api/admin/exports/audit.csv")
                .then()
                .extract()
                .asString())
        .contains("summary-pdf");
  }

  /** Counts the rectangle-and-fill operations in the page content: what a bar chart is made of. */
  private static int filledRectangles(byte[] pdf) throws Exception {
    int count = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        String content = new String(page.getContents().readAllBytes(), "ISO-8859-1");
        count += content.split("\\bf\\b|\\bf\\*", -1).length - 1;
      }
    }
    return count;
  }
}
