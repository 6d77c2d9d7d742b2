package org.mcportal.rules;

import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's one definition of a word, for Markdown answers and for the text of uploaded
 * documents. The educator's editor runs the same algorithm in JavaScript (see {@code
 * docs/word-counting.md}), so the live counter and the server never disagree at a bound.
 *
 * <p>The text is first stripped of markup that is not prose:
 *
 * <ol>
 *   <li>a Markdown link {@code [text](url)} or image {@code ![alt](url)}, optionally with a {@code
 *       "title"}, is replaced by its text;
 *   <li>an HTML tag ({@code <b>}, {@code </p>}, {@code <br/>}, {@code <a href="...">}) is replaced
 *       by a space; an autolink such as {@code <https://example.org>} is not a tag and stays;
 *   <li>an ordered-list marker ({@code 1.} or {@code 1)}, up to nine digits, at the start of a line
 *       and followed by a space, tab, line break or the end) is removed, as CommonMark reads it as
 *       markup.
 * </ol>
 *
 * <p>Then every character of the Han, Hiragana or Katakana scripts counts as one word and separates
 * what is around it, because Chinese and Japanese do not put spaces between words. The rest is
 * split at separators: tab, line feed, vertical tab, form feed, carriage return, U+0085, every
 * character of Unicode category Z (spaces, including the no-break and ideographic ones, and the
 * line and paragraph separators), U+200B zero width space and U+FEFF. A piece is a word when it
 * contains at least one letter or digit (Unicode categories L or N).
 *
 * <p>So {@code #}, {@code **}, {@code -}, {@code >} and {@code —} alone are not words; {@code
 * **bold**}, a bare URL, {@code well-being}, {@code don't}, {@code 3.5} and {@code 2022} are one
 * word each; emoji alone are not words; scripts that separate words with spaces (Latin, Cyrillic,
 * Greek, Arabic, Hangul...) count by spaces.
 *
 * <p>The counting runs in one pass over the code points after three linear regular expressions, so
 * a 20,000-word draft counts in a millisecond or two.
 */
public final class WordCounter {

  // The pattern texts are the ones in the JavaScript version, character for character. They avoid
  // \s, \d and \b, whose meaning differs between the two engines, and $ (Java's matches before a
  // final line terminator, JavaScript's does not).
  static final String LINK =
      "!?\\[([^\\[\\]]*)\\]\\([^() \\t\\r\\n]*(?:[ \\t\\r\\n]+\"[^\"]*\")?\\)";
  static final String TAG = "<\\/?[A-Za-z][A-Za-z0-9-]*(?:[ \\t\\r\\n\\/][^<>]*)?>";
  static final String LIST_MARKER = "(^|\\n)[ \\t]*[0-9]{1,9}[.)](?![^ \\t\\r\\n])";

  // Link text excludes brackets and tag bodies exclude angle brackets, so a scan that starts at one
  // bracket stops at the next: unclosed brackets cost linear time, not quadratic.
  private static final Pattern LINK_PATTERN = Pattern.compile(LINK);
  private static final Pattern TAG_PATTERN = Pattern.compile(TAG);
  private static final Pattern LIST_MARKER_PATTERN = Pattern.compile(LIST_MARKER);

  // No Han, Hiragana or Katakana character lies below the CJK Radicals Supplement block; checking
  // this first keeps the script lookup off the path for Latin text.
  private static final int FIRST_POSSIBLE_IDEOGRAPH = 0x2E80;

  private static final byte OTHER = 0;
  private static final byte WORDY = 1;
  private static final byte SEPARATOR = 2;
  private static final byte IDEOGRAPH = 3;

  // Most drafts are mostly ASCII; a table spares the Unicode lookups for it.
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < ASCII.length; c++) {
      ASCII[c] = kindOf(c);
    }
  }

  private WordCounter() {}

  /** The number of words of {@code markdown}; 0 for null, empty or markup-only text. */
  public static int count(CharSequence markdown) {
    if (markdown == null || markdown.length() == 0) {
      return 0;
    }
    String text = stripMarkup(markdown.toString());
    int words = 0;
    boolean pieceIsWord = false;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int kind;
      if (c < 128) {
        kind = ASCII[c];
        i++;
      } else {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        kind = kindOf(cp);
      }
      if (kind == WORDY) {
        pieceIsWord = true;
      } else if (kind != OTHER) {
        if (pieceIsWord) {
          words++;
          pieceIsWord = false;
        }
        if (kind == IDEOGRAPH) {
          words++;
        }
      }
    }
    return pieceIsWord ? words + 1 : words;
  }

  /** True when {@code markdown} has no word, which is how the rules read "not answered". */
  public static boolean isBlank(CharSequence markdown) {
    if (markdown == null) {
      return true;
    }
    // An ASCII letter with no [ or < before it survives the stripping (only a link or a tag that
    // starts before it could remove it, and list markers remove digits), so it is a word; most
    // answers start with one, and need no full count to tell that they are not blank.
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '[' || c == '<') {
        break;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return count(markdown) == 0;
  }

  static String stripMarkup(String text) {
    String linksAsText = replace(text, LINK_PATTERN, "![", at -> true, m -> m.group(1));
    String noTags = replace(linksAsText, TAG_PATTERN, "<", at -> true, m -> " ");
    return replace(
        noTags, LIST_MARKER_PATTERN, "\n", at -> digitAfterIndent(noTags, at), m -> m.group(1));
  }

  /** Most lines do not start with a digit; telling so is far cheaper than a failed match. */
  private static boolean digitAfterIndent(String text, int lineBreak) {
    int i = text.charAt(lineBreak) == '\n' ? lineBreak + 1 : lineBreak;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /**
   * The same as {@code pattern.matcher(text).replaceAll(...)} for a pattern whose matches begin at
   * the start of the text or with one of {@code firsts}: the pattern is tried only there, instead
   * of at every position, which is what keeps counting fast. {@code worthTrying} may rule out a
   * position where the pattern cannot match, to spare the attempt.
   */
  private static String replace(
      String text,
      Pattern pattern,
      String firsts,
      IntPredicate worthTrying,
      Function<Matcher, String> replacement) {
    // Bounds that are transparent and not anchoring let lookahead and ^ see the whole text, so a
    // match tried from a region start is the match find() would see there.
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int[] next = new int[firsts.length()];
    StringBuilder out = null;
    int copied = 0;
    int at = 0;
    while (at < text.length()) {
      if (worthTrying.test(at) && matcher.region(at, text.length()).lookingAt()) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, at).append(replacement.apply(matcher));
        copied = matcher.end();
        at = copied;
      } else {
        at = nextCandidate(text, firsts, next, at + 1);
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * The first position at or after {@code from} holding one of {@code firsts}. {@code next}
   * remembers where each was last found, so each character is searched for once over the text, not
   * once per candidate.
   */
  private static int nextCandidate(String text, String firsts, int[] next, int from) {
    int nearest = text.length();
    for (int i = 0; i < firsts.length(); i++) {
      if (next[i] < from) {
        int found = text.indexOf(firsts.charAt(i), from);
        next[i] = found < 0 ? text.length() : found;
      }
      nearest = Math.min(nearest, next[i]);
    }
    return nearest;
  }

  private static byte kindOf(int cp) {
    if (isIdeograph(cp)) {
      return IDEOGRAPH;
    }
    if (isSeparator(cp)) {
      return SEPARATOR;
    }
    return isLetterOrDigit(cp) ? WORDY : OTHER;
  }

  static boolean isIdeograph(int cp) {
    if (cp < FIRST_POSSIBLE_IDEOGRAPH) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  static boolean isSeparator(int cp) {
    switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', 0x85, 0x200B, 0xFEFF:
        return true;
      default:
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR;
    }
  }

  static boolean isLetterOrDigit(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
