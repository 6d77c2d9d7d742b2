package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Judged examples on the two invented credentials of other shapes: the outcome the earning-rule
 * grammar gives, and how it explains itself in the rubric's words.
 */
class OtherShapesOutcomeTest {

  private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
  private static final CredentialDefinition LESSON_STUDY = CredentialFiles.lessonStudy();
  private static final CredentialDefinition EXIT_TICKET = CredentialFiles.exitTicket();

  /** Judgements for the lesson study, each component given as the criteria it leaves unmet. */
  private static CredentialOutcome lessonStudy(
      String plan, String observations, String reflection) {
    Map<String, Map<String, Boolean>> judgements = new HashMap<>();
    judgements.put("plan", judged("plan", plan));
    judgements.put("observations", judged("obs", observations));
    judgements.put("reflection", judged("ref", reflection));
    return CredentialOutcome.fromJudgements(LESSON_STUDY, judgements, AT);
  }

  private static Map<String, Boolean> judged(String prefix, String unmet) {
    Map<String, Boolean> criteria = new HashMap<>();
    for (String letter : List.of("a", "b", "c")) {
      criteria.put(prefix + "-" + letter, !unmet.contains(letter));
    }
    return criteria;
  }

  @ParameterizedTest(name = "plan unmet [{0}], observations [{1}], reflection [{2}]: earned {3}")
  @CsvSource({
    "'', '', '', true",
    "'', c, a, true",
    "'', c, c, true",
    "c, c, c, false",
    "'', a, b, false",
    "'', '', ab, false",
  })
  void lessonStudyEarnsWithOneExemplaryAndAtMostOneBelowAccomplished(
      String plan, String observations, String reflection, boolean earned) {
    assertThat(lessonStudy(plan, observations, reflection).earned()).isEqualTo(earned);
  }

  @Test
  void noExemplaryIsExplainedAsTheCountThatFailed() {
    CredentialOutcome outcome = lessonStudy("c", "c", "c");

    assertThat(outcome)
        .isInstanceOfSatisfying(
            CredentialOutcome.NotEarned.class, n -> assertThat(n.shortfalls()).isEmpty());
    assertThat(outcome.explanation())
        .isEqualTo("Not earned: at least 1 of the 3 components at Exemplary or better; none does.");
  }

  @Test
  void twoBelowAccomplishedNamesThem() {
    assertThat(lessonStudy("", "a", "b").explanation())
        .isEqualTo(
            "Not earned: at most 1 of the 3 components below Accomplished; 2 are (Observations"
                + " and Reflection).");
  }

  @Test
  void aComponentBelowTheLevelItMustReachItselfIsAShortfall() {
    CredentialOutcome outcome = lessonStudy("", "", "ab");

    assertThat(outcome)
        .isInstanceOfSatisfying(
            CredentialOutcome.NotEarned.class,
            n ->
                assertThat(n.shortfalls())
                    .singleElement()
                    .satisfies(
                        s -> {
                          assertThat(s.componentId()).isEqualTo("reflection");
                          assertThat(s.levelLabel()).isEqualTo("Beginning");
                          assertThat(s.requiredLevelId()).isEqualTo("emerging");
                        }));
    assertThat(outcome.explanation()).startsWith("Not earned: Reflection is Beginning");
  }

  @Test
  void theRuleInWordsIsGeneratedFromTheRule() {
    assertThat(LESSON_STUDY.earningRuleInWords())
        .isEqualTo(
            "Plan, Observations and Reflection at Emerging or better, at most 1 of the 3"
                + " components below Accomplished, and at least 1 of the 3 components at"
                + " Exemplary or better");
    assertThat(EXIT_TICKET.earningRuleInWords())
        .isEqualTo("Context at Pass or better, and Exit ticket at Adequate or better");
  }

  @Test
  void anExitTicketThatMissesTheGoalIsWeakWithTheRubricsReason() {
    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(
            EXIT_TICKET,
            Map.of(
                "context", Map.of("goal-stated", true, "reason-given", true),
                "ticket", Map.of("aligned", false, "quick", true)),
            AT);

    assertThat(outcome.explanation())
        .isEqualTo(
            "Not earned: Exit ticket is Weak (the questions do not check the lesson's goal).");
  }

  @Test
  void anAdequateExitTicketEarns() {
    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(
            EXIT_TICKET,
            Map.of(
                "context", Map.of("goal-stated", true, "reason-given", true),
                "ticket", Map.of("aligned", true, "quick", false)),
            AT);

    assertThat(outcome.earned()).isTrue();
  }

  @Test
  void anAnyOfRuleEarnsWhenOneWayHolds() {
    CredentialDefinition either =
        withRule(
            EXIT_TICKET,
            new EarningCondition.Any(
                List.of(
                    new EarningCondition.AtLeast("strong", List.of("ticket")),
                    new EarningCondition.AtLeast("pass", List.of("context")))));
    Map<String, Map<String, Boolean>> contextOnly =
        Map.of(
            "context", Map.of("goal-stated", true, "reason-given", true),
            "ticket", Map.of("aligned", false, "quick", false));
    Map<String, Map<String, Boolean>> neither =
        Map.of(
            "context", Map.of("goal-stated", false, "reason-given", true),
            "ticket", Map.of("aligned", true, "quick", false));

    assertThat(CredentialOutcome.fromJudgements(either, contextOnly, AT).earned()).isTrue();
    assertThat(CredentialOutcome.fromJudgements(either, neither, AT).explanation())
        .contains(
            "none of the ways to earn it holds: either Exit ticket at Strong or better,"
                + " or Context at Pass or better");
  }

  private static CredentialDefinition withRule(
      CredentialDefinition definition, EarningCondition rule) {
    return new CredentialDefinition(
        definition.id(),
        definition.version(),
        definition.revised(),
        definition.title(),
        definition.stack(),
        definition.competency(),
        definition.keyMethod(),
        definition.licence(),
        definition.introduction(),
        definition.guidance(),
        definition.research(),
        definition.resources(),
        definition.anonymity(),
        definition.parts(),
        new CredentialDefinition.EarningRule(definition.earning().text(), rule),
        definition.assessment());
  }
}
