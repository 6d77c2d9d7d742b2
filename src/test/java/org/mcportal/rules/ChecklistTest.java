package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.HomeVisits.OVERVIEW;
import static org.mcportal.rules.HomeVisits.PART_1;
import static org.mcportal.rules.HomeVisits.PART_2;
import static org.mcportal.rules.HomeVisits.PLANS;
import static org.mcportal.rules.HomeVisits.REFLECTION;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChecklistTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();

  @Test
  void completeSubmissionWithinBoundsCanBeSubmitted() {
    Checklist checklist = Checklist.of(HOME_VISITS, Drafts.complete(HOME_VISITS).build());
    assertTrue(checklist.canSubmit());
    assertEquals(List.of(), checklist.findings());
  }

  @Test
  void missingAnswerAndShortPartBothBlock() {
    SubmissionContent content =
        Drafts.complete(HOME_VISITS)
            .words(OVERVIEW, 180)
            .without(OVERVIEW, "q2", OptionalInt.empty())
            .build();
    Checklist checklist = Checklist.of(HOME_VISITS, content);
    assertFalse(checklist.canSubmit());
    assertEquals(List.of(Completeness.ANSWER_MISSING, BoundsCheck.BELOW_MIN), checklist.codes());
    assertEquals(
        "Part 1 has 120 words; it needs 200–400 words.", checklist.blocking().get(1).message());
  }

  @Test
  void findingsFollowTheCredentialsOrder() {
    SubmissionContent content =
        Drafts.complete(HOME_VISITS)
            .words(REFLECTION, 401)
            .without(PLANS, "plan1", OptionalInt.of(0))
            .subjects(PART_2, "Ana", "Ben")
            .words(OVERVIEW, 199)
            .build();
    List<String> places =
        Checklist.of(HOME_VISITS, content).findings().stream()
            .map(f -> f.location().componentId().orElse(f.location().partId()))
            .toList();
    assertEquals(List.of(OVERVIEW, PART_2, PLANS, REFLECTION), places);
  }

  @Test
  void advisoryFindingsDoNotBlock() {
    Checklist.Check looksIdentifiable =
        (definition, content) ->
            List.of(
                Finding.advisory(
                    "identifiable",
                    Location.component(PART_1, OVERVIEW).question("q2"),
                    "Part 1, question 2 may name your school."));
    Checklist checklist =
        Checklist.of(HOME_VISITS, Drafts.complete(HOME_VISITS).build(), List.of(looksIdentifiable));
    assertTrue(checklist.canSubmit());
    assertEquals(1, checklist.advisory().size());
    assertEquals(List.of(), checklist.blocking());
  }

  @Test
  void advisoryFindingsSitWithTheirComponent() {
    Checklist.Check onPlans =
        (definition, content) ->
            List.of(Finding.advisory("similar", Location.component(PART_2, PLANS), "Similar."));
    SubmissionContent content = Drafts.complete(HOME_VISITS).words(REFLECTION, 100).build();
    Checklist checklist = Checklist.of(HOME_VISITS, content, List.of(onPlans));
    assertEquals(List.of("similar", BoundsCheck.BELOW_MIN), checklist.codes());
    assertEquals(1, checklist.about(PLANS).size());
    assertEquals(1, checklist.about(REFLECTION).size());
  }

  @Test
  void codesAreStable() {
    assertEquals("subject-unnamed", Completeness.SUBJECT_UNNAMED);
    assertEquals("subject-duplicate", Completeness.SUBJECT_DUPLICATE);
    assertEquals("subject-extra", Completeness.SUBJECT_EXTRA);
    assertEquals("answer-missing", Completeness.ANSWER_MISSING);
    assertEquals("document-missing", Completeness.DOCUMENT_MISSING);
    assertEquals("document-unreadable", Completeness.DOCUMENT_UNREADABLE);
    assertEquals("words-below-min", BoundsCheck.BELOW_MIN);
    assertEquals("words-above-max", BoundsCheck.ABOVE_MAX);
  }
}
