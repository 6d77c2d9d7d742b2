package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.testing.RequiredTools;

/**
 * Scanned pages are recognised after the upload has answered, by a worker whose pending work is
 * kept in the database: it survives a restart, one node does it under a lease, and a result never
 * lands on a file that replaced the one it was read from.
 */
@QuarkusTest
class ScanRecognitionTest {

  private static final String NOTE = "document:artifact-3:0";

  @Inject TestIdentities identities;
  @Inject PageRecognizer recognizer;
  @Inject SubmissionConfig config;
  @Inject ScanRecognition recognition;
  @Inject EntityManager entities;
  @Inject Clock clock;

  private GatedRecognizer gate;
  private String educator;
  private long submission;

  @BeforeEach
  void startDraft() {
    RequiredTools.assumePresent(
        recognizer.available(),
        "tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)");
    gate = new GatedRecognizer(config);
    QuarkusMock.installMockForType(gate, PageRecognizer.class);
    educator = identities.token(identities.account("scan-worker", Role.EDUCATOR).id());
    submission = EducatorClient.start(educator);
  }

  @AfterEach
  void openTheGate() {
    if (gate != null) {
      gate.open();
    }
  }

  @Test
  void theUploadAnswersBeforeRecognitionAndTheChecklistAdvisesMeanwhile() {
    upload(ScannedPdfs.printed("Dear Lopez family,", "We invite you to our art night."))
        .then()
        .statusCode(200)
        .body("recognition", equalTo("PENDING"))
        .body("words", equalTo(0))
        .body("recognisedText", nullValue());

    Response checklist = as().get("/api/submissions/" + submission + "/checklist");
    List<Map<String, Object>> note =
        checklist.path("findings.findAll { it.componentId == 'artifact-3' && it.subject == 0 }");
    assertThat(note)
        .filteredOn(f -> "document-recognising".equals(f.get("code")))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("severity", "ADVISORY"));
    assertThat(note)
        .extracting(f -> f.get("code"))
        .doesNotContain("document-unreadable", "document-missing", "invitation-not-found");

    gate.open();
    Map<String, Object> done = Recognitions.awaitDone(educator, submission, NOTE);
    assertThat(done).containsEntry("recognition", "RECOGNISED");
    assertThat((String) done.get("recognisedText")).contains("invite");
    assertThat(codesForTheNote())
        .doesNotContain("document-recognising", "document-unreadable", "invitation-not-found");
  }

  @Test
  void aReplacedFileNeverReceivesTheTextRecognisedInTheFileBeforeIt() throws Exception {
    upload(ScannedPdfs.printed("Dear Lopez family,", "Thank you for the apples."))
        .then()
        .statusCode(200);
    long first = uploadId();
    assertThat(gate.entered.await(60, TimeUnit.SECONDS)).isTrue();
    awaitInFlight(first, true);

    upload(ScannedPdfs.printed("Dear Chen family,", "Thank you for the pears."))
        .then()
        .statusCode(200)
        .body("recognition", equalTo("PENDING"));
    long second = uploadId();
    gate.open();

    Map<String, Object> done = Recognitions.awaitDone(educator, submission, NOTE);
    awaitInFlight(first, false);
    assertThat(second).isNotEqualTo(first);
    String text =
        (String)
            as().get("/api/submissions/" + submission + "/uploads")
                .path("find { it.key == '" + NOTE + "' }.recognisedText");
    assertThat(done).containsEntry("recognition", "RECOGNISED");
    assertThat(text).contains("pears").doesNotContain("apples");
    as().get("/api/submissions/" + submission + "/uploads")
        .then()
        .body("findAll { it.key == '" + NOTE + "' }.size()", equalTo(1));
  }

  @Test
  void pendingRecognitionLeftByAStoppedNodeResumesOnTheNextLook() {
    gate.open();
    upload(ScannedPdfs.printed("Dear Lopez family,", "We invite you to our art night."));
    Recognitions.awaitDone(educator, submission, NOTE);
    long id = uploadId();
    // What a node that stopped mid-scan leaves: the row pending, its lease run out.
    leaveAsAStoppedNodeWould(id, Duration.ofMinutes(-1));

    assertThat(
            as().get("/api/submissions/" + submission + "/uploads")
                .<String>path("find { it.key == '" + NOTE + "' }.recognition"))
        .isEqualTo("PENDING");
    recognition.poll();

    Map<String, Object> done = Recognitions.awaitDone(educator, submission, NOTE);
    assertThat(done).containsEntry("recognition", "RECOGNISED");
    assertThat((String) done.get("recognisedText")).contains("invite");
    assertThat(attempts(id)).isEqualTo(2);
  }

  @Test
  void aScanAnotherNodeIsRecognisingIsNotTakenUpUntilItsLeaseRunsOut() {
    gate.open();
    upload(ScannedPdfs.printed("Dear Lopez family,", "We invite you to our art night."));
    Recognitions.awaitDone(educator, submission, NOTE);
    long id = uploadId();
    leaveAsAStoppedNodeWould(id, Duration.ofMinutes(10));

    recognition.poll();

    assertThat(recognition.inFlight()).doesNotContain(id);
    assertThat(attempts(id)).isEqualTo(1);
    assertThat(
            as().get("/api/submissions/" + submission + "/uploads")
                .<String>path("find { it.key == '" + NOTE + "' }.recognition"))
        .isEqualTo("PENDING");

    expireLease(id);
    recognition.poll();
    assertThat(Recognitions.awaitDone(educator, submission, NOTE))
        .containsEntry("recognition", "RECOGNISED");
  }

  @Test
  void submittingWhileRecognitionIsPendingKeepsTheFileAndSaysSoInTheSnapshot() {
    SampleSubmissions.fillPassing(this::saveOk, submission);
    upload(ScannedPdfs.printed("Dear Lopez family,", "We invite you to our art night."))
        .then()
        .statusCode(200)
        .body("recognition", equalTo("PENDING"));
    String sha256 =
        as().get("/api/submissions/" + submission + "/uploads")
            .path("find { it.key == '" + NOTE + "' }.sha256");
    List<String> advisories =
        as().get("/api/submissions/" + submission + "/checklist")
            .then()
            .body("canSubmit", equalTo(true))
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");

    as().header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Map.of("acknowledged", advisories))
        .post("/api/submissions/" + submission + "/submit")
        .then()
        .statusCode(201);
    String snapshot = SubmissionTestData.latestSnapshot(submission);
    assertThat(snapshot).contains("\"fileSha256\":\"" + sha256 + "\"");
    assertThat(snapshot).contains("\"recognition\":\"PENDING\"");

    gate.open();
    assertThat(Recognitions.awaitDone(educator, submission, NOTE))
        .containsEntry("recognition", "RECOGNISED");
    // The attempt is fixed when submitted; the text recognised later goes to the draft only.
    assertThat(SubmissionTestData.latestSnapshot(submission)).isEqualTo(snapshot);
  }

  private void leaveAsAStoppedNodeWould(long id, Duration leaseLeft) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              entities
                  .createNativeQuery(
                      "UPDATE upload SET recognition = 'PENDING', extracted_text = '',"
                          + " text_recognised = FALSE, recognition_attempts = 1 WHERE id = ?1")
                  .setParameter(1, id)
                  .executeUpdate();
              entities
                  .createNativeQuery(
                      "INSERT INTO job_lease (job, holder, leased_until, last_run_at)"
                          + " VALUES (?1, 'a-node-that-stopped', ?2, ?3)")
                  .setParameter(1, ScanRecognition.job(id))
                  .setParameter(2, clock.instant().plus(leaseLeft).atOffset(ZoneOffset.UTC))
                  .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                  .executeUpdate();
            });
  }

  private void expireLease(long id) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entities
                    .createNativeQuery("UPDATE job_lease SET leased_until = ?1 WHERE job = ?2")
                    .setParameter(
                        1, clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC))
                    .setParameter(2, ScanRecognition.job(id))
                    .executeUpdate());
  }

  private void awaitInFlight(long id, boolean expected) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (recognition.inFlight().contains(id) != expected) {
      if (System.nanoTime() > until) {
        throw new AssertionError("upload " + id + " in flight: " + !expected + " after 60 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private long uploadId() {
    return QuarkusTransaction.requiringNew()
        .call(() -> Upload.at(submission, NOTE).orElseThrow().id);
  }

  private int attempts(long id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Upload.<Upload>findById(id).recognitionAttempts);
  }

  private List<String> codesForTheNote() {
    return as().get("/api/submissions/" + submission + "/checklist")
        .path("findings.findAll { it.componentId == 'artifact-3' && it.subject == 0 }.code");
  }

  private void saveOk(long id, String key, String text) {
    Response current = as().get("/api/submissions/" + id);
    Integer version = current.path("fields.find { it.key == '" + key + "' }.version");
    as().header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key)
        .then()
        .statusCode(200);
  }

  private Response upload(byte[] pdf) {
    return as().multiPart("file", "scan.pdf", pdf, "application/pdf")
        .put("/api/submissions/" + submission + "/uploads/" + NOTE);
  }

  private RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }
}
