package org.mcportal.reporting;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report filters as the dashboard, the exports and the summary take them from the query string,
 * so that each of them reads the same five parameters in one place and the API document describes
 * them once.
 *
 * @param credential the credential's id; required
 * @param version one version of it, or every version when absent
 * @param from the first day (UTC) of submission, included
 * @param to the last day (UTC) of submission, included
 * @param cohort one cohort of educators, or everyone when absent
 */
public record ReportQuery(
    @QueryParam("credential") String credential,
    @QueryParam("version") String version,
    @QueryParam("from") String from,
    @QueryParam("to") String to,
    @QueryParam("cohort") Long cohort) {

  /** The same filters for another credential, for a page that picks one when none is named. */
  public ReportQuery withCredential(String credentialId) {
    return new ReportQuery(credentialId, version, from, to, cohort);
  }

  /** The filter these parameters mean, refusing what the reports cannot mean. */
  public ReportFilter filter() {
    if (credential == null || credential.isBlank()) {
      throw ReportingProblems.badFilter("Name a credential: credential=<id>");
    }
    Optional<LocalDate> start = ReportRequests.day("from", from);
    Optional<LocalDate> end = ReportRequests.day("to", to);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw ReportingProblems.badFilter("'to' is before 'from'");
    }
    return new ReportFilter(
        credential.strip(), Optional.ofNullable(version), start, end, Optional.ofNullable(cohort));
  }
}
