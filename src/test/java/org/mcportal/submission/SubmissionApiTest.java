package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class SubmissionApiTest {

  @Inject TestIdentities identities;

  @TestHTTPResource("/")
  URI base;

  private String educator;

  @BeforeEach
  void signIn() {
    educator = identities.token(identities.account("educator", Role.EDUCATOR).id());
  }

  @Test
  void startingPinsTheSubmissionToTheCurrentVersionWithEveryFieldEmpty() {
    long id = start(educator);

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .statusCode(200)
        .body("submission.credentialVersion", equalTo("2022-03-17.1"))
        .body("submission.status", equalTo("DRAFT"))
        // 3 pseudonyms + 3 private names + 3 + 21 + 18 answers + 3 notes + 3 reflection answers
        .body("fields", hasSize(54))
        .body("fields.key", hasItem("answer:artifact-1:why-this-family:2"))
        .body("fields.key", hasItem("document:artifact-3:0"))
        .body("fields.find { it.key == 'subject:part-2:0' }.version", equalTo(0));
  }

  @Test
  void startingAnswersCreatedWithTheSubmissionsAddress() {
    as(educator)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", "home-visits"))
        .post("/api/submissions")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/submissions/"))
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void aSecondStartForTheSameCredentialIsRefused() {
    start(educator);

    as(educator)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", "home-visits"))
        .post("/api/submissions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void autosaveWritesWhenTheVersionMatchesAndAdvancesIt() {
    long id = start(educator);

    save(educator, id, "subject:part-2:0", "0", "Student A")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1));
    save(educator, id, "subject:part-2:0", "\"1\"", "Student Alpha").then().statusCode(200);

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == 'subject:part-2:0' }.text", equalTo("Student Alpha"))
        .body("fields.find { it.key == 'subject:part-2:0' }.version", equalTo(2));
  }

  @Test
  void aStaleWriteChangesNothingAndReturnsTheServersText() {
    long id = start(educator);
    save(educator, id, "answer:part-1:why-this-credential", "\"0\"", "First tab")
        .then()
        .statusCode(200);

    save(educator, id, "answer:part-1:why-this-credential", "\"0\"", "Second tab")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentText", equalTo("First tab"))
        .body("currentVersion", equalTo(1));

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body(
            "fields.find { it.key == 'answer:part-1:why-this-credential' }.text",
            equalTo("First tab"));
  }

  @Test
  void aWriteWithoutIfMatchIsRefusedAndLosesNothing() {
    long id = start(educator);
    save(educator, id, "subject:part-2:1", "\"0\"", "Student B").then().statusCode(200);

    as(educator)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "overwrite"))
        .put("/api/submissions/" + id + "/fields/subject:part-2:1")
        .then()
        .statusCode(428);

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == 'subject:part-2:1' }.text", equalTo("Student B"));
  }

  @Test
  void aDraftOfTwentyThousandWordsSaves() {
    long id = start(educator);
    String text = "word ".repeat(20_000);

    save(educator, id, "answer:artifact-1:why-this-family:0", "\"0\"", text).then().statusCode(200);

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body(
            "fields.find { it.key == 'answer:artifact-1:why-this-family:0' }.text.length()",
            equalTo(text.length()));
  }

  @Test
  void anOversizedBodyIsRefusedAndTheSavedTextStays() throws Exception {
    long id = start(educator);
    save(educator, id, "subject:part-2:0", "\"0\"", "Student A").then().statusCode(200);

    // Larger than the field limit, within the body limit: the service refuses it.
    save(educator, id, "subject:part-2:0", "\"1\"", "x".repeat(400_001)).then().statusCode(413);
    // Larger than the whole-body limit: the HTTP layer refuses it before any code runs. The
    // client asks before sending (Expect: 100-continue), as browsers' and HTTP libraries' large
    // uploads do, so it hears the refusal instead of a closed connection.
    HttpResponse<String> refused =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "api/submissions/" + id + "/fields/subject:part-2:0"))
                    .expectContinue(true)
                    .header("Authorization", "Bearer " + educator)
                    .header("If-Match", "\"1\"")
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"text\":\"" + "x".repeat(7 * 1024 * 1024) + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(413);

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == 'subject:part-2:0' }.text", equalTo("Student A"));
  }

  @Test
  void unknownFieldsAndUnknownBodyMembersAreClientErrors() {
    long id = start(educator);

    save(educator, id, "answer:part-1:no-such-question", "\"0\"", "x").then().statusCode(404);
    as(educator)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", "x", "surprise", true))
        .put("/api/submissions/" + id + "/fields/subject:part-2:0")
        .then()
        .statusCode(400);
  }

  @Test
  void aFieldSaveInAnotherContentTypeIsRefusedAndChangesNothing() {
    long id = start(educator);

    as(educator)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.TEXT)
        .body("{\"text\": \"sent as plain text\"}")
        .put("/api/submissions/" + id + "/fields/subject:part-2:0")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == 'subject:part-2:0' }.text", equalTo(""))
        .body("fields.find { it.key == 'subject:part-2:0' }.version", equalTo(0));
  }

  @Test
  void aTextThatIsNotAJsonStringIsRefusedAndChangesNothing() {
    long id = start(educator);

    for (Object notText : List.of(12, 1.5, true)) {
      as(educator)
          .header("If-Match", "\"0\"")
          .contentType(ContentType.JSON)
          .body(Map.of("text", notText))
          .put("/api/submissions/" + id + "/fields/subject:part-2:0")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }

    as(educator)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == 'subject:part-2:0' }.version", equalTo(0));
  }

  @Test
  void aDocumentNotYetWrittenIsMissingNotEmpty() {
    long id = start(educator);

    as(educator)
        .get("/api/submissions/" + id + "/checklist")
        .then()
        .body(
            "findings.findAll { it.componentId == 'artifact-3' && it.code.startsWith('document') }"
                + ".code",
            equalTo(List.of("document-missing", "document-missing", "document-missing")));
  }

  @Test
  void theDraftAndTheChecklistCountWordsPerAnswerComponentAndDocument() {
    long id = start(educator);
    saveOk(id, "answer:part-1:why-this-credential", "One two three four five.");
    saveOk(id, "document:artifact-3:1", "Thank you, please join us soon.");

    for (String path : List.of("", "/checklist")) {
      as(educator)
          .get("/api/submissions/" + id + path)
          .then()
          .statusCode(200)
          .body("wordCounts.components.find { it.componentId == 'part-1' }.words", equalTo(5))
          .body(
              "wordCounts.components.find { it.componentId == 'part-1' }.fields"
                  + ".find { it.key == 'answer:part-1:why-this-credential' }.words",
              equalTo(5))
          .body(
              "wordCounts.components.find { it.componentId == 'artifact-3' }.fields"
                  + ".find { it.key == 'document:artifact-3:1' }.words",
              equalTo(6))
          .body("wordCounts.components.find { it.componentId == 'artifact-1' }.min", equalTo(1500))
          .body("wordCounts.components.find { it.componentId == 'artifact-1' }.max", equalTo(2000));
    }
  }

  @Test
  void theOwnerReadsEachAttemptsSnapshotAndItsDigestIsTheReceipts() throws Exception {
    long id = start(educator);
    SampleSubmissions.fillPassing(this::saveOk, id);
    String digest =
        submit(educator, id, key(), advisoryIds(id))
            .then()
            .statusCode(201)
            .extract()
            .path("contentDigest");

    byte[] body =
        as(educator)
            .get("/api/submissions/" + id + "/attempts/1/snapshot")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .asByteArray();

    assertThat(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body)))
        .isEqualTo(digest);
    assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).contains("Student A");
    as(educator).get("/api/submissions/" + id + "/attempts/2/snapshot").then().statusCode(404);
    String other = identities.token(identities.account("other", Role.EDUCATOR).id());
    as(other).get("/api/submissions/" + id + "/attempts/1/snapshot").then().statusCode(404);
  }

  @Test
  void aSecondStartNamesTheExistingSubmissionAndItsAddress() {
    long id = start(educator);

    as(educator)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", "home-visits"))
        .post("/api/submissions")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:submission-exists"))
        .body("submissionId", equalTo((int) id))
        .header("Location", endsWith("/api/submissions/" + id));
  }

  @Test
  void aRefusedSubmitListsTheOpenFindingsByIdAndCode() {
    long id = start(educator);
    SampleSubmissions.fillPassing(this::saveOk, id);
    saveOk(
        id,
        "answer:part-1:why-this-credential",
        "Write to me at educator@school.test. " + SampleSubmissions.words(120));
    List<String> advisories = advisoryIds(id);

    Response refused = submit(educator, id, key(), advisories.subList(1, advisories.size()));

    refused
        .then()
        .statusCode(422)
        .body("openFindings", hasSize(1))
        .body("openFindings[0].id", equalTo(advisories.get(0)))
        .body("openFindings[0].severity", equalTo("ADVISORY"))
        .body("openFindings[0].code", matchesPattern("[a-z-]+"));
  }

  @Test
  void anAcknowledgementIdStaysWhenTextNearTheHitChanges() {
    long id = start(educator);
    String key = "answer:part-1:why-this-credential";
    saveOk(id, key, "Write to me at educator@school.test about the visits.");
    String before = identifyingIdFor(id, "educator@school.test");

    saveOk(
        id, key, "Please write to me at educator@school.test about the home visits this spring.");

    assertThat(identifyingIdFor(id, "educator@school.test")).isEqualTo(before);
    saveOk(id, key, "Please write to me at teacher@school.test about the home visits this spring.");
    assertThat(identifyingIdFor(id, "teacher@school.test")).isNotEqualTo(before);
  }

  private String identifyingIdFor(long id, String hit) {
    List<String> ids =
        as(educator)
            .get("/api/submissions/" + id + "/checklist")
            .path(
                "findings.findAll { it.code == 'identifying-detail' && it.message.contains('"
                    + hit
                    + "') && it.message.contains('(an email address)') }.id");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  @Test
  void anotherEducatorsSubmissionIsNotFound() {
    long id = start(educator);
    String other = identities.token(identities.account("other", Role.EDUCATOR).id());

    as(other).get("/api/submissions/" + id).then().statusCode(404);
    save(other, id, "subject:part-2:0", "\"0\"", "mine now").then().statusCode(404);
    as(other).get("/api/submissions/" + id + "/checklist").then().statusCode(404);
  }

  @Test
  void theChecklistOfANewDraftBlocksAndPointsAtEachField() {
    long id = start(educator);

    as(educator)
        .get("/api/submissions/" + id + "/checklist")
        .then()
        .statusCode(200)
        .body("canSubmit", equalTo(false))
        .body("findings.code", hasItem("answer-missing"))
        .body("findings.code", hasItem("subject-unnamed"))
        .body("findings.code", hasItem("words-below-min"))
        .body("findings[0].id", matchesPattern("[0-9a-f]{16}"));
  }

  @Test
  void aBlockedDraftCannotBeSubmitted() {
    long id = start(educator);

    submit(educator, id, key(), List.of())
        .then()
        .statusCode(422)
        .body("errors", hasItem(containsString("Part 1")));

    as(educator).get("/api/submissions/" + id).then().body("submission.status", equalTo("DRAFT"));
  }

  @Test
  void submittingTwiceWithOneKeyMakesOneAttemptAndTheDraftBecomesReadOnly() {
    long id = start(educator);
    SampleSubmissions.fillPassing(this::saveOk, id);
    List<String> advisories = advisoryIds(id);

    String key = key();
    Response first = submit(educator, id, key, advisories);
    Response second = submit(educator, id, key, advisories);

    first.then().statusCode(201).body("attempt", equalTo(1));
    second.then().statusCode(201).body("attempt", equalTo(1));
    assertThat(second.path("contentDigest").toString())
        .isEqualTo(first.path("contentDigest").toString());
    as(educator).get("/api/submissions/" + id + "/attempts").then().body("", hasSize(1));
    save(educator, id, "subject:part-2:0", "\"1\"", "changed after")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:read-only"));
  }

  @Test
  void anUnacknowledgedAdvisoryHoldsTheSubmissionBack() {
    long id = start(educator);
    SampleSubmissions.fillPassing(this::saveOk, id);
    saveOk(
        id,
        "answer:part-1:why-this-credential",
        "Write to me at educator@school.test. " + SampleSubmissions.words(120));

    submit(educator, id, key(), List.of())
        .then()
        .statusCode(422)
        .body("detail", containsString("Acknowledge"))
        .body("errors", hasItem(containsString("educator@school.test")));
  }

  @Test
  void theStudentsPrivateNamesAreFoundButNeverLeaveTheDraft() {
    long id = start(educator);
    SampleSubmissions.fillPassing(this::saveOk, id);
    saveOk(id, "private-name:part-2:0", "Marisol");
    saveOk(
        id,
        "answer:artifact-2:learned-about-student:0",
        "Marisol loves drawing maps. " + SampleSubmissions.words(60));

    as(educator)
        .get("/api/submissions/" + id + "/checklist")
        .then()
        .body(
            "findings.findAll { it.code == 'identifying-detail' }.message",
            hasItem(containsString("a real first name you keep private")));

    submit(educator, id, key(), advisoryIds(id)).then().statusCode(201);
    String snapshot = SubmissionTestData.latestSnapshot(id);
    assertThat(snapshot).doesNotContain("private-name").contains("Marisol loves drawing maps");
  }

  @Test
  void educatorsOnlyAndTheSubmissionListShowsMine() {
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    long id = start(educator);

    as(assessor).get("/api/submissions").then().statusCode(403);
    as(educator).get("/api/submissions").then().statusCode(200).body("id", hasItem((int) id));
    String other = identities.token(identities.account("someone", Role.EDUCATOR).id());
    as(other).get("/api/submissions").then().body("id", not(hasItem((int) id)));
  }

  private List<String> advisoryIds(long id) {
    return as(educator)
        .get("/api/submissions/" + id + "/checklist")
        .then()
        .body("canSubmit", equalTo(true))
        .extract()
        .path("findings.findAll { it.severity == 'ADVISORY' }.id");
  }

  private void saveOk(long id, String key, String text) {
    Response current = as(educator).get("/api/submissions/" + id);
    Integer version = current.path("fields.find { it.key == '" + key + "' }.version");
    save(educator, id, key, "\"" + version + "\"", text).then().statusCode(200);
  }

  private long start(String token) {
    return EducatorClient.start(token);
  }

  private Response save(String token, long id, String key, String ifMatch, String text) {
    return as(token)
        .header("If-Match", ifMatch)
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key);
  }

  private Response submit(String token, long id, String key, List<String> acknowledged) {
    return as(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("acknowledged", acknowledged))
        .post("/api/submissions/" + id + "/submit");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
