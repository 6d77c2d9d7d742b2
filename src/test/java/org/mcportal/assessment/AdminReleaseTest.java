package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.score;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.HomeVisitsCopies;

/**
 * A credential whose results an admin releases and that allows two attempts: the home-visits text
 * under another id, with an {@code assessment} block.
 */
@QuarkusTest
class AdminReleaseTest {

  private static final String CREDENTIAL = "home-visits-reviewed";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  private AccountView educator;
  private String educatorToken;
  private String assessor;
  private String admin;

  @BeforeEach
  void credentialAndPeople() throws IOException {
    Path dir = Path.of("target/test-rubrics-admin-release");
    HomeVisitsCopies.write(
        dir,
        CREDENTIAL,
        "admin release",
        "  turnaroundDays: 7\n  release: admin\n  maxAttempts: 2\n");
    catalog.synchronize(dir);
    educator = identities.account("educator", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    admin = identities.token(identities.account("admin", Role.ADMIN).id());
  }

  @Test
  void theOutcomeWaitsForAnAdminBeforeTheEducatorSeesIt() {
    long id = work.submitPassing(educator.id(), CREDENTIAL);
    String code = codeOf(id, 1);
    as(assessor)
        .queryParam("credential", CREDENTIAL)
        .get("/api/assessment/queue")
        .then()
        .body("items.find { it.code == '" + code + "' }.turnaroundDays", equalTo(7));

    score(assessor, code, Sheets.proficient())
        .then()
        .statusCode(201)
        .body("earned", equalTo(true))
        .body("released", equalTo(false))
        .body("next", equalTo("ADMIN_RELEASE"));
    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:mcportal:problem:results-not-released"));
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("IN_REVIEW"));
    as(assessor).post("/api/admin/assessment/reviews/" + code + "/release").then().statusCode(403);

    as(admin)
        .post("/api/admin/assessment/reviews/" + code + "/release")
        .then()
        .statusCode(200)
        .body("released", equalTo(true))
        .body("next", equalTo("RELEASED"));

    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .statusCode(200)
        .body("earned", equalTo(true));
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("EARNED"));
    as(admin)
        .post("/api/admin/assessment/reviews/" + code + "/release")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:already-released"));
  }

  @Test
  void theLastAllowedAttemptReopensNothingAndAThirdSubmitIsRefused() {
    long id = work.submitPassing(educator.id(), CREDENTIAL);
    score(assessor, codeOf(id, 1), Sheets.artifactThreeBasic("Invite the family."))
        .then()
        .statusCode(201);
    as(admin)
        .post("/api/admin/assessment/reviews/" + codeOf(id, 1) + "/release")
        .then()
        .statusCode(200);
    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .body("attemptsLeft", equalTo(1))
        .body("reopened", equalTo(List.of("artifact-3")));

    work.write(
        educator.id(),
        id,
        Map.of(
            "document:artifact-3:0", "Dear family, thank you. Please visit our class on Friday!"));
    assertThat(work.submit(educator.id(), id)).isEqualTo(2);
    score(assessor, codeOf(id, 2), Sheets.artifactThreeBasic("Still no invitation."))
        .then()
        .statusCode(201);
    as(admin)
        .post("/api/admin/assessment/reviews/" + codeOf(id, 2) + "/release")
        .then()
        .statusCode(200);

    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .body("attempt", equalTo(2))
        .body("earned", equalTo(false))
        .body("mayResubmit", equalTo(false))
        .body("reopened", equalTo(List.of()))
        .body("attemptsLeft", equalTo(0));
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("lockedComponents.size()", equalTo(5));
    assertThatThrownBy(() -> work.submit(educator.id(), id))
        .isInstanceOf(AssessmentProblemException.class)
        .satisfies(
            e ->
                assertThat(((AssessmentProblemException) e).problem().type())
                    .isEqualTo("urn:mcportal:problem:no-attempts-left"));
  }
}
