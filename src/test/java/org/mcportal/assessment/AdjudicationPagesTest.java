package org.mcportal.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.score;
import static org.mcportal.assessment.DoubleScoringCredentials.secondCodeOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/**
 * The double-scoring pages over HTTP without a browser: the queue and the scoring screen keep the
 * two halves apart, and a lead settles a disagreement on the adjudication pages; the educator reads
 * the lead's scoring only.
 */
@QuarkusTest
class AdjudicationPagesTest {

  private static final String FIRST_FEEDBACK = "First half: the notes never invite the family.";
  private static final String LEAD_FEEDBACK = "Lead: the third note invites the family in.";
  private static final String LEAD_OVERALL = "Final scoring after adjudication.";
  private static final String REASON = "The invitation is in the third note after all.";

  /** Every criterion of the home-visits rubric, by component: a proficient sheet. */
  private static final Map<String, List<String>> ALL_MET = new LinkedHashMap<>();

  static {
    ALL_MET.put("part-1", List.of("justifies-choice", "learning-goal"));
    ALL_MET.put(
        "artifact-1",
        List.of(
            "three-students",
            "questions-complete",
            "family-time-place",
            "strategies",
            "opening-question"));
    ALL_MET.put("artifact-2", List.of("all-answered", "deep-reflection", "impact"));
    ALL_MET.put("artifact-3", List.of("three-notes", "personal-detail", "invitation"));
    ALL_MET.put("part-3", List.of("positive-impact", "specific-examples", "actionable-steps"));
  }

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  @Test
  void theQueueAndScoringPagesKeepTheTwoHalvesApartUntilBothAreIn() {
    String credential = DoubleScoringCredentials.installFresh(catalog, "hv-apart");
    AccountView educator = identities.account("educator-" + credential, Role.EDUCATOR);
    long id = work.submitPassing(educator.id(), credential);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);
    String first = identities.token(identities.account("apart-first", Role.ASSESSOR).id());
    String second = identities.token(identities.account("apart-second", Role.ASSESSOR).id());

    String before = page(first, "/assessment?credential=" + credential);
    assertThat(before).contains(one).contains(two);
    score(first, one, Sheets.artifactThreeBasic(FIRST_FEEDBACK)).then().statusCode(201);
    String after = page(first, "/assessment?credential=" + credential);
    assertThat(after).doesNotContain(two).doesNotContain(one);
    assertThat(page(second, "/assessment?credential=" + credential)).contains(two);

    as(second)
        .contentType(ContentType.URLENC)
        .post("/assessment/reviews/" + two + "/claim")
        .then()
        .statusCode(303);
    String screen = page(second, "/assessment/reviews/" + two);
    assertThat(screen)
        .contains("Scoring <span class=\"code\">" + two + "</span>")
        .doesNotContain(FIRST_FEEDBACK)
        .doesNotContain(one)
        .doesNotContain(educator.displayName());
    // The other half is not theirs: the scoring screen refuses it as any foreign item.
    as(first).accept("text/html").get("/assessment/reviews/" + two).then().statusCode(403);
  }

  @Test
  void aLeadComparesBothScoringsBlindAndRecordsTheFinalOneWithAReason() {
    String credential = DoubleScoringCredentials.installFresh(catalog, "hv-adjudicate");
    AccountView educator = identities.account("educator-" + credential, Role.EDUCATOR);
    long id = work.submitPassing(educator.id(), credential);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);
    String first = identities.token(identities.account("adj-first", Role.ASSESSOR).id());
    String second = identities.token(identities.account("adj-second", Role.ASSESSOR).id());
    AccountView leadAccount = identities.account("adj-lead", Role.LEAD);
    String lead = identities.token(leadAccount.id());
    score(first, one, Sheets.artifactThreeBasic(FIRST_FEEDBACK)).then().statusCode(201);
    score(second, two, Sheets.proficient()).then().statusCode(201);

    String list = page(lead, "/adjudication");
    assertThat(list)
        .contains("href=\"/adjudication/" + one + "\"")
        .doesNotContain(two)
        .contains("artifact-3, outcome");
    as(first).accept("text/html").get("/adjudication").then().statusCode(403);

    String screen = page(lead, "/adjudication/" + one);
    assertThat(screen)
        .contains("Adjudicating <span class=\"code\">" + one + "</span>")
        .contains("<table class=\"comparison\" id=\"compare-artifact-3\">")
        .contains(FIRST_FEEDBACK)
        .contains("(levels differ)")
        .contains("(they differ)")
        .contains("name=\"reason\"")
        // A criterion both judged met starts ticked; the one they differ on does not.
        .contains("value=\"artifact-3/three-notes\" checked")
        .doesNotContain("value=\"artifact-3/invitation\" checked")
        .doesNotContain(educator.displayName())
        .doesNotContain(educator.email());

    String refused = decide(lead, one, "  ").then().statusCode(422).extract().asString();
    assertThat(refused)
        .contains("give the reason")
        .contains(">" + LEAD_FEEDBACK + "</textarea>")
        .contains(">" + LEAD_OVERALL + "</textarea>");
    given()
        .header(
            "Authorization",
            "Bearer " + identities.token(identities.account("adj-admin", Role.ADMIN).id()))
        .queryParam("code", one)
        .queryParam("action", "ADJUDICATE")
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));

    decide(lead, one, REASON)
        .then()
        .statusCode(303)
        .header("Location", endsWith("/adjudication?notice=decided"));
    assertThat(page(lead, "/adjudication?notice=decided"))
        .contains("Final scoring recorded")
        .doesNotContain("href=\"/adjudication/" + one + "\"");
    given()
        .header(
            "Authorization",
            "Bearer " + identities.token(identities.account("adj-admin2", Role.ADMIN).id()))
        .queryParam("code", one)
        .queryParam("action", "ADJUDICATE")
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items[0].actorId", equalTo((int) (long) leadAccount.id()))
        .body("items[0].details.reason", equalTo(REASON));

    String educatorToken = identities.token(educator.id());
    String results =
        as(educatorToken)
            .get("/api/submissions/" + id + "/results")
            .then()
            .statusCode(200)
            .body("earned", equalTo(true))
            .extract()
            .asString();
    assertThat(results)
        .contains(LEAD_FEEDBACK)
        .contains(LEAD_OVERALL)
        .doesNotContain(FIRST_FEEDBACK)
        .doesNotContain(REASON);
    assertThat(page(educatorToken, "/submissions/" + id + "/results"))
        .contains(LEAD_OVERALL)
        .doesNotContain(FIRST_FEEDBACK)
        .doesNotContain(REASON);
  }

  /** The lead's form: every criterion met, feedback on artifact 3, and the given reason. */
  private static io.restassured.response.Response decide(String token, String code, String reason) {
    List<String> components = new ArrayList<>(ALL_MET.keySet());
    List<String> met = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> feedback = new ArrayList<>();
    ALL_MET.forEach(
        (component, criteria) -> {
          criteria.forEach(c -> met.add(component + "/" + c));
          empty.add("");
          feedback.add(component.equals("artifact-3") ? LEAD_FEEDBACK : "");
        });
    return as(token)
        .contentType(ContentType.URLENC)
        .formParam("component", components.toArray())
        .formParam("met", met.toArray())
        .formParam("override", empty.toArray())
        .formParam("justification", empty.toArray())
        .formParam("feedback", feedback.toArray())
        .formParam("overall", LEAD_OVERALL)
        .formParam("reason", reason)
        .post("/adjudication/" + code);
  }

  private static String page(String token, String path) {
    return as(token).accept("text/html").get(path).then().statusCode(200).extract().asString();
  }

  private static RequestSpecification as(String token) {
    return given().redirects().follow(false).header("Authorization", "Bearer " + token);
  }
}
