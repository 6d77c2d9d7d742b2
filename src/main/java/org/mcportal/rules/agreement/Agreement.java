package org.mcportal.rules.agreement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Agreement between two raters who scored the same items: percent exact and adjacent agreement, and
 * Cohen's kappa unweighted, linearly and quadratically weighted. The formulas are in {@code
 * docs/scoring-quality.md}.
 */
public final class Agreement {

  private Agreement() {}

  public static AgreementSummary summarise(ConfusionMatrix matrix) {
    return new AgreementSummary(
        matrix.items(),
        exact(matrix),
        adjacent(matrix),
        kappa(matrix, Weighting.NONE),
        kappa(matrix, Weighting.LINEAR),
        kappa(matrix, Weighting.QUADRATIC));
  }

  public static AgreementSummary summarise(RatingScale scale, List<RatingPair> pairs) {
    return summarise(ConfusionMatrix.of(scale, pairs));
  }

  /** The share of items both raters gave the same level, with Wilson's interval. */
  public static Estimate exact(ConfusionMatrix matrix) {
    return proportionWithin(matrix, 0);
  }

  /** The share of items whose two levels are at most one step apart, with Wilson's interval. */
  public static Estimate adjacent(ConfusionMatrix matrix) {
    if (!matrix.scale().ordered()) {
      return new Estimate.Undefined(Estimate.Reason.NOT_ORDERED, matrix.items());
    }
    return proportionWithin(matrix, 1);
  }

  /**
   * Cohen's kappa with the given weights, and the interval from the large-sample standard error of
   * Fleiss, Cohen and Everitt (1969). Undefined with no items, when both raters gave every item one
   * and the same level (chance agreement is then certain, and kappa is 0/0), and for weighted kappa
   * on a nominal scale.
   */
  public static Estimate kappa(ConfusionMatrix matrix, Weighting weighting) {
    int items = matrix.items();
    if (weighting != Weighting.NONE && !matrix.scale().ordered()) {
      return new Estimate.Undefined(Estimate.Reason.NOT_ORDERED, items);
    }
    if (items == 0) {
      return new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0);
    }
    if (matrix.singleSharedCategory()) {
      return new Estimate.Undefined(Estimate.Reason.ONE_CATEGORY_ONLY, items);
    }
    int k = matrix.scale().size();
    double n = items;
    double[][] w = new double[k][k];
    double[] firstShare = new double[k];
    double[] secondShare = new double[k];
    for (int i = 0; i < k; i++) {
      firstShare[i] = matrix.firstTotal(i) / n;
      secondShare[i] = matrix.secondTotal(i) / n;
      for (int j = 0; j < k; j++) {
        w[i][j] = weighting.weight(i, j, k);
      }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        observed += w[i][j] * matrix.count(i, j) / n;
        expected += w[i][j] * firstShare[i] * secondShare[j];
      }
    }
    double kappa = (observed - expected) / (1 - expected);
    return Intervals.kappa(kappa, standardError(matrix, w, kappa, expected), items);
  }

  /**
   * The non-null large-sample standard error of Fleiss, Cohen and Everitt (1969), for unweighted
   * kappa (identity weights) and weighted kappa alike.
   */
  private static double standardError(
      ConfusionMatrix matrix, double[][] w, double kappa, double expected) {
    int k = w.length;
    double n = matrix.items();
    // Mean weight of row i over the second rater's levels, and of column j over the first's.
    double[] rowMeanWeight = new double[k];
    double[] columnMeanWeight = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rowMeanWeight[i] += matrix.secondTotal(j) / n * w[i][j];
        columnMeanWeight[j] += matrix.firstTotal(i) / n * w[i][j];
      }
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double deviation = w[i][j] - (rowMeanWeight[i] + columnMeanWeight[j]) * (1 - kappa);
        sum += matrix.count(i, j) / n * deviation * deviation;
      }
    }
    double correction = kappa - expected * (1 - kappa);
    double variance = (sum - correction * correction) / (n * (1 - expected) * (1 - expected));
    // Perfect agreement gives a variance of exactly 0, which rounding can push a hair below.
    return Math.sqrt(Math.max(0.0, variance));
  }

  /**
   * The summary for each period of {@code period} from {@code origin}, by when each pair was
   * scored; periods between the first and the last with no pairs report no items.
   */
  public static List<Bucket<AgreementSummary>> overTime(
      RatingScale scale, List<Timed<RatingPair>> pairs, Instant origin, Duration period) {
    return TimeBuckets.split(pairs, Timed::at, origin, period).stream()
        .map(
            bucket ->
                new Bucket<>(
                    bucket.start(),
                    bucket.end(),
                    summarise(scale, bucket.value().stream().map(Timed::value).toList())))
        .toList();
  }

  private static Estimate proportionWithin(ConfusionMatrix matrix, int distance) {
    if (matrix.items() == 0) {
      return new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0);
    }
    return Intervals.proportion(matrix.itemsWithin(distance), matrix.items());
  }
}
