package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.HomeVisits.NOTES;
import static org.mcportal.rules.HomeVisits.OVERVIEW;
import static org.mcportal.rules.HomeVisits.PART_1;
import static org.mcportal.rules.HomeVisits.PART_2;
import static org.mcportal.rules.HomeVisits.PLANS;
import static org.mcportal.rules.HomeVisits.SUMMARIES;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompletenessTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();

  private static List<Finding> findings(Drafts draft) {
    return Completeness.check(HOME_VISITS, draft.build());
  }

  @Test
  void completeSubmissionHasNoFindings() {
    assertEquals(List.of(), findings(Drafts.complete(HOME_VISITS)));
  }

  @Test
  void completeSubmissionOfAnotherCredentialHasNoFindings() {
    CredentialDefinition other = PeerObservation.definition();
    assertEquals(List.of(), Completeness.check(other, Drafts.complete(other).build()));
  }

  @Test
  void threeStudentsNamedIsComplete() {
    assertEquals(
        List.of(), findings(Drafts.complete(HOME_VISITS).subjects(PART_2, "Ana", "Ben", "Cai")));
  }

  @ParameterizedTest(name = "student {0} of three left unnamed")
  @ValueSource(ints = {0, 1, 2})
  void twoOfThreeStudentsNamedIsBlocking(int unnamed) {
    String[] names = {"Ana", "Ben", "Cai"};
    names[unnamed] = "  ";
    List<Finding> findings = findings(Drafts.complete(HOME_VISITS).subjects(PART_2, names));
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(Completeness.SUBJECT_UNNAMED, finding.code());
    assertTrue(finding.blocks());
    assertEquals(Location.part(PART_2).subject(unnamed), finding.location());
    assertEquals("Part 2: student " + (unnamed + 1) + " has no pseudonym yet.", finding.message());
  }

  @Test
  void onlyTwoStudentsEnteredLeavesTheThirdUnnamed() {
    List<Finding> findings = findings(Drafts.complete(HOME_VISITS).subjects(PART_2, "Ana", "Ben"));
    assertEquals(
        List.of(Completeness.SUBJECT_UNNAMED), findings.stream().map(Finding::code).toList());
    assertEquals(OptionalInt.of(2), findings.get(0).location().subject());
  }

  @Test
  void noStudentsEnteredLeavesAllUnnamed() {
    SubmissionContent content =
        new SubmissionContent(
            java.util.Map.of(),
            Drafts.complete(HOME_VISITS).build().answers(),
            Drafts.complete(HOME_VISITS).build().documents());
    assertEquals(3, Completeness.check(HOME_VISITS, content).size());
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({"Ana, Ana", "Ana, ana", "'Ana ', ' ANA'"})
  void sameStudentTwiceIsBlocking(String first, String second) {
    List<Finding> findings =
        findings(Drafts.complete(HOME_VISITS).subjects(PART_2, first, "Ben", second));
    assertEquals(1, findings.size());
    assertEquals(Completeness.SUBJECT_DUPLICATE, findings.get(0).code());
    assertEquals(Location.part(PART_2).subject(2), findings.get(0).location());
    assertTrue(
        findings.get(0).message().startsWith("Part 2: students 1 and 3 have the same pseudonym"));
  }

  @Test
  void fourthStudentIsOneTooMany() {
    List<Finding> findings =
        findings(Drafts.complete(HOME_VISITS).subjects(PART_2, "Ana", "Ben", "Cai", "Dee"));
    assertEquals(
        List.of(Completeness.SUBJECT_EXTRA), findings.stream().map(Finding::code).toList());
    assertEquals("Part 2 names 4 students; it asks for 3.", findings.get(0).message());
  }

  @Test
  void blankFourthEntryIsNotAStudent() {
    assertEquals(
        List.of(),
        findings(Drafts.complete(HOME_VISITS).subjects(PART_2, "Ana", "Ben", "Cai", "")));
  }

  @ParameterizedTest(name = "{0}, {1}, student {2}")
  @CsvSource({
    "pre-visit-plans, plan1, 0",
    "pre-visit-plans, plan3, 1",
    "pre-visit-plans, plan7, 2",
    "visit-summaries, summary1, 2",
    "visit-summaries, summary6, 0"
  })
  void oneUnansweredQuestionForOneStudentIsOneFinding(
      String componentId, String questionId, int student) {
    List<Finding> findings =
        findings(
            Drafts.complete(HOME_VISITS).without(componentId, questionId, OptionalInt.of(student)));
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(Completeness.ANSWER_MISSING, finding.code());
    assertTrue(finding.blocks());
    assertEquals(
        Location.component(PART_2, componentId).question(questionId).subject(student),
        finding.location());
  }

  @Test
  void unansweredQuestionNamesComponentQuestionAndStudent() {
    Finding finding =
        findings(Drafts.complete(HOME_VISITS).without(PLANS, "plan3", OptionalInt.of(1))).get(0);
    assertEquals("Artifact 1, question 3: no answer for student 2 (Ben) yet.", finding.message());
  }

  @Test
  void unansweredQuestionOfAnUnnamedStudentSaysWhichStudent() {
    List<Finding> findings =
        findings(
            Drafts.complete(HOME_VISITS)
                .subjects(PART_2, "Ana", "", "Cai")
                .without(SUMMARIES, "summary2", OptionalInt.of(1)));
    assertEquals("Artifact 2, question 2: no answer for student 2 yet.", findings.get(1).message());
  }

  @Test
  void unansweredQuestionOfAPartWithoutStudentsHasNoSubject() {
    List<Finding> findings =
        findings(Drafts.complete(HOME_VISITS).without(OVERVIEW, "q2", OptionalInt.empty()));
    assertEquals(1, findings.size());
    assertEquals(Location.component(PART_1, OVERVIEW).question("q2"), findings.get(0).location());
    assertEquals("Part 1, question 2: no answer yet.", findings.get(0).message());
  }

  @ParameterizedTest(name = "answer {0}")
  @ValueSource(
      strings = {"", "   ", "\n\n", "**", "# ", "- \n- ", "> ", "---", "<br>", "[](x)", "🙂"})
  void answerWithoutAWordIsUnanswered(String markdown) {
    List<Finding> findings =
        findings(Drafts.complete(HOME_VISITS).answer(PLANS, "plan2", 2, markdown));
    assertEquals(
        List.of(Completeness.ANSWER_MISSING), findings.stream().map(Finding::code).toList());
  }

  @Test
  void answerForAnotherStudentDoesNotFillTheGap() {
    List<Finding> findings =
        findings(
            Drafts.complete(HOME_VISITS)
                .without(PLANS, "plan1", OptionalInt.of(0))
                .answer(PLANS, "plan1", Texts.words(10)));
    assertEquals(1, findings.size());
  }

  @ParameterizedTest(name = "no note for student {0}")
  @ValueSource(ints = {0, 1, 2})
  void missingThankYouNoteIsBlocking(int student) {
    List<Finding> findings = findings(Drafts.complete(HOME_VISITS).withoutDocument(NOTES, student));
    assertEquals(1, findings.size());
    assertEquals(Completeness.DOCUMENT_MISSING, findings.get(0).code());
    assertEquals(Location.component(PART_2, NOTES).subject(student), findings.get(0).location());
  }

  @Test
  void missingNoteNamesTheStudent() {
    Finding finding = findings(Drafts.complete(HOME_VISITS).withoutDocument(NOTES, 2)).get(0);
    assertEquals("Artifact 3: no document for student 3 (Cai) yet.", finding.message());
  }

  @Test
  void aFileWithoutReadableTextOnlyAdvisesBecauseTheAssessorReadsIt() {
    List<Finding> findings = findings(Drafts.complete(HOME_VISITS).document(NOTES, 1, " \n "));
    assertEquals(
        List.of(Completeness.DOCUMENT_UNREADABLE), findings.stream().map(Finding::code).toList());
    assertFalse(findings.get(0).blocks());
    assertTrue(findings.get(0).message().contains("for student 2 (Ben); the assessor will read"));
  }

  @Test
  void aScanStillBeingRecognisedOnlyAdvisesThatTheChecksFollow() {
    List<Finding> findings = findings(Drafts.complete(HOME_VISITS).recognising(NOTES, 1, ""));
    assertEquals(
        List.of(Completeness.DOCUMENT_RECOGNISING), findings.stream().map(Finding::code).toList());
    assertFalse(findings.get(0).blocks());
    assertTrue(findings.get(0).message().contains("recognising the scanned pages"));
  }

  @Test
  void theInvitationCheckWaitsForTheRecognisedText() {
    SubmissionContent pending =
        Drafts.complete(HOME_VISITS).recognising(NOTES, 1, "Dear family, thank you.").build();
    SubmissionContent read =
        Drafts.complete(HOME_VISITS).document(NOTES, 1, "Dear family, thank you.").build();

    assertTrue(InvitationCheck.findings(HOME_VISITS, pending).isEmpty());
    assertEquals(
        List.of("invitation-not-found"),
        InvitationCheck.findings(HOME_VISITS, read).stream().map(Finding::code).toList());
  }

  @Test
  void twoColleaguesNeedTwoLessonPlans() {
    CredentialDefinition other = PeerObservation.definition();
    List<Finding> findings =
        Completeness.check(
            other, Drafts.complete(other).withoutDocument(PeerObservation.LESSON_PLANS, 1).build());
    assertEquals(1, findings.size());
    assertEquals(
        Location.component(PeerObservation.OBSERVE, PeerObservation.LESSON_PLANS).subject(1),
        findings.get(0).location());
    assertEquals("Lesson plans: no document for colleague 2 (Ben) yet.", findings.get(0).message());
  }

  @Test
  void emptySubmissionListsEveryMissingPlace() {
    List<Finding> findings = Completeness.check(HOME_VISITS, SubmissionContent.empty());
    // 3 names, 3 overview answers, 3 x 7 plans, 3 x 6 summaries, 3 notes, 3 reflection answers.
    assertEquals(3 + 3 + 21 + 18 + 3 + 3, findings.size());
    assertTrue(findings.stream().allMatch(Finding::blocks));
  }
}
