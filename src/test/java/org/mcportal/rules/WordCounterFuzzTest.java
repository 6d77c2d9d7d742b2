package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.Fuzz;

/**
 * The word counter under generated input: text built from the characters Markdown, HTML and Unicode
 * make hard (emphasis runs, brackets, backticks, combining marks, surrogate pairs, zero-width and
 * bidirectional controls). It must never throw, never count more words than there are code points,
 * give the same answer twice, and answer within a fixed time even for long, pathological runs. The
 * fixed examples are the shapes that once looked risky, kept as regressions.
 */
class WordCounterFuzzTest {

  // Fixed, so that every build checks the same inputs and a failure can be replayed.
  private static final long HOSTILE_TEXT_SEED = 0x5EED_0001L;
  private static final long PATHOLOGICAL_RUN_SEED = 0x5EED_0002L;

  // Generous: the build machines are shared and loaded; a hang or a blow-up takes far longer.
  private static final Duration BUDGET = Duration.ofSeconds(5);

  private static final List<Character> AWKWARD =
      List.of(
          '*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '!', '\\', '|', '-', '+', '~', '\n',
          '\r', '\t', ' ', '\u00a0', '\u200b', '\u200d', '\u202e', '\u0301', '\ufeff', '\u2028',
          '\'', '’', '—', '-', '.', '&', ';');
  private static final List<String> RUN_UNITS =
      List.of("*", "_", "`", "[", "](", "<", "\\", "word ", "- ", "# ", "    ", "\n");

  @Test
  void anyTextCountsWithinBoundsAndTheSameEachTime() {
    Fuzz.check(
        HOSTILE_TEXT_SEED,
        1500,
        WordCounterFuzzTest::hostileText,
        String::length,
        text -> {
          long started = System.nanoTime();
          int count = WordCounter.count(text);

          assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
          assertThat(count).isBetween(0, text.codePointCount(0, text.length()));
          assertThat(WordCounter.count(text)).isEqualTo(count);
          if (WordCounter.isBlank(text)) {
            assertThat(count).isZero();
          }
        });
  }

  @Test
  void longRepetitiveRunsStayFast() {
    Fuzz.check(
        PATHOLOGICAL_RUN_SEED,
        60,
        WordCounterFuzzTest::pathologicalRun,
        String::length,
        text -> {
          long started = System.nanoTime();
          WordCounter.count(text);
          assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
        });
  }

  @Test
  void deeplyNestedBracketsAndEmphasis() {
    String text = "[".repeat(20_000) + "word" + "](".repeat(20_000) + "*_".repeat(20_000);
    long started = System.nanoTime();
    assertThat(WordCounter.count(text)).isGreaterThanOrEqualTo(0);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
  }

  @Test
  void loneSurrogatesAndControlsAreNotWords() {
    assertThat(WordCounter.count("\uD800 \uDC00 \u0000 \u200B \u202E")).isLessThanOrEqualTo(2);
  }

  /** Up to 2,000 characters: half letters and digits, most of the rest awkward marks. */
  private static String hostileText(SplittableRandom random) {
    return Fuzz.chars(
        random,
        0,
        2_000,
        r -> {
          int pick = r.nextInt(10);
          if (pick < 5) {
            return Fuzz.letterOrDigit(r);
          }
          return pick < 9 ? Fuzz.oneOf(r, AWKWARD) : Fuzz.anyChar(r);
        });
  }

  /** One to four marks, repeated to about 1,000 to 50,000 characters. */
  private static String pathologicalRun(SplittableRandom random) {
    int units = Fuzz.between(random, 1, 4);
    StringBuilder unit = new StringBuilder();
    for (int i = 0; i < units; i++) {
      unit.append(Fuzz.oneOf(random, RUN_UNITS));
    }
    int times = Fuzz.between(random, 1_000, 50_000);
    return unit.toString().repeat(Math.max(1, times / units));
  }
}
