package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.WordCounter;
import org.mcportal.submission.SampleSubmissions;
import org.mcportal.submission.pages.EditorModel;
import org.mcportal.web.browser.BrowserTest;
import org.mcportal.web.browser.PageView;
import org.openqa.selenium.WebElement;

/** An educator writes, checks and submits in headless Chromium, through offline and back. */
@QuarkusTest
class EducatorJourneysTest extends BrowserTest {

  private static final String PART_1_Q1 = "answer:part-1:why-this-credential";
  private static final String PART_1_Q2 = "answer:part-1:classroom-demographics";
  private static final String PART_1_Q3 = "answer:part-1:classroom-impact";
  private static final String NOTE_A = "document:artifact-3:0";

  @Inject TestIdentities identities;

  @Test
  void anEducatorWritesGoesOfflineUploadsAChecksAndSubmits() throws IOException {
    String token = identities.token(identities.account("halvorsen", Role.EDUCATOR).id());
    signIn(token);

    PageView list = visit("/submissions", "submissions-empty");
    assertThat(list.mainText()).contains("You have not started a submission yet");
    PageView started =
        list.click(
            "form[action='/submissions']:has(input[value=home-visits]) button", "editor-new");
    assertThat(started.heading())
        .isEqualTo("Developing Trusting Reciprocal Relationships through Home Visits");
    long id = Long.parseLong(started.path().replaceAll(".*/", ""));

    // Most of the draft goes in through the API with the same session, to keep the journey fast;
    // Part 1 is typed, and one thank-you note is uploaded.
    Map<String, String> sample = SampleSubmissions.passing();
    for (var field : sample.entrySet()) {
      String key = field.getKey();
      if (!key.startsWith("answer:part-1:") && !key.equals(NOTE_A)) {
        given()
            .header("Authorization", "Bearer " + token)
            .header("If-Match", "\"0\"")
            .contentType(ContentType.JSON)
            .body(Map.of("text", field.getValue()))
            .put("/api/submissions/" + id + "/fields/" + key)
            .then()
            .statusCode(200);
      }
    }
    PageView editor = visit("/submissions/" + id, "editor-filled");
    assertThat(editor.text("[data-count-for=part-1]"))
        .startsWith("Part 1: 0 words (200–400 words)");
    assertThat(editor.find("#f-subject--part-2--0").getAttribute("value")).isEqualTo("Student A");
    assertThat(editor.mainText())
        .contains("Never shown to anyone else; used only to warn you if a real name slips");

    type(editor, PART_1_Q1, sample.get(PART_1_Q1));
    int firstCount = WordCounter.count(sample.get(PART_1_Q1));
    waitFor(5, d -> editor.text("[data-count-for=part-1]").startsWith("Part 1: " + firstCount));
    assertThat(editor.find("[data-count-for=part-1]").getAttribute("class"))
        .contains("count-under");
    type(editor, PART_1_Q2, sample.get(PART_1_Q2));
    waitFor(15, d -> editor.text("#save-status").startsWith("Saved at"));

    offline(true);
    String third = sample.get(PART_1_Q3) + " Photos: https://school.example.org/visits.";
    type(editor, PART_1_Q3, third);
    waitFor(15, d -> editor.text("#save-status").startsWith("Offline — will retry"));
    current("editor-offline");
    offline(false);
    waitFor(20, d -> editor.text("#save-status").startsWith("Saved at"));

    int part1 =
        WordCounter.count(sample.get(PART_1_Q1))
            + WordCounter.count(sample.get(PART_1_Q2))
            + WordCounter.count(third);
    waitFor(5, d -> editor.text("[data-count-for=part-1]").startsWith("Part 1: " + part1 + " "));
    assertThat(editor.find("[data-count-for=part-1]").getAttribute("class"))
        .contains("count-within");
    assertThat(savedText(token, id, PART_1_Q3)).isEqualTo(third);

    Path pdf = Files.createTempFile(Path.of("target"), "thank-you-", ".pdf");
    Files.write(pdf, pdf(sample.get(NOTE_A)));
    editor.find("#f-document--artifact-3--0-file").sendKeys(pdf.toAbsolutePath().toString());
    editor.find("[data-upload-for='" + NOTE_A + "'] .upload-form button").click();
    waitFor(20, d -> editor.find("#f-document--artifact-3--0-upload").isDisplayed());
    assertThat(editor.text("#f-document--artifact-3--0-upload"))
        .contains(pdf.getFileName().toString())
        .contains("1 page");
    current("editor-uploaded");

    PageView check = editor.follow("Check and submit", "checklist-passing");
    assertThat(check.heading()).isEqualTo("Before you submit");
    assertThat(check.findAll(".finding-blocking")).isEmpty();
    List<WebElement> advisories = check.findAll(".finding-advisory");
    assertThat(advisories).isNotEmpty();
    assertThat(check.text(".finding-advisory")).contains("school.example.org");
    for (WebElement box : check.findAll(".finding-advisory input[type=checkbox]")) {
      box.click();
    }
    assertThat(check.text(".what-next")).contains("read-only").contains("within 14 days");
    check.find("#confirm-submit").click();
    PageView receipt = check.click("#submit-button", "receipt");
    assertThat(receipt.heading()).isEqualTo("Your submission was received");
    assertThat(receipt.text(".receipt-attempt")).isEqualTo("1");
    assertThat(receipt.text(".receipt-version")).isEqualTo("2022-03-17.1");
    assertThat(receipt.text(".digest")).matches("[0-9a-f]{64}");

    PageView submitted = receipt.follow("View what you submitted", "editor-submitted");
    assertThat(submitted.has("textarea")).isFalse();
    assertThat(submitted.has("form.save-form")).isFalse();
    assertThat(submitted.text(".receipt-banner")).contains("read-only");
  }

  @Test
  void blockingFindingsLinkToTheirFieldsAndSubmitIsRefused() {
    String token = identities.token(identities.account("okonkwo", Role.EDUCATOR).id());
    long id =
        Long.parseLong(
            given()
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("credentialId", "home-visits"))
                .post("/api/submissions")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString());
    SampleSubmissions.failing()
        .forEach(
            (key, text) ->
                given()
                    .header("Authorization", "Bearer " + token)
                    .header("If-Match", "\"0\"")
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", text))
                    .put("/api/submissions/" + id + "/fields/" + key)
                    .then()
                    .statusCode(200));
    signIn(token);

    PageView check = visit("/submissions/" + id + "/check", "checklist-failing");
    List<String> codes = new ArrayList<>();
    check.findAll(".finding-blocking").forEach(f -> codes.add(f.getAttribute("data-code")));
    assertThat(codes).contains("words-below-min", "answer-missing");
    // Part 3's count is a guide in this version: over it advises instead of blocking.
    assertThat(check.find(".finding-advisory[data-code=words-above-max]").getText())
        .contains("Part 3 has")
        .contains("the credential suggests about 250–400 words, as a guide");
    assertThat(check.find("#submit-button").isEnabled()).isFalse();

    check.find(".finding-blocking[data-code=answer-missing] a").click();
    PageView editor = current("editor-failing");
    assertThat(editor.path()).isEqualTo("/submissions/" + id);
    String fragment = (String) script("return location.hash");
    assertThat(fragment).isEqualTo("#f-answer--artifact-1--conversation-starter--2");
    assertThat(editor.find(fragment).getTagName()).isEqualTo("textarea");
  }

  @Test
  void theBrowserCountsTheSharedCorpusAsTheServerDoes() throws IOException {
    List<Map<String, Object>> corpus =
        new ObjectMapper()
            .readValue(
                Path.of("src/test/resources/word-count-corpus.json").toFile(),
                new TypeReference<>() {});
    visit("/credentials", "credentials");
    List<String> texts = corpus.stream().map(c -> (String) c.get("text")).toList();

    @SuppressWarnings("unchecked")
    List<Number> counts =
        (List<Number>)
            asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/assets/wordcount.js')"
                    + ".then(m => done(arguments[0].map(t => m.countWords(t))))"
                    + ".catch(e => done([String(e)]));",
                texts);

    Map<String, Object> mismatches = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      int expected = ((Number) corpus.get(i).get("words")).intValue();
      if (counts.get(i).intValue() != expected || WordCounter.count(texts.get(i)) != expected) {
        mismatches.put((String) corpus.get(i).get("about"), counts.get(i));
      }
    }
    assertThat(corpus).hasSizeGreaterThan(30);
    assertThat(mismatches).as("corpus cases the browser counts differently").isEmpty();
  }

  @Test
  void aConflictShowsBothTextsAnExpiredSignInKeepsTheTextAndUnsavedTextIsOffered() {
    long account = identities.account("lindqvist", Role.EDUCATOR).id();
    String token = identities.token(account);
    long id = startThroughApi(token);
    signIn(token);
    PageView editor = visit("/submissions/" + id, "editor-empty");

    put(token, id, PART_1_Q1, 0, "Saved in another tab.");
    type(editor, PART_1_Q1, "Typed here.");
    waitFor(15, d -> editor.text("#save-status").startsWith("Not saved: an answer changed"));
    assertThat(editor.text(".conflict .conflict-text")).isEqualTo("Saved in another tab.");
    current("editor-conflict");
    editor.find(".conflict-actions .button:not(.button-secondary)").click();
    waitFor(15, d -> editor.text("#save-status").startsWith("Saved at"));
    assertThat(savedText(token, id, PART_1_Q1)).isEqualTo("Typed here.");

    dropSession();
    type(editor, PART_1_Q2, "Written after the sign-in expired.");
    waitFor(15, d -> editor.text("#save-status").startsWith("Your sign-in expired"));
    renewSession(identities.token(account));
    waitFor(20, d -> editor.text("#save-status").startsWith("Saved at"));
    assertThat(savedText(token, id, PART_1_Q2)).isEqualTo("Written after the sign-in expired.");

    // What the page keeps when a save cannot reach the portal and the tab is then closed.
    script(
        "localStorage.setItem(arguments[0], JSON.stringify({text: arguments[1], at: Date.now()}))",
        "mcp-draft:" + id + ":" + PART_1_Q3 + ":0",
        "Never reached the portal.");
    PageView reopened = visit("/submissions/" + id, "editor-restore");
    assertThat(reopened.text("#restore-offers")).contains("never saved");
    reopened.find(".restore-offer .button:not(.button-quiet)").click();
    waitFor(15, d -> reopened.text("#save-status").startsWith("Saved at"));
    assertThat(savedText(token, id, PART_1_Q3)).isEqualTo("Never reached the portal.");
  }

  private static long startThroughApi(String token) {
    return Long.parseLong(
        given()
            .header("Authorization", "Bearer " + token)
            .contentType(ContentType.JSON)
            .body(Map.of("credentialId", "home-visits"))
            .post("/api/submissions")
            .then()
            .statusCode(201)
            .extract()
            .path("id")
            .toString());
  }

  private static void put(String token, long id, String key, long version, String text) {
    given()
        .header("Authorization", "Bearer " + token)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key)
        .then()
        .statusCode(200);
  }

  private void type(PageView page, String key, String text) {
    WebElement field = page.find("#" + EditorModel.anchor(key));
    field.click();
    field.sendKeys(text);
  }

  private static String savedText(String token, long id, String key) {
    return given()
        .header("Authorization", "Bearer " + token)
        .get("/api/submissions/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("fields.find { it.key == '" + key + "' }.text");
  }

  /** A one-page PDF of the note, a line of at most 90 characters at a time. */
  private static byte[] pdf(String note) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : note.replace("*", "").split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() + word.length() > 90) {
          lines.add(line.toString().strip());
          line.setLength(0);
        }
        line.append(word).append(' ');
      }
      lines.add(line.toString().strip());
    }
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        content.setLeading(14);
        content.newLineAtOffset(60, 740);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
