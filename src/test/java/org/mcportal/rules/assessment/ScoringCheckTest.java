package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.assessment.Credentials.FIELD_NOTES;
import static org.mcportal.rules.assessment.Credentials.HOME_VISITS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Document;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.ScoringProblem.Code;
import org.mcportal.rules.assessment.ScoringSheet.ComponentScore;
import org.mcportal.rules.assessment.ScoringSheet.EvidenceQuote;
import org.mcportal.rules.assessment.ScoringSheet.Judgement;

class ScoringCheckTest {

  private static final String WHY_FAMILY =
      "I chose this family because the\nmother asked about   reading at home.";
  private static final String NOTE =
      "Thank you for the tea and the tour of your garden. Please join us at the reading night.";

  private static final SubmissionContent CONTENT =
      new SubmissionContent(
          Map.of(),
          List.of(Answer.forSubject("artifact-1", "why-this-family", 0, WHY_FAMILY)),
          List.of(new Document("artifact-3", 1, NOTE)));

  private static List<ScoringProblem> problems(ScoringSheet sheet) {
    return ScoringCheck.problems(HOME_VISITS, CONTENT, sheet);
  }

  private static List<Code> codes(ScoringSheet sheet) {
    return problems(sheet).stream().map(ScoringProblem::code).toList();
  }

  @Test
  void bestSheetMaySubmit() {
    assertEquals(List.of(), problems(Credentials.best(HOME_VISITS)));
    assertTrue(ScoringCheck.maySubmit(HOME_VISITS, CONTENT, Credentials.best(HOME_VISITS)));
  }

  @Test
  void emptySheetListsEveryCriterionOfEveryComponentAsUnjudged() {
    List<ScoringProblem> problems = problems(ScoringSheet.empty());
    int criteria =
        HOME_VISITS.components().stream().mapToInt(c -> c.rubric().criteria().size()).sum();
    assertEquals(criteria, problems.size());
    assertTrue(problems.stream().allMatch(p -> p.code() == Code.UNJUDGED_CRITERION));
    assertEquals("part-1", problems.get(0).componentId());
    assertEquals(Optional.of("justifies-choice"), problems.get(0).criterionId());
  }

  @Test
  void oneUnjudgedCriterionIsNamedWithTheRubricsWords() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "artifact-3",
            score -> {
              Map<String, Judgement> judgements = new LinkedHashMap<>(score.judgements());
              judgements.put("invitation", Judgement.UNJUDGED);
              return ComponentScore.of(judgements);
            });
    ScoringProblem problem = problems(sheet).get(0);
    assertEquals(Code.UNJUDGED_CRITERION, problem.code());
    assertEquals(Optional.of("invitation"), problem.criterionId());
    assertEquals(
        "Artifact 3: judge “Each thank you note included an invitation for a follow-up activity"
            + " or visit.” met or unmet.",
        problem.message());
  }

  @Test
  void judgementOfACriterionTheRubricLacksIsAProblem() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "part-1",
            score -> {
              Map<String, Judgement> judgements = new LinkedHashMap<>(score.judgements());
              judgements.put("invitation", Judgement.MET);
              return ComponentScore.of(judgements);
            });
    assertEquals(List.of(Code.UNKNOWN_CRITERION), codes(sheet));
  }

  @Test
  void componentTheVersionLacksIsAProblem() {
    ScoringSheet sheet =
        Credentials.best(HOME_VISITS).with("artifact-9", ComponentScore.of(Map.of()));
    assertEquals(List.of(Code.UNKNOWN_COMPONENT), codes(sheet));
  }

  @Test
  void overrideToALevelTheRubricLacksIsAProblem() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "artifact-1",
            score -> score.withOverride("exemplary", "The plans go well beyond the rubric here."));
    assertEquals(List.of(Code.OVERRIDE_LEVEL_UNKNOWN), codes(sheet));
  }

  @ParameterizedTest(name = "justification of {0} characters accepted: {1}")
  @CsvSource({"0, false", "19, false", "20, true", "400, true"})
  void overrideNeedsAJustificationOfTwentyCharacters(int length, boolean accepted) {
    String justification = "  " + "j".repeat(length) + "\n";
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "artifact-2",
            score -> score.withOverride("basic", justification).withFeedback("Say more, please."));
    assertEquals(
        accepted ? List.of() : List.of(Code.OVERRIDE_JUSTIFICATION_TOO_SHORT), codes(sheet));
  }

  @Test
  void overrideToTheDerivedLevelNeedsNoJustification() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "artifact-2",
            score -> score.withOverride("proficient", ""));
    assertEquals(List.of(), codes(sheet));
  }

  @ParameterizedTest(name = "{0} with {1} unmet and feedback \"{2}\": {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "artifact-3; invitation; ''; FEEDBACK_MISSING",
        "artifact-3; invitation; '  \n '; FEEDBACK_MISSING",
        "artifact-3; invitation; Add an invitation to each note.; ",
        "part-3; specific-examples; ''; FEEDBACK_MISSING",
        "part-3; specific-examples; Cite one student's reaction.; "
      })
  void componentBelowItsRequiredLevelNeedsFeedback(
      String componentId, String criterion, String feedback, Code expected) {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.unmet(HOME_VISITS, Credentials.best(HOME_VISITS), componentId, criterion),
            componentId,
            score -> score.withFeedback(feedback));
    assertEquals(expected == null ? List.of() : List.of(expected), codes(sheet));
  }

  @Test
  void overrideBelowTheRequiredLevelNeedsFeedbackToo() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "part-1",
            score -> score.withOverride("fail", "The goal names no need of the students at all."));
    List<ScoringProblem> problems = problems(sheet);
    assertEquals(List.of(Code.FEEDBACK_MISSING), codes(sheet));
    assertEquals(
        "Part 1 is Fail, below the level required: write feedback for the educator.",
        problems.get(0).message());
  }

  @Test
  void fieldNotesLogAtAccomplishedNeedsNoFeedbackButAtEmergingDoes() {
    SubmissionContent none = SubmissionContent.empty();
    ScoringSheet accomplished =
        Credentials.unmet(FIELD_NOTES, Credentials.best(FIELD_NOTES), "field-log", "next-step");
    assertEquals(List.of(), ScoringCheck.problems(FIELD_NOTES, none, accomplished));
    ScoringSheet emerging = Credentials.unmet(FIELD_NOTES, accomplished, "field-log", "detail");
    assertEquals(
        List.of(Code.FEEDBACK_MISSING),
        ScoringCheck.problems(FIELD_NOTES, none, emerging).stream()
            .map(ScoringProblem::code)
            .toList());
  }

  private static ScoringSheet quoting(String componentId, EvidenceQuote quote) {
    return Credentials.update(
        Credentials.best(HOME_VISITS), componentId, score -> score.withEvidence(quote));
  }

  @ParameterizedTest(name = "quote \"{0}\" from {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the mother asked about reading; answer:artifact-1:why-this-family:0; ",
        "I chose this family because the mother asked about reading at home.;"
            + " answer:artifact-1:why-this-family:0; ",
        "the father asked; answer:artifact-1:why-this-family:0; EVIDENCE_NOT_FOUND",
        "The mother asked; answer:artifact-1:why-this-family:0; EVIDENCE_NOT_FOUND",
        "the mother asked; answer:artifact-1:why-this-family:1; EVIDENCE_NOT_FOUND",
        "the mother asked; answer:artifact-1:time-and-place:0; EVIDENCE_NOT_FOUND",
        "the mother asked; answer:artifact-1:no-such-question:0; EVIDENCE_FIELD_UNKNOWN",
        "the mother asked; answer:artifact-2:family-comfort:0; EVIDENCE_FIELD_UNKNOWN",
        "the mother asked; subject:part-2:0; EVIDENCE_FIELD_UNKNOWN",
        "the mother asked; private-name:part-2:0; EVIDENCE_FIELD_UNKNOWN",
        "the mother asked; nonsense; EVIDENCE_FIELD_UNKNOWN"
      })
  void quoteMustOccurInTheFieldItNames(String passage, String field, Code expected) {
    ScoringSheet sheet =
        quoting("artifact-1", new EvidenceQuote("family-time-place", passage, field));
    assertEquals(expected == null ? List.of() : List.of(expected), codes(sheet));
  }

  @Test
  void quoteMatchesWhateverTheWhitespace() {
    ScoringSheet sheet =
        quoting(
            "artifact-1",
            new EvidenceQuote(
                "family-time-place",
                "  the\tmother  asked\u00a0about\r\n reading ",
                "answer:artifact-1:why-this-family:0"));
    assertEquals(List.of(), codes(sheet));
  }

  @Test
  void quoteFromADocumentOfTheComponentIsFound() {
    ScoringSheet sheet =
        quoting(
            "artifact-3",
            new EvidenceQuote(
                "invitation", "Please join us at the reading night.", "document:artifact-3:1"));
    assertEquals(List.of(), codes(sheet));
  }

  @ParameterizedTest(name = "quote of {0} characters accepted: {1}")
  @CsvSource({"2, false", "3, true", "1000, true", "1001, false"})
  void quoteIsThreeToAThousandCharacters(int length, boolean accepted) {
    String text = "x".repeat(1001);
    SubmissionContent content =
        new SubmissionContent(
            Map.of(), List.of(Answer.of("part-1", "why-this-credential", text)), List.of());
    ScoringSheet sheet =
        Credentials.update(
            Credentials.best(HOME_VISITS),
            "part-1",
            score ->
                score.withEvidence(
                    new EvidenceQuote(
                        "learning-goal", "x".repeat(length), "answer:part-1:why-this-credential")));
    List<Code> codes =
        ScoringCheck.problems(HOME_VISITS, content, sheet).stream()
            .map(ScoringProblem::code)
            .toList();
    assertEquals(accepted ? List.of() : List.of(Code.EVIDENCE_LENGTH), codes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"three-notes", "no-such-criterion"})
  void evidenceForACriterionTheComponentLacksIsAProblem(String criterion) {
    ScoringSheet sheet =
        quoting(
            "artifact-1",
            new EvidenceQuote(
                criterion, "the mother asked", "answer:artifact-1:why-this-family:0"));
    assertEquals(List.of(Code.EVIDENCE_CRITERION_UNKNOWN), codes(sheet));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ScoringSheet sheet =
        Credentials.update(
            Credentials.unmet(
                HOME_VISITS, Credentials.best(HOME_VISITS), "artifact-3", "invitation"),
            "artifact-3",
            score ->
                score
                    .withOverride("developing", "short")
                    .withEvidence(new EvidenceQuote("invitation", "no", "document:artifact-3:0")));
    assertEquals(
        List.of(Code.OVERRIDE_JUSTIFICATION_TOO_SHORT, Code.FEEDBACK_MISSING, Code.EVIDENCE_LENGTH),
        codes(sheet));
  }
}
