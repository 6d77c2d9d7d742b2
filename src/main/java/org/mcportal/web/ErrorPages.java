package org.mcportal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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

  ErrorPages(Pages pages) {
    this.pages = pages;
  }

  @Override
  public Optional<Response> respond(HttpServerRequest request, int status, String reference) {
    if (!PageRequests.isPage(request)) {
      return Optional.empty();
    }
    return Optional.of(page(request, status, reference));
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
