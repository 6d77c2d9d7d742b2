package org.mcportal.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.List;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * The problems this feature answers with, each with a stable type a client can switch on. The types
 * are public so that pages branch on them; only this feature builds the problems.
 */
public final class IdentityProblems {

  /** 422: the request breaks a rule of the form; {@code errors} says which field and how. */
  public static final String INVALID = "invalid";

  /** 409: another account already has the email address; the error names the email field. */
  public static final String EMAIL_TAKEN = "email-taken";

  /** 409: the change would leave the portal without an active admin. */
  public static final String LAST_ADMIN = "last-admin";

  /** 409: the account signs in through the institution, which owns its password. */
  public static final String EXTERNAL_ACCOUNT = "external-account";

  /** 409: any other change that the account's state refuses. */
  public static final String CONFLICT = "conflict";

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
    return new ProblemException(Problem.of(Status.CONFLICT, detail).withType(CONFLICT));
  }

  /** The detail is also the email field's error, so that a form shows it next to the field. */
  static ProblemException emailTaken(String detail) {
    return new ProblemException(
        new Problem(null, "Conflict", 409, detail, null, List.of("email: " + detail))
            .withType(EMAIL_TAKEN));
  }

  static ProblemException lastAdmin(String action) {
    return new ProblemException(
        Problem.of(
                Status.CONFLICT,
                "Cannot " + action + " the last active admin; make someone else an admin first")
            .withType(LAST_ADMIN));
  }

  static ProblemException externalAccount(String detail) {
    return new ProblemException(Problem.of(Status.CONFLICT, detail).withType(EXTERNAL_ACCOUNT));
  }

  static ProblemException invalid(List<String> errors) {
    return new ProblemException(
        Problem.unprocessable(
                errors.size() == 1
                    ? errors.get(0)
                    : "The request has " + errors.size() + " problems",
                errors)
            .withType(INVALID));
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
