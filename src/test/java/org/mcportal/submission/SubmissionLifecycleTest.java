package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.SubmissionStatus;

/** The submission feature's doors for assessment and reports, driven as those features will. */
@QuarkusTest
class SubmissionLifecycleTest {

  private static final String NOTE = "document:artifact-3:0";
  private static final List<String> ALL_BUT_ARTIFACT_3 =
      List.of("part-1", "artifact-1", "artifact-2", "part-3");

  @Inject TestIdentities identities;
  @Inject SubmissionLifecycle lifecycle;
  @Inject AttemptReader attempts;
  @Inject ObjectMapper json;

  private AccountView educatorAccount;
  private String educator;
  private long assessor;

  @BeforeEach
  void accounts() {
    educatorAccount = identities.account("lifecycle-educator", Role.EDUCATOR);
    educator = identities.token(educatorAccount.id());
    assessor = identities.account("lifecycle-assessor", Role.ASSESSOR).id();
  }

  @Test
  void aClaimAGiveBackAndAReleaseAreEachRecordedWithTheirActor() {
    long id = submitted(null);

    lifecycle.move(id, SubmissionStatus.IN_REVIEW, assessor, null);
    lifecycle.move(id, SubmissionStatus.SUBMITTED, assessor, "Conflict of interest");
    lifecycle.move(id, SubmissionStatus.IN_REVIEW, assessor, null);
    SubmissionState earned = lifecycle.move(id, SubmissionStatus.EARNED, assessor, null);

    assertThat(earned.status()).isEqualTo(SubmissionStatus.EARNED);
    assertThat(lifecycle.history(id))
        .extracting(t -> t.from() + ">" + t.to())
        .containsExactly(
            "DRAFT>SUBMITTED",
            "SUBMITTED>IN_REVIEW",
            "IN_REVIEW>SUBMITTED",
            "SUBMITTED>IN_REVIEW",
            "IN_REVIEW>EARNED");
    assertThat(lifecycle.history(id).get(0).actorId()).isEqualTo(educatorAccount.id());
    assertThat(lifecycle.history(id).get(2).actorId()).isEqualTo(assessor);
    assertThat(lifecycle.history(id).get(2).reason()).isEqualTo("Conflict of interest");
  }

  @Test
  void anIllegalMoveIsRefusedWithItsTypeAndLeavesNoRecord() {
    long sent = submitted(null);
    long draft =
        EducatorClient.start(
            identities.token(identities.account("drafting-educator", Role.EDUCATOR).id()));

    assertThatThrownBy(() -> lifecycle.move(draft, SubmissionStatus.IN_REVIEW, assessor, null))
        .isInstanceOfSatisfying(ProblemException.class, this::isIllegalTransition);
    assertThatThrownBy(() -> lifecycle.move(sent, SubmissionStatus.EARNED, assessor, null))
        .isInstanceOfSatisfying(ProblemException.class, this::isIllegalTransition);
    assertThatThrownBy(() -> lifecycle.move(draft, SubmissionStatus.SUBMITTED, assessor, null))
        .isInstanceOfSatisfying(ProblemException.class, this::isIllegalTransition);

    assertThat(lifecycle.history(draft)).isEmpty();
    assertThat(lifecycle.history(sent)).hasSize(1);
    assertThat(lifecycle.state(sent).status()).isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  void anUnknownSubmissionIsNotFound() {
    assertThatThrownBy(() -> lifecycle.move(-1, SubmissionStatus.IN_REVIEW, assessor, null))
        .isInstanceOfSatisfying(
            ProblemException.class,
            refused -> assertThat(SubmissionProblems.is(refused, "not-found")).isTrue());
  }

  @Test
  void aReturnLocksWhatMetItsLevelAndOpensTheRestToTheEducator() {
    long id = submitted(null);

    returnOpeningArtifact3(id);

    assertThat(lifecycle.lockedComponents(id))
        .containsExactlyInAnyOrderElementsOf(ALL_BUT_ARTIFACT_3);
    saveLatest(id, "answer:part-1:why-this-credential", "changed")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:locked"));
    saveLatest(id, NOTE, "A new note with an invitation to the science fair.")
        .then()
        .statusCode(200);
  }

  @Test
  void aDraftSavedBeforeIsStillRefusedOnceSubmittedOrLockedAndKeepsItsText() {
    // Every field of this draft was saved before, so each save below is checked by the statements
    // of the direct path, not by a fresh read of the submission.
    long id = submitted(null);
    String pseudonym = "subject:part-2:0";
    String before = textOf(id, pseudonym);
    saveLatest(id, pseudonym, "Student Z")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:read-only"));

    returnOpeningArtifact3(id);

    // A pseudonym is named once for every component of its part, so any lock freezes it.
    saveLatest(id, pseudonym, "Student Z")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:locked"));
    assertThat(textOf(id, pseudonym)).isEqualTo(before);
    saveLatest(id, NOTE, "A new note with an invitation to the science fair.")
        .then()
        .statusCode(200);
    assertThat(textOf(id, NOTE)).isEqualTo("A new note with an invitation to the science fair.");
  }

  /** Takes a submitted attempt into review and returns it with only artifact 3 open again. */
  private void returnOpeningArtifact3(long id) {
    lifecycle.move(id, SubmissionStatus.IN_REVIEW, assessor, null);
    lifecycle.reopen(
        id,
        SubmissionStatus.RETURNED,
        new Reopening(List.of("artifact-3"), ALL_BUT_ARTIFACT_3),
        assessor,
        "Artifact 3 needs an invitation");
  }

  @Test
  void theStateAndOwnershipAreReadableWithoutTheOwner() {
    long id = submitted(null);
    long someoneElse = identities.account("someone-else", Role.EDUCATOR).id();

    SubmissionState state = lifecycle.state(id);

    assertThat(state.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.credentialId()).isEqualTo("home-visits");
    assertThat(state.credentialVersion()).isEqualTo("2022-03-17.1");
    assertThat(lifecycle.ownedBy(id, educatorAccount.id())).isTrue();
    assertThat(lifecycle.ownedBy(id, someoneElse)).isFalse();
    assertThat(lifecycle.ownedBy(-1, educatorAccount.id())).isFalse();
  }

  @Test
  void anAttemptReadsBackAsItsSnapshotAndNamesNoOne() throws Exception {
    byte[] pdf = TestPdfs.withPages(passingNote());
    long id = submitted(pdf);
    String digest =
        as().get("/api/submissions/" + id + "/attempts").then().extract().path("[0].contentDigest");

    SubmittedAttempt attempt = attempts.attempt(id, 1);

    assertThat(attempt.snapshotSha256()).isEqualTo(digest);
    assertThat(attempt.credentialId()).isEqualTo("home-visits");
    assertThat(
            attempt
                .content()
                .answer("part-1", "why-this-credential", java.util.OptionalInt.empty()))
        .get()
        .extracting(a -> a.markdown())
        .isEqualTo(SampleSubmissions.passing().get("answer:part-1:why-this-credential"));
    assertThat(attempt.content().pseudonym("part-2", 0))
        .contains(SampleSubmissions.passing().get("subject:part-2:0").strip());
    assertThat(attempt.content().document("artifact-3", 0)).isPresent();
    assertThat(attempt.files())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.fieldKey()).isEqualTo(NOTE);
              assertThat(file.sha256()).isEqualTo(org.mcportal.platform.Sha256.hex(pdf));
              assertThat(file.sizeBytes()).isEqualTo(pdf.length);
              assertThat(file.pages()).isEqualTo(1);
            });
    String everything = json.writeValueAsString(attempt);
    assertThat(everything)
        .doesNotContain(educatorAccount.email())
        .doesNotContain("lifecycle-educator")
        .doesNotContain("Note for A.pdf")
        .doesNotContain("ownerId");
  }

  @Test
  void anEarlierAttemptKeepsItsFileWhenTheNextAttemptReplacesIt() {
    byte[] first = TestPdfs.withPages(passingNote());
    byte[] second = TestPdfs.withPages(passingNote() + " We also invite you to our art night.");
    long id = submitted(first);
    lifecycle.move(id, SubmissionStatus.IN_REVIEW, assessor, null);
    lifecycle.reopen(
        id,
        SubmissionStatus.NOT_EARNED,
        new Reopening(List.of("artifact-3"), ALL_BUT_ARTIFACT_3),
        assessor,
        null);

    upload(id, second).then().statusCode(200);
    submit(id).then().statusCode(201).body("attempt", equalTo(2));

    SubmittedAttempt one = attempts.attempt(id, 1);
    SubmittedAttempt two = attempts.latest(id);
    assertThat(two.attempt()).isEqualTo(2);
    assertThat(attempts.previous(id, 2)).get().extracting(SubmittedAttempt::attempt).isEqualTo(1);
    assertThat(attempts.previous(id, 1)).isEmpty();
    AttemptFileContent kept = attempts.file(one.files().get(0).reference());
    AttemptFileContent replaced = attempts.file(two.files().get(0).reference());
    assertThat(kept.bytes()).isEqualTo(first);
    assertThat(replaced.bytes()).isEqualTo(second);
    assertThat(kept.name()).isEqualTo("artifact-3-1.pdf");
    assertThat(one.files().get(0).reference()).isNotEqualTo(two.files().get(0).reference());
  }

  /** The passing sample's note on one line, as a PDF page holds it. */
  private static String passingNote() {
    return SampleSubmissions.passing().get(NOTE).replaceAll("\\s+", " ").strip();
  }

  private void isIllegalTransition(ProblemException refused) {
    assertThat(refused.problem().status()).isEqualTo(409);
    assertThat(SubmissionProblems.is(refused, SubmissionProblems.ILLEGAL_TRANSITION)).isTrue();
  }

  /** A home-visits submission filled with the passing sample and submitted as attempt 1. */
  private long submitted(byte[] note) {
    long id = EducatorClient.start(educator);
    SampleSubmissions.fillPassing(
        (s, key, text) -> saveLatest(s, key, text).then().statusCode(200), id);
    if (note != null) {
      upload(id, note).then().statusCode(200);
    }
    submit(id).then().statusCode(201);
    return id;
  }

  private Response submit(long id) {
    List<String> advisories =
        as().get("/api/submissions/" + id + "/checklist")
            .then()
            .body("canSubmit", equalTo(true))
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");
    return as().header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Map.of("acknowledged", advisories))
        .post("/api/submissions/" + id + "/submit");
  }

  private Response upload(long id, byte[] pdf) {
    return as().multiPart("file", "Note for A.pdf", pdf, "application/pdf")
        .put("/api/submissions/" + id + "/uploads/" + NOTE);
  }

  private Response saveLatest(long id, String key, String text) {
    Integer version =
        as().get("/api/submissions/" + id).path("fields.find { it.key == '" + key + "' }.version");
    return as().header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key);
  }

  private String textOf(long id, String key) {
    return as().get("/api/submissions/" + id).path("fields.find { it.key == '" + key + "' }.text");
  }

  private RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }
}
