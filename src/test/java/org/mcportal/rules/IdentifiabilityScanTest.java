package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scan tries its patterns only where a hit can begin, and looks for names without regular
 * expressions. These tests hold it to what a plain search of every position with the patterns the
 * scan is specified by finds, on texts built to sit near every edge: names inside words and in
 * other cases, broken emails, numbers that are nearly phone numbers, links ending in punctuation.
 */
class IdentifiabilityScanTest {

  private static final String[] PIECES = {
    "Dana",
    "dana",
    "DANA",
    "Whitfield",
    "whitfield",
    "Dana Whitfield",
    "dana  whitfield",
    "Danas",
    "xDana",
    "Mateo",
    "mateo",
    "Mateo's",
    "Hodan",
    "Linh",
    "Linhs",
    "Riverside Elementary",
    "RIVERSIDE elementary",
    "Riverside Elementaryx",
    "North District",
    "jordan@school.example",
    "JORDAN@School.Example",
    "mom.l@example.com",
    "a@b",
    "@",
    "@@x.org",
    "x@y.z",
    "é@ü.de",
    "first.last+tag@sub.example.co.uk",
    "(555) 201-3344",
    "555-201-3344",
    "+1 555.201.3344",
    "1555-201-3344",
    "555-201-33445",
    "2019-2020",
    "1500-2000",
    "42 Old Mill Road",
    "42 old mill road",
    "123456 Main Street",
    "7 Elm St",
    "9 A B C D E Way",
    "3 Long Lane,",
    "https://example.net/our-family.",
    "HTTP://Example.org/x?y=1,",
    "www.school.example!",
    "wwwx.example",
    "htt://no",
    "(https://inside.example)",
    "[link](https://example.com/a)",
    "Élodie",
    "Zoë",
    "日本",
    "٣",
    "Ⅻ",
    "½",
    " ",
    "  ",
    "\n",
    "\n\n",
    ".",
    ",",
    "-",
    "'",
    "(",
    ")",
    "+",
    "0",
    "12",
    "the",
    "family",
    "visit",
    "hope",
    "rose",
    "Rose",
    "Rosemary",
  };

  private final CredentialDefinition homeVisits = CredentialFiles.homeVisits();

  @Test
  void findsWhatASearchAtEveryPositionFinds() {
    Random random = new Random(20261129);
    IdentifyingDetails details =
        new IdentifyingDetails(
            "Dana Whitfield",
            "jordan@school.example",
            "Riverside Elementary",
            "North District",
            List.of("Mateo", "Hodan", "Linh", "Rose"));
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      String written = text.toString();

      assertThat(messages(IdentifiabilityScan.of(details), written))
          .as("the scan of %s", written)
          .isEqualTo(everyPosition(details, written));
    }
  }

  @Test
  void aLinkTheCredentialQuotesIsNotFlaggedEvenWithAFullStopAfterIt() {
    Matcher link = IdentifiabilityScan.LINK.matcher(definitionText());
    assertThat(link.find()).as("the credential's resources quote a link").isTrue();
    String written =
        "We read " + IdentifiabilityScan.trimLink(link.group()) + ". See www.other.example.";

    assertThat(messages(IdentifiabilityScan.of(IdentifyingDetails.none()), written))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("www.other.example").contains("(a link)"));
  }

  private List<String> messages(IdentifiabilityScan scan, String written) {
    SubmissionContent content =
        new SubmissionContent(
            java.util.Map.of(),
            List.of(Answer.of("part-1", "why-this-credential", written)),
            List.of());
    // What was found and its context; the place in front is the same for every finding here.
    return scan.findings(homeVisits, content).stream()
        .map(f -> f.message().substring(f.message().indexOf(": \"")))
        .toList();
  }

  /**
   * The scan as its specification reads: each term and pattern searched with {@link
   * Matcher#find()}, terms first, a hit inside an earlier term's hit dropped, one finding per
   * distinct text.
   */
  private List<String> everyPosition(IdentifyingDetails details, String text) {
    String notBefore = "(?<![\\p{L}\\p{N}])";
    String notAfter = "(?![\\p{L}\\p{N}])";
    int anyCase = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    List<Object[]> terms = new ArrayList<>();
    terms.add(
        new Object[] {
          Pattern.compile(notBefore + Pattern.quote(details.educatorName()) + notAfter, anyCase),
          "your name"
        });
    for (String part : details.educatorName().split("\\s+")) {
      terms.add(
          new Object[] {
            Pattern.compile(notBefore + Pattern.quote(part) + notAfter), "part of your name"
          });
    }
    terms.add(
        new Object[] {
          Pattern.compile(notBefore + Pattern.quote(details.educatorEmail()) + notAfter, anyCase),
          "your email address"
        });
    terms.add(
        new Object[] {
          Pattern.compile(notBefore + Pattern.quote(details.school()) + notAfter, anyCase),
          "your school"
        });
    terms.add(
        new Object[] {
          Pattern.compile(notBefore + Pattern.quote(details.district()) + notAfter, anyCase),
          "your district"
        });
    for (String name : details.studentNames()) {
      terms.add(
          new Object[] {
            Pattern.compile(notBefore + Pattern.quote(name) + notAfter),
            "a real first name you keep private"
          });
    }
    Set<String> quoted = new LinkedHashSet<>();
    Matcher inDefinition = IdentifiabilityScan.LINK.matcher(definitionText());
    while (inDefinition.find()) {
      quoted.add(inDefinition.group().replaceAll("[.,;:!?]+$", ""));
    }
    Set<String> seen = new LinkedHashSet<>();
    List<int[]> reported = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (Object[] term : terms) {
      Matcher m = ((Pattern) term[0]).matcher(text);
      while (m.find()) {
        boolean inside = reported.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
        if (!inside) {
          reported.add(new int[] {m.start(), m.end()});
          add(text, m, (String) term[1], seen, messages);
        }
      }
    }
    Object[][] patterns = {
      {IdentifiabilityScan.EMAIL, "an email address"},
      {IdentifiabilityScan.PHONE, "a phone number"},
      {IdentifiabilityScan.STREET_ADDRESS, "a street address"},
      {IdentifiabilityScan.LINK, "a link"},
    };
    for (Object[] pattern : patterns) {
      Matcher m = ((Pattern) pattern[0]).matcher(text);
      while (m.find()) {
        if (pattern[1].equals("a link")
            && quoted.contains(m.group().replaceAll("[.,;:!?]+$", ""))) {
          continue;
        }
        add(text, m, (String) pattern[1], seen, messages);
      }
    }
    return messages;
  }

  private String definitionText() {
    StringBuilder text =
        new StringBuilder()
            .append(homeVisits.introduction())
            .append(' ')
            .append(homeVisits.research())
            .append(' ')
            .append(homeVisits.resources());
    homeVisits.guidance().forEach(g -> text.append(' ').append(g.body()));
    return text.toString();
  }

  private static void add(
      String text, Matcher m, String what, Set<String> seen, List<String> messages) {
    if (seen.add(m.group().toLowerCase(Locale.ROOT))) {
      messages.add(
          ": \""
              + IdentifiabilityScan.context(text, m.start(), m.end())
              + "\" may identify "
              + (what.startsWith("a real")
                  ? "someone in your evidence"
                  : "you or someone in your evidence")
              + " ("
              + what
              + ").");
    }
  }
}
