package org.mcportal.reporting.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

@TemplateExtension
class ReportTemplateExtensions {

  /** A share from 0 to 1 as a whole percentage, such as {@code 83%}. */
  static String percent(Double share) {
    return share == null ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
