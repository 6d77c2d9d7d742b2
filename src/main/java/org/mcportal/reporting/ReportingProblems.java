package org.mcportal.reporting;

import jakarta.ws.rs.core.Response;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/** Every refusal of the reporting feature; the constants are the types clients branch on. */
public final class ReportingProblems {

  public static final String COHORT_NAME_TAKEN = "cohort-name-taken";
  public static final String NOT_AN_EDUCATOR = "not-an-educator";
  public static final String INVALID = "invalid";
  public static final String BAD_FILTER = "bad-filter";

  private ReportingProblems() {}

  static ProblemException unknownCredential(ReportFilter filter) {
    return ProblemException.notFound(
        "No credential with id '"
            + filter.credentialId()
            + "'"
            + filter.version().map(v -> " and version '" + v + "'").orElse(""));
  }

  static ProblemException unknownCohort(long id) {
    return ProblemException.notFound("No cohort with id " + id);
  }

  static ProblemException badFilter(String detail) {
    return new ProblemException(
        Problem.of(Response.Status.BAD_REQUEST, detail).withType(BAD_FILTER));
  }

  static ProblemException noAccount(long id) {
    return ProblemException.notFound("No account with id " + id);
  }

  static ProblemException nameTaken(String name) {
    return new ProblemException(
        Problem.of(Response.Status.CONFLICT, "A cohort named '" + name + "' exists")
            .withType(COHORT_NAME_TAKEN));
  }

  static ProblemException notAnEducator(long accountId) {
    return new ProblemException(
        Problem.of(Response.Status.CONFLICT, "Account " + accountId + " is not an educator")
            .withType(NOT_AN_EDUCATOR));
  }

  static ProblemException invalid(String field, String detail) {
    return new ProblemException(
        Problem.unprocessable(detail, java.util.List.of(field + ": " + detail)).withType(INVALID));
  }
}
