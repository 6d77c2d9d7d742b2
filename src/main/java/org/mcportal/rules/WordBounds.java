package org.mcportal.rules;

/** Inclusive word bounds: 200–400 admits 200 and 400 and refuses 199 and 401. */
public record WordBounds(int min, int max) {

  public WordBounds {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "word bounds need 0 <= min <= max, got " + min + "–" + max);
    }
  }

  public boolean admits(int words) {
    return verdict(words) == BoundsCheck.Verdict.WITHIN;
  }

  /** Where a count stands against these bounds. */
  public BoundsCheck.Verdict verdict(int words) {
    if (words < min) {
      return BoundsCheck.Verdict.BELOW;
    }
    return words > max ? BoundsCheck.Verdict.ABOVE : BoundsCheck.Verdict.WITHIN;
  }

  @Override
  public String toString() {
    return min + "–" + max + " words";
  }
}
