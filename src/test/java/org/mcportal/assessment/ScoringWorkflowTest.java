package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.save;
import static org.mcportal.assessment.AssessorClient.score;
import static org.mcportal.assessment.AssessorClient.sheet;
import static org.mcportal.assessment.AssessorClient.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class ScoringWorkflowTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  private AccountView educator;
  private String educatorToken;
  private String assessor;
  private String otherAssessor;

  @BeforeEach
  void people() {
    educator = identities.account("educator", Role.EDUCATOR);
    educatorToken = identities.token(educator.id());
    assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    otherAssessor = identities.token(identities.account("other", Role.ASSESSOR).id());
  }

  @Test
  void aSubmittedAttemptWaitsInTheQueueUnderAnOpaqueCode() {
    long id = work.submitPassing(educator.id());
    String code = codeOf(id, 1);

    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    Response queue = as(assessor).queryParam("limit", 100).get("/api/assessment/queue");
    queue.then().statusCode(200);
    String item = "items.find { it.code == '" + code + "' }";
    queue
        .then()
        .body(item + ".credentialTitle", containsString("Home Visits"))
        .body(item + ".attempt", equalTo(1))
        .body(item + ".daysWaiting", equalTo(0))
        .body(item + ".turnaroundDays", equalTo(14))
        .body(item + ".overdue", equalTo(false));
    assertThat(queue.asString()).doesNotContain("\"submissionId\"");
  }

  @Test
  void anEducatorSeesNoQueue() {
    as(educatorToken).get("/api/assessment/queue").then().statusCode(403);
  }

  @Test
  void aClaimIsTheAssessorsAloneAndSavesNeedTheLease() {
    String code = codeOf(work.submitPassing(educator.id()), 1);

    claim(assessor, code)
        .then()
        .statusCode(200)
        .body("leaseExpiresAt", org.hamcrest.Matchers.notNullValue());
    claim(otherAssessor, code)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:already-claimed"));
    save(otherAssessor, code, "\"0\"", Sheets.proficient())
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:not-lease-holder"));
    submit(otherAssessor, code)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:not-lease-holder"));
  }

  @Test
  void theSheetAutosavesWithIfMatchAndAnswersTheDerivedLevels() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    claim(assessor, code).then().statusCode(200);
    sheet(assessor, code).then().statusCode(200).header("ETag", "\"0\"");

    save(assessor, code, null, Sheets.proficient())
        .then()
        .statusCode(428)
        .body("type", equalTo("urn:mcportal:problem:if-match-required"));
    save(assessor, code, "\"0\"", Sheets.artifactThreeBasic(""))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("components.find { it.componentId == 'artifact-3' }.derivedLevel", equalTo("basic"))
        .body(
            "components.find { it.componentId == 'artifact-1' }.derivedLevel",
            equalTo("proficient"));
    save(assessor, code, "\"0\"", Sheets.proficient())
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:stale-field".replace("field", "sheet")))
        .body("current.version", equalTo(1))
        .body("current.sheet.components.artifact-3.judgements.invitation", equalTo("UNMET"));
  }

  @Test
  void aQuoteMustBeAPassageOfTheAttempt() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    claim(assessor, code).then().statusCode(200);
    Map<String, Object> sheet = Sheets.proficient();
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    components.put(
        "part-1",
        Sheets.component(
            Sheets.criteria("justifies-choice", true, "learning-goal", true),
            "",
            List.of(
                Sheets.quote(
                    "learning-goal", Sheets.QUOTE_FIELD, "words the educator never wrote"))));

    save(assessor, code, "\"0\"", sheet)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:mcportal:problem:invalid-sheet"))
        .body("problems.code", hasItem("evidence-not-found"));
  }

  @Test
  void submittingAnIncompleteSheetListsEveryProblemWithItsCode() {
    String code = codeOf(work.submitPassing(educator.id()), 1);
    claim(assessor, code).then().statusCode(200);
    Map<String, Object> sheet = Sheets.artifactThreeBasic("");
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    components.remove("part-3");
    components.put(
        "artifact-2",
        Sheets.overridden(
            Sheets.criteria("all-answered", true, "deep-reflection", true, "impact", true),
            "basic",
            ""));
    save(assessor, code, "\"0\"", sheet).then().statusCode(200);

    submit(assessor, code)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:mcportal:problem:scoring-incomplete"))
        .body(
            "problems.code",
            hasItems("unjudged-criterion", "override-justification-too-short", "feedback-missing"))
        .body(
            "problems.find { it.code == 'feedback-missing' && it.componentId == 'artifact-3' }",
            org.hamcrest.Matchers.notNullValue())
        .body(
            "problems.findAll { it.code == 'unjudged-criterion' }.componentId", hasItem("part-3"));
  }

  @Test
  void submittingTwiceWithOneKeyRecordsOneAssessmentAndReleasesTheEarnedOutcome() {
    long id = work.submitPassing(educator.id());
    String code = codeOf(id, 1);
    claim(assessor, code).then().statusCode(200);
    save(assessor, code, "\"0\"", Sheets.proficient()).then().statusCode(200);
    String key = UUID.randomUUID().toString();

    submit(assessor, code, key)
        .then()
        .statusCode(201)
        .body("earned", equalTo(true))
        .body("released", equalTo(true));
    submit(assessor, code, key).then().statusCode(201).body("earned", equalTo(true));

    long assessments =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Assessment.count(
                        "reviewItemId = ?1 and status = ?2",
                        ReviewItem.byCode(code).orElseThrow().id,
                        Assessment.Status.SUBMITTED));
    assertThat(assessments).isEqualTo(1);
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("EARNED"));
    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .statusCode(200)
        .body("earned", equalTo(true))
        .body("headline", equalTo("Earned"))
        .body(
            "components.find { it.componentId == 'part-1' }.evidence[0].quote",
            equalTo(Sheets.QUOTE))
        .body("overallComment", equalTo("Thoughtful, well-evidenced work."));
  }

  @Test
  void onlyTheOwnerReadsResultsAndOnlyOnceReleased() {
    long id = work.submitPassing(educator.id());
    as(educatorToken)
        .get("/api/submissions/" + id + "/results")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:mcportal:problem:results-not-released"));
    String stranger = identities.token(identities.account("stranger", Role.EDUCATOR).id());
    as(stranger)
        .get("/api/submissions/" + id + "/results")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:mcportal:problem:not-found"));
    as(assessor).get("/api/submissions/" + id + "/results").then().statusCode(403);
  }

  @Test
  void notEarnedReopensOnlyTheShortComponentAndTheNextAttemptCarriesTheRest() {
    long id = work.submitPassing(educator.id());
    String first = codeOf(id, 1);
    score(assessor, first, Sheets.artifactThreeBasic("Each note needs an invitation."))
        .then()
        .statusCode(201)
        .body("earned", equalTo(false));

    Response results = as(educatorToken).get("/api/submissions/" + id + "/results");
    results
        .then()
        .statusCode(200)
        .body("earned", equalTo(false))
        .body("headline", equalTo("Not earned: 1 of 5 components is below the level required."))
        .body(
            "components.find { it.componentId == 'artifact-3' }.sentence",
            equalTo(
                "Artifact 3 is Basic, below Proficient, the level required, because an invitation"
                    + " is missing."))
        .body("reopened", equalTo(List.of("artifact-3")))
        .body("mayResubmit", equalTo(true))
        .body("attemptsLeft", equalTo(2))
        .body(
            "components.find { it.componentId == 'artifact-3' }.feedback",
            equalTo("Each note needs an invitation."))
        .body(
            "components.find { it.componentId == 'artifact-3' }.criteria.find { it.criterionId == 'invitation' }.met",
            equalTo(false));
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("NOT_EARNED"))
        .body("lockedComponents", hasItems("part-1", "artifact-1", "artifact-2", "part-3"));

    String revised =
        "Dear family, thank you for welcoming me. Please join us at our class picnic on Friday!";
    work.write(educator.id(), id, Map.of("document:artifact-3:0", revised));
    assertThat(work.submit(educator.id(), id)).isEqualTo(2);
    String second = codeOf(id, 2);
    assertThat(second).isNotEqualTo(first);

    claim(otherAssessor, second).then().statusCode(200);
    sheet(otherAssessor, second)
        .then()
        .body("components.find { it.componentId == 'part-1' }.carried", equalTo(true))
        .body("components.find { it.componentId == 'part-1' }.finalLevel", equalTo("pass"))
        .body("components.find { it.componentId == 'artifact-3' }.carried", equalTo(false));
    as(otherAssessor)
        .get("/api/assessment/reviews/" + second + "/history")
        .then()
        .statusCode(200)
        .body("earlier[0].headline", containsString("Not earned"))
        .body(
            "earlier[0].components.find { it.componentId == 'artifact-3' }.feedback",
            equalTo("Each note needs an invitation."))
        .body(
            "changes.find { it.fieldKey == 'document:artifact-3:0' }.diff.segments.kind",
            hasItems("ADDED", "REMOVED"))
        .body(
            "changes.find { it.fieldKey == 'document:artifact-3:0' }.diff.segments.findAll {"
                + " it.kind != 'REMOVED' }.text.join('')",
            equalTo(revised))
        .body("changes.find { it.componentId == 'part-1' }", nullValue());

    // The carried components keep their result whatever the client sends for them.
    Map<String, Object> sheet = Sheets.proficient();
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    components.put(
        "part-1",
        Sheets.component(
            Sheets.criteria("justifies-choice", false, "learning-goal", false), "", List.of()));
    save(otherAssessor, second, "\"0\"", sheet)
        .then()
        .statusCode(200)
        .body("components.find { it.componentId == 'part-1' }.finalLevel", equalTo("pass"));
    submit(otherAssessor, second).then().statusCode(201).body("earned", equalTo(true));
    as(educatorToken)
        .get("/api/submissions/" + id)
        .then()
        .body("submission.status", equalTo("EARNED"));
  }

  @Test
  void anAssessorCannotClaimTheirOwnSubmission() {
    AccountView both = identities.account("both", Role.EDUCATOR, Role.ASSESSOR);
    String code = codeOf(work.submitPassing(both.id()), 1);

    claim(identities.token(both.id()), code)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:own-submission"));
  }

  @Test
  void anUnknownCodeIsNotFoundWithoutEchoingIt() {
    as(assessor)
        .post("/api/assessment/reviews/<script>/claim")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No review item that review item"));
  }
}
