package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricEvaluatorTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();

  private static Component component(CredentialDefinition definition, String id) {
    return definition.component(id).orElseThrow();
  }

  private static ComponentResult rate(Component component, Map<String, Boolean> judgements) {
    return assertInstanceOf(ComponentResult.class, RubricEvaluator.evaluate(component, judgements));
  }

  /** Reasons separated by "|"; "*" for every criterion of the rubric that has an unmet phrase. */
  private static List<String> reasons(Rubric rubric, String reasons) {
    if ("*".equals(reasons)) {
      return rubric.criteria().stream().flatMap(c -> c.unmet().stream()).toList();
    }
    return reasons == null ? List.of() : Arrays.asList(reasons.split("\\|"));
  }

  // Criteria in the rubric's order: three-students, questions-complete, family-time-place,
  // strategies, opening-question, minimal-responses.
  @ParameterizedTest(name = "Artifact 1 judged {0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "111110; proficient; Proficient;",
        "111111; proficient; Proficient;",
        "011110; basic; Basic; fewer than three students were chosen",
        "101110; basic; Basic; not all questions were addressed",
        "110110; basic; Basic; evidence of accommodating the families' needs is missing",
        "111010; basic; Basic; the explanation does not include specific strategies",
        "111100; basic; Basic; the opening question was not open ended, warm and positive",
        "011111; developing; Developing; fewer than three students were chosen",
        "000001; developing; Developing; *",
        "000000; basic; Basic; *"
      })
  void preVisitPlansGetTheLowestLevelThatHolds(
      String bits, String levelId, String levelLabel, String reasons) {
    Component plans = component(HOME_VISITS, HomeVisits.PLANS);
    ComponentResult result = rate(plans, Judgements.bits(plans.rubric(), bits));
    List<String> unmet = new ArrayList<>();
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) == '0') {
        unmet.add(plans.rubric().criteria().get(i).id());
      }
    }
    assertEquals(
        new ComponentResult(
            HomeVisits.PLANS, levelId, levelLabel, reasons(plans.rubric(), reasons), unmet),
        result);
  }

  @ParameterizedTest(name = "{0} judged {1} is {2}")
  @CsvSource({
    "visit-summaries, 111, proficient",
    "visit-summaries, 011, basic",
    "visit-summaries, 101, basic",
    "visit-summaries, 110, basic",
    "visit-summaries, 001, basic",
    "visit-summaries, 010, basic",
    "visit-summaries, 100, basic",
    "visit-summaries, 000, developing",
    "post-visits, 111, proficient",
    "post-visits, 011, basic",
    "post-visits, 101, basic",
    "post-visits, 110, basic",
    "post-visits, 001, basic",
    "post-visits, 010, basic",
    "post-visits, 100, basic",
    "post-visits, 000, developing"
  })
  void threeCriterionArtifactsAreProficientBasicOrDeveloping(
      String componentId, String bits, String levelId) {
    Component component = component(HOME_VISITS, componentId);
    assertEquals(levelId, rate(component, Judgements.bits(component.rubric(), bits)).levelId());
  }

  @Test
  void thankYouNotesWithoutInvitationAreBasicBecauseAnInvitationIsMissing() {
    Component notes = component(HOME_VISITS, HomeVisits.NOTES);
    ComponentResult result = rate(notes, Judgements.unmet(notes.rubric(), "invitation"));
    assertEquals("Basic", result.levelLabel());
    assertEquals(List.of(HomeVisits.INVITATION_MISSING), result.reasons());
  }

  @ParameterizedTest(name = "{0} judged {1} is {2}")
  @CsvSource({
    "overview, 11, pass",
    "overview, 10, fail",
    "overview, 01, fail",
    "overview, 00, fail",
    "reflection, 111, pass",
    "reflection, 011, fail",
    "reflection, 101, fail",
    "reflection, 110, fail",
    "reflection, 000, fail"
  })
  void passFailPartsPassOnlyWhenEveryCriterionIsMet(
      String componentId, String bits, String levelId) {
    Component component = component(HOME_VISITS, componentId);
    assertEquals(levelId, rate(component, Judgements.bits(component.rubric(), bits)).levelId());
  }

  @Test
  void failedPartGivesTheUnmetPhrase() {
    Component overview = component(HOME_VISITS, HomeVisits.OVERVIEW);
    ComponentResult result = rate(overview, Judgements.unmet(overview.rubric(), "learning-goal"));
    assertEquals("Fail", result.levelLabel());
    assertEquals(List.of(HomeVisits.NO_LEARNING_GOAL), result.reasons());
  }

  @Test
  void missingJudgementsAreListedNotGuessed() {
    Component plans = component(HOME_VISITS, HomeVisits.PLANS);
    Map<String, Boolean> judgements = Judgements.allMet(plans.rubric());
    judgements.remove("minimal-responses");
    judgements.remove("strategies");
    UnjudgedCriteria unjudged =
        assertInstanceOf(UnjudgedCriteria.class, RubricEvaluator.evaluate(plans, judgements));
    assertEquals(List.of("strategies", "minimal-responses"), unjudged.criteria());
    assertEquals(
        "Artifact 1: not all criteria judged: strategies, minimal-responses.", unjudged.message());
  }

  @Test
  void nullJudgementIsNoJudgement() {
    Component notes = component(HOME_VISITS, HomeVisits.NOTES);
    Map<String, Boolean> judgements = new HashMap<>(Judgements.allMet(notes.rubric()));
    judgements.put("invitation", null);
    assertInstanceOf(UnjudgedCriteria.class, RubricEvaluator.evaluate(notes, judgements));
  }

  @Test
  void noJudgementsAtAllListsEveryCriterionTheLevelsRead() {
    Component plans = component(HOME_VISITS, HomeVisits.PLANS);
    UnjudgedCriteria unjudged =
        assertInstanceOf(UnjudgedCriteria.class, RubricEvaluator.evaluate(plans, Map.of()));
    assertEquals(6, unjudged.criteria().size());
  }

  @Test
  void judgementsOfUnknownCriteriaAreIgnored() {
    Component notes = component(HOME_VISITS, HomeVisits.NOTES);
    Map<String, Boolean> judgements = Judgements.allMet(notes.rubric());
    judgements.put("not-a-criterion", false);
    assertEquals("proficient", rate(notes, judgements).levelId());
  }

  // Criteria: evidence, analysis, next-steps.
  @ParameterizedTest(name = "observation notes judged {0} are {1}")
  @CsvSource({
    "111, exemplary, ",
    "110, accomplished, no next steps are named",
    "011, emerging, the notes cite no evidence",
    "101, emerging, the notes do not analyse practice",
    "000, beginning, *"
  })
  void fourLevelRubricReachesEachLevel(String bits, String levelId, String reasons) {
    Component notes = component(PeerObservation.definition(), PeerObservation.NOTES);
    ComponentResult result = rate(notes, Judgements.bits(notes.rubric(), bits));
    assertEquals(levelId, result.levelId());
    assertEquals(reasons(notes.rubric(), reasons), result.reasons());
  }
}
