package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SubmissionContentTest {

  @Test
  void twoAnswersInOnePlaceAreRejected() {
    List<Answer> answers =
        List.of(Answer.forSubject("c", "q1", 0, "one"), Answer.forSubject("c", "q1", 0, "two"));
    assertThrows(
        IllegalArgumentException.class, () -> new SubmissionContent(Map.of(), answers, List.of()));
  }

  @Test
  void sameQuestionForTwoSubjectsIsTwoPlaces() {
    List<Answer> answers =
        List.of(Answer.forSubject("c", "q1", 0, "one"), Answer.forSubject("c", "q1", 1, "two"));
    SubmissionContent content = new SubmissionContent(Map.of(), answers, List.of());
    assertEquals(
        Optional.of("two"), content.answer("c", "q1", OptionalInt.of(1)).map(Answer::markdown));
  }

  @Test
  void twoDocumentsForOneSubjectAreRejected() {
    List<Document> documents = List.of(new Document("n", 1, "a"), new Document("n", 1, "b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SubmissionContent(Map.of(), List.of(), documents));
  }

  @Test
  void pseudonymIsTrimmedAndBlankIsUnnamed() {
    SubmissionContent content =
        new SubmissionContent(Map.of("p", List.of("  Ana ", " ")), List.of(), List.of());
    assertEquals(Optional.of("Ana"), content.pseudonym("p", 0));
    assertEquals(Optional.empty(), content.pseudonym("p", 1));
    assertEquals(Optional.empty(), content.pseudonym("p", 2));
    assertEquals(Optional.empty(), content.pseudonym("other", 0));
  }
}
