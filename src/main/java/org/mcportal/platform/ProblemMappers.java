package org.mcportal.platform;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps exceptions to problem bodies on API paths and to error pages on page paths (see {@link
 * PageErrors}). Unexpected failures are logged with an id and answered without internals, so no
 * stack trace reaches a client.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String BEARER_CHALLENGE = "Bearer realm=\"mcportal\"";

  private final PageErrors pages;

  ProblemMappers(PageErrors pages) {
    this.pages = pages;
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri, HttpServerRequest request) {
    return pages
        .respond(request, e.problem().status(), null)
        .orElseGet(() -> e.response(uri.getPath()));
  }

  @ServerExceptionMapper
  public Response webApplication(
      WebApplicationException e, UriInfo uri, HttpServerRequest request) {
    Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
    if (status == null) {
      return e.getResponse();
    }
    return pages
        .respond(request, status.getStatusCode(), null)
        .orElseGet(
            () -> Problem.of(status, status.getReasonPhrase()).at(uri.getPath()).toResponse());
  }

  /**
   * Nobody is signed in, or the sign-in did not hold: pages send the visitor to sign in, the API
   * answers 401 with a bearer challenge. Authentication is lazy (proactive authentication is off),
   * so a bad token surfaces here as an exception rather than as a bare 401 from the HTTP layer.
   */
  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(RuntimeException e, UriInfo uri, HttpServerRequest request) {
    String detail =
        e instanceof UnauthorizedException
            ? "Sign in to do this: send a bearer token or the session cookie"
            : "The token is not valid, has expired or has been revoked; sign in again";
    return pages
        .respond(request, 401, null)
        .orElseGet(
            () ->
                Response.fromResponse(
                        Problem.of(Response.Status.UNAUTHORIZED, detail)
                            .withType("unauthorized")
                            .at(uri.getPath())
                            .toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                    .build());
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri, HttpServerRequest request) {
    return pages
        .respond(request, 403, null)
        .orElseGet(
            () ->
                Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this")
                    .withType("forbidden")
                    .at(uri.getPath())
                    .toResponse());
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
    String reference = java.util.UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure on %s, reference %s", uri.getPath(), reference);
    return pages
        .respond(request, 500, reference)
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; quote reference "
                            + reference
                            + " when reporting it")
                    .at(uri.getPath())
                    .toResponse());
  }
}
