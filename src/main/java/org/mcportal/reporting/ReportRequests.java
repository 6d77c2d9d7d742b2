package org.mcportal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the report filters the API and the pages take, refusing what they cannot mean. */
public final class ReportRequests {

  private ReportRequests() {}

  public static ReportFilter filter(
      String credential, String version, String from, String to, Long cohort) {
    if (credential == null || credential.isBlank()) {
      throw ReportingProblems.badFilter("Name a credential: credential=<id>");
    }
    Optional<LocalDate> start = day("from", from);
    Optional<LocalDate> end = day("to", to);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw ReportingProblems.badFilter("'to' is before 'from'");
    }
    return new ReportFilter(
        credential.strip(), Optional.ofNullable(version), start, end, Optional.ofNullable(cohort));
  }

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

  private static Optional<LocalDate> day(String name, String value) {
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
