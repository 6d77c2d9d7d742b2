package org.mcportal.identity;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The CSRF token of the current request, for forms: a template writes {@code {inject:csrf.token}}
 * into a hidden field named {@code {inject:csrf.parameterName}}. The same random value sits in an
 * HttpOnly, SameSite=Strict cookie; {@link CsrfFilter} accepts a form only when both match (a
 * double-submit token, backed by SameSite, so no server-side state is needed).
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

  public static final String COOKIE = "mcp_csrf";
  public static final String PARAMETER = "csrf-token";
  public static final String HEADER = "X-CSRF-Token";
  static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RoutingContext routing;
  private final SessionCookies cookies;
  private String token;

  CsrfToken(RoutingContext routing, SessionCookies cookies) {
    this.routing = routing;
    this.cookies = cookies;
  }

  /** The token for this browser, set as a cookie on the response when it is new. */
  public String token() {
    if (token == null) {
      Cookie existing = routing.request().getCookie(COOKIE);
      if (existing != null && FORMAT.matcher(existing.getValue()).matches()) {
        token = existing.getValue();
      } else {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing
            .response()
            .addCookie(
                Cookie.cookie(COOKIE, token)
                    .setPath("/")
                    .setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT)
                    .setSecure(cookies.secureFor(host())));
      }
    }
    return token;
  }

  public String parameterName() {
    return PARAMETER;
  }

  public String headerName() {
    return HEADER;
  }

  private String host() {
    try {
      return URI.create(routing.request().absoluteURI()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
