package org.mcportal.submission.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mcportal.rules.SubmissionStatus;

/** Helpers the submission pages call on plain values. */
@TemplateExtension
final class SubmissionTemplateExtensions {

  // The server does not know the educator's time zone; UTC, said out loud, is never wrong.
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("MMMM d, uuuu, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private SubmissionTemplateExtensions() {}

  /** {@code {receipt.submittedAt.moment}}: "March 17, 2026, 14:02 UTC". */
  static String moment(Instant instant) {
    return MOMENT.format(instant);
  }

  /** {@code {submission.status.shown}}: "Draft", "In review". */
  static String shown(SubmissionStatus status) {
    String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
