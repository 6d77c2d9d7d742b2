package org.mcportal.platform;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that breaks a Bean Validation constraint is answered like every other API error: a 400
 * problem of type {@code validation} naming each member, instead of Quarkus's own report.
 */
public class ValidationProblems {

  private static final Logger LOG = Logger.getLogger(ValidationProblems.class);

  @ServerExceptionMapper
  public Response violated(ResteasyReactiveViolationException e, UriInfo uri) {
    if (e.getConstraintViolations().stream().anyMatch(ValidationProblems::ofReturnValue)) {
      // Our own answer broke a constraint: a failure on our side, not the client's mistake.
      LOG.errorf(e, "A response of %s broke its constraints", uri.getPath());
      return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side")
          .at(uri.getPath())
          .toResponse();
    }
    List<String> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(member(violation.getPropertyPath()) + ": " + violation.getMessage());
    }
    errors.sort(null);
    Problem problem =
        new Problem(
            null,
            Response.Status.BAD_REQUEST.getReasonPhrase(),
            400,
            errors.size() == 1 ? errors.get(0) : "The request has " + errors.size() + " problems",
            null,
            List.copyOf(errors));
    return problem.withType("validation").at(uri.getPath()).toResponse();
  }

  private static boolean ofReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /** The member as the client wrote it: the last name in the path, not the Java method's. */
  private static String member(Path path) {
    String name = "body";
    int index = 0;
    for (Path.Node node : path) {
      if (index++ >= 2 && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
