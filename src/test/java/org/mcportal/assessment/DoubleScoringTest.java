package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.score;
import static org.mcportal.assessment.AssessorClient.sheet;
import static org.mcportal.assessment.DoubleScoringCredentials.DOUBLE;
import static org.mcportal.assessment.DoubleScoringCredentials.SAMPLED;
import static org.mcportal.assessment.DoubleScoringCredentials.drawOf;
import static org.mcportal.assessment.DoubleScoringCredentials.secondCodeOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.agreement.DoubleScoringDraw;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class DoubleScoringTest {

  private static final String FIRST_FEEDBACK =
      "First assessor: the invitation is not in the notes.";
  private static final String SECOND_FEEDBACK = "Second assessor: no invitation to the family.";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  private AccountView educator;
  private String educatorToken;
  private AccountView first;
  private String firstToken;
  private String secondToken;
  private String leadToken;

  @BeforeEach
  void credentialsAndPeople() {
    DoubleScoringCredentials.install(catalog);
    educator = identities.account("educator", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    first = identities.account("first", Role.ASSESSOR, Role.LEAD);
    firstToken = identities.token(first.id());
    secondToken = identities.token(identities.account("second", Role.ASSESSOR).id());
    leadToken = identities.token(identities.account("lead", Role.LEAD).id());
  }

  @Test
  void aDoubleScoredAttemptWaitsUnderTwoUnrelatedCodesAndItsDrawIsRecorded() {
    long id = work.submitPassing(educator.id(), DOUBLE);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);

    assertThat(one).isNotEqualTo(two);
    as(firstToken)
        .queryParam("credential", DOUBLE)
        .queryParam("limit", 100)
        .get("/api/assessment/queue")
        .then()
        .statusCode(200)
        .body("items.code", hasItem(one))
        .body("items.code", hasItem(two));
    DoubleScoring draw = drawOf(id, 1);
    assertThat(draw.drawn).isTrue();
    assertThat(draw.share).isEqualTo(1.0);
    assertThat(draw.mode).isEqualTo("DOUBLE");
    assertThat(draw.status).isEqualTo(DoubleScoring.Status.SCORING);
    as(identities.token(identities.account("admin", Role.ADMIN).id()))
        .queryParam("code", one)
        .queryParam("action", "DRAW")
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items[0].details.drawn", equalTo(true))
        .body("items[0].details.share", equalTo(1.0f));
  }

  @Test
  void oneAssessorCannotTakeBothHalvesNorTheirOwnSubmission() {
    long id = work.submitPassing(educator.id(), DOUBLE);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);

    claim(firstToken, one).then().statusCode(200);
    claim(firstToken, two)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:double-scoring-same-assessor"));
    score(firstToken, one, Sheets.proficient()).then().statusCode(201);
    claim(firstToken, two)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:double-scoring-same-assessor"));

    AccountView both = identities.account("both", Role.EDUCATOR, Role.ASSESSOR);
    long own = work.submitPassing(both.id(), DOUBLE);
    String bothToken = identities.token(both.id());
    claim(bothToken, codeOf(own, 1)).then().statusCode(403);
    claim(bothToken, secondCodeOf(own, 1))
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:own-submission"));
  }

  @Test
  void theQueueHidesTheOtherHalfFromWhoeverHoldsOrScoredTheFirst() {
    String credential = DoubleScoringCredentials.installFresh(catalog, "hv-hide");
    long id = work.submitPassing(educator.id(), credential);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);

    claim(firstToken, one).then().statusCode(200);
    queued(firstToken, credential).then().statusCode(200).body("items.code", not(hasItem(two)));
    queued(secondToken, credential).then().body("items.code", hasItem(two));
    score(firstToken, one, Sheets.proficient()).then().statusCode(201);
    queued(firstToken, credential).then().statusCode(200).body("items.code", not(hasItem(two)));
    // An admin reading the queue sees every waiting half.
    queued(identities.token(identities.account("queue-admin", Role.ADMIN).id()), credential)
        .then()
        .body("items.code", hasItem(two));
    claim(secondToken, two).then().statusCode(200);
  }

  /** Every waiting item of the double-scoring credential, as the token's holder sees the queue. */
  private static io.restassured.response.Response queued(String token, String credential) {
    return as(token)
        .queryParam("credential", credential)
        .queryParam("limit", 100)
        .get("/api/assessment/queue");
  }

  @Test
  void neitherAssessorSeesTheOthersScoresUntilBothHaveSubmitted() {
    long id = work.submitPassing(educator.id(), DOUBLE);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);

    score(firstToken, one, Sheets.artifactThreeBasic(FIRST_FEEDBACK))
        .then()
        .statusCode(201)
        .body("released", equalTo(false))
        .body("next", equalTo("SECOND_SCORING"));
    as(educatorToken).get("/api/submissions/" + id + "/results").then().statusCode(404);
    // The first assessor's sheet is closed to them once submitted, and the other half is not
    // theirs.
    sheet(firstToken, one).then().statusCode(409);
    sheet(firstToken, two).then().statusCode(409);

    claim(secondToken, two).then().statusCode(200);
    String sheetSeen = sheet(secondToken, two).then().statusCode(200).extract().asString();
    String attemptSeen =
        as(secondToken)
            .get("/api/assessment/reviews/" + two)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String historySeen =
        as(secondToken)
            .get("/api/assessment/reviews/" + two + "/history")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    for (String seen : List.of(sheetSeen, attemptSeen, historySeen)) {
      assertThat(seen).doesNotContain(FIRST_FEEDBACK).doesNotContain(one);
    }
    assertThat(sheetSeen).doesNotContain("UNMET");
    as(secondToken).get("/api/assessment/reviews/" + one + "/sheet").then().statusCode(409);

    // The second half has no release of its own; it is told that the pair's result is out.
    score(secondToken, two, Sheets.artifactThreeBasic(SECOND_FEEDBACK))
        .then()
        .statusCode(201)
        .body("released", equalTo(false))
        .body("next", equalTo("RELEASED"));
    // They agree: the first slot's scoring is released, and only it.
    String results =
        as(educatorToken)
            .get("/api/submissions/" + id + "/results")
            .then()
            .statusCode(200)
            .body("earned", equalTo(false))
            .extract()
            .asString();
    assertThat(results).contains(FIRST_FEEDBACK).doesNotContain(SECOND_FEEDBACK);
    assertThat(drawOf(id, 1).status).isEqualTo(DoubleScoring.Status.AGREED);
  }

  @Test
  void aDisagreementWaitsForALeadWhoseFinalScoringIsTheOnlyOneReleased() {
    long id = work.submitPassing(educator.id(), DOUBLE);
    String one = codeOf(id, 1);
    String two = secondCodeOf(id, 1);
    score(firstToken, one, Sheets.artifactThreeBasic(FIRST_FEEDBACK)).then().statusCode(201);
    score(secondToken, two, Sheets.proficient())
        .then()
        .statusCode(201)
        .body("next", equalTo("ADJUDICATION"));

    as(educatorToken).get("/api/submissions/" + id + "/results").then().statusCode(404);
    as(secondToken).get("/api/adjudication").then().statusCode(403);
    as(leadToken)
        .get("/api/adjudication")
        .then()
        .statusCode(200)
        .body(
            "find { it.code == '" + one + "' }.differing",
            containsInAnyOrder("artifact-3", "outcome"));
    as(leadToken)
        .get("/api/adjudication/" + one)
        .then()
        .statusCode(200)
        .body("outcomeAgrees", equalTo(false))
        .body("components.find { it.componentId == 'artifact-3' }.agrees", equalTo(false))
        .body("components.find { it.componentId == 'artifact-1' }.agrees", equalTo(true))
        .body("first.earned", equalTo(false))
        .body("second.earned", equalTo(true))
        .body(
            "first.components.find { it.componentId == 'artifact-3' }.feedback",
            equalTo(FIRST_FEEDBACK))
        .body(
            "first.components.find { it.componentId == 'part-1' }.evidence[0].quote",
            equalTo(Sheets.QUOTE))
        .body("attempt.code", equalTo(one));
    // The first assessor also leads, but never on a scoring of their own.
    as(firstToken)
        .get("/api/adjudication/" + one)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:adjudicator-involved"));
    as(leadToken)
        .contentType(ContentType.JSON)
        .body(Map.of("sheet", Sheets.proficient(), "reason", " "))
        .post("/api/adjudication/" + one)
        .then()
        .statusCode(400);

    as(leadToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "sheet",
                Sheets.proficient(),
                "reason",
                "The third visit's notes invite the family to the class celebration."))
        .post("/api/adjudication/" + one)
        .then()
        .statusCode(201)
        .body("earned", equalTo(true))
        .body("released", equalTo(true))
        .body("next", equalTo("RELEASED"));

    String results =
        as(educatorToken)
            .get("/api/submissions/" + id + "/results")
            .then()
            .statusCode(200)
            .body("earned", equalTo(true))
            .extract()
            .asString();
    assertThat(results).doesNotContain(FIRST_FEEDBACK);
    as(leadToken).get("/api/adjudication/" + one).then().statusCode(409);
    DoubleScoring settled = drawOf(id, 1);
    assertThat(settled.status).isEqualTo(DoubleScoring.Status.ADJUDICATED);
    assertThat(settled.reason).startsWith("The third visit");
    List<String> finals =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    AgreementRecord.ofItem(settled.reviewItemId).stream()
                        .filter(r -> "artifact-3".equals(r.componentId) || r.componentId == null)
                        .map(r -> r.firstLevel + ">" + r.secondLevel + ">" + r.finalLevel)
                        .sorted()
                        .toList());
    assertThat(finals).containsExactly("basic>proficient>proficient", "not-earned>earned>earned");
  }

  @Test
  void theSampledShareIsDrawnReproduciblyFromTheRecordedPosition() {
    for (int i = 0; i < 8; i++) {
      long id = work.submitPassing(identities.account("sampled" + i, Role.EDUCATOR).id(), SAMPLED);
      DoubleScoring draw = drawOf(id, 1);
      double expected = DoubleScoringDraw.position(SAMPLED + " 2022-03-17", Long.toString(id), 1);
      assertThat(draw.position).isEqualTo(expected);
      assertThat(draw.share).isEqualTo(Double.parseDouble(DoubleScoringCredentials.SAMPLE_SHARE));
      assertThat(draw.drawn).isEqualTo(expected < draw.share);
      boolean hasSecond =
          QuarkusTransaction.requiringNew()
              .call(() -> ReviewItem.ofAttempt(id, 1).orElseThrow().partner().isPresent());
      assertThat(hasSecond).isEqualTo(draw.drawn);
    }
  }
}
