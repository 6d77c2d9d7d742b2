package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/** An admin's preview of any loaded credential version: its public page and its editor. */
@QuarkusTest
class CredentialPreviewTest {

  @Inject TestIdentities ids;

  private String admin() {
    return ids.token(ids.account("previewer", Role.ADMIN).id());
  }

  @Test
  void listsEveryLoadedVersionWithItsPreviews() {
    Forms.page(admin(), "/credentials/preview")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/credentials/preview/home-visits/2022-03-17\""))
        .body(containsString("href=\"/submissions/preview/home-visits/2022-03-17.1\""))
        .body(containsString("href=\"/submissions/preview/lesson-study/1.0\""));
  }

  @Test
  void showsAVersionThatIsNotCurrentAsEducatorsWouldReadIt() {
    Forms.page(admin(), "/credentials/preview/home-visits/2022-03-17")
        .then()
        .statusCode(200)
        .body(containsString("Developing Trusting Reciprocal Relationships through Home Visits"))
        .body(containsString("250–400 words in all"))
        .body(not(containsString("words in all, as a guide")));
    Forms.page(admin(), "/credentials/preview/home-visits/2022-03-17.1")
        .then()
        .body(containsString("about 250–400 words in all, as a guide"));
  }

  @Test
  void showsTheEditorFilledWithPlaceholderTextAndNoWayToSave() {
    Forms.page(admin(), "/submissions/preview/lesson-study/1.0")
        .then()
        .statusCode(200)
        .body(containsString("Preview of version 1.0 with placeholder text"))
        .body(containsString("Sample learner 5"))
        .body(containsString("placeholder text standing in"))
        .body(containsString("Plan: Lesson Plan"))
        .body(containsString("count-within"))
        .body(not(containsString("count-under")))
        .body(not(containsString("class=\"save-form\"")))
        .body(not(containsString("Submitted: this draft is read-only")));
  }

  @Test
  void previewsAreForAdminsOnly() {
    String educator = ids.token(ids.account("curious-educator", Role.EDUCATOR).id());
    Forms.page(educator, "/submissions/preview/lesson-study/1.0").then().statusCode(403);
    Forms.page(educator, "/credentials/preview/home-visits/2022-03-17").then().statusCode(403);
  }

  @Test
  void anUnknownVersionIsNotFound() {
    Forms.page(admin(), "/submissions/preview/home-visits/1999").then().statusCode(404);
  }

  @Test
  void thePublicPageStatesTheRuleItAppliesInGeneratedWords() {
    given()
        .get("/credentials/lesson-study")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "As the portal applies it: Plan, Observations and Reflection at Emerging or"
                    + " better, at most 1 of the 3 components below Accomplished, and at least 1"
                    + " of the 3 components at Exemplary or better."))
        .body(containsString("Your evidence follows 5 learners, named only by pseudonym."));
    given()
        .get("/credentials/exit-ticket")
        .then()
        .body(containsString("at most 300 words in all"))
        .body(containsString("1 exit ticket, written in the portal or uploaded as a PDF"))
        .body(not(containsString("Your evidence follows")));
  }
}
