package org.mcportal.identity.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.mcportal.identity.AllowedBeforePasswordChange;
import org.mcportal.identity.LoginService;
import org.mcportal.identity.LoginService.LoginResult;
import org.mcportal.identity.SessionCookies;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageRequests;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/**
 * The sign-in form and its answer. Identity decides whether the email and password are right; this
 * page only turns the outcome into a cookie and a redirect, or into the form again with the reason.
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
   * @param notice a confirmation to show, such as having signed out, or empty
   */
  public record SignInForm(String email, String next, String error, String notice) {
    public SignInForm {
      email = email == null ? "" : email;
      next = safeNext(next);
      error = error == null ? "" : error;
      notice = notice == null ? "" : notice;
    }

    public SignInForm(String email, String next, String error) {
      this(email, next, error, "");
    }

    public boolean failed() {
      return !error.isEmpty();
    }
  }

  static final String SIGNED_OUT = "You are signed out. Every session of your account has ended.";

  private final Pages pages;
  private final LoginService logins;
  private final SessionCookies cookies;

  SignInPage(Pages pages, LoginService logins, SessionCookies cookies) {
    this.pages = pages;
    this.logins = logins;
    this.cookies = cookies;
  }

  @GET
  @PermitAll
  @AllowedBeforePasswordChange
  public TemplateInstance form(
      @QueryParam("next") String next, @QueryParam("signedout") boolean signedOut) {
    return Templates.form(
        pages.context(), new SignInForm("", next, "", signedOut ? SIGNED_OUT : ""));
  }

  /**
   * Unknown email, wrong password and deactivated account get the one message identity gives them
   * all, so the form cannot be used to find out who has an account.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @PermitAll
  @AllowedBeforePasswordChange
  public Response signIn(
      @FormParam("email") String email,
      @FormParam("password") String password,
      @FormParam("next") String next,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      return again(422, email, next, "Enter your email address and your password.");
    }
    LoginResult result = logins.login(email, password, PageRequests.clientIp(http));
    if (result instanceof LoginResult.Refused refused) {
      if (refused.reason() == LoginResult.Reason.TOO_MANY_ATTEMPTS) {
        long seconds = seconds(refused.retryAfter());
        return PageResponses.html(
                429,
                Templates.form(
                    pages.context(),
                    new SignInForm(
                        email,
                        next,
                        "Too many sign-in attempts. For your security, signing in is paused: try"
                            + " again in "
                            + spelledWait(seconds)
                            + ".")))
            .header("Retry-After", seconds)
            .build();
      }
      return again(422, email, next, LoginService.INVALID_CREDENTIALS + ".");
    }
    LoginResult.Success success = (LoginResult.Success) result;
    String target = safeNext(next);
    if (success.mustChangePassword()) {
      target =
          Pages.PASSWORD_CHANGE
              + ("/".equals(target)
                  ? ""
                  : "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return PageResponses.seeOther(target)
        .cookie(cookies.session(success.token(), uri.getRequestUri().getHost()))
        .build();
  }

  private Response again(int status, String email, String next, String error) {
    return PageResponses.html(
            status, Templates.form(pages.context(), new SignInForm(email, next, error)))
        .build();
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** "14 minutes" rather than "840 seconds"; rounded up, so nobody comes back too early. */
  static String spelledWait(long seconds) {
    if (seconds < 60) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }

  /**
   * Only a path on this site may follow sign-in: anything else ("//elsewhere", "https://…", "/\…")
   * would turn the form into an open redirect.
   */
  public static String safeNext(String next) {
    // A path that is not a valid address ("/a b", "/%zz") cannot be redirected to; home can.
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == '\\')
        || !isValidAddress(next)) {
      return "/";
    }
    return next;
  }

  private static boolean isValidAddress(String path) {
    try {
      return new java.net.URI(path).getRawAuthority() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
