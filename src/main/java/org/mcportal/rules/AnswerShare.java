package org.mcportal.rules;

import java.util.OptionalInt;

/**
 * A component's word bounds spread evenly over its answers, as an indication of how long one answer
 * might be: 1,500–2,000 words over 21 answers is about 70–95 each. Only a guide for the educator's
 * pacing; the bounds apply to the component as a whole and no answer is ever checked against its
 * share.
 *
 * @param min the share of the lower bound, rounded to the nearest 5 (at least 1 when the bound is
 *     not zero); empty when the component has no lower bound
 * @param max the share of the upper bound, rounded likewise; empty when there is no upper bound
 */
public record AnswerShare(OptionalInt min, OptionalInt max) {

  /** Shares are rounded to a multiple of this, so they read as the rough figures they are. */
  static final int ROUNDING = 5;

  /**
   * The share of each of {@code answers} answers (or documents) in {@code bounds}.
   *
   * @throws IllegalArgumentException when {@code answers} is not positive
   */
  public static AnswerShare of(WordBounds bounds, int answers) {
    if (answers <= 0) {
      throw new IllegalArgumentException("a share needs at least one answer, got " + answers);
    }
    return new AnswerShare(share(bounds.min(), answers), share(bounds.max(), answers));
  }

  private static OptionalInt share(OptionalInt bound, int answers) {
    if (bound.isEmpty()) {
      return OptionalInt.empty();
    }
    int total = bound.getAsInt();
    if (total == 0) {
      return OptionalInt.of(0);
    }
    long rounded = Math.round((double) total / answers / ROUNDING) * ROUNDING;
    return OptionalInt.of((int) Math.max(1, rounded));
  }

  /** "about 70–95 words each", "up to about 60 words each", "at least about 10 words each". */
  public String describe() {
    if (min.isPresent() && max.isPresent()) {
      return min.getAsInt() == max.getAsInt()
          ? "about " + Noun.WORD.count(max.getAsInt()) + " each"
          : "about "
              + Noun.grouped(min.getAsInt())
              + "–"
              + Noun.WORD.count(max.getAsInt())
              + " each";
    }
    if (max.isPresent()) {
      return "up to about " + Noun.WORD.count(max.getAsInt()) + " each";
    }
    return "at least about " + Noun.WORD.count(min.getAsInt()) + " each";
  }
}
