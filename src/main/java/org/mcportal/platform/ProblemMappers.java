package org.mcportal.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps exceptions on API paths to problem bodies. Unexpected failures are logged with an id and
 * answered without internals, so no stack trace reaches a client.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return e.problem().at(uri.getPath()).toResponse();
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
    if (status == null) {
      return e.getResponse();
    }
    return Problem.of(status, status.getReasonPhrase()).at(uri.getPath()).toResponse();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    String reference = java.util.UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure on %s, reference %s", uri.getPath(), reference);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side; quote reference " + reference + " when reporting it")
        .at(uri.getPath())
        .toResponse();
  }
}
