package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.CalibrationCredentials;
import org.mcportal.assessment.Released;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin builds two calibration sets from released work; a new assessor fails the first, is
 * refused live work on the queue, passes the second, and then claims live work. The credential is a
 * copy of home visits that requires calibration, so no other test meets the gate.
 */
@QuarkusTest
class CalibrationJourneyTest extends BrowserTest {

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

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  private String journey;

  @Test
  void aNewAssessorFailsASetIsRefusedLiveWorkPassesAnotherAndThenClaims() {
    journey = CalibrationCredentials.installJourney(catalog);
    String lead =
        identities.token(identities.account("journey-lead", Role.ASSESSOR, Role.LEAD).id());
    String basic =
        Released.notEarned(
            lead,
            work.submitPassing(identities.account("cal-educator-1", Role.EDUCATOR).id(), journey),
            1);
    String earned =
        Released.earned(
            lead,
            work.submitPassing(identities.account("cal-educator-2", Role.EDUCATOR).id(), journey),
            1);
    String live =
        Released.code(
            work.submitPassing(identities.account("cal-educator-3", Role.EDUCATOR).id(), journey),
            1);

    signIn(identities.token(identities.account("journey-cal-admin", Role.ADMIN).id()));
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
    long first = createSet("First set " + suffix, basic, "calibration-admin");
    long second = createSet("Second set " + suffix, earned, "calibration-admin-second");

    newSession();
    signIn(identities.token(identities.account("journey-new-assessor", Role.ASSESSOR).id()));
    String queuePath = "/assessment?credential=" + journey;
    PageView queue = visit(queuePath, "calibration-queue-blocked");
    assertThat(queue.text("#calibration-blocked [data-credential='" + journey + "']"))
        .contains("Pass a calibration set");
    PageView refused = queue.click(claimButton(live), "calibration-claim-refused");
    assertThat(refused.text(".notice")).startsWith("Not claimed");

    PageView home = refused.follow("Go to calibration", "calibration-home");
    assertThat(home.text("tr[data-credential='" + journey + "']")).contains("Not calibrated");
    PageView failed =
        score(home, first, Map.of("artifact-2", List.of("deep-reflection", "impact")), "first");
    assertThat(failed.heading()).endsWith("below the pass mark");
    assertThat(failed.text("#calibration-outcome")).contains("3 of 5");
    String notes = "#result-1-artifact-3";
    assertThat(failed.text(notes)).contains("the agreed level is Basic");
    assertThat(failed.text(notes + " tr[data-criterion=invitation]")).contains("not met");
    // The agreed feedback, as the lead wrote it on the live attempt.
    assertThat(failed.text(notes + " .gold-feedback")).contains("The note invites no one yet.");

    PageView stillBlocked = visit(queuePath, "calibration-queue-after-failing");
    assertThat(stillBlocked.text("#calibration-blocked")).contains("fell short");

    PageView again = visit("/assessment/calibration", "calibration-home-again");
    PageView passed = score(again, second, Map.of(), "second");
    assertThat(passed.heading()).endsWith("passed");
    assertThat(passed.text("#calibration-outcome")).contains("5 of 5");

    PageView open = visit(queuePath, "calibration-queue-open");
    // Other credentials that require calibration may still be listed; this one no longer is.
    assertThat(open.has("#calibration-blocked [data-credential='" + journey + "']")).isFalse();
    PageView scoring = open.click(claimButton(live), "calibration-live-claimed");
    assertThat(scoring.heading()).isEqualTo("Scoring " + live);
    assertThat(scoring.has("#calibration-banner")).isFalse();
  }

  /** Creates a set on the admin pages and adds the released attempt; answers the set's id. */
  private long createSet(String name, String code, String page) {
    PageView sets = visit("/admin/calibration", page);
    new Select(sets.find("#set-credential"))
        .selectByValue(journey + " " + CalibrationCredentials.VERSION);
    PageView created = sets.submit(Map.of("set-name", name), page + "-created");
    assertThat(created.heading()).isEqualTo(name);
    new Select(created.find("#exemplar-code")).selectByValue(code);
    PageView added = created.click("form[action$='/exemplars'] button", page + "-added");
    assertThat(added.text(".calibration-exemplars")).contains(code).contains("Artifact 3");
    String path = added.path().replaceFirst("\\?.*$", "");
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  /**
   * Starts the set from the calibration page and scores its one exemplar on the scoring screen:
   * everything Proficient except the criteria left out, then submits the set.
   */
  private PageView score(
      PageView home, long setId, Map<String, List<String>> leaveOut, String name) {
    PageView run =
        home.click(
            "form[action='/assessment/calibration/sets/" + setId + "/start'] button",
            "calibration-run-" + name);
    PageView screen = run.click(".calibration-sheets a.button", "calibration-scoring-" + name);
    assertThat(screen.text("#calibration-banner")).contains("Calibration, not live work");
    PROFICIENT.forEach(
        (component, ids) -> {
          for (String id : ids) {
            if (!leaveOut.getOrDefault(component, List.of()).contains(id)) {
              screen.tick("m-" + component + "-" + id);
            }
          }
        });
    leaveOut
        .keySet()
        .forEach(c -> screen.find("#f-" + c).sendKeys("The reflection restates the questions."));
    waitFor(15, d -> screen.text("#save-status").startsWith("Saved at"));
    PageView back = screen.click("#submit-assessment", "calibration-run-" + name + "-scored");
    assertThat(back.text(".calibration-sheets")).contains("Complete");
    return back.click("#submit-set", "calibration-result-" + name);
  }

  private static String claimButton(String code) {
    return "form[action='/assessment/reviews/" + code + "/claim'] button";
  }
}
