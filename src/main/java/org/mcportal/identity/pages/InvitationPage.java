package org.mcportal.identity.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.Instant;
import java.util.Optional;
import org.mcportal.identity.AllowedBeforePasswordChange;
import org.mcportal.identity.IdentityProblems;
import org.mcportal.identity.InvitationService;
import org.mcportal.identity.LoginService;
import org.mcportal.identity.PasswordPolicy;
import org.mcportal.identity.SessionCookies;
import org.mcportal.platform.ProblemException;
import org.mcportal.web.FormErrors;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/**
 * Where an invitation or password-reset link leads: the person sees whose account it is, chooses a
 * password and is signed in. The link's token arrives in the address once; from then on it travels
 * in the form's body, the page asks the browser to drop it from the address bar, and no cache keeps
 * a page holding it.
 */
@Path("/invitation")
@Produces(MediaType.TEXT_HTML)
class InvitationPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance accept(PageContext page, AcceptForm form, FormErrors errors);

    static native TemplateInstance invalid(PageContext page);
  }

  /**
   * The person the link is for.
   *
   * @param reset whether it is a password reset rather than an invitation
   */
  record AcceptForm(
      String token,
      String email,
      String displayName,
      boolean reset,
      Instant expiresAt,
      int minLength) {}

  static final FormErrors.Fields FIELDS =
      new FormErrors.Fields()
          .field("password", "Password")
          .field("confirmPassword", "The password again");

  private final Pages pages;
  private final InvitationService invitations;
  private final SessionCookies cookies;
  private final PasswordPolicy policy;

  InvitationPage(
      Pages pages, InvitationService invitations, SessionCookies cookies, PasswordPolicy policy) {
    this.pages = pages;
    this.invitations = invitations;
    this.cookies = cookies;
    this.policy = policy;
  }

  @GET
  @PermitAll
  @AllowedBeforePasswordChange
  public Response show(@QueryParam("token") String token) {
    return form(token)
        .map(form -> PageResponses.secret(200, Templates.accept(pages.context(), form, none())))
        .orElseGet(this::invalid)
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @PermitAll
  @AllowedBeforePasswordChange
  public Response accept(
      @FormParam("token") String token,
      @FormParam("password") String password,
      @FormParam("confirmPassword") String confirmation,
      @Context UriInfo uri) {
    Optional<AcceptForm> form = form(token);
    if (form.isEmpty()) {
      return invalid().build();
    }
    FormErrors.Builder errors = FormErrors.builder(FIELDS);
    if (password == null || password.isEmpty()) {
      errors.field("password", "Choose a password.");
    } else if (!password.equals(confirmation)) {
      errors.field("confirmPassword", "The two passwords are not the same; type it again.");
    }
    if (errors.any()) {
      return again(form.get(), errors.build());
    }
    LoginService.LoginResult.Success success;
    try {
      success = invitations.accept(token, password);
    } catch (ProblemException e) {
      if (e.problem().hasType(IdentityProblems.INVALID)) {
        return again(form.get(), FormErrors.from(e.problem(), FIELDS));
      }
      return invalid().build();
    }
    return PageResponses.seeOther("/")
        .cookie(cookies.session(success.token(), uri.getRequestUri().getHost()))
        .build();
  }

  private Optional<AcceptForm> form(String token) {
    return invitations
        .describe(token)
        .map(
            link ->
                new AcceptForm(
                    token,
                    link.email(),
                    link.displayName(),
                    "RESET".equals(link.purpose()),
                    link.expiresAt(),
                    policy.minLength()));
  }

  private Response again(AcceptForm form, FormErrors errors) {
    return PageResponses.secret(422, Templates.accept(pages.context(), form, errors)).build();
  }

  /** The same page for an unknown, used and expired link, so a guess learns nothing. */
  private Response.ResponseBuilder invalid() {
    return PageResponses.secret(404, Templates.invalid(pages.context()));
  }

  private static FormErrors none() {
    return FormErrors.none();
  }
}
