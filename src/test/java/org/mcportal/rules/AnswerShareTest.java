package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerShareTest {

  @ParameterizedTest(name = "{0}–{1} over {2} answers is about {3}–{4}")
  @CsvSource({
    // Artifacts 1 and 2 of home visits: seven questions for each of three students.
    "1500, 2000, 21, 70, 95",
    // Part 1: three questions answered once.
    "200, 400, 3, 65, 135",
    "250, 400, 3, 85, 135",
    "100, 100, 1, 100, 100",
    // Rounded to the nearest 5, halves up: 12.5 is 15, 12.4 is 10.
    "25, 62, 5, 5, 10",
    "25, 63, 5, 5, 15",
    // A share never rounds down to nothing while its bound asks for words.
    "2, 4, 10, 1, 1",
    "0, 10, 4, 0, 5",
  })
  void shouldSpreadBothBoundsEvenlyRoundedToFive(
      int min, int max, int answers, int shareMin, int shareMax) {
    AnswerShare share = AnswerShare.of(new WordBounds(min, max), answers);

    assertThat(share.min()).hasValue(shareMin);
    assertThat(share.max()).hasValue(shareMax);
  }

  @Test
  void shouldKeepAMissingBoundMissing() {
    AnswerShare atMost = AnswerShare.of(WordBounds.atMost(300, WordBounds.Use.RULE), 4);
    AnswerShare atLeast = AnswerShare.of(WordBounds.atLeast(100, WordBounds.Use.GUIDE), 2);

    assertThat(atMost.min()).isEmpty();
    assertThat(atMost.max()).hasValue(75);
    assertThat(atLeast.min()).hasValue(50);
    assertThat(atLeast.max()).isEmpty();
  }

  @Test
  void shouldDescribeTheShareAsARoughFigure() {
    assertThat(AnswerShare.of(new WordBounds(1500, 2000), 21).describe())
        .isEqualTo("about 70–95 words each");
    assertThat(AnswerShare.of(new WordBounds(3000, 3000), 2).describe())
        .isEqualTo("about 1,500 words each");
    assertThat(AnswerShare.of(WordBounds.atMost(300, WordBounds.Use.RULE), 5).describe())
        .isEqualTo("up to about 60 words each");
    assertThat(AnswerShare.of(WordBounds.atLeast(40, WordBounds.Use.GUIDE), 4).describe())
        .isEqualTo("at least about 10 words each");
    assertThat(new AnswerShare(OptionalInt.of(1), OptionalInt.empty()).describe())
        .isEqualTo("at least about 1 word each");
  }

  @Test
  void shouldRefuseAShareOfNoAnswers() {
    assertThatThrownBy(() -> AnswerShare.of(new WordBounds(10, 20), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
