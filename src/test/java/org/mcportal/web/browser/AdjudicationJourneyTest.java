package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.DoubleScoringCredentials;
import org.mcportal.assessment.ReviewCodesForTests;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/**
 * A double-scored attempt in headless Chromium: two assessors score it blind and disagree on
 * artifact 3, a lead compares both scorings and records the final one with a reason, and the
 * educator reads only that final scoring.
 */
@QuarkusTest
class AdjudicationJourneyTest extends BrowserTest {

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

  private static final String SEVERE_FEEDBACK = "None of the notes invites the family to visit.";
  private static final String REASON = "The third note closes with an invitation to the family.";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  @Test
  void twoAssessorsDisagreeALeadAdjudicatesAndTheEducatorSeesOnlyTheFinalScoring() {
    // A double-scoring copy of the journey's own, so that the queue filtered by it holds only
    // this journey's two halves.
    String credential = DoubleScoringCredentials.installFresh(catalog, "hv-adj-journey");
    String queuePath = "/assessment?credential=" + credential;
    AccountView educator = identities.account("journey-adj-educator", Role.EDUCATOR);
    long submission = work.submitPassing(educator.id(), credential);
    String one = ReviewCodesForTests.codeOf(submission, 1);
    String two = DoubleScoringCredentials.secondCodeOf(submission, 1);

    signIn(identities.token(identities.account("journey-adj-first", Role.ASSESSOR).id()));
    PageView queue = visit(queuePath, "double-queue");
    assertThat(queue.mainText()).contains(one).contains(two);
    PageView severe = queue.click(claimButton(one), "double-scoring-first");
    tickAll(severe, List.of("artifact-3/invitation"));
    severe.waitForText("[data-level-for=artifact-3]", "Basic");
    severe.find("#f-artifact-3").sendKeys(SEVERE_FEEDBACK);
    waitFor(15, d -> severe.text("#save-status").startsWith("Saved at"));
    PageView notEarned = severe.click("#submit-assessment", "double-first-submitted");
    assertThat(notEarned.text("#outcome")).startsWith("Not earned");
    // The other half is no longer offered to the assessor who scored this one.
    assertThat(visit(queuePath, "double-queue-first-after").mainText())
        .doesNotContain(two)
        .doesNotContain(one);

    newSession();
    signIn(identities.token(identities.account("journey-adj-second", Role.ASSESSOR).id()));
    PageView second = visit(queuePath, "double-queue-second");
    assertThat(second.mainText()).contains(two).doesNotContain(one);
    PageView lenient = second.click(claimButton(two), "double-scoring-second");
    assertThat(lenient.mainText()).doesNotContain(SEVERE_FEEDBACK);
    tickAll(lenient, List.of());
    lenient.waitForText("[data-level-for=artifact-3]", "Proficient");
    waitFor(15, d -> lenient.text("#save-status").startsWith("Saved at"));
    PageView earned = lenient.click("#submit-assessment", "double-second-submitted");
    assertThat(earned.text("#outcome")).startsWith("Earned");

    newSession();
    signIn(identities.token(identities.account("journey-adj-lead", Role.LEAD).id()));
    PageView list = visit("/adjudication", "adjudication-list");
    PageView screen = list.click("a[href='/adjudication/" + one + "']", "adjudication-screen");
    assertThat(screen.heading()).isEqualTo("Adjudicating " + one);
    assertThat(screen.text("#compare-artifact-3"))
        .contains("Basic")
        .contains("Proficient")
        .contains(SEVERE_FEEDBACK)
        .contains("(they differ)");
    assertThat(screen.mainText()).doesNotContain("journey-adj-educator");
    assertThat(screen.find("#m-artifact-3-three-notes").isSelected()).isTrue();
    assertThat(screen.find("#m-artifact-3-invitation").isSelected()).isFalse();
    screen.tick("m-artifact-3-invitation");
    screen.find("#reason").sendKeys(REASON);
    PageView decided = screen.click("#record-decision", "adjudication-decided");
    assertThat(decided.text("p.notice")).contains("Final scoring recorded");
    assertThat(decided.mainText()).doesNotContain(one);

    newSession();
    signIn(identities.token(educator.id()));
    PageView results = visit("/submissions/" + submission + "/results", "adjudicated-results");
    assertThat(results.text("#outcome")).startsWith("Earned");
    assertThat(results.text("#r-artifact-3")).contains("Proficient");
    assertThat(results.mainText()).doesNotContain(SEVERE_FEEDBACK).doesNotContain(REASON);
  }

  private static String claimButton(String code) {
    return "form[action='/assessment/reviews/" + code + "/claim'] button";
  }

  /** Ticks every criterion of the proficient sheet, leaving out the "component/criterion" given. */
  private static void tickAll(PageView page, List<String> except) {
    PROFICIENT.forEach(
        (component, ids) -> {
          for (String id : ids) {
            if (!except.contains(component + "/" + id)) {
              page.tick("m-" + component + "-" + id);
            }
          }
        });
  }
}
