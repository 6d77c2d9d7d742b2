package org.mcportal.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.List;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/** The problems this feature answers with, each with a stable type a client can switch on. */
final class IdentityProblems {

  static final String RETRY_AFTER = "Retry-After";

  private IdentityProblems() {}

  static ProblemException unauthorized(String detail) {
    return new ProblemException(Problem.of(Status.UNAUTHORIZED, detail).withType("unauthorized"));
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(Status.FORBIDDEN, detail).withType("forbidden"));
  }

  static ProblemException notFound(String detail) {
    return ProblemException.notFound(detail);
  }

  static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(Status.CONFLICT, detail).withType("conflict"));
  }

  static ProblemException invalid(List<String> errors) {
    return new ProblemException(
        Problem.unprocessable(
                errors.size() == 1
                    ? errors.get(0)
                    : "The request has " + errors.size() + " problems",
                errors)
            .withType("invalid"));
  }

  static ProblemException invalid(String error) {
    return invalid(List.of(error));
  }

  static Problem passwordChangeRequired() {
    return Problem.of(
            Status.FORBIDDEN,
            "You must change your password before you can do anything else: POST your current and"
                + " new password to /api/auth/password")
        .withType("password-change-required");
  }

  static Response tooManyAttempts(Duration retryAfter, String path) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return Response.fromResponse(
            new Problem(
                    null,
                    "Too Many Requests",
                    429,
                    "Too many sign-in attempts; try again in " + seconds + " seconds",
                    null,
                    null)
                .withType("too-many-attempts")
                .at(path)
                .toResponse())
        .header(RETRY_AFTER, seconds)
        .build();
  }
}
