package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word counter under generated input: text built from the characters Markdown, HTML and Unicode
 * make hard (emphasis runs, brackets, backticks, combining marks, surrogate pairs, zero-width and
 * bidirectional controls). It must never throw, never count more words than there are code points,
 * give the same answer twice, and answer within a fixed time even for long, pathological runs. The
 * examples are the shapes that once looked risky, kept as regressions.
 */
class WordCounterFuzzTest {

  // Generous: the build machines are shared and loaded; a hang or a blow-up takes far longer.
  private static final Duration BUDGET = Duration.ofSeconds(5);

  @Property(tries = 1500)
  void anyTextCountsWithinBoundsAndTheSameEachTime(@ForAll("hostileText") String text) {
    long started = System.nanoTime();
    int count = WordCounter.count(text);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
    assertThat(count).isBetween(0, text.codePointCount(0, text.length()));
    assertThat(WordCounter.count(text)).isEqualTo(count);
    if (WordCounter.isBlank(text)) {
      assertThat(count).isZero();
    }
  }

  @Property(tries = 60)
  void longRepetitiveRunsStayFast(@ForAll("pathologicalRun") String text) {
    long started = System.nanoTime();
    WordCounter.count(text);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
  }

  @Example
  void deeplyNestedBracketsAndEmphasis() {
    String text = "[".repeat(20_000) + "word" + "](".repeat(20_000) + "*_".repeat(20_000);
    long started = System.nanoTime();
    assertThat(WordCounter.count(text)).isGreaterThanOrEqualTo(0);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
  }

  @Example
  void loneSurrogatesAndControlsAreNotWords() {
    assertThat(WordCounter.count("\uD800 \uDC00 \u0000 \u200B \u202E")).isLessThanOrEqualTo(2);
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<Character> awkward =
        Arbitraries.of(
            '*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '!', '\\', '|', '-', '+', '~', '\n',
            '\r', '\t', ' ', '\u00a0', '\u200b', '\u200d', '\u202e', '\u0301', '\ufeff', '\u2028',
            '\'', '’', '—', '-', '.', '&', ';');
    Arbitrary<Character> letters = Arbitraries.chars().alpha().numeric();
    Arbitrary<Character> anyChar = Arbitraries.chars().all();
    Arbitrary<Character> mixed =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, letters),
            net.jqwik.api.Tuple.of(4, awkward),
            net.jqwik.api.Tuple.of(1, anyChar));
    return mixed.list().ofMaxSize(2_000).map(WordCounterFuzzTest::join);
  }

  @Provide
  Arbitrary<String> pathologicalRun() {
    return Arbitraries.of("*", "_", "`", "[", "](", "<", "\\", "word ", "- ", "# ", "    ", "\n")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            unit ->
                Arbitraries.integers()
                    .between(1_000, 50_000)
                    .map(times -> String.join("", unit).repeat(Math.max(1, times / unit.size()))));
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }
}
