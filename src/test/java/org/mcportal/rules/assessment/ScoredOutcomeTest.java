package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.assessment.Credentials.FIELD_NOTES;
import static org.mcportal.rules.assessment.Credentials.HOME_VISITS;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.CredentialOutcome;

class ScoredOutcomeTest {

  private static final Instant AT = Instant.parse("2026-04-20T15:00:00Z");

  private static ScoredOutcome score(ScoringSheet sheet) {
    return ScoredOutcome.of(HOME_VISITS, sheet, AT);
  }

  @Test
  void bestSheetEarnsAndSaysEachComponentReachedItsLevel() {
    ScoredOutcome scored = score(Credentials.best(HOME_VISITS));
    assertTrue(scored.outcome().earned());
    assertEquals("Earned", scored.explanation().headline());
    assertEquals(
        "Artifact 1 is Proficient, the level required.",
        scored.explanation().components().get(1).sentence());
    assertEquals(
        "Part 1 is Pass, the level required.", scored.explanation().components().get(0).sentence());
  }

  @Test
  void notEarnedExplanationReadsInTheRubricsWords() {
    ScoringSheet sheet =
        Credentials.unmet(HOME_VISITS, Credentials.best(HOME_VISITS), "artifact-3", "invitation");
    sheet = Credentials.unmet(HOME_VISITS, sheet, "artifact-1", "strategies", "opening-question");
    sheet =
        Credentials.update(
            sheet,
            "artifact-2",
            s ->
                s.withOverride(
                    "basic",
                    "Two of the three summaries repeat the same paragraph word for word."));

    ScoredOutcome scored = score(sheet);

    assertInstanceOf(CredentialOutcome.NotEarned.class, scored.outcome());
    assertEquals(
        """
        **Not earned: 3 of 5 components are below the level required.**

        Part 1 is Pass, the level required.

        The rubric describes Pass as:

        > Response provides reasonable and accurate information that justifies the choice of this \
        micro-credential to address specific needs of both the teacher and the student. Educators \
        include a learning goal that describes what they hope to gain from earning this \
        micro-credential.

        Artifact 1 is Basic, below Proficient, the level required, because the explanation does \
        not include specific strategies to put families at ease and the opening question was not \
        open ended, warm and positive.

        The rubric describes Basic as:

        > Fewer than three students were chosen
        >
        > or
        >
        > Not all questions were addressed
        >
        > or
        >
        > Evidence of accommodating the families' needs is missing
        >
        > or
        >
        > Explanation did not include specific strategies to put families at ease.

        Artifact 2 is Basic, below Proficient, the level required. The assessor chose this level \
        over the one the criteria give (Proficient) and recorded why.

        The rubric describes Basic as:

        > Not all questions were answered for all three students
        >
        > or
        >
        > Reflection lacks depth
        >
        > or
        >
        > Explanations lack evidence of impact on perceptions or classroom practice

        Artifact 3 is Basic, below Proficient, the level required, because an invitation is \
        missing.

        The rubric describes Basic as:

        > Fewer than three thank you notes were uploaded
        >
        > or
        >
        > Thank you notes were identical to each other and didn’t include a personal note/detail \
        about the experience
        >
        > or
        >
        > Invitation for a follow-activity or visit was missing on one or all of the notes.

        Part 3 is Pass, the level required.

        The rubric describes Pass as:

        > Reflection provides evidence that this activity has had a positive impact on both \
        educator practice and student success. Specific examples are cited to support claims. \
        Also included are specific actionable steps that demonstrate how new learning will be \
        integrated into future practices.
        """,
        scored.explanation().toMarkdown());
  }

  @Test
  void overrideKeepsTheDerivedLevelAndDecidesOnTheFinalOne() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.unmet(
                HOME_VISITS, Credentials.best(HOME_VISITS), "artifact-3", "invitation"),
            "artifact-3",
            s -> s.withOverride("proficient", "Each note invites the family, in the postscript."));
    ScoredOutcome scored = score(sheet);
    ScoredComponent notes = scored.components().get(3);
    assertEquals("basic", notes.derived().orElseThrow().levelId());
    assertEquals(Optional.of("proficient"), notes.finalLevelId());
    assertTrue(notes.overridden());
    assertTrue(scored.outcome().earned());
    assertFalse(scored.explanation().toMarkdown().contains("postscript"));
  }

  @Test
  void failedPassFailPartHasNoDescriptorOfItsLevel() {
    ScoringSheet sheet =
        Credentials.unmet(HOME_VISITS, Credentials.best(HOME_VISITS), "part-1", "learning-goal");
    OutcomeExplanation.ComponentExplanation part1 = score(sheet).explanation().components().get(0);
    assertEquals(
        "Part 1 is Fail, below Pass, the level required, because no learning goal is included.",
        part1.sentence());
    assertEquals(Optional.empty(), part1.descriptor());
    assertEquals(
        "Not earned: 1 of 5 components is below the level required.",
        score(sheet).explanation().headline());
  }

  @Test
  void unfinishedSheetIsUndecidedAndSaysWhichComponentsHaveNoLevel() {
    ScoringSheet sheet =
        ScoringSheet.empty()
            .with("part-1", Credentials.best(HOME_VISITS).component("part-1").orElseThrow());
    ScoredOutcome scored = score(sheet);
    assertInstanceOf(CredentialOutcome.Undecided.class, scored.outcome());
    assertEquals(
        "Not decided: 4 of 5 components have no level yet.", scored.explanation().headline());
    assertEquals(
        "Artifact 1 has no level yet.", scored.explanation().components().get(1).sentence());
  }

  // Log criteria in order: two-learners, dated, detail, next-step, thin.
  @ParameterizedTest(name = "field-notes log judged {0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "11110; Log is Exemplary, above Accomplished, the level required.",
        "11100; Log is Accomplished, the level required.",
        "10110; Log is Accomplished, the level required.",
        "11010; Log is Emerging, below Accomplished, the level required, because entries lack"
            + " detail.",
        "00111; Log is Beginning, below Accomplished, the level required, because a learner is"
            + " missing and an entry is undated."
      })
  void fieldNotesLogIsExplainedAgainstItsRequiredLevel(String bits, String sentence) {
    ScoringSheet sheet = Credentials.best(FIELD_NOTES);
    String[] criteria = {"two-learners", "dated", "detail", "next-step", "thin"};
    for (int i = 0; i < criteria.length; i++) {
      if (bits.charAt(i) == '0') {
        sheet = Credentials.unmet(FIELD_NOTES, sheet, "field-log", criteria[i]);
      } else {
        String met = criteria[i];
        sheet =
            Credentials.update(
                sheet,
                "field-log",
                s -> {
                  var judgements = new java.util.LinkedHashMap<>(s.judgements());
                  judgements.put(met, ScoringSheet.Judgement.MET);
                  return ScoringSheet.ComponentScore.of(judgements);
                });
      }
    }
    ScoredOutcome scored = ScoredOutcome.of(FIELD_NOTES, sheet, AT);
    assertEquals(sentence, scored.explanation().components().get(1).sentence());
  }
}
