package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SampleSubmissions;

/** The educator's pages over HTTP, without a browser: what works with no script at all. */
@QuarkusTest
class SubmissionPagesTest {

  @Inject TestIdentities identities;

  private String token;

  @BeforeEach
  void signIn() {
    token = identities.token(identities.account("pages-educator", Role.EDUCATOR).id());
  }

  @Test
  void shouldExplainTheNextStepWhenThereAreNoSubmissions() {
    as().get("/submissions")
        .then()
        .statusCode(200)
        .body(containsString("You have not started a submission yet"))
        .body(containsString("Start a submission"));
  }

  @Test
  void shouldStartFromTheFormAndRenderTheEditorFromTheCredential() {
    long id = start();

    String html = as().get("/submissions/" + id).then().statusCode(200).extract().asString();

    assertThat(html)
        .contains("Part 1: Overview Questions")
        .contains(
            "<label for=\"f-answer--part-1--why-this-credential\">1. Why did you choose to complete"
                + " this micro-credential?")
        .contains("id=\"f-subject--part-2--0\"")
        .contains("Never shown to anyone else; used only to warn you if a real name slips")
        .contains("id=\"f-document--artifact-3--2\"")
        .contains("enctype=\"multipart/form-data\"")
        .contains("Part 1: 0 words (200–400 words)")
        .contains("data-version=\"0\"");
    as().get("/submissions").then().body(containsString("/submissions/" + id));
  }

  @Test
  void shouldSaveAComponentWithoutScriptAndShowBothTextsOnAConflict() {
    long id = start();
    String key = "answer:part-1:why-this-credential";

    as().contentType(ContentType.URLENC)
        .formParam("key", key)
        .formParam("version", 0)
        .formParam("text", "First words\r\nsecond line")
        .formParam("component", "part-1")
        .post("/submissions/" + id)
        .then()
        .statusCode(303)
        .header("Location", endsWith("/submissions/" + id + "?saved=1#c-part-1"));

    String conflict =
        as().contentType(ContentType.URLENC)
            .formParam("key", key)
            .formParam("version", 0)
            .formParam("text", "Written in an old tab")
            .post("/submissions/" + id)
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(conflict)
        .contains("Written in an old tab")
        .contains("First words\nsecond line")
        .contains("Changed elsewhere.");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/submissions/" + id)
        .then()
        .body("fields.find { it.key == '" + key + "' }.text", equalTo("First words\nsecond line"));
  }

  @Test
  void shouldAcceptALongAnswerFromTheForm() {
    long id = start();
    String text = "family ".repeat(3000);

    as().contentType(ContentType.URLENC)
        .formParam("key", "answer:part-1:classroom-impact")
        .formParam("version", 0)
        .formParam("text", text)
        .post("/submissions/" + id)
        .then()
        .statusCode(303);
  }

  @Test
  void shouldListBlockingFindingsWithLinksAndRefuseToSubmit() {
    long id = start();

    String html =
        as().get("/submissions/" + id + "/check").then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("<h2 id=\"summary-title\">Summary</h2>")
        .containsPattern("<li>[0-9]+ answers missing</li>")
        .contains("Artifact 1 needs 1,500 more words")
        .contains("<h2 id=\"group-1\">Part 1: ")
        .contains("Part 2: ")
        .contains(", student 1</h2>")
        .contains("Must fix:")
        .contains("href=\"/submissions/" + id + "#c-part-1\"")
        .contains("href=\"/submissions/" + id + "#f-answer--part-1--why-this-credential\"")
        .contains("disabled");
    // Groups follow the credential: parts in order, and each part's students 1, 2, 3.
    java.util.regex.Matcher heading =
        java.util.regex.Pattern.compile(
                "<h2 id=\"group-[0-9]+\">Part ([0-9]+): [^<]*?(?:, student ([0-9]+))?</h2>")
            .matcher(html);
    List<Integer> places = new java.util.ArrayList<>();
    while (heading.find()) {
      places.add(
          Integer.parseInt(heading.group(1)) * 100
              + (heading.group(2) == null ? 0 : Integer.parseInt(heading.group(2))));
    }
    assertThat(places).hasSizeGreaterThan(3).isSorted().doesNotHaveDuplicates();

    as().contentType(ContentType.URLENC)
        .formParam("idempotency-key", "key-" + id + "-abcdef")
        .formParam("confirmed", "yes")
        .post("/submissions/" + id + "/submit")
        .then()
        .statusCode(422)
        .body(containsString("The checklist has findings that block submission"));
  }

  @Test
  void shouldUploadAndRemoveAPdfNoteWithPlainForms() throws Exception {
    long id = start();
    String key = "document:artifact-3:1";

    as().multiPart(
            "file", "thanks.pdf", onePagePdf("Thank you. Please join us."), "application/pdf")
        .post("/submissions/" + id + "/uploads/" + key)
        .then()
        .statusCode(303)
        .header("Location", endsWith("/submissions/" + id + "#f-document--artifact-3--1"));
    as().get("/submissions/" + id)
        .then()
        .body(containsString("<strong class=\"upload-name\">thanks.pdf</strong>, 1 page, 5 words"));

    as().contentType(ContentType.URLENC)
        .formParam("unused", "")
        .post("/submissions/" + id + "/uploads/" + key + "/remove")
        .then()
        .statusCode(303);
    as().get("/submissions/" + id).then().body(not(containsString("thanks.pdf")));
  }

  private static byte[] onePagePdf(String text) throws IOException {
    try (var document = new PDDocument()) {
      var page = new PDPage();
      document.addPage(page);
      try (var content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void shouldRenderASubmittedAnswerAsWrittenWithRawHtmlVisibleAndInert() {
    long id = start();
    Map<String, String> sample = new java.util.HashMap<>(SampleSubmissions.passing());
    String key = "answer:part-3:describe-experience";
    sample.put(
        key,
        sample.get(key)
            + "\n\nIt was **transformative**. <script>alert('x')</script>"
            + " [a link](javascript:alert(1))");
    sample.forEach(
        (field, text) ->
            as().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .put("/api/submissions/" + id + "/fields/" + field)
                .then()
                .statusCode(200));
    List<String> advisories =
        as().get("/api/submissions/" + id + "/checklist")
            .then()
            .body("canSubmit", equalTo(true))
            .extract()
            .path("findings.findAll { it.severity == 'ADVISORY' }.id");
    as().header("Idempotency-Key", "markdown-render-check")
        .contentType(ContentType.JSON)
        .body(Map.of("acknowledged", advisories))
        .post("/api/submissions/" + id + "/submit")
        .then()
        .statusCode(201);

    String page = as().get("/submissions/" + id).then().statusCode(200).extract().asString();

    assertThat(page)
        .contains("<strong>transformative</strong>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("[a link](javascript:alert(1))")
        .doesNotContain("<script>alert")
        .doesNotContain("href=\"javascript");
  }

  @Test
  void shouldRefuseASubmitThatWasNotConfirmed() {
    long id = start();

    as().contentType(ContentType.URLENC)
        .formParam("idempotency-key", "key-" + id + "-unconfirmed")
        .post("/submissions/" + id + "/submit")
        .then()
        .statusCode(422)
        .body(containsString("Confirm that you understand your draft becomes read-only"));
  }

  @Test
  void shouldWithdrawAfterConfirmationKeepTheDraftAndOfferAFreshStart() {
    long id = start();

    String confirm =
        as().get("/submissions/" + id + "/withdraw").then().statusCode(200).extract().asString();
    assertThat(confirm).contains("Withdraw this draft?").contains("stays in your submissions");

    as().contentType(ContentType.URLENC)
        .post("/submissions/" + id + "/withdraw")
        .then()
        .statusCode(303)
        .header(
            "Location", org.hamcrest.Matchers.endsWith("/submissions/new?credential=home-visits"));

    as().get("/api/submissions/" + id).then().body("submission.status", equalTo("WITHDRAWN"));
    assertThat(as().get("/submissions/" + id).asString())
        .contains("Withdrawn: this draft is read-only");
    long again = start();
    assertThat(again).isNotEqualTo(id);
    as().get("/api/submissions")
        .then()
        .body("id", org.hamcrest.Matchers.hasItems((int) id, (int) again));
    as().post("/api/submissions/" + id + "/withdraw")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:illegal-transition"));
  }

  private long start() {
    String location =
        as().contentType(ContentType.URLENC)
            .formParam("credential", "home-visits")
            .post("/submissions")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    return Long.parseLong(location.replaceAll(".*/submissions/", ""));
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).header("Authorization", "Bearer " + token);
  }
}
