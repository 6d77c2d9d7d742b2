package org.mcportal.rules.agreement;

import java.util.HashSet;
import java.util.List;
import org.mcportal.rules.Rubric;

/**
 * The categories two ratings are compared on, in the rubric's order: best first, so index 0 is the
 * best level, as {@link Rubric#rank} counts. Kappa and its weights depend only on the distance
 * between two categories, so the direction of the order changes none of the agreement figures; it
 * matters only for the sign of drift, which {@link Drift} defines against this order.
 *
 * @param categories level ids, best first, each once
 * @param ordered false for a nominal scale, on which "adjacent" and weighted kappa mean nothing
 */
public record RatingScale(List<String> categories, boolean ordered) {

  public RatingScale {
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a scale needs at least one category");
    }
    if (new HashSet<>(categories).size() != categories.size()) {
      throw new IllegalArgumentException("categories repeat: " + categories);
    }
  }

  /** The rubric's levels, best first, as an ordered scale. */
  public static RatingScale of(Rubric rubric) {
    return new RatingScale(rubric.levels().stream().map(Rubric.Level::id).toList(), true);
  }

  /** An ordered scale, best first. */
  public static RatingScale ordered(String... bestFirst) {
    return new RatingScale(List.of(bestFirst), true);
  }

  /** Categories with no order between them. */
  public static RatingScale nominal(String... categories) {
    return new RatingScale(List.of(categories), false);
  }

  public int size() {
    return categories.size();
  }

  /** Position from the top: 0 for the best category. */
  public int index(String category) {
    int index = categories.indexOf(category);
    if (index < 0) {
      throw new IllegalArgumentException("no category " + category + " in " + categories);
    }
    return index;
  }
}
