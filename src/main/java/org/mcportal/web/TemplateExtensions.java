package org.mcportal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Helpers the page templates call on plain values. */
@TemplateExtension
final class TemplateExtensions {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private TemplateExtensions() {}

  /** {@code {part.instructions.markdown}}: the text rendered by {@link MarkdownRenderer}. */
  static RawString markdown(String text) {
    return new RawString(Arc.container().instance(MarkdownRenderer.class).get().toHtml(text));
  }

  /**
   * {@code {definition.revised.spelledOut}}: "March 17, 2022", as the credential prints its dates.
   */
  static String spelledOut(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** {@code {bounds.max.grouped}}: "2,000" rather than "2000". */
  static String grouped(int number) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
  }
}
