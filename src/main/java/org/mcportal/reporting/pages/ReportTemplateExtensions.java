package org.mcportal.reporting.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import org.mcportal.assessment.AgreementFigures;

@TemplateExtension
class ReportTemplateExtensions {

  /** A share from 0 to 1 as a whole percentage, such as {@code 83%}. */
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
