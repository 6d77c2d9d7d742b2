package org.mcportal.rules.agreement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each assessor's leniency or severity against reference results, and how it moves over time.
 *
 * <p>The difference for one item is {@code index(reference) - index(assessor's level)} on a scale
 * ordered best first, so a level better than the reference counts as +1 per step (lenient) and a
 * worse one -1 per step (severe). The interval is the t interval on n - 1 degrees of freedom,
 * because an assessor's count is often small and the differences' spread is estimated from them.
 */
public final class Drift {

  private Drift() {}

  /** One figure per assessor, in order of assessor id. */
  public static List<AssessorDrift> perAssessor(RatingScale scale, List<ReferencedRating> ratings) {
    Map<String, List<ReferencedRating>> byAssessor =
        ratings.stream()
            .collect(
                Collectors.groupingBy(
                    ReferencedRating::assessorId, TreeMap::new, Collectors.toList()));
    return byAssessor.entrySet().stream()
        .map(entry -> of(scale, entry.getKey(), entry.getValue()))
        .toList();
  }

  /** The figures for {@code assessorId}, from those of {@code ratings} that are theirs. */
  public static AssessorDrift of(
      RatingScale scale, String assessorId, List<ReferencedRating> ratings) {
    List<ReferencedRating> theirs =
        ratings.stream().filter(r -> r.assessorId().equals(assessorId)).toList();
    int n = theirs.size();
    List<String> itemIds = theirs.stream().map(ReferencedRating::itemId).toList();
    if (n == 0) {
      Estimate none = new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0);
      return new AssessorDrift(assessorId, 0, none, none, itemIds);
    }
    int[] differences = new int[n];
    int agreeing = 0;
    for (int i = 0; i < n; i++) {
      ReferencedRating rating = theirs.get(i);
      differences[i] = difference(scale, rating.level(), rating.referenceLevel());
      if (differences[i] == 0) {
        agreeing++;
      }
    }
    return new AssessorDrift(
        assessorId, n, leniency(differences), Intervals.proportion(agreeing, n), itemIds);
  }

  /**
   * One item's signed difference, in steps: positive when {@code level} is better than {@code
   * referenceLevel} (lenient), negative when worse (severe), 0 on the reference.
   */
  public static int difference(RatingScale scale, String level, String referenceLevel) {
    return scale.index(referenceLevel) - scale.index(level);
  }

  /** The figures for {@code assessorId} in each period of {@code period} from {@code origin}. */
  public static List<Bucket<AssessorDrift>> overTime(
      RatingScale scale,
      String assessorId,
      List<ReferencedRating> ratings,
      Instant origin,
      Duration period) {
    List<ReferencedRating> theirs =
        ratings.stream().filter(r -> r.assessorId().equals(assessorId)).toList();
    return TimeBuckets.split(theirs, ReferencedRating::at, origin, period).stream()
        .map(
            bucket ->
                new Bucket<>(bucket.start(), bucket.end(), of(scale, assessorId, bucket.value())))
        .toList();
  }

  private static Estimate leniency(int[] differences) {
    int n = differences.length;
    if (n == 1) {
      return new Estimate.Undefined(Estimate.Reason.ONE_ITEM, 1);
    }
    double mean = 0;
    for (int difference : differences) {
      mean += difference;
    }
    mean /= n;
    double squares = 0;
    for (int difference : differences) {
      squares += (difference - mean) * (difference - mean);
    }
    return Intervals.mean(mean, Math.sqrt(squares / (n - 1)), n);
  }
}
