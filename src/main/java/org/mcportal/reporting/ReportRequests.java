package org.mcportal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the days and instants of the report filters, refusing what they cannot mean. */
public final class ReportRequests {

  private ReportRequests() {}

  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException again) {
        throw ReportingProblems.badFilter(
            "'"
                + name
                + "' is a day such as 2026-11-29 or an instant such as 2026-11-29T08:00:00Z");
      }
    }
  }

  static Optional<LocalDate> day(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw ReportingProblems.badFilter("'" + name + "' is a day such as 2026-11-29");
    }
  }
}
