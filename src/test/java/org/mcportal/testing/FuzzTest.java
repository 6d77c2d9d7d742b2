package org.mcportal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FuzzTest {

  private static final Function<SplittableRandom, String> TEXT =
      random -> Fuzz.chars(random, 0, 50, Fuzz::letterOrDigit);

  @Test
  void everyTryIsCheckedAndTheSameSeedGivesTheSameInputs() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Fuzz.check(42, 100, TEXT, String::length, first::add);
    Fuzz.check(42, 100, TEXT, String::length, second::add);

    assertThat(first).hasSize(100).isEqualTo(second);
    assertThat(first).doesNotHaveDuplicates();
  }

  @Test
  void aFailureNamesTheSeedAndSizeAndItsTrySeedReplaysTheInput() {
    List<String> seen = new ArrayList<>();
    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                Fuzz.check(
                    7,
                    1000,
                    TEXT,
                    String::length,
                    text -> {
                      seen.add(text);
                      assertThat(text).hasSizeLessThan(40);
                    }));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 7")
        .hasMessageContaining("of 1000");
    String failing = seen.get(seen.size() - 1);
    assertThat(failure).hasMessageContaining("input size " + failing.length());
    long trySeed =
        Long.parseLong(failure.getMessage().replaceAll("(?s).*try seed (-?\\d+).*", "$1"));
    assertThat(Fuzz.replay(trySeed, TEXT)).isEqualTo(failing);
  }

  @Test
  void generatorsStayWithinTheirBounds() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      assertThat(Fuzz.between(random, 3, 5)).isBetween(3, 5);
      assertThat(Fuzz.bytes(random, 1, 4)).hasSizeBetween(1, 4);
      assertThat(Fuzz.joined(random, 3, r -> "ab")).hasSizeLessThanOrEqualTo(6);
    }
    assertThatThrownBy(() -> Fuzz.between(random, 5, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
