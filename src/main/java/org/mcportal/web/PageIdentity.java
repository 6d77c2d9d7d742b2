package org.mcportal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mcportal.identity.SessionCookies;

/**
 * Resolves the session of a page request before routing, without blocking. Authentication is lazy,
 * so an address no resource matches (a 404) would otherwise render its page on the event loop with
 * no identity resolved, and a signed-in educator would see a signed-out header.
 */
@ApplicationScoped
class PageIdentity {

  void resolveEarly(@Observes Router router) {
    router
        .route()
        .handler(
            routing -> {
              if (!PageRequests.isPage(routing.request())
                  || routing.request().getCookie(SessionCookies.NAME) == null) {
                routing.next();
                return;
              }
              Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(routing, null);
              if (identity == null) {
                routing.next();
                return;
              }
              // A failed sign-in is handled where it matters; here it only means "signed out".
              identity.subscribe().with(resolved -> routing.next(), failure -> routing.next());
            });
  }
}
