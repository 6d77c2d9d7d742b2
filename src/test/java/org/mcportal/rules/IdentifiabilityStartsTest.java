package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scan skips the phone and street-address patterns where a hand check says they cannot match.
 * Skipping a place where they can would lose a finding, so these tests try every position of many
 * generated texts with the patterns themselves and require the hand check to let each match
 * through.
 */
class IdentifiabilityStartsTest {

  // Pieces of near-matches: digit runs of every length around the patterns' counts, their
  // separators, capitals and lower-case words, and letters and digits from beyond ASCII (a
  // supplementary letter and an Arabic-Indic digit) that look-behinds must judge.
  private static final String[] PHONE_PIECES = {
    "1",
    "23",
    "555",
    "201",
    "3344",
    "12345",
    "-",
    ".",
    " ",
    "(",
    ")",
    "+",
    "+1",
    "+44 ",
    "(555)",
    "555-",
    "201.",
    "3344",
    "x",
    "é",
    "\uD835\uDC00",
    "\n",
    "٣"
  };

  private static final String[] ADDRESS_PIECES = {
    "1",
    "42",
    "555",
    "12345",
    "123456",
    " ",
    "  ",
    "-",
    "Main ",
    "42 Main St",
    "7 Old Mill Road",
    "main ",
    "Old Mill ",
    "St",
    "Street",
    "Rd",
    "Road",
    "Ave",
    "x",
    "é",
    "Ж",
    "\uD835\uDC00",
    "\n",
    "٣",
    "O'Neil "
  };

  @Test
  void thePhoneCheckLetsThroughEveryPlaceWherePhoneNumbersMatch() {
    everyMatchPasses(PHONE_PIECES, IdentifiabilityScan.PHONE, IdentifiabilityScan::mayStartPhone);
  }

  @Test
  void theAddressCheckLetsThroughEveryPlaceWhereStreetAddressesMatch() {
    everyMatchPasses(
        ADDRESS_PIECES,
        IdentifiabilityScan.STREET_ADDRESS,
        IdentifiabilityScan::mayStartStreetAddress);
  }

  @Test
  void theChecksRuleOutYearsAndLowerCaseWordsAfterNumbers() {
    String text = "In 2022 we met 3 times";
    assertThat(IdentifiabilityScan.mayStartPhone(text, text.indexOf("2022"))).isFalse();
    assertThat(IdentifiabilityScan.mayStartStreetAddress(text, text.indexOf("3 t"))).isFalse();
    assertThat(IdentifiabilityScan.mayStartPhone("call (555) 201-3344", 5)).isTrue();
    assertThat(IdentifiabilityScan.mayStartStreetAddress("at 42 Old Mill Road", 3)).isTrue();
  }

  private static void everyMatchPasses(
      String[] pieceSet, Pattern pattern, BiPredicate<String, Integer> check) {
    Random random = new Random(14);
    int matches = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(16);
      for (int p = 0; p < pieces; p++) {
        text.append(pieceSet[random.nextInt(pieceSet.length)]);
      }
      String s = text.toString();
      Matcher matcher = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      for (int at = 0; at < s.length(); at++) {
        if (matcher.region(at, s.length()).lookingAt()) {
          matches++;
          assertThat(check.test(s, at)).as("a match at %d of \"%s\"", at, s).isTrue();
        }
      }
    }
    // The texts must actually hold matches, or the test proves nothing.
    assertThat(matches).isGreaterThan(200);
  }
}
