package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.testing.RequiredTools;

/**
 * A scanned thank-you note is valid evidence: its text is recognised, after the upload answered,
 * for the advisory checks, and one with nothing recognisable only advises. Skipped, with a message,
 * where Tesseract is not installed; failed instead where {@code PORTAL_REQUIRE_BROWSER=true}, as in
 * CI.
 */
@QuarkusTest
class ScannedUploadTest {

  private static final String NOTE = "document:artifact-3:0";

  @Inject TestIdentities identities;
  @Inject PageRecognizer recognizer;

  private String educator;
  private long submission;

  @BeforeEach
  void startDraft() {
    RequiredTools.assumePresent(
        recognizer.available(),
        "tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)");
    educator = identities.token(identities.account("scanner", Role.EDUCATOR).id());
    submission = EducatorClient.start(educator);
  }

  @Test
  void aScannedPrintedNoteIsRecognisedShownAndCheckedForAnInvitation() {
    byte[] scan =
        ScannedPdfs.printed(
            "Dear Lopez family,",
            "Thank you for the tea and the stories.",
            "We invite you to our art night.");

    upload(scan).then().statusCode(200).body("recognition", equalTo("PENDING"));

    Map<String, Object> done = Recognitions.awaitDone(educator, submission, NOTE);
    assertThat(done)
        .containsEntry("recognition", "RECOGNISED")
        .hasEntrySatisfying("words", words -> assertThat((Integer) words).isGreaterThan(10))
        .hasEntrySatisfying("recognisedText", text -> assertThat((String) text).contains("invite"));

    List<String> codes = codesForTheNote();
    assertThat(codes).doesNotContain("document-unreadable", "invitation-not-found");
  }

  @Test
  void aScanWithNothingRecognisableOnlyAdvisesThatTheAssessorWillReadIt() {
    upload(ScannedPdfs.noise()).then().statusCode(200).body("recognition", equalTo("PENDING"));

    Map<String, Object> done = Recognitions.awaitDone(educator, submission, NOTE);
    assertThat(done)
        .containsEntry("recognition", "NOTHING_RECOGNISED")
        .containsEntry("words", 0)
        .containsEntry("recognisedText", null);

    Response checklist = as().get("/api/submissions/" + submission + "/checklist");
    List<Map<String, Object>> unreadable =
        checklist.path("findings.findAll { it.code == 'document-unreadable' }");
    assertThat(unreadable).hasSize(1);
    assertThat(unreadable.get(0))
        .containsEntry("severity", "ADVISORY")
        .containsEntry("componentId", "artifact-3")
        .containsEntry("subject", 0);
    assertThat(codesForTheNote()).doesNotContain("document-missing");
  }

  private List<String> codesForTheNote() {
    return as().get("/api/submissions/" + submission + "/checklist")
        .path("findings.findAll { it.componentId == 'artifact-3' && it.subject == 0 }.code");
  }

  private Response upload(byte[] pdf) {
    return as().multiPart("file", "scan.pdf", pdf, "application/pdf")
        .put("/api/submissions/" + submission + "/uploads/" + NOTE);
  }

  private RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }
}
