package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.HomeVisits.NOTES;
import static org.mcportal.rules.HomeVisits.OVERVIEW;
import static org.mcportal.rules.HomeVisits.PLANS;
import static org.mcportal.rules.HomeVisits.REFLECTION;
import static org.mcportal.rules.HomeVisits.SUMMARIES;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReopeningTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();

  @Test
  void componentsBelowTheirLevelReopenAndTheRestStayLocked() {
    Reopening reopening =
        Reopening.after(
            HOME_VISITS,
            Assessments.allMet(HOME_VISITS)
                .unmet(OVERVIEW, "learning-goal")
                .unmet(NOTES, "invitation")
                .results());
    assertEquals(List.of(OVERVIEW, NOTES), reopening.reopened());
    assertEquals(List.of(PLANS, SUMMARIES, REFLECTION), reopening.locked());
    assertTrue(reopening.reopens(NOTES));
    assertFalse(reopening.reopens(PLANS));
  }

  @Test
  void earnedSubmissionReopensNothing() {
    Reopening reopening = Reopening.after(HOME_VISITS, Assessments.allMet(HOME_VISITS).results());
    assertTrue(reopening.nothingToRedo());
    assertEquals(5, reopening.locked().size());
  }

  @Test
  void developingArtifactReopens() {
    Reopening reopening =
        Reopening.after(
            HOME_VISITS,
            Assessments.allMet(HOME_VISITS)
                .unmet(SUMMARIES, "all-answered", "deep-reflection", "impact")
                .results());
    assertEquals(List.of(SUMMARIES), reopening.reopened());
  }

  @Test
  void componentWithoutResultReopens() {
    Reopening reopening =
        Reopening.after(
            HOME_VISITS, Assessments.allMet(HOME_VISITS).notAssessed(REFLECTION).results());
    assertEquals(List.of(REFLECTION), reopening.reopened());
  }

  @Test
  void levelAboveTheRequiredOneStaysLocked() {
    CredentialDefinition other = PeerObservation.definition();
    List<ComponentResult> results =
        List.of(
            new ComponentResult(PeerObservation.NOTES, "exemplary", "Exemplary", List.of()),
            new ComponentResult(PeerObservation.LESSON_PLANS, "fail", "Fail", List.of()),
            new ComponentResult(PeerObservation.SUMMARY, "pass", "Pass", List.of()));
    Reopening reopening = Reopening.after(other, results);
    assertEquals(List.of(PeerObservation.LESSON_PLANS), reopening.reopened());
    assertEquals(List.of(PeerObservation.NOTES, PeerObservation.SUMMARY), reopening.locked());
  }

  @Test
  void componentTheEarningRuleLeavesOutStaysLocked() {
    CredentialDefinition other =
        PeerObservation.definition(Map.of(PeerObservation.NOTES, "accomplished"));
    Reopening reopening = Reopening.after(other, List.of());
    assertEquals(List.of(PeerObservation.NOTES), reopening.reopened());
    assertEquals(
        List.of(PeerObservation.LESSON_PLANS, PeerObservation.SUMMARY), reopening.locked());
  }
}
