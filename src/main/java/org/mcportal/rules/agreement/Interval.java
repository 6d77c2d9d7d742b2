package org.mcportal.rules.agreement;

/** A 95% confidence interval, and how it was computed. */
public record Interval(double lower, double upper, Method method) {

  /** The standard normal quantile for a two-sided 95% interval. */
  static final double Z_95 = 1.959963984540054;

  public enum Method {
    /** Wilson's score interval for a binomial proportion; stays within [0, 1]. */
    WILSON_SCORE,
    /** Estimate ± 1.96 large-sample standard errors, clipped to [-1, 1] (kappa). */
    NORMAL_CLIPPED,
    /** Mean ± the t quantile with n - 1 degrees of freedom times the standard error. */
    STUDENT_T
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
