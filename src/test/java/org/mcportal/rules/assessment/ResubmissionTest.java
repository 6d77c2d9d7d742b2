package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mcportal.rules.assessment.Credentials.FIELD_NOTES;
import static org.mcportal.rules.assessment.Credentials.HOME_VISITS;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.CredentialDefinition;

class ResubmissionTest {

  private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

  private static ScoredOutcome notEarned() {
    ScoringSheet sheet =
        Credentials.unmet(HOME_VISITS, Credentials.best(HOME_VISITS), "artifact-3", "invitation");
    sheet = Credentials.unmet(HOME_VISITS, sheet, "part-1", "learning-goal");
    return ScoredOutcome.of(HOME_VISITS, sheet, AT);
  }

  @ParameterizedTest(name = "attempt {0} of {1}: {2}")
  @CsvSource({"1, 3, true", "2, 3, true", "3, 3, false", "4, 3, false", "1, 1, false"})
  void notEarnedMayBeResubmittedWhileAttemptsRemain(int made, int max, boolean allowed) {
    ScoredOutcome scored = notEarned();
    Resubmission decision =
        Resubmission.after(HOME_VISITS, scored.outcome(), scored.finalResults(), made, max);
    if (allowed) {
      var ok = assertInstanceOf(Resubmission.Allowed.class, decision);
      assertEquals(made + 1, ok.nextAttempt());
      assertEquals(max - made - 1, ok.attemptsLeft());
    } else {
      assertEquals(
          Resubmission.Reason.NO_ATTEMPTS_LEFT,
          assertInstanceOf(Resubmission.Refused.class, decision).reason());
    }
  }

  @Test
  void onlyComponentsBelowTheirRequiredLevelReopen() {
    ScoredOutcome scored = notEarned();
    var allowed =
        assertInstanceOf(
            Resubmission.Allowed.class,
            Resubmission.after(HOME_VISITS, scored.outcome(), scored.finalResults(), 1));
    assertEquals(List.of("part-1", "artifact-3"), allowed.reopening().reopened());
    assertEquals(List.of("artifact-1", "artifact-2", "part-3"), allowed.reopening().locked());
  }

  @Test
  void defaultMaximumIsThreeAttempts() {
    CredentialDefinition definition = HOME_VISITS;
    assertEquals(3, definition.assessment().maxAttempts());
    ScoredOutcome scored = notEarned();
    assertInstanceOf(
        Resubmission.Refused.class,
        Resubmission.after(definition, scored.outcome(), scored.finalResults(), 3));
  }

  @Test
  void earnedOrUndecidedCannotBeResubmitted() {
    ScoredOutcome earned = ScoredOutcome.of(FIELD_NOTES, Credentials.best(FIELD_NOTES), AT);
    assertEquals(
        Resubmission.Reason.EARNED,
        ((Resubmission.Refused)
                Resubmission.after(FIELD_NOTES, earned.outcome(), earned.finalResults(), 1))
            .reason());
    ScoredOutcome undecided = ScoredOutcome.of(FIELD_NOTES, ScoringSheet.empty(), AT);
    assertEquals(
        Resubmission.Reason.NOT_DECIDED,
        ((Resubmission.Refused)
                Resubmission.after(FIELD_NOTES, undecided.outcome(), undecided.finalResults(), 1))
            .reason());
  }
}
