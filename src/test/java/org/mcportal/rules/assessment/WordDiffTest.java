package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Document;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.WordDiff.Kind;
import org.mcportal.rules.assessment.WordDiff.Segment;

class WordDiffTest {

  /** Segments as "=text", "+text", "-text", joined by "|". */
  private static String render(WordDiff diff) {
    return diff.segments().stream()
        .map(
            s -> (s.kind() == Kind.UNCHANGED ? "=" : s.kind() == Kind.ADDED ? "+" : "-") + s.text())
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = ';',
      value = {
        "; ; ''",
        "a b c; a b c; =a b c",
        "; a b; +a b",
        "a b; ; -a b",
        "the cat sat; the dog sat; =the |-cat |+dog |=sat",
        "we met at home; we met at the library; =we met at |-home|+the library",
        "one two three; two three four; -one |=two three |+four",
        "a b c d; a x c y; =a |-b |+x |=c |-d|+y"
      })
  void wordsAreAddedRemovedOrUnchanged(String previous, String current, String expected) {
    assertEquals(
        expected,
        render(WordDiff.between(previous == null ? "" : previous, current == null ? "" : current)));
  }

  @Test
  void rewrappedLinesAreNotAChange() {
    WordDiff diff = WordDiff.between("We visited\non Monday.", "We visited on\n\nMonday.");
    assertTrue(diff.unchanged());
    assertEquals(List.of(new Segment(Kind.UNCHANGED, "We visited on\n\nMonday.")), diff.segments());
  }

  @Test
  void currentTextIsRebuiltFromUnchangedAndAddedSegments() {
    String previous = "  First we called.  Then we wrote a note.\nThen we visited.";
    String current = "  First we phoned the family.  Then we visited, twice.\n";
    WordDiff diff = WordDiff.between(previous, current);
    String rebuilt =
        diff.segments().stream()
            .filter(s -> s.kind() != Kind.REMOVED)
            .map(Segment::text)
            .collect(Collectors.joining());
    assertEquals(current, rebuilt);
  }

  @ParameterizedTest(name = "four edits with a cap of {0}: replaced whole {1}")
  @CsvSource({"3, true", "4, false", "5, false"})
  void beyondTheEditCapTheMiddleIsReplacedWhole(int cap, boolean whole) {
    // Two words changed: two removals and two additions.
    WordDiff diff = WordDiff.between("keep a same b keep", "keep x same y keep", cap);
    assertEquals(whole, diff.replacedWhole());
    assertEquals(
        whole ? "=keep |-a same b |+x same y |=keep" : "=keep |-a |+x |=same |-b |+y |=keep",
        render(diff));
  }

  @Test
  void twentyThousandWordsRewrittenFallBackToReplacedWhole() {
    String previous = words(20_000, "old");
    String current = words(20_000, "new");
    WordDiff diff = WordDiff.between(previous, current);
    assertTrue(diff.replacedWhole());
    assertEquals(2, diff.segments().size());
  }

  @Test
  void twentyThousandWordsWithAFewChangesAreDiffedWordByWord() {
    String previous = words(20_000, "w");
    String current = previous.replace("w100 ", "changed ").replace("w19000 ", "");
    WordDiff diff = WordDiff.between(previous, current);
    assertFalse(diff.replacedWhole());
    assertEquals(
        List.of(
            Kind.UNCHANGED, Kind.REMOVED, Kind.ADDED, Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED),
        diff.segments().stream().map(Segment::kind).toList());
  }

  private static String words(int count, String prefix) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i + " ").collect(Collectors.joining());
  }

  @Test
  void attemptsAreDiffedFieldByFieldForTheReopenedComponents() {
    SubmissionContent previous =
        new SubmissionContent(
            Map.of(),
            List.of(Answer.of("part-1", "why-this-credential", "To know families.")),
            List.of(new Document("artifact-3", 0, "Thank you.")));
    SubmissionContent current =
        new SubmissionContent(
            Map.of(),
            List.of(Answer.of("part-1", "why-this-credential", "To know families better.")),
            List.of(new Document("artifact-3", 0, "Thank you. Join us on Friday.")));
    AttemptDiff diff =
        AttemptDiff.between(
            Credentials.HOME_VISITS, previous, current, List.of("part-1", "artifact-3"));
    assertEquals(3 + 3, diff.fields().size());
    assertEquals(
        List.of("answer:part-1:why-this-credential", "document:artifact-3:0"),
        diff.changed().stream().map(AttemptDiff.FieldDiff::fieldKey).toList());
    assertEquals("=Thank you. |+Join us on Friday.", render(diff.changed().get(1).diff()));
  }
}
