package org.mcportal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The sign-in form. Checking the credentials belongs to identity, which answers the form's POST and
 * renders {@link Templates#form} again with an error when sign-in fails.
 */
@Path("/signin")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

  @CheckedTemplate
  public static class Templates {
    public static native TemplateInstance form(PageContext page, SignInForm form);
  }

  /**
   * What the form shows.
   *
   * @param email the address typed before, kept so that a failed attempt need not retype it
   * @param next where to go after signing in; always a path on this site
   * @param error the message to announce, or empty
   */
  public record SignInForm(String email, String next, String error) {
    public SignInForm {
      email = email == null ? "" : email;
      next = safeNext(next);
      error = error == null ? "" : error;
    }

    public boolean failed() {
      return !error.isEmpty();
    }
  }

  private final Pages pages;

  SignInPage(Pages pages) {
    this.pages = pages;
  }

  @GET
  @PermitAll
  public TemplateInstance form(@QueryParam("next") String next) {
    return Templates.form(pages.context(), new SignInForm("", next, ""));
  }

  /**
   * Only a path on this site may follow sign-in: anything else ("//elsewhere", "https://…", "/\…")
   * would turn the form into an open redirect.
   */
  public static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      return "/";
    }
    return next;
  }
}
