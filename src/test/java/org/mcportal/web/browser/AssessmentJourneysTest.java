package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ReviewCodesForTests;
import org.mcportal.assessment.pages.RubricJson;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.rules.Component;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.RubricEvaluation;
import org.mcportal.rules.RubricEvaluator;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.HomeVisitsCopies;
import org.openqa.selenium.WebElement;

/**
 * Assessors score blind in headless Chromium, on the passing sample of SampleSubmissions: one to
 * earned, one to not earned with feedback and a quoted passage; the educator reads it, revises only
 * what reopened and resubmits, and a second assessor scores the new attempt to earned.
 */
@QuarkusTest
class AssessmentJourneysTest extends BrowserTest {

  private static final Map<String, List<String>> PROFICIENT = new LinkedHashMap<>();

  static {
    PROFICIENT.put("part-1", List.of("justifies-choice", "learning-goal"));
    PROFICIENT.put(
        "artifact-1",
        List.of(
            "three-students",
            "questions-complete",
            "family-time-place",
            "strategies",
            "opening-question"));
    PROFICIENT.put("artifact-2", List.of("all-answered", "deep-reflection", "impact"));
    PROFICIENT.put("artifact-3", List.of("three-notes", "personal-detail", "invitation"));
    PROFICIENT.put("part-3", List.of("positive-impact", "specific-examples", "actionable-steps"));
  }

  private static final String QUOTE = "I chose this micro-credential because most of my contact";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;
  @Inject ObjectMapper json;

  @Test
  void assessorsScoreBlindTheEducatorResubmitsAndASecondAssessorFinishes() throws Exception {
    // A home-visits credential of the journey's own, so that the assessor filters the queue to it
    // as a person would, whatever other work waits ahead of it.
    String credential = "hv-journey-" + UUID.randomUUID().toString().substring(0, 8);
    Path dir = Path.of("target/test-rubrics-journey");
    HomeVisitsCopies.write(dir, credential, "journey", "");
    catalog.synchronize(dir);
    String queuePath = "/assessment?credential=" + credential;

    long first =
        work.submitPassing(identities.account("journey-first", Role.EDUCATOR).id(), credential);
    long educator = identities.account("journey-second", Role.EDUCATOR).id();
    long second = work.submitPassing(educator, credential);
    String firstCode = ReviewCodesForTests.codeOf(first, 1);
    String secondCode = ReviewCodesForTests.codeOf(second, 1);

    signIn(identities.token(identities.account("journey-assessor", Role.ASSESSOR).id()));
    PageView queue = visit(queuePath, "assessment-queue");
    assertThat(queue.mainText()).contains(firstCode).contains(secondCode);

    PageView screen = queue.click(claimButton(firstCode), "scoring-screen");
    assertThat(screen.heading()).isEqualTo("Scoring " + firstCode);
    assertThat(screen.text("[data-level-for=artifact-3]")).isEqualTo("not all criteria judged yet");
    tickAll(screen, PROFICIENT, List.of());
    screen.waitForText("[data-level-for=artifact-3]", "Proficient");
    waitFor(15, d -> screen.text("#save-status").startsWith("Saved at"));
    current("scoring-ticked");
    PageView earned = screen.click("#submit-assessment", "assessment-earned");
    assertThat(earned.text("#outcome")).startsWith("Earned");

    PageView again = visit(queuePath, "assessment-queue-after");
    PageView scoring = again.click(claimButton(secondCode), "scoring-second");
    tickAll(scoring, PROFICIENT, List.of("artifact-3/invitation"));
    scoring.waitForText("[data-level-for=artifact-3]", "Basic");
    scoring
        .find("#f-artifact-3")
        .sendKeys("Each note needs an **invitation** to the family; see the rubric's Proficient.");
    waitFor(15, d -> scoring.text("#save-status").startsWith("Saved at"));
    // Select a passage of Part 1 as an assessor would with the mouse, then quote it.
    script(
        "const el = document.querySelector(arguments[0]);"
            + "const text = el.firstChild; const at = text.data.indexOf(arguments[1]);"
            + "const range = document.createRange(); range.setStart(text, at);"
            + "range.setEnd(text, at + arguments[1].length);"
            + "const s = getSelection(); s.removeAllRanges(); s.addRange(range);",
        "[data-field-key='answer:part-1:why-this-credential']",
        QUOTE);
    waitFor(5, d -> scoring.find("[data-quote-for=part-1]").isDisplayed());
    scoring.find("[data-quote-for=part-1]").click();
    assertThat(scoring.find("#qp-part-1").getAttribute("value")).isEqualTo(QUOTE);
    waitFor(20, d -> !scoring.findAll("#c-part-1 blockquote.quote").isEmpty());
    PageView quoted = current("scoring-quoted");
    assertThat(quoted.text("#c-part-1 blockquote.quote")).contains(QUOTE);
    PageView notEarned = quoted.click("#submit-assessment", "assessment-not-earned");
    assertThat(notEarned.text("#outcome")).startsWith("Not earned");

    newSession();
    signIn(identities.token(educator));
    PageView list = visit("/submissions", "submissions-returned");
    PageView results = list.click("a[href='/submissions/" + second + "/results']", "results");
    assertThat(results.text("#outcome")).startsWith("Not earned");
    assertThat(results.text("#r-artifact-3")).contains("invitation").contains("Basic");
    assertThat(results.text("#r-part-1 blockquote")).contains(QUOTE);
    PageView editor = results.follow("Revise and resubmit", "editor-resubmit");
    assertThat(editor.text("#c-part-1")).contains("locked");
    assertThat(editor.has("#c-part-1 textarea")).isFalse();
    WebElement note = editor.find("#f-document--artifact-3--0");
    note.sendKeys(
        " Would you join us for our reading morning on Friday? We would love to see you.");
    waitFor(15, d -> editor.text("#save-status").startsWith("Saved at"));
    PageView check = editor.follow("Check and submit", "checklist-resubmit");
    for (WebElement box : check.findAll(".finding-advisory input[type=checkbox]")) {
      box.click();
    }
    check.find("#confirm-submit").click();
    PageView receipt = check.click("#submit-button", "receipt-resubmit");
    assertThat(receipt.text(".receipt-attempt")).isEqualTo("2");

    newSession();
    signIn(identities.token(identities.account("journey-second-assessor", Role.ASSESSOR).id()));
    String retry = ReviewCodesForTests.codeOf(second, 2);
    PageView queue2 = visit(queuePath, "assessment-queue-resubmission");
    PageView rescoring = queue2.click(claimButton(retry), "scoring-resubmission");
    assertThat(rescoring.text(".history")).contains("Attempt 1: not earned").contains("invitation");
    assertThat(rescoring.text("#c-part-1")).contains("Locked");
    assertThat(rescoring.has("#c-part-1 input[type=checkbox]")).isFalse();
    assertThat(rescoring.has("#c-artifact-3 details.diff")).isTrue();
    Map<String, List<String>> reopened = Map.of("artifact-3", PROFICIENT.get("artifact-3"));
    tickAll(rescoring, reopened, List.of());
    rescoring.waitForText("[data-level-for=artifact-3]", "Proficient");
    waitFor(15, d -> rescoring.text("#save-status").startsWith("Saved at"));
    PageView done = rescoring.click("#submit-assessment", "assessment-resubmission-earned");
    assertThat(done.text("#outcome")).startsWith("Earned");
  }

  /**
   * rubric-level.js against RubricEvaluator: every component of every credential, for every way of
   * leaving its criteria met, unmet or unjudged, gives the same level or the same unjudged list.
   */
  @Test
  void theBrowserDerivesEveryLevelAsTheRubricEvaluatorDoes() {
    List<String> rubrics = new ArrayList<>();
    List<Map<String, Boolean>> judgements = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<Integer> rubricOf = new ArrayList<>();
    for (CredentialDefinition definition : catalog.currentVersions()) {
      for (Component component : definition.components()) {
        Rubric rubric = component.rubric();
        rubrics.add(RubricJson.of(rubric, json));
        List<String> ids = rubric.criteria().stream().map(Rubric.Criterion::id).toList();
        int cases = (int) Math.pow(3, ids.size());
        for (int n = 0; n < cases; n++) {
          Map<String, Boolean> one = new LinkedHashMap<>();
          int rest = n;
          for (String id : ids) {
            int state = rest % 3;
            rest /= 3;
            if (state < 2) {
              one.put(id, state == 0);
            }
          }
          judgements.add(one);
          rubricOf.add(rubrics.size() - 1);
          RubricEvaluation evaluation = RubricEvaluator.evaluate(component, one);
          expected.add(
              evaluation instanceof ComponentResult result
                  ? result.levelId()
                  : "unjudged:"
                      + String.join(
                          ",", ((org.mcportal.rules.UnjudgedCriteria) evaluation).criteria()));
        }
      }
    }
    visit("/credentials", "credentials");
    @SuppressWarnings("unchecked")
    List<String> derived =
        (List<String>)
            asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const rubrics = arguments[0].map(r => JSON.parse(r));"
                    + "import('/assets/rubric-level.js').then(m => done(arguments[1].map((j, i) =>"
                    + " { const d = m.deriveLevel(rubrics[arguments[2][i]], j);"
                    + " return d.level || 'unjudged:' + d.unjudged.join(','); })))"
                    + ".catch(e => done([String(e)]));",
                rubrics,
                judgements,
                rubricOf);
    assertThat(expected).hasSizeGreaterThan(100);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(derived.get(i))) {
        mismatches.add(
            rubrics.get(rubricOf.get(i)) + " " + judgements.get(i) + ": " + derived.get(i));
      }
    }
    assertThat(mismatches).as("cases the browser derives differently").isEmpty();
  }

  private static String claimButton(String code) {
    return "form[action='/assessment/reviews/" + code + "/claim'] button";
  }

  /** Ticks the listed criteria of each component, leaving out the "component/criterion" given. */
  private static void tickAll(
      PageView page, Map<String, List<String>> criteria, List<String> except) {
    criteria.forEach(
        (component, ids) -> {
          for (String id : ids) {
            if (!except.contains(component + "/" + id)) {
              page.tick("m-" + component + "-" + id);
            }
          }
        });
  }
}
