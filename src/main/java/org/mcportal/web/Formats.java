package org.mcportal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way pages write a moment, a date and a status, so that the same thing reads the same on
 * every page. Template extensions call these; page code may too.
 */
public final class Formats {

  // The server does not know the reader's time zone; UTC, said out loud, is never wrong.
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private Formats() {}

  /** "December 2, 2026 at 14:05 UTC". */
  public static String moment(Instant instant) {
    return MOMENT.format(instant);
  }

  /**
   * A moment for a page: a {@code <time>} element whose text is {@link #moment} in UTC, marked so
   * that {@code portal.js} rewrites it in the reader's own time zone, naming the zone. Without
   * script the UTC text stays, and says it is UTC.
   */
  public static String momentElement(Instant instant) {
    Instant whole = instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return "<time datetime=\"" + whole + "\" data-local>" + moment(instant) + "</time>";
  }

  /** "March 17, 2022", as the credentials print their dates. */
  public static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** A status constant as people read it: {@code IN_REVIEW} is "In review". */
  public static String status(Enum<?> status) {
    String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
