package org.mcportal.platform;

import jakarta.ws.rs.core.Response;

/** Thrown by services for an outcome the client must be told about with a specific status. */
public class ProblemException extends RuntimeException {

  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(
        Problem.of(Response.Status.NOT_FOUND, detail).withType("not-found"));
  }

  public Problem problem() {
    return problem;
  }

  /**
   * The API's answer for this refusal at {@code path}. A feature whose refusal carries more than
   * the standard members (RFC 9457 extension members, a Location) overrides it.
   */
  public Response response(String path) {
    return problem.at(path).toResponse();
  }
}
