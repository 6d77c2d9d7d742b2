package org.mcportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private IdentifiabilityScan(List<Term> terms) {
    this.terms = terms;
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
    for (Term term : terms) {
      report(
          text,
          term.pattern(),
          term.what(),
          location,
          place,
          seen,
          findings,
          m -> !insideReported(reported, m));
    }
    report(text, EMAIL, "an email address", location, place, seen, findings, m -> true);
    report(text, PHONE, "a phone number", location, place, seen, findings, m -> true);
    report(text, STREET_ADDRESS, "a street address", location, place, seen, findings, m -> true);
    report(
        text,
        LINK,
        "a link",
        location,
        place,
        seen,
        findings,
        m -> !quotedLinks.contains(trimLink(m.group())));
  }

  /**
   * A hit inside a span already reported ("Whitfield" inside "Dana Whitfield") is the same leak,
   * and is not reported again; the first term to match a span claims it, so the full name comes
   * first.
   */
  private static boolean insideReported(List<int[]> reported, Matcher match) {
    for (int[] span : reported) {
      if (span[0] <= match.start() && match.end() <= span[1]) {
        return true;
      }
    }
    reported.add(new int[] {match.start(), match.end()});
    return false;
  }

  /** One finding per distinct text hit in one place: a name used ten times is one thing to fix. */
  private static void report(
      String text,
      Pattern pattern,
      String what,
      Location location,
      String place,
      Set<String> seen,
      List<Finding> findings,
      java.util.function.Predicate<Matcher> relevant) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (!relevant.test(matcher) || !seen.add(matcher.group().toLowerCase(Locale.ROOT))) {
        continue;
      }
      findings.add(
          Finding.advisory(
                  "identifying-detail",
                  location,
                  place
                      + ": \""
                      + context(text, matcher.start(), matcher.end())
                      + "\" may identify "
                      + (what.equals(PRIVATE_NAME)
                          ? "someone in your evidence"
                          : "you or someone in your evidence")
                      + " ("
                      + what
                      + ").")
              .matching(matcher.group().toLowerCase(Locale.ROOT)));
    }
  }

  static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String snippet = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : "");
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
              Matcher matcher = LINK.matcher(text);
              while (matcher.find()) {
                links.add(trimLink(matcher.group()));
              }
            });
    return links;
  }

  /** A sentence's final punctuation is not part of the link it ends with. */
  private static String trimLink(String link) {
    return link.replaceAll("[.,;:!?]+$", "");
  }

  private static void addExact(List<Term> terms, String value, String what) {
    if (!value.isBlank()) {
      terms.add(Term.exact(value.strip(), what));
    }
  }

  private record Term(Pattern pattern, String what) {

    /** The whole value, in any case: schools and emails are written every which way. */
    static Term exact(String value, String what) {
      return new Term(
          Pattern.compile(
              NOT_IN_WORD_BEFORE + Pattern.quote(value) + NOT_IN_WORD_AFTER,
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          what);
    }

    /**
     * A name as a whole word, in its written case: "Rose" the student and "rose" the verb differ,
     * and a case-blind match would bury the real hits.
     */
    static Term word(String value, String what) {
      return new Term(
          Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(value) + NOT_IN_WORD_AFTER), what);
    }
  }
}
