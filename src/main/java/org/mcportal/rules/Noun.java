package org.mcportal.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A noun the credential names things by, in both numbers, so that messages read "1 lesson plan" and
 * "3 lesson plans" without guessing at English plurals.
 */
public record Noun(String singular, String plural) {

  public static final Noun WORD = new Noun("word", "words");
  public static final Noun DOCUMENT = new Noun("document", "documents");
  public static final Noun SUBJECT = new Noun("subject", "subjects");
  public static final Noun PART = new Noun("part", "parts");
  public static final Noun COMPONENT = new Noun("component", "components");

  public Noun {
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(plural, "plural");
  }

  /** "1 word", "0 words", "1,500 words": thousands grouped, as every page prints counts. */
  public String count(long n) {
    return grouped(n) + " " + of(n);
  }

  /** "1,500". */
  public static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The noun for {@code n} things, without the number. */
  public String of(long n) {
    return n == 1 ? singular : plural;
  }
}
