package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.WordCounter;
import org.mcportal.submission.SampleSubmissions;
import org.mcportal.submission.pages.EditorModel;
import org.mcportal.web.browser.BrowserTest;
import org.mcportal.web.browser.PageView;
import org.openqa.selenium.WebElement;

/**
 * The educator finds their way around a long draft in headless Chromium, at a laptop's 1280 px and
 * a phone's 390 px: the outline, counts where the writing happens, one saving story, local times,
 * the grouped checklist, the confirmation before submitting, and withdrawing to start over.
 */
@QuarkusTest
class EditorMapJourneysTest extends BrowserTest {

  private static final int PHONE = 390;
  private static final int PHONE_HEIGHT = 844;
  private static final String PART_1_Q1 = "answer:part-1:why-this-credential";
  private static final String PART_1_Q2 = "answer:part-1:classroom-demographics";
  private static final String STUDENT_2 = "subject:part-2:1";
  private static final String ARTIFACT_1_S2_Q1 = "answer:artifact-1:conversation-starter:1";

  @Inject TestIdentities identities;

  /** A journey that stops half-way on a phone must not leave the next one on a phone. */
  @AfterEach
  void wideAgain() {
    resetViewport();
  }

  @Test
  void theOutlineMapsTheDraftKeepsItsStatesLiveAndShowsOneStudentAtATime() {
    String token = identities.token(identities.account("mapper", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    put(token, id, PART_1_Q1, SampleSubmissions.passing().get(PART_1_Q1));
    signIn(token);

    PageView editor = visit("/submissions/" + id, "editor-outline");
    // Beside the writing on a wide screen, open.
    WebElement panel = editor.find(".outline-panel");
    WebElement body = editor.find(".editor-body");
    assertThat(panel.getRect().getX() + panel.getRect().getWidth())
        .isLessThanOrEqualTo(body.getRect().getX());
    assertThat(editor.find(".outline-menu").getAttribute("open")).isNotNull();
    assertThat(outlineState(editor, PART_1_Q1)).isEqualTo("done");
    assertThat(outlineState(editor, PART_1_Q2)).isEqualTo("empty");
    checkAt("editor-outline-desktop", 1280, 900);
    resetViewport();
    // With script, changes save themselves: no Save buttons to wonder about.
    assertThat(editor.find("form#save-part-1 button").isDisplayed()).isFalse();

    String typed = "Most families speak two languages at home, and many work late shifts.";
    type(editor, PART_1_Q2, typed);
    waitFor(5, d -> outlineState(editor, PART_1_Q2).equals("done"));
    assertThat(outlineWords(editor, PART_1_Q2)).isEqualTo(WordCounter.count(typed) + " words");
    type(editor, STUDENT_2, "Student B");
    waitFor(5, d -> editor.text("#c-artifact-1-s2 legend").equals("Student 2: Student B"));
    assertThat(editor.text(".outline-filters")).contains("Student 2: Student B");
    waitFor(15, d -> editor.text("#save-status").startsWith("Saved at"));

    PageView student = editor.follow("Student 2: Student B", "editor-one-student");
    assertThat(student.path()).isEqualTo("/submissions/" + id + "?part=part-2&subject=2");
    assertThat(student.find("#c-artifact-1-s2").isDisplayed()).isTrue();
    assertThat(student.find("#c-artifact-1-s1").isDisplayed()).isFalse();
    assertThat(student.find("#p-part-1").isDisplayed()).isFalse();
    // The outline still maps the whole draft, with what was typed before.
    assertThat(outlineState(student, PART_1_Q2)).isEqualTo("done");
    type(student, ARTIFACT_1_S2_Q1, "We began with the album of the family's trip.");
    waitFor(15, d -> student.text("#save-status").startsWith("Saved at"));
    assertThat(savedText(token, id, ARTIFACT_1_S2_Q1))
        .isEqualTo("We began with the album of the family's trip.");

    // On a phone the outline is a folded menu above the writing.
    viewport(PHONE, PHONE_HEIGHT);
    open("/submissions/" + id);
    PageView phone = checkAt("editor-outline-phone", PHONE, PHONE_HEIGHT);
    assertThat(phone.find(".outline-menu").getAttribute("open")).isNull();
    assertThat(phone.find(".outline-nav").isDisplayed()).isFalse();
    phone.find(".outline-menu > summary").click();
    assertThat(phone.find(".outline-nav").isDisplayed()).isTrue();
    checkAt("editor-outline-menu-open", PHONE, PHONE_HEIGHT);
    resetViewport();
  }

  @Test
  void withScriptTheOutlineShowsOneStudentInPlaceAndBackBringsTheWholeDraftBack() {
    String token = identities.token(identities.account("narrower", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    put(token, id, STUDENT_2, "Student B");
    signIn(token);
    PageView editor = visit("/submissions/" + id, "editor-filter-whole");
    String base = "/submissions/" + id;
    // A reload would lose this mark, and the text typed but not yet saved with it.
    script("window.sameDocument = 'kept';");
    String typed = "Typed a moment before narrowing the page.";
    type(editor, PART_1_Q2, typed);

    editor.activate(".outline-filters a[href='" + base + "?part=part-2&subject=2']");

    assertThat(editor.path()).isEqualTo(base + "?part=part-2&subject=2");
    assertThat(script("return window.sameDocument;")).isEqualTo("kept");
    assertThat(editor.find("#c-artifact-1-s2").isDisplayed()).isTrue();
    assertThat(editor.find("#c-artifact-1-s1").isDisplayed()).isFalse();
    assertThat(editor.find("#p-part-1").isDisplayed()).isFalse();
    assertThat(editor.find(".outline-filters a[aria-current]").getText())
        .isEqualTo("Student 2: Student B");
    assertThat(editor.find("#" + EditorModel.anchor(PART_1_Q2)).getAttribute("value"))
        .isEqualTo(typed);
    assertThat(editor.find("input[name='show-part']").getAttribute("value")).isEqualTo("part-2");
    assertThat(editor.find("input[name='show-subject']").getAttribute("value")).isEqualTo("2");
    current("editor-filter-one-student");
    // The typed text still saves while its part is hidden.
    waitFor(15, d -> typed.equals(savedText(token, id, PART_1_Q2)));

    // A jump to what the filter hides shows the whole draft again, in place, at the answer.
    editor.activate(".outline a[href='" + base + "#" + EditorModel.anchor(PART_1_Q1) + "']");
    assertThat(editor.path()).isEqualTo(base);
    assertThat(script("return window.sameDocument;")).isEqualTo("kept");
    assertThat(editor.find("#p-part-1").isDisplayed()).isTrue();
    assertThat(editor.find("#c-artifact-1-s1").isDisplayed()).isTrue();

    // Back returns to the student, still without a reload.
    script("history.back();");
    waitFor(5, d -> !editor.find("#p-part-1").isDisplayed());
    assertThat(editor.path()).isEqualTo(base + "?part=part-2&subject=2");
    assertThat(editor.find("#c-artifact-1-s2").isDisplayed()).isTrue();
    assertThat(script("return window.sameDocument;")).isEqualTo("kept");
  }

  /** The brief's test of done: on a phone, writing an answer, the count and save state show. */
  @Test
  void onAPhoneTheComponentsCountAndTheSaveStateStayInViewWhileWriting() {
    String token = identities.token(identities.account("phone-writer", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    signIn(token);
    visit("/submissions/" + id, "editor-empty-map");

    viewport(PHONE, PHONE_HEIGHT);
    String anchor = EditorModel.anchor(ARTIFACT_1_S2_Q1);
    // A fresh load at the phone's width, as following a link to the question from the checklist.
    open("/submissions");
    open("/submissions/" + id + "#" + anchor);
    PageView page = checkAt("editor-phone-question", PHONE, PHONE_HEIGHT);
    WebElement field = page.find("#" + anchor);
    field.sendKeys("The visit started with tea and the family's photo album.");
    waitFor(5, d -> page.text("#bar-count").startsWith("Artifact 1: 10 words"));
    waitFor(15, d -> page.text("#save-status").startsWith("Saved at"));

    for (String css : new String[] {"#bar-count", "#save-status"}) {
      assertThat(inViewport(css)).as("%s is within the viewport at %d px", css, PHONE).isTrue();
    }
    assertThat(page.text("#" + anchor + "-words")).contains("10 words").contains("a guide");
    checkAt("editor-phone-writing", PHONE, PHONE_HEIGHT);
    resetViewport();
  }

  @Test
  void afterAReloadTheStatusSaysWhenTheDraftWasLastSavedInTheReadersTimeZone() {
    String token = identities.token(identities.account("zone-reader", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    put(token, id, PART_1_Q1, "Saved before the reload.");
    signIn(token);
    timeZone("America/New_York");
    try {
      PageView editor = visit("/submissions/" + id, "editor-last-saved");
      String saved = editor.find("#editor").getAttribute("data-last-saved");
      String local =
          DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm", Locale.US)
              .withZone(ZoneId.of("America/New_York"))
              .format(Instant.parse(saved));
      assertThat(editor.text("#save-status"))
          .isEqualTo("Changes save automatically. Last saved " + local + " EST.");

      PageView list = visit("/submissions", "submissions-local-time");
      WebElement time = list.find("time[data-local]");
      String expected =
          DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm", Locale.US)
              .withZone(ZoneId.of("America/New_York"))
              .format(Instant.parse(time.getAttribute("datetime")));
      assertThat(time.getText()).isEqualTo(expected + " EST");
      assertThat(time.getAttribute("title")).endsWith(" UTC");
    } finally {
      timeZone("UTC");
    }
  }

  @Test
  void theGroupedChecklistAndTheConfirmationReadOnALaptopAndAPhone() {
    String token = identities.token(identities.account("checker", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    SampleSubmissions.failing().forEach((key, text) -> put(token, id, key, text));
    signIn(token);

    PageView failing = visit("/submissions/" + id + "/check", "checklist-grouped");
    assertThat(failing.findAll(".finding-group h2"))
        .extracting(WebElement::getText)
        .anyMatch(h -> h.startsWith("Part 1: "))
        .anyMatch(h -> h.endsWith(", student 3"));
    assertThat(failing.text(".summary-lines")).containsPattern("[0-9]+ answers? missing");
    assertThat(failing.find("#submit-button").isEnabled()).isFalse();
    checkAt("checklist-grouped", PHONE, PHONE_HEIGHT);
    resetViewport();

    String readyToken = identities.token(identities.account("confirmer", Role.EDUCATOR).id());
    long ready = startThroughApi(readyToken);
    SampleSubmissions.passing().forEach((key, text) -> put(readyToken, ready, key, text));
    signIn(readyToken);
    PageView check = visit("/submissions/" + ready + "/check", "checklist-ready");
    for (WebElement box : check.findAll(".finding-advisory input[type=checkbox]")) {
      box.click();
    }
    // The confirmation is required: without it the form does not go.
    check.find("#submit-button").click();
    assertThat(check.path()).isEqualTo("/submissions/" + ready + "/check");
    checkAt("checklist-confirm", PHONE, PHONE_HEIGHT);
    resetViewport();
    check.find("#confirm-submit").click();
    PageView receipt = check.click("#submit-button", "receipt-after-confirm");
    assertThat(receipt.heading()).isEqualTo("Your submission was received");
    checkAt("receipt-after-confirm", PHONE, PHONE_HEIGHT);
    resetViewport();
  }

  @Test
  void anEducatorWithdrawsADraftAndStartsOverFromTheCredentialPage() {
    String token = identities.token(identities.account("restarter", Role.EDUCATOR).id());
    long id = startThroughApi(token);
    put(token, id, PART_1_Q1, "A first try that will be kept, read-only.");
    signIn(token);

    PageView credential = visit("/credentials/home-visits", "credential-continue");
    PageView editor = credential.follow("Continue your submission", "editor-to-withdraw");
    assertThat(editor.path()).isEqualTo("/submissions/" + id);
    PageView confirm = editor.follow("Withdraw this draft and start over", "withdraw-confirm");
    assertThat(confirm.heading()).isEqualTo("Withdraw this draft?");
    checkAt("withdraw-confirm", PHONE, PHONE_HEIGHT);
    resetViewport();
    PageView start = confirm.click("#withdraw-button", "start-over");
    assertThat(start.path()).isEqualTo("/submissions/new?credential=home-visits");
    PageView fresh = start.click("main form button[type=submit]", "editor-fresh");
    assertThat(fresh.path()).isNotEqualTo("/submissions/" + id);
    assertThat(fresh.find("#" + EditorModel.anchor(PART_1_Q1)).getAttribute("value")).isEmpty();
    PageView list = visit("/submissions", "submissions-after-withdraw");
    assertThat(list.mainText()).contains("Withdrawn");
    checkAt("submissions-after-withdraw", PHONE, PHONE_HEIGHT);
    resetViewport();
  }

  private boolean inViewport(String css) {
    return (Boolean)
        script(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.left >= 0"
                + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
            css);
  }

  private static String outlineState(PageView page, String key) {
    return page.find("[data-outline-keys='" + key + "'] [data-state]").getText();
  }

  private static String outlineWords(PageView page, String key) {
    return page.find("[data-outline-keys='" + key + "'] [data-words]").getText();
  }

  private static void type(PageView page, String key, String text) {
    WebElement field = page.find("#" + EditorModel.anchor(key));
    field.click();
    field.sendKeys(text);
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

  private static void put(String token, long id, String key, String text) {
    put(token, id, key, 0, text);
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

  private static String savedText(String token, long id, String key) {
    return given()
        .header("Authorization", "Bearer " + token)
        .get("/api/submissions/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("fields.find { it.key == '" + key + "' }.text");
  }
}
