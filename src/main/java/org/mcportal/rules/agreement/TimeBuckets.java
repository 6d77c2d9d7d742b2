package org.mcportal.rules.agreement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Splits items into consecutive periods of equal length counted from a caller-given origin, such as
 * 30-day periods from the start of a program. The buckets run from the first period that has an
 * item to the last, with the empty periods between them kept, so that a gap in scoring shows as a
 * gap rather than disappearing.
 */
public final class TimeBuckets {

  private TimeBuckets() {}

  public static <T> List<Bucket<List<T>>> split(
      List<T> items, Function<T, Instant> at, Instant origin, Duration period) {
    if (period.isNegative() || period.toMillis() < 1) {
      throw new IllegalArgumentException("a period must be at least a millisecond: " + period);
    }
    long periodMillis = period.toMillis();
    TreeMap<Long, List<T>> byIndex = new TreeMap<>();
    for (T item : items) {
      long elapsed = Duration.between(origin, at.apply(item)).toMillis();
      byIndex
          .computeIfAbsent(Math.floorDiv(elapsed, periodMillis), i -> new ArrayList<>())
          .add(item);
    }
    List<Bucket<List<T>>> buckets = new ArrayList<>();
    if (byIndex.isEmpty()) {
      return buckets;
    }
    for (long index = byIndex.firstKey(); index <= byIndex.lastKey(); index++) {
      Instant start = origin.plus(Duration.ofMillis(periodMillis).multipliedBy(index));
      buckets.add(
          new Bucket<>(
              start,
              start.plusMillis(periodMillis),
              List.copyOf(byIndex.getOrDefault(index, List.of()))));
    }
    return buckets;
  }
}
