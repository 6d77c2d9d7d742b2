package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.HomeVisits.NOTES;
import static org.mcportal.rules.HomeVisits.OVERVIEW;
import static org.mcportal.rules.HomeVisits.PLANS;
import static org.mcportal.rules.HomeVisits.REFLECTION;
import static org.mcportal.rules.HomeVisits.SUMMARIES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialOutcomeTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();
  private static final Instant AT = Instant.parse("2025-05-01T10:15:30Z");

  private static CredentialOutcome decide(Assessments assessments) {
    return CredentialOutcome.decide(HOME_VISITS, assessments.results(), AT);
  }

  @Test
  void everyComponentAtItsRequiredLevelEarns() {
    CredentialOutcome outcome = decide(Assessments.allMet(HOME_VISITS));
    assertInstanceOf(CredentialOutcome.Earned.class, outcome);
    assertTrue(outcome.earned());
    assertEquals(
        "Earned: Part 1 and Part 3 at Pass or better, and Artifact 1, Artifact 2 and Artifact 3 at"
            + " Proficient or better.",
        outcome.explanation());
    assertEquals(AT, outcome.decidedAt());
  }

  @ParameterizedTest(name = "{0} with {1} unmet")
  @CsvSource(
      delimiter = ';',
      value = {
        "overview; learning-goal; Not earned: Part 1 is Fail (no learning goal is included).",
        "pre-visit-plans; three-students;"
            + " Not earned: Artifact 1 is Basic (fewer than three students were chosen).",
        "pre-visit-plans; opening-question; Not earned: Artifact 1 is Basic"
            + " (the opening question was not open ended, warm and positive).",
        "visit-summaries; deep-reflection; Not earned: Artifact 2 is Basic (the reflection lacks"
            + " depth).",
        "post-visits; invitation; Not earned: Artifact 3 is Basic (an invitation is missing).",
        "reflection; specific-examples; Not earned: Part 3 is Fail (no specific examples are"
            + " cited)."
      })
  void anySingleShortfallIsNotEarnedWithItsReason(
      String componentId, String criterion, String explanation) {
    CredentialOutcome outcome =
        decide(Assessments.allMet(HOME_VISITS).unmet(componentId, criterion));
    CredentialOutcome.NotEarned notEarned =
        assertInstanceOf(CredentialOutcome.NotEarned.class, outcome);
    assertFalse(outcome.earned());
    assertEquals(explanation, outcome.explanation());
    assertEquals(1, notEarned.shortfalls().size());
    assertEquals(componentId, notEarned.shortfalls().get(0).componentId());
  }

  @Test
  void severalShortfallsAreExplainedInTheCredentialsOrder() {
    CredentialOutcome outcome =
        decide(
            Assessments.allMet(HOME_VISITS)
                .unmet(NOTES, "invitation")
                .unmet(OVERVIEW, "learning-goal"));
    assertEquals(
        "Not earned: Part 1 is Fail (no learning goal is included); "
            + "Artifact 3 is Basic (an invitation is missing).",
        outcome.explanation());
  }

  @Test
  void severalReasonsInOneComponentAreJoined() {
    CredentialOutcome outcome =
        decide(
            Assessments.allMet(HOME_VISITS)
                .unmet(SUMMARIES, "all-answered", "deep-reflection", "impact"));
    assertEquals(
        "Not earned: Artifact 2 is Developing (not all questions were answered for all students, "
            + "the reflection lacks depth and the explanations lack evidence of impact).",
        outcome.explanation());
  }

  @Test
  void shortfallRecordsTheLevelReachedAndTheLevelRequired() {
    CredentialOutcome.NotEarned outcome =
        (CredentialOutcome.NotEarned)
            decide(Assessments.allMet(HOME_VISITS).unmet(NOTES, "invitation"));
    Shortfall shortfall = outcome.shortfalls().get(0);
    assertEquals("basic", shortfall.levelId());
    assertEquals("proficient", shortfall.requiredLevelId());
    assertEquals(List.of(HomeVisits.INVITATION_MISSING), shortfall.reasons());
  }

  @Test
  void componentWithoutResultLeavesTheOutcomeUndecided() {
    CredentialOutcome outcome = decide(Assessments.allMet(HOME_VISITS).notAssessed(SUMMARIES));
    CredentialOutcome.Undecided undecided =
        assertInstanceOf(CredentialOutcome.Undecided.class, outcome);
    assertEquals(
        List.of(SUMMARIES), undecided.pending().stream().map(p -> p.componentId()).toList());
    assertEquals("Not decided: no result yet for Artifact 2.", outcome.explanation());
  }

  @Test
  void missingResultWinsOverAShortfall() {
    CredentialOutcome outcome =
        decide(
            Assessments.allMet(HOME_VISITS)
                .unmet(OVERVIEW, "learning-goal")
                .notAssessed(REFLECTION));
    assertInstanceOf(CredentialOutcome.Undecided.class, outcome);
  }

  @Test
  void noResultsAtAllIsUndecided() {
    CredentialOutcome outcome = CredentialOutcome.decide(HOME_VISITS, List.of(), AT);
    assertEquals(5, ((CredentialOutcome.Undecided) outcome).pending().size());
  }

  @Test
  void judgementsEarnWhenAllAreMet() {
    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(
            HOME_VISITS, Assessments.allMet(HOME_VISITS).judgements(), AT);
    assertTrue(outcome.earned());
  }

  @Test
  void judgementsNotEarnWithTheRubricsReason() {
    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(
            HOME_VISITS,
            Assessments.allMet(HOME_VISITS).unmet(NOTES, "invitation").judgements(),
            AT);
    assertEquals(
        "Not earned: Artifact 3 is Basic (an invitation is missing).", outcome.explanation());
  }

  @Test
  void incompleteJudgementsLeaveTheOutcomeUndecided() {
    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(
            HOME_VISITS,
            Assessments.allMet(HOME_VISITS)
                .unjudged(PLANS, "strategies", "minimal-responses")
                .judgements(),
            AT);
    assertEquals(
        "Not decided: not all criteria judged for Artifact 1: strategies, minimal-responses.",
        outcome.explanation());
  }

  @ParameterizedTest(name = "observation notes at {0} → earned: {1}")
  @CsvSource({"exemplary, true", "accomplished, true", "emerging, false", "beginning, false"})
  void requiredLevelIsComparedByRank(String levelId, boolean earned) {
    CredentialDefinition other = PeerObservation.definition();
    List<ComponentResult> results = new ArrayList<>(Assessments.allMet(other).results());
    results.removeIf(r -> r.componentId().equals(PeerObservation.NOTES));
    results.add(new ComponentResult(PeerObservation.NOTES, levelId, levelId, List.of()));
    assertEquals(earned, CredentialOutcome.decide(other, results, AT).earned());
  }

  @Test
  void componentTheEarningRuleLeavesOutDoesNotCount() {
    CredentialDefinition other =
        PeerObservation.definition(
            java.util.Map.of(
                PeerObservation.NOTES, "accomplished", PeerObservation.LESSON_PLANS, "pass"));
    List<ComponentResult> results =
        Assessments.allMet(other).notAssessed(PeerObservation.SUMMARY).results();
    assertTrue(CredentialOutcome.decide(other, results, AT).earned());
  }

  @Test
  void resultForAnotherCredentialIsAMistakeNotAnOutcome() {
    List<ComponentResult> results = new ArrayList<>(Assessments.allMet(HOME_VISITS).results());
    results.add(new ComponentResult("not-here", "pass", "Pass", List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> CredentialOutcome.decide(HOME_VISITS, results, AT));
  }
}
