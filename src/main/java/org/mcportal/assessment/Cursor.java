package org.mcportal.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position (time, id) as an opaque string, so clients page without offsets and cannot
 * build positions of their own.
 */
record Cursor(Instant at, long id) {

  String encode() {
    String plain = at.getEpochSecond() + "." + at.getNano() + "." + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  static Cursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      String[] parts = plain.split("\\.");
      if (parts.length != 3) {
        throw AssessmentProblems.badCursor();
      }
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          Long.parseLong(parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw AssessmentProblems.badCursor();
    }
  }
}
