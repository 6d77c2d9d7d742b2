package org.mcportal.rules.agreement;

import java.util.OptionalDouble;

/** The interval methods, in one place so that each statistic names the one it uses. */
final class Intervals {

  /**
   * The 0.975 quantile of Student's t for 1 to 30 degrees of freedom. Beyond 30 the Cornish-Fisher
   * expansion below is within 1e-7 of the exact quantile, so no longer table is needed.
   */
  private static final double[] T_975 = {
    12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
    2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
    2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
    2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
    2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
    2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456
  };

  private Intervals() {}

  /** {@code successes} of {@code trials} with Wilson's score interval; {@code trials} > 0. */
  static Estimate.Figure proportion(int successes, int trials) {
    double n = trials;
    double p = successes / n;
    double z2 = Interval.Z_95 * Interval.Z_95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double halfWidth = Interval.Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    Interval interval =
        new Interval(
            Math.max(0.0, centre - halfWidth),
            Math.min(1.0, centre + halfWidth),
            Interval.Method.WILSON_SCORE);
    return new Estimate.Figure(p, interval, OptionalDouble.empty(), trials);
  }

  /** A kappa with its large-sample standard error: kappa ± 1.96 SE, clipped to [-1, 1]. */
  static Estimate.Figure kappa(double kappa, double standardError, int items) {
    Interval interval =
        new Interval(
            Math.max(-1.0, kappa - Interval.Z_95 * standardError),
            Math.min(1.0, kappa + Interval.Z_95 * standardError),
            Interval.Method.NORMAL_CLIPPED);
    return new Estimate.Figure(kappa, interval, OptionalDouble.of(standardError), items);
  }

  /** A mean with the t interval on {@code items - 1} degrees of freedom; {@code items} >= 2. */
  static Estimate.Figure mean(double mean, double standardDeviation, int items) {
    double standardError = standardDeviation / Math.sqrt(items);
    double halfWidth = tQuantile975(items - 1) * standardError;
    Interval interval = new Interval(mean - halfWidth, mean + halfWidth, Interval.Method.STUDENT_T);
    return new Estimate.Figure(mean, interval, OptionalDouble.of(standardError), items);
  }

  /** The 0.975 quantile of Student's t with {@code degrees} degrees of freedom. */
  static double tQuantile975(int degrees) {
    if (degrees < 1) {
      throw new IllegalArgumentException("degrees of freedom must be positive: " + degrees);
    }
    if (degrees <= T_975.length) {
      return T_975[degrees - 1];
    }
    double z = Interval.Z_95;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double z9 = z7 * z * z;
    double v = degrees;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
  }
}
