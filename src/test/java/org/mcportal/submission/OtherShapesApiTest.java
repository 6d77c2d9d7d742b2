package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * The two invented credentials of shapes unlike home visits (test resources under {@code
 * rubrics-test}), each from start to submit through the API: nothing in the portal is written for
 * them but their files.
 */
@QuarkusTest
class OtherShapesApiTest {

  @Inject TestIdentities identities;

  private String educator;

  @BeforeEach
  void signIn() {
    educator =
        identities.token(identities.account("shapes-" + UUID.randomUUID(), Role.EDUCATOR).id());
  }

  @Test
  void anExitTicketWithoutSubjectsIsStartedUploadedAndSubmitted() {
    long id = start("exit-ticket");
    as().get("/api/submissions/" + id)
        .then()
        .body("fields", hasSize(3))
        .body("fields.key", hasItem("document:ticket:0"))
        .body("fields.key", not(hasItem(containsString("subject:"))));

    as().get("/api/submissions/" + id + "/checklist")
        .then()
        .body("canSubmit", equalTo(false))
        .body("findings.message", hasItem("Exit ticket: no exit ticket yet."));

    save(id, "answer:context:lesson-goal", SampleSubmissions.words(120));
    save(id, "answer:context:why-a-ticket", SampleSubmissions.words(200));
    as().get("/api/submissions/" + id + "/checklist")
        .then()
        .body("findings.message", hasItem("Context has 320 words; it needs at most 300 words."));

    save(id, "answer:context:why-a-ticket", SampleSubmissions.words(100));
    as().multiPart(
            "file",
            "ticket.pdf",
            TestPdfs.withPages("Name one thing you learned today and one question you still have."),
            "application/pdf")
        .put("/api/submissions/" + id + "/uploads/document:ticket:0")
        .then()
        .statusCode(200);

    List<String> advisories =
        as().get("/api/submissions/" + id + "/checklist")
            .then()
            .body("canSubmit", equalTo(true))
            .body(
                "findings.find { it.code == 'words-below-min' }.message",
                equalTo(
                    "Exit ticket has 12 words; the credential suggests at least 40 words, as a"
                        + " guide."))
            .body("findings.find { it.code == 'words-below-min' }.severity", equalTo("ADVISORY"))
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");

    submit(id, advisories).then().statusCode(201).body("attempt", equalTo(1));
  }

  @Test
  void aLessonStudyOfFiveLearnersIsStartedFilledAndSubmitted() {
    long id = start("lesson-study");
    as().get("/api/submissions/" + id)
        .then()
        .body("submission.credentialVersion", equalTo("1.0"))
        .body("fields.key", hasItem("subject:study:4"))
        .body("fields.key", hasItem("document:plan:0"))
        .body("fields.key", not(hasItem("document:plan:1")))
        .body("fields.key", hasItem("answer:observations:what-seen:4"));

    for (int learner = 0; learner < 5; learner++) {
      save(id, "subject:study:" + learner, "Learner " + (char) ('A' + learner));
      save(id, "answer:observations:what-seen:" + learner, SampleSubmissions.words(60));
    }
    save(id, "document:plan:0", SampleSubmissions.words(90));
    save(id, "answer:reflection:learned", SampleSubmissions.words(100));

    as().get("/api/submissions/" + id + "/checklist")
        .then()
        .body("canSubmit", equalTo(false))
        .body(
            "findings.message", hasItem("Reflection has 100 words; it needs at least 150 words."));

    save(id, "answer:reflection:learned", SampleSubmissions.words(160));
    List<String> advisories =
        as().get("/api/submissions/" + id + "/checklist")
            .then()
            .body("canSubmit", equalTo(true))
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");

    submit(id, advisories).then().statusCode(201).body("attempt", equalTo(1));
  }

  private long start(String credential) {
    return as().contentType(ContentType.JSON)
        .body(Map.of("credentialId", credential))
        .post("/api/submissions")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  private void save(long id, String key, String text) {
    Integer version =
        as().get("/api/submissions/" + id).path("fields.find { it.key == '" + key + "' }.version");
    as().header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key)
        .then()
        .statusCode(200);
  }

  private Response submit(long id, List<String> acknowledged) {
    return as().header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Map.of("acknowledged", acknowledged))
        .post("/api/submissions/" + id + "/submit");
  }

  private RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }
}
