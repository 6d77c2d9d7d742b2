package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A shortfall's reasons are the criteria that kept the component from the level the earning rule
 * requires. They used to be read from the top level, which told a field-notes log required to be
 * Accomplished that it had also missed what only Exemplary asks for.
 */
class ReasonsShortOfRequiredLevelTest {

  private static final CredentialDefinition FIELD_NOTES = CredentialFiles.fieldNotes();
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  // Log criteria: two-learners, dated, detail, next-step, thin. Accomplished has no condition:
  // the log falls short of it only when Emerging or Beginning holds.
  @ParameterizedTest(name = "log judged {0} is {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "11010; Emerging; entries lack detail",
        "10010; Emerging; entries lack detail",
        "01110; Emerging; a learner is missing",
        "00110; Beginning; a learner is missing|an entry is undated",
        "00001; Beginning; a learner is missing|an entry is undated|entries lack detail"
      })
  void logBelowAccomplishedGivesOnlyTheReasonsThatKeptItThere(
      String bits, String levelLabel, String reasons) {
    Map<String, Map<String, Boolean>> judgements = Assessments.allMet(FIELD_NOTES).judgements();
    Component log = FIELD_NOTES.component("field-log").orElseThrow();
    judgements.put("field-log", Judgements.bits(log.rubric(), bits));

    CredentialOutcome.NotEarned outcome =
        (CredentialOutcome.NotEarned) CredentialOutcome.fromJudgements(FIELD_NOTES, judgements, AT);

    Shortfall shortfall = outcome.shortfalls().get(0);
    assertEquals(levelLabel, shortfall.levelLabel());
    assertEquals(Arrays.asList(reasons.split("\\|")), shortfall.reasons());
  }

  @ParameterizedTest(name = "sketches judged {0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {"011; a sketch is missing", "001; a sketch is missing|a sketch is unlabelled"})
  void sketchesBelowEmergingNameTheCriteriaEmergingNeeds(String bits, String reasons) {
    Component sketches = FIELD_NOTES.component("sketches").orElseThrow();
    ComponentResult result =
        (ComponentResult)
            RubricEvaluator.evaluate(sketches, Judgements.bits(sketches.rubric(), bits));

    // Emerging holds on "any unmet" and has no "met" criteria of its own; the sketches reach it
    // here, so nothing keeps them from it.
    assertEquals(
        List.of(),
        RubricEvaluator.reasonsShortOf(sketches.rubric(), result.unmetCriteria(), "emerging"));
    assertEquals(
        Arrays.asList(reasons.split("\\|")),
        RubricEvaluator.reasonsShortOf(sketches.rubric(), result.unmetCriteria(), "exemplary"));
  }

  @ParameterizedTest(name = "notes of a colleague judged {0}")
  @CsvSource({"110", "111"})
  void aCriterionTheRequiredLevelNeedsUnmetIsNotAReason(String bits) {
    // Accomplished reads "next steps" under a not: missing them is no reason to fall short of it.
    Rubric rubric = PeerObservation.fourLevels();
    List<String> unmet = bits.equals("110") ? List.of("next-steps") : List.<String>of();
    assertEquals(List.of(), RubricEvaluator.reasonsShortOf(rubric, unmet, "accomplished"));
  }
}
