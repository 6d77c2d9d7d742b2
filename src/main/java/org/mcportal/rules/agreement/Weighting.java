package org.mcportal.rules.agreement;

/**
 * How much credit a disagreement of a given distance earns in weighted kappa. Weights are agreement
 * weights: 1 on the diagonal, falling with the distance |i - j| between two levels on a scale of k
 * levels, and 0 for the two ends of the scale.
 */
public enum Weighting {
  /** Cohen's kappa: only exact agreement counts. */
  NONE,
  /** 1 - |i - j| / (k - 1): each step away costs the same. */
  LINEAR,
  /** 1 - (i - j)² / (k - 1)²: near misses cost little, far misses a lot (Fleiss and Cohen). */
  QUADRATIC;

  public double weight(int i, int j, int categories) {
    if (i == j) {
      return 1.0;
    }
    double distance = Math.abs(i - j) / (double) (categories - 1);
    return switch (this) {
      case NONE -> 0.0;
      case LINEAR -> 1.0 - distance;
      case QUADRATIC -> 1.0 - distance * distance;
    };
  }
}
