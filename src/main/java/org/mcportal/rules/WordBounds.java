package org.mcportal.rules;

import java.util.OptionalInt;

/**
 * Inclusive word bounds: 200–400 admits 200 and 400 and refuses 199 and 401. Either end may be
 * missing ("at most 300 words", "at least 100 words"), but not both.
 *
 * @param use whether falling outside blocks the submission ({@link Use#RULE}) or only advises
 *     ({@link Use#GUIDE}, for a credential that says "use the word count as a guide")
 */
public record WordBounds(OptionalInt min, OptionalInt max, Use use) {

  public enum Use {
    /** Outside the bounds, the submission cannot be sent. */
    RULE,
    /** Outside the bounds, the educator is advised and acknowledges it. */
    GUIDE
  }

  public WordBounds {
    if (min.isEmpty() && max.isEmpty()) {
      throw new IllegalArgumentException("word bounds need a minimum, a maximum or both");
    }
    if (min.orElse(0) < 0 || (max.isPresent() && max.getAsInt() < min.orElse(0))) {
      throw new IllegalArgumentException(
          "word bounds need 0 <= min <= max, got " + range(min, max));
    }
  }

  /** Both ends, as a rule. */
  public WordBounds(int min, int max) {
    this(OptionalInt.of(min), OptionalInt.of(max), Use.RULE);
  }

  public static WordBounds atMost(int max, Use use) {
    return new WordBounds(OptionalInt.empty(), OptionalInt.of(max), use);
  }

  public static WordBounds atLeast(int min, Use use) {
    return new WordBounds(OptionalInt.of(min), OptionalInt.empty(), use);
  }

  public WordBounds as(Use newUse) {
    return new WordBounds(min, max, newUse);
  }

  public boolean guide() {
    return use == Use.GUIDE;
  }

  public boolean admits(int words) {
    return verdict(words) == BoundsCheck.Verdict.WITHIN;
  }

  /** Where a count stands against these bounds. */
  public BoundsCheck.Verdict verdict(int words) {
    if (min.isPresent() && words < min.getAsInt()) {
      return BoundsCheck.Verdict.BELOW;
    }
    return max.isPresent() && words > max.getAsInt()
        ? BoundsCheck.Verdict.ABOVE
        : BoundsCheck.Verdict.WITHIN;
  }

  /**
   * The bounds as every page and message words them: "200–400 words", "at most 300 words", "at
   * least 100 words", and for a guide "about 250–400 words, as a guide" or "at least 40 words, as a
   * guide".
   */
  public String describe() {
    return describe("");
  }

  /**
   * The bounds with {@code qualifier} after the words, before any "as a guide": "about 250–400
   * words in all, as a guide".
   */
  public String describe(String qualifier) {
    String words;
    if (min.isPresent() && max.isPresent()) {
      words = range(min, max) + " words";
    } else if (max.isPresent()) {
      words = "at most " + Noun.WORD.count(max.getAsInt());
    } else {
      words = "at least " + Noun.WORD.count(min.getAsInt());
    }
    words += qualifier;
    if (!guide()) {
      return words;
    }
    return (min.isPresent() && max.isPresent() ? "about " : "") + words + ", as a guide";
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String range(OptionalInt min, OptionalInt max) {
    return Noun.grouped(min.orElse(0))
        + "–"
        + (max.isPresent() ? Noun.grouped(max.getAsInt()) : "");
  }
}
