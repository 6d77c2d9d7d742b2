package org.mcportal.assessment.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import org.mcportal.assessment.AgreementFigures;
import org.mcportal.assessment.BlindReview;

/** Helpers the assessment pages call on plain values. */
@TemplateExtension
final class AssessmentTemplateExtensions {

  private AssessmentTemplateExtensions() {}

  /** {@code {field.anchor}}: an element id made of the field key, which holds colons. */
  static String anchor(BlindReview.FieldView field) {
    return "field-" + field.key().replaceAll("[^A-Za-z0-9-]", "-");
  }

  /** "2. How did the visit go?" or "Document 3": what the assessor reads above a field. */
  static String heading(BlindReview.FieldView field) {
    if (field.question() != null) {
      return field.subject() == null
          ? field.question()
          : field.question() + " (subject " + (field.subject() + 1) + ")";
    }
    return "Document " + (field.subject() == null ? 1 : field.subject() + 1);
  }

  /** {@code {figure.percent}}: "72.0%", or a dash when the data do not define it. */
  static String percent(AgreementFigures.Figure figure) {
    return figure.value() == null ? "—" : format("%.1f%%", figure.value() * 100);
  }

  /** {@code {figure.percentInterval}}: "60.1% to 81.3%", or empty without a value. */
  static String percentInterval(AgreementFigures.Figure figure) {
    return figure.value() == null || figure.lower() == null
        ? ""
        : format("%.1f%% to %.1f%%", figure.lower() * 100, figure.upper() * 100);
  }

  /** {@code {figure.decimal}}: "0.41", or a dash when the data do not define it. */
  static String decimal(AgreementFigures.Figure figure) {
    return figure.value() == null ? "—" : format("%.2f", figure.value());
  }

  /** {@code {figure.signed}}: "+0.25" or "−0.50" steps, so that the lean reads at a glance. */
  static String signed(AgreementFigures.Figure figure) {
    return figure.value() == null ? "—" : format("%+.2f", figure.value()).replace('-', '−');
  }

  /** {@code {figure.decimalInterval}}: "0.20 to 0.62", or empty without a value. */
  static String decimalInterval(AgreementFigures.Figure figure) {
    return figure.value() == null || figure.lower() == null
        ? ""
        : format("%.2f to %.2f", figure.lower(), figure.upper()).replace('-', '−');
  }

  /** {@code {figure.lean}}: lenient, severe or on the reference, from the interval. */
  static String lean(AgreementFigures.Figure figure) {
    if (figure.value() == null || figure.lower() == null) {
      return "";
    }
    if (figure.lower() > 0) {
      return "lenient";
    }
    if (figure.upper() < 0) {
      return "severe";
    }
    return "no clear lean";
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
