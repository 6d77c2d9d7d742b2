package org.mcportal.platform;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, pages, API, errors and /q alike, set in one place at the
 * front of the router so that no resource can forget them.
 */
@ApplicationScoped
public class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  // Swagger UI is a third-party page built on inline script; it gets every header but the CSP,
  // which would leave it blank. It serves no portal data.
  /**
   * A year, subdomains included: the portal is meant to be the only site on its host name, and a
   * shorter pin would lapse between the visits of people who sign in once a term.
   */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private static final String SWAGGER_UI = "/q/swagger-ui";
  private static final String ASSETS = "/assets/";

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            routing -> {
              // Anything sent with credentials may answer with personal data, so no cache may
              // keep it; the same goes for an answer that sets a cookie.
              boolean credentials =
                  routing.request().headers().contains("Authorization")
                      || routing.request().headers().contains("Cookie");
              boolean swagger = routing.normalizedPath().startsWith(SWAGGER_UI);
              // The portal's own files are the same for everyone; web.Assets sets their caching.
              boolean asset = routing.normalizedPath().startsWith(ASSETS);
              // Only an answer that reached the browser over TLS may pin the site to TLS (RFC 6797,
              // 7.2). Behind a TLS-terminating proxy the scheme is the one it forwards, which
              // counts only where quarkus.http.proxy.* trusts it.
              boolean tls = "https".equalsIgnoreCase(routing.request().scheme());
              routing.addHeadersEndHandler(
                  ignored -> {
                    MultiMap headers = routing.response().headers();
                    if (!swagger) {
                      // A download asks for a sandbox of its own; it tightens the policy.
                      boolean sandboxed = "sandbox".equals(headers.get("Content-Security-Policy"));
                      headers.set(
                          "Content-Security-Policy",
                          CONTENT_SECURITY_POLICY + (sandboxed ? "; sandbox" : ""));
                    }
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("Referrer-Policy", "no-referrer");
                    headers.set("X-Frame-Options", "DENY");
                    if (tls) {
                      headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
                    }
                    if (!asset && (credentials || headers.contains("Set-Cookie"))) {
                      headers.set("Cache-Control", "no-store");
                    }
                  });
              routing.next();
            });
  }
}
