package org.mcportal.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Identity's own refusals. Unauthenticated and forbidden requests in general are mapped once, for
 * pages and the API alike, in {@code platform.ProblemMappers}.
 */
class SecurityProblemMappers {

  @ServerExceptionMapper
  Response tooMany(LoginService.TooManyAttemptsException e, UriInfo uri) {
    return IdentityProblems.tooManyAttempts(e.retryAfter(), uri.getPath());
  }
}
