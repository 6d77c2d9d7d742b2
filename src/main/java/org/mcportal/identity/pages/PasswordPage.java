package org.mcportal.identity.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
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
import org.mcportal.identity.AllowedBeforePasswordChange;
import org.mcportal.identity.Caller;
import org.mcportal.identity.IdentityProblems;
import org.mcportal.identity.LoginService;
import org.mcportal.identity.PasswordPolicy;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TokenService;
import org.mcportal.platform.ProblemException;
import org.mcportal.web.FormErrors;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageRequests;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/**
 * Changing one's own password: from the header at any time, and before anything else for someone
 * signed in with a one-time password (every other page sends them here).
 */
@Path(Pages.PASSWORD_CHANGE)
@Produces(MediaType.TEXT_HTML)
class PasswordPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(PageContext page, PasswordForm form, FormErrors errors);
  }

  /**
   * What the form shows.
   *
   * @param next where to carry on once the password is changed, or "/" when nowhere in particular
   * @param required whether the person must change it before they may do anything else
   * @param changed whether it has just been changed
   * @param external whether the person signs in through their institution and has no password here
   */
  record PasswordForm(
      String next, boolean required, boolean changed, boolean external, int minLength) {}

  static final FormErrors.Fields FIELDS =
      new FormErrors.Fields()
          .field("currentPassword", "Current password")
          .field("newPassword", "New password")
          .field("confirmPassword", "The new password again");

  private final Pages pages;
  private final LoginService logins;
  private final SessionCookies cookies;
  private final PasswordPolicy policy;
  private final Caller caller;

  PasswordPage(
      Pages pages,
      LoginService logins,
      SessionCookies cookies,
      PasswordPolicy policy,
      Caller caller) {
    this.pages = pages;
    this.logins = logins;
    this.cookies = cookies;
    this.policy = policy;
    this.caller = caller;
  }

  @GET
  @Authenticated
  @AllowedBeforePasswordChange
  public TemplateInstance form(
      @QueryParam("next") String next, @QueryParam("changed") boolean changed) {
    return Templates.form(pages.context(), model(next, changed), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Authenticated
  @AllowedBeforePasswordChange
  public Response change(
      @FormParam("currentPassword") String current,
      @FormParam("newPassword") String chosen,
      @FormParam("confirmPassword") String confirmation,
      @FormParam("next") String next,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    FormErrors.Builder errors = FormErrors.builder(FIELDS);
    if (current == null || current.isEmpty()) {
      errors.field("currentPassword", "Enter your current password.");
    }
    if (chosen == null || chosen.isEmpty()) {
      errors.field("newPassword", "Enter a new password.");
    } else if (!chosen.equals(confirmation)) {
      errors.field("confirmPassword", "The two new passwords are not the same; type it again.");
    }
    if (errors.any()) {
      return again(422, next, errors.build());
    }
    TokenService.IssuedToken token;
    try {
      token =
          logins.changePassword(
              caller.requireAccountId(), current, chosen, PageRequests.clientIp(http));
    } catch (LoginService.TooManyAttemptsException e) {
      long seconds = SignInPage.seconds(e.retryAfter());
      return PageResponses.html(
              429,
              Templates.form(
                  pages.context(),
                  model(next, false),
                  errors
                      .general(
                          "Too many wrong passwords. For your security, changes are paused: try"
                              + " again in "
                              + SignInPage.spelledWait(seconds)
                              + ".")
                      .build()))
          .header("Retry-After", seconds)
          .build();
    } catch (ProblemException e) {
      if (!e.problem().hasType(IdentityProblems.INVALID)) {
        throw e;
      }
      return again(422, next, FormErrors.from(e.problem(), FIELDS));
    }
    String target = SignInPage.safeNext(next);
    return PageResponses.seeOther(
            "/".equals(target) ? Pages.PASSWORD_CHANGE + "?changed=true" : target)
        .cookie(cookies.session(token, uri.getRequestUri().getHost()))
        .build();
  }

  private Response again(int status, String next, FormErrors errors) {
    return PageResponses.html(status, Templates.form(pages.context(), model(next, false), errors))
        .build();
  }

  private PasswordForm model(String next, boolean changed) {
    return new PasswordForm(
        SignInPage.safeNext(next),
        caller.mustChangePassword(),
        changed,
        caller.external(),
        policy.minLength());
  }
}
