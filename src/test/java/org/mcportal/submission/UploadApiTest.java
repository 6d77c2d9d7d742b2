package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class UploadApiTest {

  private static final String NOTE = "document:artifact-3:0";

  @Inject TestIdentities identities;

  private String educator;
  private long submission;

  @BeforeEach
  void startDraft() {
    educator = identities.token(identities.account("uploader", Role.EDUCATOR).id());
    submission = EducatorClient.start(educator);
  }

  @Test
  void aPdfNoteIsReadForTheChecksAndKeptAsReceived() {
    byte[] pdf = TestPdfs.withPages("Thank you for the tea. We invite you to our art night.");

    upload(NOTE, "Note for A.pdf", pdf)
        .then()
        .statusCode(200)
        .body("fileName", equalTo("Note for A.pdf"))
        .body("pages", equalTo(1))
        .body("words", equalTo(12));

    byte[] downloaded =
        as().get(uploads() + NOTE + "/file").then().statusCode(200).extract().asByteArray();
    assertThat(downloaded).isEqualTo(pdf);
    as().get("/api/submissions/" + submission + "/checklist")
        .then()
        .body(
            "findings.findAll { it.componentId == 'artifact-3' && it.subject == 0 }.code",
            hasSize(0));
  }

  @Test
  void aFileThatIsNotAPdfByItsContentIsRefusedWhateverItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    assertRefusedAsNotAPdf(png);
  }

  @Test
  void anHtmlPageOrAZipArchiveNamedPdfIsRefusedByItsContent() {
    byte[] html =
        "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    assertRefusedAsNotAPdf(html);
    assertRefusedAsNotAPdf(zip);
  }

  @Test
  void anHtmlPageInFrontOfAPdfIsRefusedSoThatNoDownloadCanBeSniffedAsAPage() {
    // Some PDF readers find the header anywhere in the first kilobyte, which makes a page in front
    // of a PDF both a PDF to them and a page to a browser that sniffs; the portal keeps neither.
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.writeBytes(
        "<html><script>alert(document.domain)</script></html>\n"
            .getBytes(StandardCharsets.US_ASCII));
    polyglot.writeBytes(TestPdfs.withPages("Thank you, please join us."));

    assertRefusedAsNotAPdf(polyglot.toByteArray());
  }

  /** Uploaded as {@code note.pdf}, the bytes are refused by their content and nothing is kept. */
  private void assertRefusedAsNotAPdf(byte[] bytes) {
    upload(NOTE, "note.pdf", bytes)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("detail", containsString("not a PDF"));
    as().get(uploads() + NOTE + "/file").then().statusCode(404);
  }

  @Test
  void anEncryptedPdfIsRefusedWithAClearMessage() {
    upload(NOTE, "locked.pdf", TestPdfs.encrypted("secret note"))
        .then()
        .statusCode(422)
        .body("detail", containsString("encrypted"));
  }

  @Test
  void aDamagedPdfIsRefusedWithAClearMessage() {
    byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes();

    upload(NOTE, "damaged.pdf", damaged)
        .then()
        .statusCode(422)
        .body("detail", containsString("cannot be read"));
  }

  @Test
  void aPdfWithTooManyPagesIsRefused() {
    String[] pages = new String[21];
    Arrays.fill(pages, "page");

    upload(NOTE, "long.pdf", TestPdfs.withPages(pages))
        .then()
        .statusCode(422)
        .body("detail", containsString("21 pages"));
  }

  @Test
  void aFileOverFiveMegabytesIsRefusedAsTooLarge() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    byte[] header = "%PDF-1.4\n".getBytes();
    System.arraycopy(header, 0, big, 0, header.length);

    upload(NOTE, "big.pdf", big).then().statusCode(413);
  }

  @Test
  void aRefusedUploadLeavesTheEarlierUploadAndTheWrittenNoteAlone() {
    byte[] good = TestPdfs.withPages("Please join us for the spring concert.");
    upload(NOTE, "good.pdf", good).then().statusCode(200);
    as().header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", "A note written in the editor."))
        .put("/api/submissions/" + submission + "/fields/" + NOTE)
        .then()
        .statusCode(200);

    upload(NOTE, "bad.pdf", "not a pdf".getBytes()).then().statusCode(415);

    as().get(uploads()).then().body("fileName", equalTo(java.util.List.of("good.pdf")));
    as().get("/api/submissions/" + submission)
        .then()
        .body(
            "fields.find { it.key == '" + NOTE + "' }.text",
            equalTo("A note written in the editor."));
  }

  @Test
  void replacingAnUploadKeepsOnlyTheNewFile() {
    upload(NOTE, "first.pdf", TestPdfs.withPages("First version of the note."))
        .then()
        .statusCode(200);

    upload(NOTE, "second.pdf", TestPdfs.withPages("Second version, we invite you."))
        .then()
        .statusCode(200)
        .body("fileName", equalTo("second.pdf"));

    as().get(uploads()).then().body("fileName", equalTo(List.of("second.pdf")));
  }

  @Test
  void parallelUploadsToOneKeyEndWithExactlyOneStoredFileAndNoServerError() throws Exception {
    int clients = 4;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CyclicBarrier together = new CyclicBarrier(clients);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String name = "note-" + i + ".pdf";
      byte[] pdf = TestPdfs.withPages("Note number " + i + ", please join us.");
      answers.add(
          pool.submit(
              () -> {
                together.await();
                return upload(NOTE, name, pdf).statusCode();
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    // One of an educator's files is read at a time; the others are told to try again.
    assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 429);
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      if (statuses.get(i) == 200) {
        acknowledged.add("note-" + i + ".pdf");
      }
    }
    List<String> stored = as().get(uploads()).path("fileName");
    assertThat(stored).hasSize(1);
    assertThat(acknowledged).contains(stored.get(0));
  }

  @Test
  void aDownloadKeepsANonAsciiNameEndsInPdfAndIsSandboxed() {
    // Browsers send the name as UTF-8 in the part's header, as this raw body does.
    String boundary = "note-boundary";
    byte[] pdf = TestPdfs.withPages("Thank you, please join us.");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Nöte für Ana\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(pdf);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    as().contentType("multipart/form-data; boundary=" + boundary)
        .body(body.toByteArray())
        .put(uploads() + NOTE)
        .then()
        .statusCode(200)
        .body("fileName", equalTo("Nöte für Ana.pdf"));

    Response download = as().get(uploads() + NOTE + "/file");

    download.then().statusCode(200).contentType("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .startsWith("attachment; filename=\"N_te f_r Ana.pdf\"")
        .endsWith("filename*=UTF-8''N%C3%B6te%20f%C3%BCr%20Ana.pdf");
    assertThat(download.header("Content-Security-Policy")).contains("sandbox");
  }

  @Test
  void anotherEducatorsUploadIsRefusedBeforeTheFileIsRead() {
    String other = identities.token(identities.account("intruder", Role.EDUCATOR).id());
    byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes();

    given()
        .header("Authorization", "Bearer " + other)
        .multiPart("file", "x.pdf", damaged, "application/pdf")
        .put(uploads() + NOTE)
        .then()
        .statusCode(404);
  }

  @Test
  void anUploadToAFieldThatIsNotADocumentIsRefusedBeforeTheFileIsRead() {
    byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes();

    upload("answer:part-1:why-this-credential", "x.pdf", damaged).then().statusCode(404);
  }

  @Test
  void onlyDocumentsCanBeUploaded() {
    upload("answer:part-1:why-this-credential", "x.pdf", TestPdfs.withPages("x"))
        .then()
        .statusCode(404);
  }

  private Response upload(String key, String name, byte[] bytes) {
    return as().multiPart("file", name, bytes, "application/pdf").put(uploads() + key);
  }

  private String uploads() {
    return "/api/submissions/" + submission + "/uploads/";
  }

  private RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }
}
