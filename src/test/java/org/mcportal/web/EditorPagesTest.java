package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.AnswerShare;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.WordCounter;

/**
 * The editor's map of the work, counts, guidance at hand and saving story, as served without any
 * script: the outline is plain links, a filter is an address, and the Save buttons are there.
 */
@QuarkusTest
class EditorPagesTest {

  private static final String PART_1_Q1 = "answer:part-1:why-this-credential";
  private static final String ARTIFACT_1_S2_Q1 = "answer:artifact-1:conversation-starter:1";

  @Inject TestIdentities identities;
  @Inject CredentialCatalog catalog;

  private String token;

  @BeforeEach
  void signIn() {
    token = identities.token(identities.account("outline-educator", Role.EDUCATOR).id());
  }

  @Test
  void shouldOutlineEveryPartStudentAndQuestionWithItsStateAndWords() {
    long id = start();
    String answer = "We chose this to build trust with families before the school year.";
    put(id, PART_1_Q1, answer);

    String html = editor(id, "");

    String outline = between(html, "<div class=\"outline-panel\">", "<div class=\"editor-body\">");
    int words = WordCounter.count(answer);
    assertThat(outline)
        .contains("href=\"/submissions/" + id + "#p-part-1\">Part 1: Overview Questions</a>")
        .contains("href=\"/submissions/" + id + "#c-artifact-1-s2\">")
        .contains("href=\"/submissions/" + id + "#f-answer--part-1--why-this-credential\">")
        .contains("The whole draft: <span data-outline-total>" + words + " words</span>");
    // The answered question is done, its part started, the untouched parts empty.
    assertThat(entry(outline, "f-answer--part-1--why-this-credential"))
        .contains("state-done")
        .contains(words + " words");
    assertThat(entry(outline, "f-answer--part-1--classroom-impact"))
        .contains("state-empty")
        .contains("0 words");
    assertThat(entry(outline, "p-part-1")).contains("state-started");
    assertThat(entry(outline, "p-part-3")).contains("state-empty");
    // Every answer field of the credential has its line in the outline.
    long fields = Pattern.compile("class=\"outline-field\"").matcher(outline).results().count();
    assertThat(fields).isEqualTo(answerAndDocumentFields());
  }

  @Test
  void shouldShowOneStudentAtATimeWhileTheOutlineKeepsTheWholeDraft() {
    long id = start();
    put(id, ARTIFACT_1_S2_Q1, "Student B opened with the family photo album.");

    String html = editor(id, "?part=part-2&subject=2");

    assertThat(html)
        .contains(
            "<fieldset class=\"subject-group\" id=\"c-artifact-1-s2\" data-filter-part=\"part-2\""
                + " data-filter-subject=\"1\">")
        .contains(
            "<fieldset class=\"subject-group\" id=\"c-artifact-1-s1\" data-filter-part=\"part-2\""
                + " data-filter-subject=\"0\" hidden>")
        .contains(
            "<fieldset class=\"subject-group\" id=\"c-artifact-1-s3\" data-filter-part=\"part-2\""
                + " data-filter-subject=\"2\" hidden>")
        .containsPattern("<section class=\"editor-part\" id=\"p-part-1\"[^>]* hidden>")
        .containsPattern("<section class=\"editor-part\" id=\"p-part-2\"[^>]*\">");
    // The hidden fields are still in the page, so a form save still carries them.
    assertThat(html).contains("id=\"f-answer--artifact-1--conversation-starter--0\"");
    String outline = between(html, "<div class=\"outline-panel\">", "<div class=\"editor-body\">");
    assertThat(outline)
        .contains(
            "href=\"/submissions/" + id + "?part=part-2&amp;subject=2\" aria-current=\"true\"")
        // Links into what the filter shows keep the filter; the rest lead to the whole draft.
        .contains("href=\"/submissions/" + id + "?part=part-2&amp;subject=2#c-artifact-1-s2\"")
        .contains("href=\"/submissions/" + id + "#c-artifact-1-s1\"")
        .contains("href=\"/submissions/" + id + "#p-part-1\"");

    // Saving without script comes back to the same filter.
    as().contentType(ContentType.URLENC)
        .formParam("key", ARTIFACT_1_S2_Q1)
        .formParam("version", 1)
        .formParam("text", "Student B opened with the album and a song.")
        .formParam("component", "artifact-1")
        .formParam("show-part", "part-2")
        .formParam("show-subject", "2")
        .post("/submissions/" + id)
        .then()
        .statusCode(303)
        .header("Location", endsWith("?saved=1&part=part-2&subject=2#c-artifact-1"));
  }

  @Test
  void shouldShowTheWholeDraftAndSaySoForAFilterThatNamesNothing() {
    long id = start();

    String html = editor(id, "?part=part-9");

    assertThat(html)
        .contains("There is no such part or subject to show; here is the whole draft.")
        .doesNotContainPattern("<section class=\"editor-part\"[^>]* hidden>");
    assertThat(editor(id, "?part=part-2&subject=4"))
        .contains("There is no such part or subject to show");
  }

  @Test
  void shouldGiveEachAnswerItsWordsAndAShareOfTheBoundsAsAGuide() {
    long id = start();
    String answer = "A short first answer about the visit.";
    put(id, ARTIFACT_1_S2_Q1, answer);
    Component artifact1 = definition().component("artifact-1").orElseThrow();
    long answers = artifact1.questions().size() * 3L;
    String share = AnswerShare.of(artifact1.words().orElseThrow(), (int) answers).describe();

    String html = editor(id, "");

    assertThat(share).isEqualTo("about 70–95 words each");
    assertThat(html)
        .contains(
            "A guide, not a rule: spread over its "
                + answers
                + " answers, 1,500–2,000 words is "
                + share
                + ". Only Artifact 1 as a whole is counted.")
        .contains(
            "<span data-words-for=\""
                + ARTIFACT_1_S2_Q1
                + "\">"
                + WordCounter.count(answer)
                + " words</span> <span class=\"answer-share\">· a guide, not a rule: "
                + share
                + "</span>")
        .contains("aria-describedby=\"f-answer--part-1--why-this-credential-words\"");
  }

  @Test
  void shouldKeepTheGuidanceAndTheComponentsRubricAtHand() {
    long id = start();
    CredentialDefinition definition = definition();
    Component artifact2 = definition.component("artifact-2").orElseThrow();

    String html = editor(id, "");

    String section =
        between(html, "<section class=\"editor-component\" id=\"c-artifact-2\"", "</section>");
    assertThat(section)
        .contains(
            "<summary>How to go about it, and what the assessor looks for in Artifact 2</summary>")
        .contains("What the assessor looks for in Artifact 2");
    for (var level : artifact2.rubric().levels()) {
      assertThat(section).contains("<dt>" + level.label() + "</dt>");
    }
    for (var guidance : definition.guidance()) {
      assertThat(section).contains("<p class=\"at-hand-card-title\">" + guidance.title() + "</p>");
    }
  }

  @Test
  void shouldSayWhenTheDraftWasLastSavedInUtcUntilScriptShowsLocalTime() {
    long id = start();
    assertThat(editor(id, "")).contains("Nothing saved yet.");

    put(id, PART_1_Q1, "Saved once.");
    String html = editor(id, "");

    assertThat(html)
        .containsPattern(
            "Last saved <time datetime=\"[0-9-]{10}T[0-9:]{8}Z\" data-local>[A-Z][a-z]+ [0-9]{1,2},"
                + " [0-9]{4} at [0-9]{2}:[0-9]{2} UTC</time>\\.")
        .containsPattern("data-last-saved=\"[0-9-]{10}T[0-9:.]+Z\"")
        // Without script the Save buttons stay; editor.js hides them when it saves by itself.
        .contains("<button type=\"submit\" class=\"button button-secondary\">Save Part 1</button>");
  }

  @Test
  void shouldOfferToContinueAnOpenDraftOnTheCredentialPage() {
    String before =
        as().get("/credentials/home-visits").then().statusCode(200).extract().asString();
    assertThat(before).contains("Start your submission").doesNotContain("Continue your submission");

    long id = start();

    String after = as().get("/credentials/home-visits").then().statusCode(200).extract().asString();
    assertThat(after)
        .contains(
            "<a class=\"button\" href=\"/submissions/" + id + "\">Continue your submission</a>")
        .doesNotContain("Start your submission");
  }

  private long answerAndDocumentFields() {
    CredentialDefinition definition = definition();
    long total = 0;
    for (var part : definition.parts()) {
      int subjects = part.subjects().map(s -> s.count()).orElse(1);
      for (Component c : part.components()) {
        int perSlot = c.response() == Component.ResponseKind.DOCUMENTS ? 1 : c.questions().size();
        total += (long) perSlot * (c.perSubject() ? subjects : 1);
      }
    }
    return total;
  }

  private CredentialDefinition definition() {
    return catalog.current("home-visits").orElseThrow();
  }

  /** The outline entry whose link ends in this anchor, up to its status. */
  private static String entry(String outline, String anchor) {
    Matcher m =
        Pattern.compile("#" + anchor + "\">.*?</span></span>", Pattern.DOTALL).matcher(outline);
    assertThat(m.find()).as("outline entry for %s", anchor).isTrue();
    return m.group();
  }

  private static String between(String html, String start, String end) {
    int from = html.indexOf(start);
    assertThat(from).as("page has %s", start).isNotNegative();
    return html.substring(from, html.indexOf(end, from));
  }

  private String editor(long id, String query) {
    return as().get("/submissions/" + id + query).then().statusCode(200).extract().asString();
  }

  private void put(long id, String key, String text) {
    given()
        .header("Authorization", "Bearer " + token)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(java.util.Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key)
        .then()
        .statusCode(200);
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
