package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Files named {@code .pdf} that are something else: a web page, a ZIP archive, or a web page with a
 * real PDF after it (a polyglot a browser would render as HTML). Each is refused, nothing is stored
 * for the document, and a genuine PDF still downloads only as an attachment, unsniffable, inside a
 * sandbox.
 */
@QuarkusTest
class UploadDisguiseTest {

  private static final String NOTE = "document:artifact-3:0";
  private static final String HTML =
      "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n";

  @Inject TestIdentities identities;

  private String educator;
  private long submission;

  @BeforeEach
  void startDraft() {
    educator = identities.token(identities.account("disguised", Role.EDUCATOR).id());
    submission = EducatorClient.start(educator);
  }

  @Test
  void aWebPageAZipAndAWebPageBeforeAPdfAreRefusedAndNothingIsStored() throws Exception {
    byte[] pdf = TestPdfs.withPages("We invite you to our art night.");
    List<byte[]> disguised =
        List.of(bytes(HTML), zip(pdf), concat(bytes(HTML), pdf), concat(bytes("<svg/>"), pdf));

    for (byte[] file : disguised) {
      Response answer = upload("note.pdf", file);
      assertThat(answer.statusCode())
          .as(new String(file, 0, 12, StandardCharsets.ISO_8859_1))
          .isEqualTo(415);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(as().get(uploads()).then().statusCode(200).extract().<List<Object>>path(""))
        .as("uploads stored")
        .isEmpty();
  }

  @Test
  void aGenuinePdfDownloadsAsAnInertAttachment() {
    upload("note.pdf", TestPdfs.withPages("A genuine note.")).then().statusCode(200);

    Response download = as().get(uploads() + "/" + NOTE + "/file");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).startsWith("attachment");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Content-Security-Policy")).contains("sandbox");
  }

  private Response upload(String name, byte[] bytes) {
    return as().multiPart("file", name, bytes, "application/pdf").put(uploads() + "/" + NOTE);
  }

  private String uploads() {
    return "/api/submissions/" + submission + "/uploads";
  }

  private io.restassured.specification.RequestSpecification as() {
    return given().header("Authorization", "Bearer " + educator);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static byte[] zip(byte[] pdf) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("note.pdf"));
      zip.write(pdf);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
