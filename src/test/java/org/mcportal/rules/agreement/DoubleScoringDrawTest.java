package org.mcportal.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleScoringDrawTest {

  private static final String SEED = "home-visits-2026";

  private static final int SUBMISSIONS = 10_000;

  /**
   * The position is a published function of its inputs, so it must never change between runs,
   * machines or releases: this value was computed separately from the definition (SHA-256 over the
   * length-prefixed UTF-8 parts, top 53 bits over 2^53).
   */
  @Test
  void positionIsTheSameOnEveryRun() {
    assertThat(DoubleScoringDraw.position(SEED, "submission-1", 1)).isEqualTo(0.8462948207091826);
    assertThat(DoubleScoringDraw.position(SEED, "submission-1", 2)).isEqualTo(0.7944174377033006);
  }

  /**
   * 10,000 submissions at a share of 0.2: the drawn count is binomial with mean 2,000 and standard
   * deviation 40; it must fall within 3.29 standard deviations (a two-sided 99.9% bound).
   */
  @Test
  void realisedShareIsWithinABinomialBoundOfTheTarget() {
    long drawn = drawnCount(SEED, 0.2);

    double mean = SUBMISSIONS * 0.2;
    double sd = Math.sqrt(SUBMISSIONS * 0.2 * 0.8);
    assertThat((double) drawn).isBetween(mean - 3.29 * sd, mean + 3.29 * sd);
  }

  /** Twenty equal bins of positions; chi-square on 19 degrees of freedom, 0.999 quantile 43.82. */
  @Test
  void positionsAreSpreadEvenlyOverTheUnitInterval() {
    int[] bins = new int[20];
    for (int i = 0; i < SUBMISSIONS; i++) {
      double position = DoubleScoringDraw.position(SEED, "submission-" + i, 1);
      assertThat(position).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      bins[(int) (position * bins.length)]++;
    }
    double expected = SUBMISSIONS / (double) bins.length;
    double chiSquare = 0;
    for (int count : bins) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    assertThat(chiSquare).isLessThan(43.82);
  }

  /**
   * Draws under two seeds behave as independent: both draw a submission about 0.2 * 0.2 of the time
   * (mean 400, sd 19.6), within 3.29 standard deviations.
   */
  @Test
  void drawsUnderDifferentSeedsAreIndependent() {
    long both =
        IntStream.range(0, SUBMISSIONS)
            .filter(i -> drawn(SEED, i, 0.2) && drawn("another-program", i, 0.2))
            .count();

    double mean = SUBMISSIONS * 0.04;
    double sd = Math.sqrt(SUBMISSIONS * 0.04 * 0.96);
    assertThat((double) both).isBetween(mean - 3.29 * sd, mean + 3.29 * sd);
  }

  @Test
  void raisingTheShareKeepsEveryEarlierDraw() {
    for (int i = 0; i < 1_000; i++) {
      if (drawn(SEED, i, 0.1)) {
        assertThat(drawn(SEED, i, 0.25)).isTrue();
      }
    }
  }

  @Test
  void shareZeroDrawsNothingAndShareOneDrawsEverything() {
    assertThat(drawnCount(SEED, 0.0)).isZero();
    assertThat(drawnCount(SEED, 1.0)).isEqualTo(SUBMISSIONS);
  }

  @Test
  void eachAttemptIsDrawnOnItsOwn() {
    assertThat(DoubleScoringDraw.position(SEED, "submission-7", 1))
        .isNotEqualTo(DoubleScoringDraw.position(SEED, "submission-7", 2));
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(DoubleScoringDraw.position("ab", "c", 1))
        .isNotEqualTo(DoubleScoringDraw.position("a", "bc", 1));
  }

  @Test
  void drawRecordsPositionAndShare() {
    DoubleScoringDraw.Draw draw = DoubleScoringDraw.draw(SEED, "submission-1", 1, 0.9);

    assertThat(draw.position()).isEqualTo(0.8462948207091826);
    assertThat(draw.share()).isEqualTo(0.9);
    assertThat(draw.drawn()).isTrue();
    assertThat(DoubleScoringDraw.draw(SEED, "submission-1", 1, 0.8).drawn()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void shareOutsideZeroToOneIsRefused(double share) {
    assertThatThrownBy(() -> DoubleScoringDraw.draw(SEED, "submission-1", 1, share))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long drawnCount(String seed, double share) {
    return IntStream.range(0, SUBMISSIONS).filter(i -> drawn(seed, i, share)).count();
  }

  private static boolean drawn(String seed, int submission, double share) {
    return DoubleScoringDraw.draw(seed, "submission-" + submission, 1, share).drawn();
  }
}
