package org.mcportal.reporting;

import java.util.List;
import java.util.OptionalInt;

/**
 * Whole days from submit to release, counted per day by the database, sorted by day. Percentiles
 * are read from the cumulative counts (nearest rank), so the work is bounded by the number of
 * distinct days, not by the number of submissions.
 */
public record DayHistogram(List<Bin> bins) {

  public DayHistogram {
    bins = List.copyOf(bins);
    for (int i = 1; i < bins.size(); i++) {
      if (bins.get(i).days() <= bins.get(i - 1).days()) {
        throw new IllegalArgumentException("bins must be sorted by day, each day once");
      }
    }
  }

  public record Bin(int days, long count) {}

  public long total() {
    return bins.stream().mapToLong(Bin::count).sum();
  }

  /**
   * The smallest day count that at least {@code percent}% of the items reached within (nearest
   * rank); empty when there are no items.
   */
  public OptionalInt percentile(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent is 1 to 100, got " + percent);
    }
    long total = total();
    if (total == 0) {
      return OptionalInt.empty();
    }
    long rank = (total * percent + 99) / 100;
    long seen = 0;
    for (Bin bin : bins) {
      seen += bin.count();
      if (seen >= rank) {
        return OptionalInt.of(bin.days());
      }
    }
    throw new IllegalStateException("unreachable: rank " + rank + " of " + total);
  }

  /** How many items took longer than the target. */
  public long over(int targetDays) {
    return bins.stream().filter(b -> b.days() >= targetDays).mapToLong(Bin::count).sum();
  }
}
