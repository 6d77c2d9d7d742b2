package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SampleSubmissions;
import org.mcportal.submission.SubmissionService;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class CredentialVersionsTest {

  static final String CREDENTIAL = "home-visits";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject SubmissionService submissions;
  @Inject CredentialVersions versions;

  private long adminId;

  /** The shared database must not keep the bundled credential retired for other tests. */
  @AfterEach
  void openAgain() {
    if (adminId != 0) {
      versions.unretire(CREDENTIAL, current(), adminId);
    }
  }

  @Test
  void aRetiredVersionRefusesNewSubmissionsWhileWorkInProgressCarriesOn() {
    adminId = identities.account("admin", Role.ADMIN).id();
    String admin = identities.token(adminId);
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    AccountView drafting = identities.account("drafting before retirement", Role.EDUCATOR);
    AccountView submitted = identities.account("submitted before retirement", Role.EDUCATOR);
    AccountView late = identities.account("too late to start", Role.EDUCATOR);
    long draft = submissions.start(drafting.id(), CREDENTIAL).id();
    long waiting = work.submitPassing(submitted.id());
    String version = current();
    Instant before = Instant.now().minusSeconds(1);

    JsonPath retired =
        as(admin)
            .put("/api/admin/credential-versions/" + CREDENTIAL + "/" + version + "/retirement")
            .then()
            .statusCode(200)
            .body("retired", equalTo(true))
            .body("current", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(count(retired, "DRAFT")).isGreaterThanOrEqualTo(1);
    assertThat(count(retired, "SUBMITTED")).isGreaterThanOrEqualTo(1);
    assertThat(retired.getLong("submissions"))
        .isEqualTo(
            retired.getList("statuses.count", Number.class).stream()
                .mapToLong(Number::longValue)
                .sum());

    as(identities.token(late.id()))
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", CREDENTIAL))
        .post("/api/submissions")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:version-retired"));

    // The draft begun before can still be written and submitted; the waiting attempt is scored.
    work.write(drafting.id(), draft, SampleSubmissions.passing());
    assertThat(work.submit(drafting.id(), draft)).isEqualTo(1);
    Released.earned(assessor, waiting, 1);

    Map<String, Object> after = list(admin, version);
    assertThat(count(after, "SUBMITTED") + count(after, "IN_REVIEW")).isGreaterThanOrEqualTo(1);
    assertThat(count(after, "EARNED")).isGreaterThanOrEqualTo(1);

    as(admin)
        .delete("/api/admin/credential-versions/" + CREDENTIAL + "/" + version + "/retirement")
        .then()
        .statusCode(200)
        .body("retired", equalTo(false));
    as(identities.token(late.id()))
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", CREDENTIAL))
        .post("/api/submissions")
        .then()
        .statusCode(201);

    String audit =
        as(admin)
            .queryParam("from", before.toString())
            .get("/api/admin/exports/audit.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(audit).contains("VERSION_RETIRE").contains("VERSION_UNRETIRE");
    assertThat(audit).contains("\"\"version\"\":\"\"" + version + "\"\"");
  }

  @Test
  void retirementIsForAdminsAndAnUnknownVersionIsNotFound() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    String educator = identities.token(identities.account("educator", Role.EDUCATOR).id());
    as(educator).get("/api/admin/credential-versions").then().statusCode(403);
    as(educator)
        .put("/api/admin/credential-versions/" + CREDENTIAL + "/" + current() + "/retirement")
        .then()
        .statusCode(403);
    as(admin)
        .put("/api/admin/credential-versions/" + CREDENTIAL + "/no-such-version/retirement")
        .then()
        .statusCode(404);
    as(admin)
        .delete("/api/admin/credential-versions/nothing/1.0/retirement")
        .then()
        .statusCode(404);
    List<Map<String, Object>> all =
        as(admin).get("/api/admin/credential-versions").then().statusCode(200).extract().path("");
    assertThat(all).anyMatch(v -> CREDENTIAL.equals(v.get("credentialId")));
    assertThat(all).anyMatch(v -> "exit-ticket".equals(v.get("credentialId")));
  }

  private static Map<String, Object> list(String admin, String version) {
    return as(admin)
        .get("/api/admin/credential-versions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap(
            "find { it.credentialId == '" + CREDENTIAL + "' && it.version == '" + version + "' }");
  }

  private static long count(JsonPath version, String status) {
    return count(version.getMap(""), status);
  }

  @SuppressWarnings("unchecked")
  private static long count(Map<String, Object> version, String status) {
    return ((List<Map<String, Object>>) version.get("statuses"))
        .stream()
            .filter(s -> status.equals(s.get("status")))
            .mapToLong(s -> ((Number) s.get("count")).longValue())
            .findFirst()
            .orElseThrow();
  }

  private String current() {
    return versions.list().stream()
        .filter(v -> v.credentialId().equals(CREDENTIAL) && v.current())
        .findFirst()
        .orElseThrow()
        .version();
  }
}
