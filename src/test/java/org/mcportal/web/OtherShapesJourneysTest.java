package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.pages.EditorModel;
import org.mcportal.web.browser.BrowserTest;
import org.mcportal.web.browser.PageView;
import org.openqa.selenium.WebElement;

/**
 * The editor and checklist of the two invented credentials of other shapes, in headless Chromium:
 * their own nouns, one-sided bounds and guides, worded the same by the editor and the checklist.
 */
@QuarkusTest
class OtherShapesJourneysTest extends BrowserTest {

  @Inject TestIdentities identities;

  @Test
  void aLessonStudyIsWrittenAndCheckedInItsOwnWords() {
    String token = identities.token(identities.account("lesson-studier", Role.EDUCATOR).id());
    long id = start(token, "lesson-study");
    for (int learner = 0; learner < 5; learner++) {
      save(token, id, "subject:study:" + learner, "Learner " + (char) ('A' + learner));
      save(token, id, "answer:observations:what-seen:" + learner, words(40));
    }
    save(token, id, "document:plan:0", words(80));
    signIn(token);

    PageView editor = visit("/submissions/" + id, "lesson-study-editor");
    assertThat(editor.mainText())
        .contains("Use made-up names for every learner and colleague.")
        .contains("Plan: Lesson Plan")
        .contains("Or upload this lesson plan as a PDF")
        .doesNotContain("student")
        .doesNotContain("famil");
    assertThat(editor.findAll("fieldset.document")).hasSize(1);
    assertThat(editor.text("[data-count-for=reflection]"))
        .startsWith("Reflection: 0 words (at least 150 words)");

    WebElement reflection = editor.find("#" + EditorModel.anchor("answer:reflection:learned"));
    reflection.click();
    reflection.sendKeys(words(151));
    waitFor(
        10, d -> editor.text("[data-count-for=reflection]").startsWith("Reflection: 151 words"));
    assertThat(editor.find("[data-count-for=reflection]").getAttribute("class"))
        .contains("count-within");
    waitFor(15, d -> editor.text("#save-status").startsWith("Saved at"));

    PageView check = editor.follow("Check and submit", "lesson-study-checklist");
    assertThat(check.findAll(".finding-blocking")).isEmpty();
    assertThat(check.find("#submit-button").isEnabled()).isTrue();
  }

  @Test
  void anExitTicketShowsAMaximumAndAGuideAsTheChecklistWordsThem() {
    String token = identities.token(identities.account("ticket-writer", Role.EDUCATOR).id());
    long id = start(token, "exit-ticket");
    save(token, id, "answer:context:lesson-goal", words(200));
    save(token, id, "answer:context:why-a-ticket", words(150));
    save(token, id, "document:ticket:0", words(10));
    signIn(token);

    PageView editor = visit("/submissions/" + id, "exit-ticket-editor");
    assertThat(editor.has(".subjects")).isFalse();
    assertThat(editor.mainText()).contains("Exit ticket: your exit ticket");
    assertThat(editor.text("[data-count-for=context]"))
        .startsWith("Context: 350 words (at most 300 words)");
    assertThat(editor.find("[data-count-for=context]").getAttribute("class"))
        .contains("count-over");
    assertThat(editor.text("[data-count-for=ticket]"))
        .startsWith("Exit ticket: 10 words (at least 40 words, as a guide)");

    PageView check = editor.follow("Check and submit", "exit-ticket-checklist");
    assertThat(check.text(".finding-blocking[data-code=words-above-max]"))
        .contains("Context has 350 words; it needs at most 300 words.");
    assertThat(check.text(".finding-advisory[data-code=words-below-min]"))
        .contains(
            "Exit ticket has 10 words; the credential suggests at least 40 words, as a guide.");
  }

  private static String words(int count) {
    return "observed ".repeat(count).strip();
  }

  private static long start(String token, String credential) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", credential))
        .post("/api/submissions")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  private static void save(String token, long id, String key, String text) {
    given()
        .header("Authorization", "Bearer " + token)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + key)
        .then()
        .statusCode(200);
  }
}
