package org.mcportal.rules.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * How often the first rater gave level i while the second gave level j, over a set of items. Rows
 * are the first rater, columns the second, both in the scale's order (best first). A level that
 * neither rater used keeps its row and column of zeros: the weights of weighted kappa depend on the
 * distance between levels on the whole scale, not on which levels happened to occur.
 */
public final class ConfusionMatrix {

  private final RatingScale scale;
  private final int[][] counts;
  private final int items;

  private ConfusionMatrix(RatingScale scale, int[][] counts) {
    this.scale = scale;
    this.counts = counts;
    int total = 0;
    for (int[] row : counts) {
      for (int count : row) {
        total += count;
      }
    }
    this.items = total;
  }

  public static ConfusionMatrix of(RatingScale scale, List<RatingPair> pairs) {
    int[][] counts = new int[scale.size()][scale.size()];
    for (RatingPair pair : pairs) {
      counts[scale.index(pair.first())][scale.index(pair.second())]++;
    }
    return new ConfusionMatrix(scale, counts);
  }

  /** A matrix from counts already tabulated, rows for the first rater, in the scale's order. */
  public static ConfusionMatrix ofCounts(RatingScale scale, int[][] counts) {
    int k = scale.size();
    if (counts.length != k) {
      throw new IllegalArgumentException("expected " + k + " rows, got " + counts.length);
    }
    int[][] copy = new int[k][];
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " counts");
      }
      for (int count : counts[i]) {
        if (count < 0) {
          throw new IllegalArgumentException("a count cannot be negative");
        }
      }
      copy[i] = counts[i].clone();
    }
    return new ConfusionMatrix(scale, copy);
  }

  public RatingScale scale() {
    return scale;
  }

  /** The number of items, each rated once by each rater. */
  public int items() {
    return items;
  }

  public int count(int first, int second) {
    return counts[first][second];
  }

  public int count(String first, String second) {
    return count(scale.index(first), scale.index(second));
  }

  /** How many items the first rater put in category {@code i}. */
  public int firstTotal(int i) {
    int total = 0;
    for (int count : counts[i]) {
      total += count;
    }
    return total;
  }

  /** How many items the second rater put in category {@code j}. */
  public int secondTotal(int j) {
    int total = 0;
    for (int[] row : counts) {
      total += row[j];
    }
    return total;
  }

  /** Items whose two levels are at most {@code distance} categories apart. */
  public int itemsWithin(int distance) {
    int within = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        if (Math.abs(i - j) <= distance) {
          within += counts[i][j];
        }
      }
    }
    return within;
  }

  /**
   * True when both raters gave every item one and the same level: the only case in which chance
   * agreement is certain, for every weighting here.
   */
  public boolean singleSharedCategory() {
    for (int i = 0; i < counts.length; i++) {
      if (items > 0 && counts[i][i] == items) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix that
        && scale.equals(that.scale)
        && Arrays.deepEquals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * scale.hashCode() + Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + scale.categories() + Arrays.deepToString(counts);
  }
}
