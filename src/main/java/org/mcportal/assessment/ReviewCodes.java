package org.mcportal.assessment;

import java.security.SecureRandom;

/**
 * Codes that name a review item to assessors: random, so they say nothing about the order of
 * submissions or about their number, and in Crockford's base 32 (no I, L, O, U), so they are read
 * aloud and typed without mix-ups. 40 bits: collisions are rare and retried.
 */
final class ReviewCodes {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReviewCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  static boolean wellFormed(String code) {
    return code != null && code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  }
}
