package org.mcportal.identity;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mcportal.platform.Problem;

/**
 * Security refusals as problem bodies. Authentication is lazy (proactive authentication is off), so
 * a bad token surfaces here as an exception rather than as a bare 401 from the HTTP layer.
 */
class SecurityProblemMappers {

  private static final String CHALLENGE = "Bearer realm=\"mcportal\"";

  @ServerExceptionMapper({
    AuthenticationFailedException.class,
    UnauthorizedException.class,
    AuthenticationCompletionException.class
  })
  Response unauthorized(RuntimeException e, UriInfo uri) {
    String detail =
        e instanceof UnauthorizedException
            ? "Sign in to do this: send a bearer token or the session cookie"
            : "The token is not valid, has expired or has been revoked; sign in again";
    return Response.fromResponse(
            Problem.of(Response.Status.UNAUTHORIZED, detail)
                .withType("unauthorized")
                .at(uri.getPath())
                .toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .build();
  }

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e, UriInfo uri) {
    return Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this")
        .withType("forbidden")
        .at(uri.getPath())
        .toResponse();
  }

  @ServerExceptionMapper
  Response tooMany(LoginService.TooManyAttemptsException e, UriInfo uri) {
    return IdentityProblems.tooManyAttempts(e.retryAfter(), uri.getPath());
  }
}
