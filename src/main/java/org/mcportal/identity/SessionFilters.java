package org.mcportal.identity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mcportal.platform.PageErrors;

/**
 * Two rules that apply to every endpoint, so no resource has to remember them: a person who must
 * change their password is refused everywhere except the few endpoints marked {@link
 * AllowedBeforePasswordChange} (pages send them to the password form, public pages included); and a
 * cookie session past half its token's life gets a fresh token in a new cookie (sliding renewal,
 * never beyond the absolute session).
 */
class SessionFilters {

  private final CurrentIdentityAssociation identities;
  private final TokenService tokens;
  private final SessionCookies cookies;
  private final PageErrors pages;

  SessionFilters(
      CurrentIdentityAssociation identities,
      TokenService tokens,
      SessionCookies cookies,
      PageErrors pages) {
    this.identities = identities;
    this.tokens = tokens;
    this.cookies = cookies;
    this.pages = pages;
  }

  @ServerRequestFilter
  Uni<Response> passwordChangeGate(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    Method method = resource.getResourceMethod();
    if (method == null || method.isAnnotationPresent(AllowedBeforePasswordChange.class)) {
      return Uni.createFrom().nullItem();
    }
    boolean publicMethod = isPublic(method);
    Optional<Response> page = pages.passwordChangeRequired(http);
    // A public API answers anyone alike; a public page still shows the header of the person signed
    // in, so it sends them on to the one thing they may do.
    if (publicMethod && page.isEmpty()) {
      return Uni.createFrom().nullItem();
    }
    Uni<SecurityIdentity> identity = identities.getDeferredIdentity();
    if (publicMethod) {
      // A stale cookie must not keep anyone from a public page.
      identity = identity.onFailure().recoverWithNull();
    }
    return identity.map(
        current ->
            current != null
                    && Boolean.TRUE.equals(current.getAttribute(Caller.MUST_CHANGE_PASSWORD))
                ? page.orElseGet(
                    () ->
                        IdentityProblems.passwordChangeRequired()
                            .at(request.getUriInfo().getPath())
                            .toResponse())
                : null);
  }

  @ServerResponseFilter
  Uni<Void> renewSessionCookie(
      ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
    Cookie session = routing.request().getCookie(SessionCookies.NAME);
    if (session == null
        || session.getValue().isEmpty()
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || response.getStatus() >= 400
        || setsSessionCookie(response)) {
      return Uni.createFrom().voidItem();
    }
    return identities
        .getDeferredIdentity()
        .onFailure()
        .recoverWithNull()
        .map(
            identity -> {
              renew(identity, request, response);
              return null;
            });
  }

  private void renew(
      SecurityIdentity identity,
      ContainerRequestContext request,
      ContainerResponseContext response) {
    if (identity == null
        || identity.isAnonymous()
        || identity.getAttribute(Caller.SOURCE) != Account.Source.LOCAL
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)
        || !tokens.dueForRenewal(jwt)) {
      return;
    }
    tokens
        .renew(jwt)
        .ifPresent(
            renewed ->
                response
                    .getHeaders()
                    .add(
                        HttpHeaders.SET_COOKIE,
                        cookies.session(renewed, request.getUriInfo().getRequestUri().getHost())));
  }

  private static boolean setsSessionCookie(ContainerResponseContext response) {
    List<Object> setCookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (setCookies == null) {
      return false;
    }
    return setCookies.stream()
        .anyMatch(
            c ->
                c instanceof NewCookie cookie
                    ? SessionCookies.NAME.equals(cookie.getName())
                    : String.valueOf(c).startsWith(SessionCookies.NAME + "="));
  }

  static boolean isPublic(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    boolean methodRule =
        method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
            || method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)
            || method.isAnnotationPresent(io.quarkus.security.Authenticated.class);
    return !methodRule && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }
}
