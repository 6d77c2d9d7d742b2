package org.mcportal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The few kinds of answer a form gives: the page again with a status, or a move elsewhere. */
public final class PageResponses {

  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private PageResponses() {}

  /** The page with a status other than 200, such as the form again with 422 and its errors. */
  public static Response.ResponseBuilder html(int status, TemplateInstance page) {
    return Response.status(status).type(HTML).entity(page.render());
  }

  /**
   * A page holding a one-time secret (an invitation or reset link): no cache may keep it, whether
   * or not the request carried credentials.
   */
  public static Response.ResponseBuilder secret(int status, TemplateInstance page) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return html(status, page).cacheControl(noStore);
  }

  /** After a form post: the browser asks for the next page with GET (Post/Redirect/Get). */
  public static Response.ResponseBuilder seeOther(String path) {
    return Response.seeOther(URI.create(path));
  }
}
