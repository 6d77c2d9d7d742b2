package org.mcportal.reporting.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import org.mcportal.assessment.AgreementFigures;
import org.mcportal.reporting.CredentialVersions;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.web.Formats;

@TemplateExtension
class ReportTemplateExtensions {

  /** A share from 0 to 1 as a whole percentage, such as {@code 83%}. */
  /** {@code {status.statusWords}}: a submission status constant as the pages name it. */
  static String statusWords(String status) {
    return Formats.status(SubmissionStatus.valueOf(status));
  }

  /** {@code {count.statusLabel}}: the status as the pages name it, "In review". */
  static String statusLabel(CredentialVersions.StatusCount count) {
    return Formats.status(SubmissionStatus.valueOf(count.status()));
  }

  static String percent(Double share) {
    return share == null ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** An agreement share with its 95% interval, such as {@code 83% (64% to 93%)}. */
  static String asShare(AgreementFigures.Figure figure) {
    return shown(figure, "%.0f%%", 100);
  }

  /** A kappa with its 95% interval, such as {@code 0.40 (0.05 to 0.75)}. */
  static String asCoefficient(AgreementFigures.Figure figure) {
    return shown(figure, "%.2f", 1);
  }

  /** "not defined" when the statistic has no value; the API says why. */
  private static String shown(AgreementFigures.Figure figure, String format, double scale) {
    if (figure.value() == null) {
      return "not defined";
    }
    String value = String.format(Locale.ROOT, format, figure.value() * scale);
    if (figure.lower() == null || figure.upper() == null) {
      return value;
    }
    return String.format(
        Locale.ROOT,
        "%s (%s to %s)",
        value,
        String.format(Locale.ROOT, format, figure.lower() * scale),
        String.format(Locale.ROOT, format, figure.upper() * scale));
  }
}
