package org.mcportal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mcportal.platform.PageErrors;

/**
 * Error pages for people: a page request that fails gets the layout with a plain explanation and a
 * way on, never a stack trace; an anonymous visitor to a page that needs an account is sent to sign
 * in and brought back afterwards.
 */
@ApplicationScoped
public class ErrorPages implements PageErrors {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance notFound(PageContext page);

    static native TemplateInstance forbidden(PageContext page);

    static native TemplateInstance serverError(PageContext page, String reference);

    static native TemplateInstance otherError(PageContext page, int status, String reason);
  }

  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private final Pages pages;
  private final CurrentVertxRequest current;

  ErrorPages(Pages pages, CurrentVertxRequest current) {
    this.pages = pages;
    this.current = current;
  }

  @Override
  public Optional<Response> respond(HttpServerRequest request, int status, String reference) {
    if (!PageRequests.isPage(request)) {
      return Optional.empty();
    }
    return Optional.of(page(request, status, reference));
  }

  /**
   * A failure before any resource ran is mapped on the event loop, where the lazily read sign-in
   * cannot be waited for in place; it is waited for here instead. A sign-in that fails (ended,
   * revoked or expired session) counts as nobody signed in: a missing page is no reason to refuse.
   */
  @Override
  public Optional<Uni<Response>> respondReadingSignIn(HttpServerRequest request, int status) {
    if (!PageRequests.isPage(request)) {
      return Optional.empty();
    }
    RoutingContext routing = current.getCurrent();
    Uni<SecurityIdentity> deferred =
        BlockingOperationControl.isBlockingAllowed() || routing == null
            ? null
            : routing.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
    if (deferred == null || status == 401) {
      return Optional.of(Uni.createFrom().item(() -> page(request, status, null)));
    }
    return Optional.of(
        deferred
            .onItemOrFailure()
            .transform(
                (identity, failure) -> {
                  if (failure == null && identity != null && !identity.isAnonymous()) {
                    routing.setUser(new QuarkusHttpUser(identity));
                  }
                  return page(request, status, null);
                }));
  }

  @Override
  public boolean wantsPage(HttpServerRequest request) {
    return PageRequests.isPage(request);
  }

  @Override
  public Optional<Response> passwordChangeRequired(HttpServerRequest request) {
    if (!PageRequests.isPage(request)) {
      return Optional.empty();
    }
    // Only a page that can be opened again is worth coming back to after the change.
    boolean comeBack = "GET".equals(request.method().name()) && !"/".equals(request.path());
    String target =
        Pages.PASSWORD_CHANGE
            + (comeBack ? "?next=" + URLEncoder.encode(request.uri(), StandardCharsets.UTF_8) : "");
    return Optional.of(Response.seeOther(URI.create(target)).build());
  }

  Response page(HttpServerRequest request, int status, String reference) {
    if (status == 401) {
      String back = request.uri();
      return Response.seeOther(
              URI.create("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))
          .build();
    }
    PageContext page = pages.context();
    TemplateInstance body =
        switch (status) {
          case 403 -> Templates.forbidden(page);
          case 404 -> Templates.notFound(page);
          default ->
              status >= 500
                  ? Templates.serverError(page, reference == null ? "" : reference)
                  : Templates.otherError(page, status, reason(status));
        };
    return Response.status(status).type(HTML).entity(body.render()).build();
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Request not accepted" : known.getReasonPhrase();
  }
}
