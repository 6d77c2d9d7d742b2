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
    return words >= min && words <= max;
  }

  @Override
  public String toString() {
    return min + "–" + max + " words";
  }
}
