package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.assessment.Credentials.HOME_VISITS;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationComparisonTest {

  private static final Instant AT = Instant.parse("2026-04-20T15:00:00Z");
  private static final BigDecimal EIGHTY = new BigDecimal("0.80");

  private static CalibrationComparison.Scored exemplar(
      String id, ScoringSheet gold, ScoringSheet scored) {
    return new CalibrationComparison.Scored(id, gold, levels(gold), scored, levels(scored));
  }

  private static Map<String, String> levels(ScoringSheet sheet) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (ScoredComponent c : ScoredOutcome.of(HOME_VISITS, sheet, AT).components()) {
      levels.put(c.componentId(), c.finalLevelId().orElseThrow());
    }
    return levels;
  }

  private static ScoringSheet goldWithoutInvitation() {
    ScoringSheet gold =
        Credentials.unmet(HOME_VISITS, Credentials.best(HOME_VISITS), "artifact-3", "invitation");
    return Credentials.update(
        gold,
        "artifact-3",
        s ->
            s.withFeedback("None of the notes asks the family in.")
                .withEvidence(
                    new ScoringSheet.EvidenceQuote(
                        "personal-detail", "loves drawing horses", "document:artifact-3:0")));
  }

  @Test
  void sameScoringAgreesOnEveryComponentAndPasses() {
    ScoringSheet best = Credentials.best(HOME_VISITS);
    CalibrationComparison result =
        CalibrationComparison.compare(HOME_VISITS, List.of(exemplar("e1", best, best)), EIGHTY);

    int components = HOME_VISITS.components().size();
    assertEquals(components, result.compared());
    assertEquals(components, result.agreed());
    assertEquals(1.0, result.agreement());
    assertTrue(result.passed());
    assertTrue(
        result.exemplars().get(0).components().stream().allMatch(c -> c.differences().isEmpty()));
  }

  @Test
  void aDifferentLevelNamesTheCriterionThatDifferedWithTheGoldEvidenceAndFeedback() {
    ScoringSheet assessor = Credentials.best(HOME_VISITS);
    CalibrationComparison result =
        CalibrationComparison.compare(
            HOME_VISITS, List.of(exemplar("e1", goldWithoutInvitation(), assessor)), EIGHTY);

    CalibrationComparison.ComponentResult notes =
        result.exemplars().get(0).components().stream()
            .filter(c -> c.componentId().equals("artifact-3"))
            .findFirst()
            .orElseThrow();
    assertFalse(notes.agrees());
    assertEquals("basic", notes.goldLevel());
    assertEquals("proficient", notes.scoredLevel());
    assertEquals("None of the notes asks the family in.", notes.goldFeedback());
    assertEquals(1, notes.differences().size());
    CalibrationComparison.CriterionResult invitation = notes.differences().get(0);
    assertEquals("invitation", invitation.criterionId());
    assertEquals(ScoringSheet.Judgement.UNMET, invitation.gold());
    assertEquals(ScoringSheet.Judgement.MET, invitation.scored());
    CalibrationComparison.CriterionResult detail =
        notes.criteria().stream()
            .filter(c -> c.criterionId().equals("personal-detail"))
            .findFirst()
            .orElseThrow();
    assertTrue(detail.agrees());
    assertEquals(List.of("loves drawing horses"), detail.goldEvidence());
    assertEquals(result.compared() - 1, result.agreed());
  }

  @Test
  void aPassFailComponentIsComparedOnPassOrFail() {
    ScoringSheet gold = Credentials.best(HOME_VISITS);
    ScoringSheet assessor = Credentials.unmet(HOME_VISITS, gold, "part-1", "learning-goal");
    CalibrationComparison result =
        CalibrationComparison.compare(HOME_VISITS, List.of(exemplar("e1", gold, assessor)), EIGHTY);

    CalibrationComparison.ComponentResult part1 = result.exemplars().get(0).components().get(0);
    assertEquals("part-1", part1.componentId());
    assertEquals("pass", part1.goldLevel());
    assertFalse(part1.agrees());
    assertEquals("Pass", part1.goldLevelLabel());
  }

  @Test
  void agreementIsPooledOverEveryComponentOfEveryExemplar() {
    ScoringSheet best = Credentials.best(HOME_VISITS);
    CalibrationComparison result =
        CalibrationComparison.compare(
            HOME_VISITS,
            List.of(exemplar("e1", best, best), exemplar("e2", goldWithoutInvitation(), best)),
            BigDecimal.ONE);

    int components = HOME_VISITS.components().size();
    assertEquals(2 * components, result.compared());
    assertEquals(2 * components - 1, result.agreed());
    assertEquals(components, result.exemplars().get(0).agreed());
    assertEquals(components - 1, result.exemplars().get(1).agreed());
    assertFalse(result.passed());
  }

  @ParameterizedTest(name = "{0} of {1} against {2}: passed {3}")
  @CsvSource({
    "4, 5, 0.80, true",
    "3, 5, 0.80, false",
    "8, 10, 0.80, true",
    "7, 10, 0.80, false",
    "79, 100, 0.80, false",
    "5, 5, 1, true",
    "4, 5, 1, false",
    "0, 5, 0, true",
    "0, 0, 0, false",
    "2, 3, 0.67, false",
    "2, 3, 0.66, true"
  })
  void passesExactlyAtTheThreshold(int agreed, int compared, String threshold, boolean passed) {
    assertEquals(passed, CalibrationComparison.passes(agreed, compared, new BigDecimal(threshold)));
  }

  @Test
  void aThresholdOutsideZeroToOneIsACallersMistake() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibrationComparison.compare(HOME_VISITS, List.of(), new BigDecimal("1.2")));
  }
}
