package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Optional<WordBounds> PART_1 = Optional.of(new WordBounds(200, 400));

  @Test
  void shouldBeEmptyWithNoWordsAnywhere() {
    assertThat(Progress.of(List.of(0, 0, 0), PART_1)).isEqualTo(Progress.EMPTY);
    assertThat(Progress.of(List.of(), Optional.empty())).isEqualTo(Progress.EMPTY);
  }

  @Test
  void shouldBeStartedWhileAFieldIsEmpty() {
    assertThat(Progress.of(List.of(150, 150, 0), PART_1)).isEqualTo(Progress.STARTED);
  }

  @Test
  void shouldBeStartedBelowTheLowerBoundAndDoneAtIt() {
    assertThat(Progress.of(List.of(66, 66, 67), PART_1)).isEqualTo(Progress.STARTED);
    assertThat(Progress.of(List.of(66, 67, 67), PART_1)).isEqualTo(Progress.DONE);
  }

  @Test
  void shouldBeDoneOverTheUpperBoundSinceOnlyCuttingIsLeft() {
    assertThat(Progress.of(List.of(300, 300, 300), PART_1)).isEqualTo(Progress.DONE);
  }

  @Test
  void shouldBeDoneForAnyWritingWhenThereAreNoBounds() {
    assertThat(Progress.of(List.of(1), Optional.empty())).isEqualTo(Progress.DONE);
  }

  @Test
  void shouldCombinePieces() {
    assertThat(Progress.combined(List.of(Progress.DONE, Progress.DONE))).isEqualTo(Progress.DONE);
    assertThat(Progress.combined(List.of(Progress.EMPTY, Progress.EMPTY)))
        .isEqualTo(Progress.EMPTY);
    assertThat(Progress.combined(List.of(Progress.DONE, Progress.EMPTY)))
        .isEqualTo(Progress.STARTED);
    assertThat(Progress.STARTED.shown()).isEqualTo("started");
  }
}
