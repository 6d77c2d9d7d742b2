package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayHistogramTest {

  /** Ten items: 4 took 1 day, 4 took 3 days, 1 took 5 and 1 took 20. */
  private static final DayHistogram TEN =
      new DayHistogram(
          List.of(
              new DayHistogram.Bin(1, 4),
              new DayHistogram.Bin(3, 4),
              new DayHistogram.Bin(5, 1),
              new DayHistogram.Bin(20, 1)));

  @ParameterizedTest
  @CsvSource({"1,1", "40,1", "41,3", "50,3", "80,3", "81,5", "90,5", "91,20", "100,20"})
  void percentilesAreTheNearestRankOfTheCumulativeCounts(int percent, int days) {
    assertThat(TEN.percentile(percent)).hasValue(days);
  }

  @Test
  void anEmptyHistogramHasNoPercentile() {
    assertThat(new DayHistogram(List.of()).percentile(50)).isEmpty();
  }

  @Test
  void itemsOverTheTargetAreThoseThatTookLonger() {
    assertThat(TEN.over(4)).isEqualTo(2);
    assertThat(TEN.over(21)).isZero();
    assertThat(TEN.total()).isEqualTo(10);
  }

  @Test
  void binsMustComeSortedByDay() {
    assertThatThrownBy(
            () -> new DayHistogram(List.of(new DayHistogram.Bin(3, 1), new DayHistogram.Bin(1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
