package org.mcportal.web;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mcportal.identity.Role;

/**
 * Pages that exist only in tests, to reach the error handling the real pages do not trigger yet: a
 * failure, a page that needs an account, and one only admins may see.
 */
@Path("/fixtures")
@Produces(MediaType.TEXT_HTML)
public class PageFixtures {

  @GET
  @Path("/failure")
  @PermitAll
  public String failure() {
    throw new IllegalStateException("a failure whose details must not reach the page");
  }

  /**
   * An image without a text alternative and a field without a label, on a page without a language.
   */
  @GET
  @Path("/inaccessible")
  @PermitAll
  public String inaccessible() {
    return "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>Inaccessible</title></head><body><main>"
        + "<img src=\"/assets/mark.svg\"><input type=\"text\" name=\"q\"></main></body></html>";
  }

  @GET
  @Path("/members")
  @Authenticated
  public String members() {
    return "<p>for members</p>";
  }

  @GET
  @Path("/admins")
  @RolesAllowed(Role.Names.ADMIN)
  public String admins() {
    return "<p>for admins</p>";
  }
}
