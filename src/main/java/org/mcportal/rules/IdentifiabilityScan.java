package org.mcportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks through everything an educator wrote for what could identify them or their students: their
 * own name, email, school and district, the students' real first names, and any email address,
 * phone number, street address or link. Credentials ask that submissions identify no one, and
 * assessors score blind, so each hit is shown in context for the educator to judge.
 *
 * <p>The patterns for phone numbers and street addresses follow North American conventions, and
 * links quoted by the credential itself (its research and resources) are not flagged. A hit only
 * advises: "Hope" may be a student's name or a word.
 */
public final class IdentifiabilityScan implements Checklist.Check {

  /**
   * What a private name is called in a finding. Neutral on purpose: the people a credential's
   * evidence follows are students in one credential and learners or colleagues in another.
   */
  private static final String PRIVATE_NAME = "a real first name you keep private";

  private static final int CONTEXT = 40;
  private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";

  static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\d-])");
  static final Pattern STREET_ADDRESS =
      Pattern.compile(
          NOT_IN_WORD_BEFORE
              + "\\d{1,5}[ ]+(?:[A-Z][\\p{L}'.-]*[ ]+){1,4}"
              + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
              + "|Place|Pl|Terrace|Circle|Cir|Parkway|Pkwy|Highway|Hwy)"
              + NOT_IN_WORD_AFTER);
  static final Pattern LINK =
      Pattern.compile("(?:https?://|www\\.)[^\\s<>()\\[\\]\"']+", Pattern.CASE_INSENSITIVE);

  private final List<Term> terms;
  private final boolean needsFolding;

  private IdentifiabilityScan(List<Term> terms) {
    this.terms = terms;
    this.needsFolding = terms.stream().anyMatch(Term::anyCase);
  }

  public static IdentifiabilityScan of(IdentifyingDetails details) {
    List<Term> terms = new ArrayList<>();
    String name = details.educatorName().strip();
    if (!name.isEmpty()) {
      terms.add(Term.exact(name, "your name"));
      // A surname alone identifies as well as the whole name; short parts ("Jo") match too much.
      for (String part : name.split("\\s+")) {
        if (part.length() >= 3 && !part.equals(name)) {
          terms.add(Term.word(part, "part of your name"));
        }
      }
    }
    addExact(terms, details.educatorEmail(), "your email address");
    addExact(terms, details.school(), "your school");
    addExact(terms, details.district(), "your district");
    for (String person : details.studentNames()) {
      if (!person.isBlank()) {
        terms.add(Term.word(person.strip(), PRIVATE_NAME));
      }
    }
    return new IdentifiabilityScan(List.copyOf(terms));
  }

  @Override
  public List<Finding> findings(CredentialDefinition definition, SubmissionContent content) {
    Set<String> quotedLinks = linksIn(definition);
    List<Finding> findings = new ArrayList<>();
    for (Part part : definition.parts()) {
      List<String> names = content.subjectsOf(part.id());
      for (int s = 0; s < names.size(); s++) {
        scan(
            names.get(s),
            Location.part(part.id()).subject(s),
            Places.partLabel(part) + ", the pseudonym of " + subjectLabel(part, s),
            quotedLinks,
            findings);
      }
      for (Component component : part.components()) {
        for (Answer answer : content.answers()) {
          if (answer.componentId().equals(component.id())) {
            scan(
                answer.markdown(),
                Location.component(part.id(), component.id())
                    .question(answer.questionId())
                    .subject(answer.subject()),
                place(part, component, answer, content),
                quotedLinks,
                findings);
          }
        }
        for (Document document : content.documents()) {
          if (document.componentId().equals(component.id())) {
            scan(
                document.text(),
                Location.component(part.id(), component.id()).subject(document.subject()),
                component.label()
                    + ", the document for "
                    + Places.subjectName(part, content, document.subject()),
                quotedLinks,
                findings);
          }
        }
      }
    }
    return findings;
  }

  private void scan(
      String text,
      Location location,
      String place,
      Set<String> quotedLinks,
      List<Finding> findings) {
    if (text == null || text.isBlank()) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    List<int[]> reported = new ArrayList<>();
    Starts starts = Starts.of(text, needsFolding);
    for (Term term : terms) {
      List<int[]> claimed = new ArrayList<>();
      for (int[] hit : notInside(reported, term.hits(text, starts.folded()))) {
        claimed.add(hit);
        report(text, hit, term.what(), location, place, seen, findings);
      }
      reported.addAll(claimed);
    }
    for (int[] hit : emails(text)) {
      report(text, hit, "an email address", location, place, seen, findings);
    }
    for (int[] hit :
        hits(PHONE, text, starts.phone(), starts.phones(), at -> mayStartPhone(text, at))) {
      report(text, hit, "a phone number", location, place, seen, findings);
    }
    for (int[] hit :
        hits(
            STREET_ADDRESS,
            text,
            starts.phone(),
            starts.phones(),
            at -> mayStartStreetAddress(text, at))) {
      report(text, hit, "a street address", location, place, seen, findings);
    }
    for (int[] hit : hits(LINK, text, starts.link(), starts.links(), at -> true)) {
      if (!quotedLinks.contains(trimLink(text.substring(hit[0], hit[1])))) {
        report(text, hit, "a link", location, place, seen, findings);
      }
    }
  }

  /**
   * The hits not inside a span already reported ("Whitfield" inside "Dana Whitfield" is the same
   * leak, and is not reported again); the first term to match a span claims it, so the full name
   * comes first. One term's hits never overlap, so only earlier terms' spans can hold them. Both
   * lists are walked once in order of their starts: a name used a thousand times costs a thousand
   * steps, not a million.
   */
  private static List<int[]> notInside(List<int[]> reported, List<int[]> hits) {
    if (reported.isEmpty()) {
      return hits;
    }
    List<int[]> spans = new ArrayList<>(reported);
    spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
    List<int[]> outside = new ArrayList<>();
    int next = 0;
    int furthestEnd = -1;
    for (int[] hit : hits) {
      while (next < spans.size() && spans.get(next)[0] <= hit[0]) {
        furthestEnd = Math.max(furthestEnd, spans.get(next)[1]);
        next++;
      }
      if (furthestEnd < hit[1]) {
        outside.add(hit);
      }
    }
    return outside;
  }

  /** One finding per distinct text hit in one place: a name used ten times is one thing to fix. */
  private static void report(
      String text,
      int[] hit,
      String what,
      Location location,
      String place,
      Set<String> seen,
      List<Finding> findings) {
    String matched = text.substring(hit[0], hit[1]).toLowerCase(Locale.ROOT);
    if (!seen.add(matched)) {
      return;
    }
    findings.add(
        Finding.advisory(
                "identifying-detail",
                location,
                place
                    + ": \""
                    + context(text, hit[0], hit[1])
                    + "\" may identify "
                    + (what.equals(PRIVATE_NAME)
                        ? "someone in your evidence"
                        : "you or someone in your evidence")
                    + " ("
                    + what
                    + ").")
            .matching(matched));
  }

  // Each pattern below is tried only where a match can begin, instead of at every position of the
  // text as Matcher.find would: a draft of 6,000 words has a few digits, @ signs and links, and
  // trying four patterns at each of its 40,000 positions cost far more than the rest of the
  // checklist. The hits are the ones find() gives, in the same order.

  /**
   * The matches of {@code pattern} in {@code text}, left to right and not overlapping, as {@link
   * Matcher#find()} gives them, trying the pattern only at the first {@code count} of {@code
   * starts} (ascending), and of those only where {@code worthTrying} holds. {@code worthTrying}
   * must only rule out places where the pattern cannot match, so that the hits stay those of
   * find().
   */
  static List<int[]> hits(
      Pattern pattern, String text, int[] starts, int count, IntPredicate worthTrying) {
    List<int[]> hits = new ArrayList<>();
    Matcher matcher = null;
    int at = 0;
    for (int k = 0; k < count; k++) {
      int start = starts[k];
      if (start < at || !worthTrying.test(start)) {
        continue;
      }
      if (matcher == null) {
        // Transparent, non-anchoring bounds: look-behind and look-ahead see the whole text, so a
        // match tried from a region start is the match find() would see there.
        matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (matcher.region(start, text.length()).lookingAt() && matcher.end() > start) {
        hits.add(new int[] {start, matcher.end()});
        at = matcher.end();
      }
    }
    return hits;
  }

  /**
   * What {@link #PHONE} needs at a start, checked by hand because most digits in prose (years,
   * amounts, list numbers) fail it and a regular expression attempt costs far more than this: no
   * digit or hyphen before it (its look-behind), then {@code +}, or {@code (} and three digits and
   * {@code )}, or three digits and a separator.
   */
  static boolean mayStartPhone(String text, int start) {
    if (start > 0 && (isAsciiDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      return false;
    }
    char c = text.charAt(start);
    if (c == '+') {
      return true;
    }
    if (c == '(') {
      return digitsAt(text, start + 1, 3) && charAt(text, start + 4) == ')';
    }
    return digitsAt(text, start, 3) && " .-".indexOf(charAt(text, start + 3)) >= 0;
  }

  /**
   * What {@link #STREET_ADDRESS} needs at a start: not inside a word (its look-behind), one to five
   * digits, spaces, then a capital letter.
   */
  static boolean mayStartStreetAddress(String text, int start) {
    // The look-behind reads the one char before: a letter or digit there fails it, while half of a
    // surrogate pair is left for the pattern to judge.
    if (start > 0 && isWordChar(text.charAt(start - 1))) {
      return false;
    }
    int end = start;
    while (end < text.length() && isAsciiDigit(text.charAt(end))) {
      end++;
    }
    if (end == start || end - start > 5 || charAt(text, end) != ' ') {
      return false;
    }
    while (charAt(text, end) == ' ') {
      end++;
    }
    char next = charAt(text, end);
    return next >= 'A' && next <= 'Z';
  }

  private static boolean digitsAt(String text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!isAsciiDigit(charAt(text, i))) {
        return false;
      }
    }
    return true;
  }

  /** The character at {@code i}, or NUL past the end, which no test above accepts. */
  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Where a phone number or a street address may begin (a digit, {@code +} or {@code (}) and where
   * a link may (http or www, in any case), found in one pass over the text; and the text {@link
   * Term#fold folded} for the case-blind terms, when there are any.
   */
  private record Starts(int[] phone, int phones, int[] link, int links, String folded) {

    static Starts of(String text, boolean fold) {
      int n = text.length();
      int[] phone = new int[16];
      int phones = 0;
      int[] link = new int[4];
      int links = 0;
      // One bulk copy, folded in place: reading and writing an array is cheaper per character
      // than charAt on a text that is not all Latin-1, and only upper-case and non-ASCII letters
      // need writing at all.
      char[] chars = text.toCharArray();
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c <= '9') {
          if (c >= '0' || c == '+' || c == '(') {
            if (phones == phone.length) {
              phone = java.util.Arrays.copyOf(phone, phones * 2);
            }
            phone[phones++] = i;
          }
        } else if (c < 128) {
          int lower = c | 0x20;
          if ((lower == 'h' || lower == 'w')
              && (startsCaseBlind(text, i, "http") || startsCaseBlind(text, i, "www."))) {
            if (links == link.length) {
              link = java.util.Arrays.copyOf(link, links * 2);
            }
            link[links++] = i;
          }
          if (fold && c >= 'A' && c <= 'Z') {
            chars[i] = (char) lower;
          }
        } else if (fold) {
          i = Term.foldInto(text, i, chars) - 1;
        }
      }
      return new Starts(phone, phones, link, links, fold ? new String(chars) : null);
    }
  }

  /**
   * Whether {@code text} holds {@code lower} at {@code i}, its letters in either case: what {@link
   * #LINK}'s case-blind (ASCII only) comparison accepts. Written out because {@code
   * String.regionMatches(true, ...)} folds through the Unicode tables for every character of a text
   * that is not all Latin-1, and it ran at every h and w.
   */
  private static boolean startsCaseBlind(String text, int i, String lower) {
    if (i + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(i + k);
      char want = lower.charAt(k);
      if (c != want && !(want >= 'a' && want <= 'z' && c == want - ('a' - 'A'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every email address has an @ after a run of the characters of its first part, so the only
   * places worth trying are the start of such a run, and only when an @ ends it.
   */
  static List<int[]> emails(String text) {
    List<int[]> hits = new ArrayList<>();
    Matcher matcher = null;
    int from = 0;
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > from && isEmailLocal(Character.codePointBefore(text, start))) {
        start -= Character.charCount(Character.codePointBefore(text, start));
      }
      if (start < at) {
        if (matcher == null) {
          matcher = EMAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (matcher.region(start, text.length()).lookingAt()) {
          hits.add(new int[] {start, matcher.end()});
          from = matcher.end();
        }
      }
      at = text.indexOf('@', Math.max(at + 1, from));
    }
    return hits;
  }

  private static boolean isEmailLocal(int cp) {
    return Character.isLetter(cp)
        || isNumber(cp)
        || cp == '.'
        || cp == '_'
        || cp == '%'
        || cp == '+'
        || cp == '-';
  }

  /** The links in {@code text}: a link begins with http or www, in any case. */
  static List<int[]> links(String text) {
    Starts starts = Starts.of(text, false);
    return hits(LINK, text, starts.link(), starts.links(), at -> true);
  }

  /** What {@code \p{N}} matches: a digit, a letter-like number or another number. */
  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** What {@code \p{L}} and {@code \p{N}} match: a character that continues a word. */
  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || isNumber(cp);
  }

  static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String snippet = collapseSpaces(text, from, to).strip();
    return (from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : "");
  }

  /**
   * {@code text.substring(from, to).replaceAll("\\s+", " ")} without a regular expression: each run
   * of the characters {@code \s} stands for (space, tab, line feed, vertical tab, form feed,
   * carriage return) becomes one space.
   */
  private static String collapseSpaces(String text, int from, int to) {
    char[] out = new char[to - from];
    int length = 0;
    boolean inSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space) {
        out[length++] = c;
      } else if (!inSpace) {
        out[length++] = ' ';
      }
      inSpace = space;
    }
    return new String(out, 0, length);
  }

  private static String place(
      Part part, Component component, Answer answer, SubmissionContent content) {
    String question =
        component.questions().stream()
            .filter(q -> q.id().equals(answer.questionId()))
            .map(q -> "question " + q.number())
            .findFirst()
            .orElse("an answer");
    return component.label()
        + ", "
        + question
        + (answer.subject().isPresent()
            ? " for " + Places.subjectName(part, content, answer.subject().getAsInt())
            : "");
  }

  private static String subjectLabel(Part part, int subject) {
    return part.subjects().map(Subjects::label).orElse("subject") + " " + (subject + 1);
  }

  private static Set<String> linksIn(CredentialDefinition definition) {
    Set<String> links = new LinkedHashSet<>();
    Stream.concat(
            Stream.of(definition.introduction(), definition.research(), definition.resources()),
            definition.guidance().stream().map(CredentialDefinition.GuidanceSection::body))
        .forEach(
            text -> {
              for (int[] hit : links(text)) {
                links.add(trimLink(text.substring(hit[0], hit[1])));
              }
            });
    return links;
  }

  /** A sentence's final punctuation is not part of the link it ends with. */
  static String trimLink(String link) {
    int end = link.length();
    while (end > 0 && ".,;:!?".indexOf(link.charAt(end - 1)) >= 0) {
      end--;
    }
    return link.substring(0, end);
  }

  private static void addExact(List<Term> terms, String value, String what) {
    if (!value.isBlank()) {
      terms.add(Term.exact(value.strip(), what));
    }
  }

  /**
   * A value to look for, as a whole word: not preceded or followed by a letter or digit. An exact
   * term matches in any case, as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE}
   * would: character by character, each folded to the lower case of its upper case. A word term
   * matches only in its written case.
   */
  private record Term(String value, boolean anyCase, String what) {

    /** The whole value, in any case: schools and emails are written every which way. */
    static Term exact(String value, String what) {
      return new Term(fold(value), true, what);
    }

    /**
     * A name as a whole word, in its written case: "Rose" the student and "rose" the verb differ,
     * and a case-blind match would bury the real hits.
     */
    static Term word(String value, String what) {
      return new Term(value, false, what);
    }

    /**
     * The spans where the value stands as a whole word, left to right, not overlapping. {@code
     * folded} is the text {@link #fold folded}, for a term in any case: folding keeps every
     * character where it is, so a plain search of the folded text finds the case-blind matches.
     */
    List<int[]> hits(String text, String folded) {
      String searched = anyCase ? folded : text;
      List<int[]> hits = new ArrayList<>();
      int at = 0;
      while (at < text.length()) {
        int start = searched.indexOf(value, at);
        if (start < 0) {
          break;
        }
        int end = start + value.length();
        if ((start == 0 || !isWordChar(Character.codePointBefore(text, start)))
            && (end == text.length() || !isWordChar(Character.codePointAt(text, end)))) {
          hits.add(new int[] {start, end});
          at = end;
        } else {
          at = start + 1;
        }
      }
      return hits;
    }

    /** Each character as the case-blind comparison of a regular expression sees it. */
    static String fold(String text) {
      char[] chars = new char[text.length()];
      for (int i = 0; i < chars.length; ) {
        i = foldInto(text, i, chars);
      }
      return new String(chars);
    }

    /**
     * Writes the fold of the character at {@code i} into {@code folded} at the same position;
     * returns where the next character starts. Positions must not move, so a character whose fold
     * has another width stays as written.
     */
    static int foldInto(String text, int i, char[] folded) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        folded[i] = Folds.BMP[c];
        return i + 1;
      }
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      int lower = Character.toLowerCase(Character.toUpperCase(cp));
      Character.toChars(Character.charCount(lower) == width ? lower : cp, folded, i);
      return i + width;
    }
  }

  /**
   * The fold of every character of the Basic Multilingual Plane, made on first use: the JDK's case
   * mappings for a letter outside Latin-1 cost as much as the rest of the scan of that letter.
   */
  private static final class Folds {
    static final char[] BMP = new char[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        int lower = Character.toLowerCase(Character.toUpperCase(c));
        // A fold that needs two chars would move positions; such a character stays as written.
        BMP[c] = Character.isBmpCodePoint(lower) ? (char) lower : (char) c;
      }
    }
  }
}
