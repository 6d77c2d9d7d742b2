package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class ReportPagesTest {

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;

  @Test
  void theDashboardDrawsEveryChartWithATableAndLeavesAgreementEmpty() {
    String session = ids.token(ids.account("admin", Role.ADMIN).id());
    work.submitPassing(ids.account("educator", Role.EDUCATOR).id());

    String html =
        Forms.page(session, "/admin/reports?credential=home-visits")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(html).contains("Program dashboard", "Submissions by status", "Oldest waiting");
    // Each chart is an SVG image with a title, followed by the same figures as a table.
    int charts = count(html, "<figure class=\"chart-figure\"");
    assertThat(charts).isGreaterThanOrEqualTo(6);
    assertThat(count(html, "role=\"img\"")).isEqualTo(charts);
    assertThat(count(html, "the figures as a table")).isEqualTo(charts);
    assertThat(html).contains("id=\"agreement-per-component\"");
    assertThat(html).contains("/api/admin/exports/submissions.csv?credential=home-visits");
    assertThat(html).doesNotContainPattern("\\sstyle=\"");
  }

  @Test
  void theExportLinksArePlainDownloadsAndTheProgressPanelWaitsHiddenForScript() {
    String session = ids.token(ids.account("admin", Role.ADMIN).id());

    String html =
        Forms.page(session, "/admin/reports?credential=home-visits")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    // Without script each link downloads the file itself; the script reads the same addresses.
    assertThat(html)
        .contains(
            "<a href=\"/api/admin/exports/submissions.csv?credential=home-visits\""
                + " data-export=\"submissions\">",
            "<a href=\"/api/admin/exports/audit.csv\" data-export=\"the audit trail\">");
    assertThat(html).containsPattern("<script type=\"module\" src=\"/assets/export\\.js\\?v=");
    assertThat(html)
        .containsPattern(
            "<div class=\"export-progress\" id=\"export-progress\" data-status=\"export-status\""
                + " hidden>");
    assertThat(html).contains("<label for=\"export-bar\"", "<progress id=\"export-bar\"");
    // An empty live region from the start: one added with its text is not always announced.
    assertThat(html)
        .contains("<p class=\"export-status\" id=\"export-status\" role=\"status\"></p>");
  }

  @Test
  void anAdminCreatesACohortAndAddsAndRemovesAnEducator() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    String session = ids.token(admin.id());
    AccountView educator = ids.account("cohort member", Role.EDUCATOR);
    String name = "Cohort " + UUID.randomUUID();

    String location =
        Forms.post(session)
            .formParam("name", name)
            .post("/admin/reports/cohorts")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    String path = location.substring(location.indexOf("/admin/reports/cohorts/"));
    Forms.post(session)
        .formParam("email", educator.email())
        .post(path + "/members")
        .then()
        .statusCode(303);
    Forms.page(session, path).then().statusCode(200).body(containsString("cohort member"));

    Forms.post(session)
        .formParam("name", name)
        .post("/admin/reports/cohorts")
        .then()
        .statusCode(409)
        .body(containsString("A cohort named"));
    Forms.post(session)
        .formParam("email", admin.email())
        .post(path + "/members")
        .then()
        .statusCode(409)
        .body(containsString("is not an educator"));

    Forms.post(session).post(path + "/members/" + educator.id() + "/remove").then().statusCode(303);
    Forms.page(session, path).then().statusCode(200).body(containsString("No member yet."));
  }

  @Test
  void reportPagesAreForAdminsOnly() {
    Forms.page(ids.token(ids.account("assessor", Role.ASSESSOR).id()), "/admin/reports")
        .then()
        .statusCode(403);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
