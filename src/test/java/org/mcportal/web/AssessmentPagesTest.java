package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ReviewCodesForTests;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/** The assessment pages over HTTP without a browser: what works with no script at all. */
@QuarkusTest
class AssessmentPagesTest {

  private static final String QUOTE = "I chose this micro-credential because most of my contact";
  private static final String QUOTE_FIELD = "answer:part-1:why-this-credential";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void theQueueListsWaitingWorkByCodeWithDaysWaitingAndOnlyAssessorsMayClaim() {
    String code = submitted("queue-educator");
    String assessor = token("queue-assessor", Role.ASSESSOR);

    String html = queueListing(assessor, code);
    assertThat(html)
        .contains("Review queue")
        .contains(code)
        .contains("action=\"/assessment/reviews/" + code + "/claim\"")
        .contains("0 of 14")
        .contains("My claims");
    assertThat(queueListing(token("queue-admin", Role.ADMIN), code)).doesNotContain("/claim\"");
    page(token("queue-outsider", Role.EDUCATOR), "/assessment").then().statusCode(403);
    page(assessor, "/assessment?attempt=2").then().statusCode(200).body(not(containsString(code)));
    page(assessor, "/assessment?minDaysWaiting=1").then().body(not(containsString(code)));
  }

  @Test
  void anAssessorClaimsScoresAndSubmitsWithoutScriptAndSeesTheOutcome() {
    String code = submitted("plain-educator");
    String assessor = token("plain-assessor", Role.ASSESSOR);

    claim(assessor, code);
    String screen =
        page(assessor, "/assessment/reviews/" + code).then().statusCode(200).extract().asString();
    assertThat(screen)
        .contains("Scoring <span class=\"code\">" + code + "</span>")
        .contains("name=\"met\" value=\"artifact-3/invitation\"")
        .contains("data-rubric=")
        .contains("data-field-key=\"" + QUOTE_FIELD + "\"")
        .contains("not all criteria judged yet");
    page(assessor, "/assessment").then().body(containsString("/assessment/reviews/" + code + "\""));

    post(assessor, code, ScoringForm.proficient(), version(screen), "save")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/assessment/reviews/" + code + "?saved=1"));
    String saved = page(assessor, "/assessment/reviews/" + code).then().extract().asString();
    assertThat(saved)
        .contains("data-level-for=\"artifact-3\">Proficient</strong>")
        .contains("value=\"artifact-3/invitation\" checked");

    String outcome =
        post(assessor, code, ScoringForm.proficient(), version(saved), "submit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(outcome)
        .contains("Assessment submitted")
        .contains("Earned")
        .contains("The educator can read the result and your feedback now.")
        .doesNotContain("An admin releases");
    page(assessor, "/assessment/reviews/" + code).then().statusCode(409);
  }

  @Test
  void aSheetChangedElsewhereKeepsTheTypedTextAndShowsTheSavedOneBeside() {
    String code = submitted("stale-educator");
    String assessor = token("stale-assessor", Role.ASSESSOR);
    claim(assessor, code);

    post(assessor, code, ScoringForm.proficient().feedback("part-1", "Saved first."), 0, "save")
        .then()
        .statusCode(303);
    String conflict =
        post(
                assessor,
                code,
                ScoringForm.proficient().feedback("part-1", "Typed second."),
                0,
                "save")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(conflict)
        .contains("changed elsewhere")
        .contains(">Typed second.</textarea>")
        .contains("<div class=\"conflict-text\">Saved first.</div>")
        .contains("name=\"version\" value=\"1\"");
  }

  @Test
  void aQuoteNotInTheSubmissionIsRefusedAndTheFormComesBackAsTyped() {
    String code = submitted("quote-educator");
    String assessor = token("quote-assessor", Role.ASSESSOR);
    claim(assessor, code);

    String refused =
        post(
                assessor,
                code,
                ScoringForm.proficient()
                    .feedback("part-1", "Kept though refused.")
                    .quote("part-1", "learning-goal", QUOTE_FIELD, "words nobody ever wrote here"),
                0,
                "save")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(refused)
        .contains("Nothing was saved")
        .contains("the quoted passage is not in the answer it names")
        .contains(">Kept though refused.</textarea>");

    post(
            assessor,
            code,
            ScoringForm.proficient().quote("part-1", "learning-goal", QUOTE_FIELD, QUOTE),
            0,
            "save")
        .then()
        .statusCode(303);
    page(assessor, "/assessment/reviews/" + code)
        .then()
        .body(containsString("“" + QUOTE + "”"))
        .body(containsString("name=\"quote-passage\" value=\"" + QUOTE + "\""));
  }

  @Test
  void anIncompleteSheetIsSavedButNotSubmittedAndSaysWhatIsMissing() {
    String code = submitted("incomplete-educator");
    String assessor = token("incomplete-assessor", Role.ASSESSOR);
    claim(assessor, code);

    String page =
        post(assessor, code, new ScoringForm().met("part-1", "justifies-choice"), 0, "submit")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(page).contains("saved but not submitted").contains("name=\"version\" value=\"1\"");
  }

  @Test
  void onlyTheHolderOpensTheScoringScreenAndGivingUpReturnsTheItem() {
    String code = submitted("holder-educator");
    String holder = token("holder-assessor", Role.ASSESSOR);
    String other = token("other-assessor", Role.ASSESSOR);
    claim(holder, code);

    page(other, "/assessment/reviews/" + code).then().statusCode(403);
    page(token("holder-educator-2", Role.EDUCATOR), "/assessment/reviews/" + code)
        .then()
        .statusCode(403);
    as(holder)
        .contentType(ContentType.URLENC)
        .post("/assessment/reviews/" + code + "/give-up")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/assessment?notice=given-up"));
    assertThat(queueListing(holder, code)).contains("/assessment/reviews/" + code + "/claim");
  }

  @Test
  void theEducatorReadsTheResultAndRevisesOnlyTheReopenedComponent() {
    long educator = identities.account("results-educator", Role.EDUCATOR).id();
    long id = work.submitPassing(educator);
    String code = ReviewCodesForTests.codeOf(id, 1);
    String assessor = token("results-assessor", Role.ASSESSOR);
    claim(assessor, code);
    ScoringForm notEarned =
        ScoringForm.proficient()
            .met("artifact-3", "three-notes", "personal-detail")
            .feedback("artifact-3", "Add an **invitation** to each note. <script>alert(1)</script>")
            .quote("part-1", "learning-goal", QUOTE_FIELD, QUOTE);
    post(assessor, code, notEarned, 0, "save").then().statusCode(303);
    post(assessor, code, notEarned, 1, "submit")
        .then()
        .statusCode(200)
        .body(containsString("Not earned"));
    String owner = identities.token(educator);

    String results =
        page(owner, "/submissions/" + id + "/results").then().statusCode(200).extract().asString();
    assertThat(results)
        .contains("Not earned")
        .contains("Artifact 3: Basic")
        .contains("<strong>invitation</strong>")
        .doesNotContain("<script>alert(1)</script>")
        .contains("“" + QUOTE + "”")
        .contains("Revise and resubmit")
        .contains("class=\"unmet\"");
    page(owner, "/submissions").then().body(containsString("/submissions/" + id + "/results"));
    page(token("results-stranger", Role.EDUCATOR), "/submissions/" + id + "/results")
        .then()
        .statusCode(404);
    page(assessor, "/submissions/" + id + "/results").then().statusCode(403);

    String editor = page(owner, "/submissions/" + id).then().statusCode(200).extract().asString();
    assertThat(editor)
        .contains("Part 1 already met its required level: Pass")
        .doesNotContain("id=\"f-answer--part-1--why-this-credential\" name=\"text\"")
        .contains("<textarea id=\"f-document--artifact-3--0\"");
  }

  @Test
  void anAdminAssignsTakesBackAndReadsTheAuditTrail() {
    String code = submitted("admin-educator");
    String admin = token("pages-admin", Role.ADMIN);
    long assessorId = identities.account("assigned-assessor", Role.ASSESSOR).id();

    // The admin's page lists only the oldest waiting items; this one is the newest.
    page(admin, "/admin/assessment").then().statusCode(200);
    as(admin)
        .contentType(ContentType.URLENC)
        .formParam("assessor", assessorId)
        .post("/admin/assessment/reviews/" + code + "/assign")
        .then()
        .statusCode(303);
    page(admin, "/admin/assessment")
        .then()
        .body(containsString("Claimed by"))
        .body(containsString("/admin/assessment/reviews/" + code + "/release-claim"));
    as(admin)
        .contentType(ContentType.URLENC)
        .post("/admin/assessment/reviews/" + code + "/release-claim")
        .then()
        .statusCode(303);

    String audit =
        page(admin, "/admin/audit?code=" + code).then().statusCode(200).extract().asString();
    assertThat(audit).contains("ASSIGN").contains("LEASE_RELEASE").contains("QUEUE");
    page(admin, "/admin/audit?action=ASSIGN&code=" + code)
        .then()
        .body(not(containsString("<td data-label=\"Action\">QUEUE</td>")));
    page(admin, "/admin/audit?from=yesterday").then().statusCode(400);
    page(token("audit-assessor", Role.ASSESSOR), "/admin/audit").then().statusCode(403);
  }

  private String submitted(String educator) {
    long id = work.submitPassing(identities.account(educator, Role.EDUCATOR).id());
    return ReviewCodesForTests.codeOf(id, 1);
  }

  private String token(String name, Role role) {
    return identities.token(identities.account(name, role).id());
  }

  private static void claim(String token, String code) {
    as(token)
        .contentType(ContentType.URLENC)
        .post("/assessment/reviews/" + code + "/claim")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/assessment/reviews/" + code));
  }

  private static io.restassured.response.Response post(
      String token, String code, ScoringForm form, long version, String action) {
    return form.into(as(token).contentType(ContentType.URLENC), version, action)
        .post("/assessment/reviews/" + code);
  }

  private static long version(String html) {
    Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
    assertThat(matcher.find()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  /**
   * The queue page that lists the code, reached by following "next" as a person would: items that
   * other tests left waiting come first, oldest first.
   */
  private static String queueListing(String token, String code) {
    String path = "/assessment";
    for (int pages = 0; pages < 200; pages++) {
      String html = page(token, path).then().statusCode(200).extract().asString();
      if (html.contains(code)) {
        return html;
      }
      Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(html);
      if (!next.find()) {
        break;
      }
      path = next.group(1).replace("&amp;", "&");
    }
    throw new AssertionError("The queue never lists " + code);
  }

  private static io.restassured.response.Response page(String token, String path) {
    return as(token).accept("text/html").get(path);
  }

  private static RequestSpecification as(String token) {
    return given().redirects().follow(false).header("Authorization", "Bearer " + token);
  }
}
