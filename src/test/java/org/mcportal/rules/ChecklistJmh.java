package org.mcportal.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P7 of docs/performance.md: the whole checklist of a complete submission (completeness, bounds,
 * the credential's advisory checks and the identifiability scan, as the editor runs it) against a
 * plain word count of the same text, at 6,000 words and at 4 and 16 times that, to show that the
 * checklist stays linear. Run by {@code bench/run} under the {@code bench} Maven profile; it is not
 * a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecklistJmh {

  static final int WORDS = 6_000;

  @Param({"1", "4", "16"})
  public int scale;

  private CredentialDefinition definition;
  private SubmissionContent content;
  private List<Checklist.Check> scan;
  private String allText;

  @Setup
  public void prepare() {
    definition = HomeVisits.definition();
    content = submissionOf(definition, WORDS * scale);
    scan =
        List.of(
            IdentifiabilityScan.of(
                new IdentifyingDetails(
                    "Jordan Example",
                    "jordan@school.example",
                    "Riverside Elementary",
                    "North District",
                    List.of("Mateo", "Hodan", "Linh"))));
    StringBuilder text = new StringBuilder();
    content.answers().forEach(a -> text.append(a.markdown()).append("\n\n"));
    content.documents().forEach(d -> text.append(d.text()).append("\n\n"));
    allText = text.toString();
  }

  /** A complete draft whose answers hold about {@code total} words between them. */
  static SubmissionContent submissionOf(CredentialDefinition definition, int total) {
    Drafts draft = Drafts.complete(definition);
    List<Component> written =
        definition.components().stream()
            .filter(c -> c.response() != Component.ResponseKind.DOCUMENTS)
            .toList();
    for (Component component : written) {
      draft.words(component.id(), total / written.size());
    }
    return draft.build();
  }

  @Benchmark
  public Checklist checklist() {
    return Checklist.of(definition, content, scan);
  }

  /** The ceiling: words as runs of non-space characters, one pass, nothing else. */
  @Benchmark
  public int plainWordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < allText.length(); i++) {
      boolean space = Character.isWhitespace(allText.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The portal's own Markdown-aware count of the same text, for comparison. */
  @Benchmark
  public int markdownWordCount() {
    return WordCounter.count(allText);
  }
}
