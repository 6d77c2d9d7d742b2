package org.mcportal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dashboard or an export covers: one credential (every version, or one), the days on which
 * attempts were submitted (UTC, both ends included), and optionally one cohort of educators.
 */
public record ReportFilter(
    String credentialId,
    Optional<String> version,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<Long> cohortId) {

  public ReportFilter {
    Objects.requireNonNull(credentialId, "credentialId");
    version = version.filter(v -> !v.isBlank());
  }

  public static ReportFilter of(String credentialId) {
    return new ReportFilter(
        credentialId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  Optional<Instant> fromInstant() {
    return from.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The first instant after the window: the start of the day after {@code to}. */
  Optional<Instant> toExclusive() {
    return to.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  boolean hasWindow() {
    return from.isPresent() || to.isPresent();
  }

  /**
   * Conditions on the submission {@code s}: the credential, the version and the cohort. The submit
   * window is applied by each query to the time it is about.
   */
  void onSubmission(Sql sql) {
    sql.and("s.credential_id = ?", credentialId);
    version.ifPresent(v -> sql.and("s.credential_version = ?", v));
    cohortId.ifPresent(
        id ->
            sql.and(
                "s.owner_id in (select m.educator_id from cohort_member m where m.cohort_id = ?)",
                id));
  }

  /** The submit window applied to a timestamp column such as {@code ri.submitted_at}. */
  void window(Sql sql, String column) {
    fromInstant().ifPresent(at -> sql.and(column + " >= ?", at));
    toExclusive().ifPresent(at -> sql.and(column + " < ?", at));
  }
}
