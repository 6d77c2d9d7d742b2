package org.mcportal.identity;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.mcportal.platform.Problem;

/**
 * Refuses cross-site requests that a browser would send with the portal's cookies. Checked are
 * every form post (including sign-in, against login CSRF) and every other unsafe request that
 * relies on the session cookie. Requests that carry an Authorization header need no check.
 */
class CsrfFilter {

  private static final Set<String> UNSAFE =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @ServerRequestFilter(readBody = true)
  Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
    // Another site can make a browser send cookies and forms, but never an Authorization header
    // (that takes a CORS preflight the portal does not grant), so such a request is not forged.
    if (!UNSAFE.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    MediaType type = request.getMediaType();
    boolean form =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    boolean cookieSession = routing.request().getCookie(SessionCookies.NAME) != null;
    if (!form && !cookieSession) {
      return null;
    }
    Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
    String submitted = request.getHeaderString(CsrfToken.HEADER);
    if (submitted == null && form) {
      ResteasyReactiveRequestContext context =
          (ResteasyReactiveRequestContext) request.getServerRequestContext();
      Object field = context.getFormParameter(CsrfToken.PARAMETER, true, false);
      submitted = field == null ? null : field.toString();
    }
    if (cookie == null || submitted == null || !same(cookie.getValue(), submitted)) {
      return Problem.of(
              Response.Status.FORBIDDEN,
              "The form's CSRF token is missing or does not match; reload the page and try again")
          .withType("csrf")
          .at(request.getUriInfo().getPath())
          .toResponse();
    }
    return null;
  }

  private static boolean same(String expected, String actual) {
    return CsrfToken.FORMAT.matcher(expected).matches()
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.UTF_8));
  }
}
