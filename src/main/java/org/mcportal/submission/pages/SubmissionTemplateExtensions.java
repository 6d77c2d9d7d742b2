package org.mcportal.submission.pages;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.web.Formats;

/** Helpers the submission pages call on plain values. */
@TemplateExtension
final class SubmissionTemplateExtensions {

  private SubmissionTemplateExtensions() {}

  /** {@code {receipt.submittedAt.moment}}: "March 17, 2026 at 14:02 UTC", as on every page. */
  static RawString moment(Instant instant) {
    return new RawString(Formats.momentElement(instant));
  }

  /** {@code {submission.status.shown}}: "Draft", "In review". */
  static String shown(SubmissionStatus status) {
    return Formats.status(status);
  }
}
