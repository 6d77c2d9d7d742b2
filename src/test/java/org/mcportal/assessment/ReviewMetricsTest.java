package org.mcportal.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class ReviewMetricsTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject ReviewMetrics metrics;

  @Test
  void aSubmittedAttemptShowsInTheWaitingGaugeAfterTheNextRefresh() {
    metrics.refresh();
    double before = gauge("portal_review_items", "status=\"waiting\"");

    work.submitPassing(identities.account("metered", Role.EDUCATOR).id());
    assertThat(gauge("portal_review_items", "status=\"waiting\"")).isEqualTo(before);
    metrics.refresh();

    assertThat(gauge("portal_review_items", "status=\"waiting\"")).isEqualTo(before + 1);
    assertThat(gauge("portal_review_oldest_waiting_seconds", null)).isGreaterThanOrEqualTo(0);
  }

  @Test
  void theMetricsPageCountsApiRequestsNamesNoOneAndNeedsNoSignIn() {
    given().get("/api/credentials").then().statusCode(200);

    String page = given().get("/q/metrics").then().statusCode(200).extract().asString();

    assertThat(page).contains("portal_review_items").contains("http_server_requests_seconds");
    assertThat(page).doesNotContain("@");
  }

  private static double gauge(String name, String label) {
    String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line =
        Pattern.compile(
                "(?m)^"
                    + Pattern.quote(name)
                    + (label == null ? "" : "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\}")
                    + " ([0-9.E+-]+)$")
            .matcher(page);
    assertThat(line.find()).as("%s{%s} in %n%s", name, label, page).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
