package org.mcportal.assessment.pages;

import io.quarkus.qute.TemplateExtension;
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
}
