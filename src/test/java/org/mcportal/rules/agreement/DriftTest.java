package org.mcportal.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mcportal.rules.agreement.AgreementTest.figure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftTest {

  private static final RatingScale LEVELS =
      RatingScale.ordered("accomplished", "proficient", "basic", "developing");

  private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

  /**
   * Hand-computed: differences +1, 0, +1, +2, 0 (steps better than the reference). Mean 0.8;
   * squared deviations 0.04 + 0.64 + 0.04 + 1.44 + 0.64 = 2.8, so s = sqrt(2.8 / 4) = 0.8367 and SE
   * = s / sqrt(5) = 0.3742; t(0.975, 4) = 2.7764, so the interval is 0.8 ± 1.0389.
   */
  @Test
  void lenientAssessorHasAPositiveMeanDifferenceWithATInterval() {
    List<ReferencedRating> ratings =
        List.of(
            rating("ana", "i1", "proficient", "basic", 0),
            rating("ana", "i2", "basic", "basic", 1),
            rating("ana", "i3", "accomplished", "proficient", 2),
            rating("ana", "i4", "proficient", "developing", 3),
            rating("ana", "i5", "developing", "developing", 4));

    AssessorDrift drift = Drift.of(LEVELS, "ana", ratings);

    assertThat(drift.items()).isEqualTo(5);
    assertThat(drift.itemIds()).containsExactly("i1", "i2", "i3", "i4", "i5");
    Estimate.Figure leniency = figure(drift.leniency());
    assertThat(leniency.value()).isCloseTo(0.8, within(1e-12));
    assertThat(leniency.standardError().orElseThrow()).isCloseTo(0.3742, within(0.00005));
    assertThat(leniency.interval().lower()).isCloseTo(-0.2389, within(0.00005));
    assertThat(leniency.interval().upper()).isCloseTo(1.8389, within(0.00005));
    assertThat(leniency.interval().method()).isEqualTo(Interval.Method.STUDENT_T);
    assertThat(figure(drift.exactAgreement()).value()).isEqualTo(0.4);
  }

  @Test
  void severeAssessorHasANegativeMeanDifference() {
    List<ReferencedRating> ratings =
        List.of(
            rating("ben", "i1", "basic", "proficient", 0),
            rating("ben", "i2", "developing", "proficient", 1));

    Estimate.Figure leniency = figure(Drift.of(LEVELS, "ben", ratings).leniency());

    assertThat(leniency.value()).isEqualTo(-1.5);
  }

  @Test
  void identicalDifferencesGiveAnIntervalOfNoWidth() {
    List<ReferencedRating> ratings =
        List.of(
            rating("ana", "i1", "proficient", "basic", 0),
            rating("ana", "i2", "basic", "developing", 1));

    Estimate.Figure leniency = figure(Drift.of(LEVELS, "ana", ratings).leniency());

    assertThat(leniency.interval().lower()).isEqualTo(1.0);
    assertThat(leniency.interval().upper()).isEqualTo(1.0);
  }

  @Test
  void oneItemGivesAgreementButNoLeniencyInterval() {
    AssessorDrift drift =
        Drift.of(LEVELS, "ana", List.of(rating("ana", "i1", "basic", "basic", 0)));

    assertThat(drift.leniency()).isEqualTo(new Estimate.Undefined(Estimate.Reason.ONE_ITEM, 1));
    assertThat(figure(drift.exactAgreement()).value()).isEqualTo(1.0);
  }

  @Test
  void assessorWithoutRatingsHasNoFigures() {
    AssessorDrift drift =
        Drift.of(LEVELS, "cleo", List.of(rating("ana", "i1", "basic", "basic", 0)));

    assertThat(drift.items()).isZero();
    assertThat(drift.leniency()).isEqualTo(new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0));
    assertThat(drift.exactAgreement())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0));
  }

  @Test
  void eachAssessorIsMeasuredOnTheirOwnRatingsInIdOrder() {
    List<ReferencedRating> ratings =
        List.of(
            rating("ben", "i1", "basic", "proficient", 0),
            rating("ana", "i2", "proficient", "basic", 0),
            rating("ben", "i3", "basic", "basic", 1),
            rating("ana", "i4", "proficient", "basic", 1));

    List<AssessorDrift> drifts = Drift.perAssessor(LEVELS, ratings);

    assertThat(drifts).extracting(AssessorDrift::assessorId).containsExactly("ana", "ben");
    assertThat(drifts.get(0).itemIds()).containsExactly("i2", "i4");
    assertThat(figure(drifts.get(0).leniency()).value()).isEqualTo(1.0);
    assertThat(figure(drifts.get(1).leniency()).value()).isEqualTo(-0.5);
  }

  /** An assessor who starts severe and drifts lenient shows it period by period. */
  @Test
  void driftOverTimeFollowsTheAssessorPeriodByPeriod() {
    List<ReferencedRating> ratings = new ArrayList<>();
    ratings.add(rating("ana", "i1", "basic", "proficient", 2));
    ratings.add(rating("ana", "i2", "basic", "proficient", 5));
    ratings.add(rating("ana", "i3", "proficient", "basic", 65));
    ratings.add(rating("ana", "i4", "accomplished", "basic", 70));
    ratings.add(rating("ben", "i5", "basic", "basic", 40));

    List<Bucket<AssessorDrift>> buckets =
        Drift.overTime(LEVELS, "ana", ratings, START, Duration.ofDays(30));

    assertThat(buckets).hasSize(3);
    assertThat(figure(buckets.get(0).value().leniency()).value()).isEqualTo(-1.0);
    assertThat(buckets.get(1).value().items()).isZero();
    assertThat(buckets.get(2).start()).isEqualTo(START.plus(Duration.ofDays(60)));
    assertThat(figure(buckets.get(2).value().leniency()).value()).isEqualTo(1.5);
    assertThat(buckets.get(2).value().itemIds()).containsExactly("i3", "i4");
  }

  /** Standard t tables to three decimals; beyond 30 degrees the expansion is used. */
  @ParameterizedTest(name = "t(0.975, {0}) = {1}")
  @CsvSource({
    "1, 12.706",
    "4, 2.776",
    "30, 2.042",
    "31, 2.040",
    "40, 2.021",
    "60, 2.000",
    "120, 1.980",
    "100000, 1.960"
  })
  void tQuantileMatchesTheTables(int degrees, double quantile) {
    assertThat(Intervals.tQuantile975(degrees)).isCloseTo(quantile, within(0.0005));
  }

  private static ReferencedRating rating(
      String assessor, String item, String level, String reference, int day) {
    return new ReferencedRating(assessor, item, level, reference, START.plus(Duration.ofDays(day)));
  }
}
