package org.mcportal.identity.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mcportal.identity.AccountAdministration;
import org.mcportal.identity.AccountDetails;
import org.mcportal.identity.AccountMail;
import org.mcportal.identity.AccountProfile;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Caller;
import org.mcportal.identity.IdentityProblems;
import org.mcportal.identity.InvitationService;
import org.mcportal.identity.NewAccount;
import org.mcportal.identity.PasswordLinks;
import org.mcportal.identity.Role;
import org.mcportal.web.FormErrors;
import org.mcportal.web.FormRetry;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/**
 * Account management for program admins: the list, one page per account, creating accounts and
 * inviting people. Every change goes through the same identity services as the admin API, so the
 * rules (the last active admin stays, a role change ends the person's sessions) hold here too.
 */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
class AccountAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PageContext page, List<AccountView> accounts, String query, long total);

    static native TemplateInstance show(
        PageContext page, AccountView account, AccountForm form, FormErrors errors, String notice);

    static native TemplateInstance create(PageContext page, AccountForm form, FormErrors errors);

    static native TemplateInstance invite(PageContext page, AccountForm form, FormErrors errors);

    static native TemplateInstance link(PageContext page, IssuedLinkView link);
  }

  private static final Map<String, String> NOTICES =
      Map.of(
          "created",
              "Account created. Pass the temporary password on privately; it must be changed at"
                  + " first sign-in.",
          "profile", "Profile saved.",
          "roles", "Roles saved. The person's sessions have ended, so the change applies at once.",
          "deactivated",
              "Account deactivated. The person is signed out everywhere and cannot sign in.",
          "reactivated", "Account reactivated. The person can sign in again.");

  static final FormErrors.Fields FIELDS =
      new FormErrors.Fields()
          .field("email", "Email address")
          .field("displayName", "Name")
          .field("school", "School")
          .field("district", "District")
          .field("roleTitle", "Role title")
          .field("roles", "role-EDUCATOR", "Roles")
          .field("password", "temporaryPassword", "Temporary password");

  // A refusal of the whole change (the last active admin, an email already taken) shows on the
  // form too, with its own status; any other problem is an error page.
  private static final FormRetry RETRY =
      FormRetry.of(
          FIELDS,
          IdentityProblems.INVALID,
          IdentityProblems.EMAIL_TAKEN,
          IdentityProblems.LAST_ADMIN,
          IdentityProblems.EXTERNAL_ACCOUNT);

  private final Pages pages;
  private final AccountService accounts;
  private final AccountAdministration administration;
  private final InvitationService invitations;
  private final AccountMail mail;
  private final Caller caller;

  AccountAdminPages(
      Pages pages,
      AccountService accounts,
      AccountAdministration administration,
      InvitationService invitations,
      AccountMail mail,
      Caller caller) {
    this.pages = pages;
    this.accounts = accounts;
    this.administration = administration;
    this.invitations = invitations;
    this.mail = mail;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance list(@QueryParam("q") String query) {
    String text = query == null ? "" : query.strip();
    return Templates.list(
        pages.context(), accounts.search(text), text, text.isEmpty() ? -1 : accounts.count());
  }

  @GET
  @Path("/new")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance createForm() {
    return Templates.create(pages.context(), AccountForm.empty(), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(
      @FormParam("email") String email,
      @FormParam("displayName") String displayName,
      @FormParam("school") String school,
      @FormParam("district") String district,
      @FormParam("roleTitle") String roleTitle,
      @FormParam("roles") List<String> roles,
      @FormParam("temporaryPassword") String temporaryPassword) {
    AccountDetails details =
        new AccountDetails(
            email, displayName, school, district, roleTitle, RoleOption.parse(roles));
    AccountForm typed = AccountForm.typed(details);
    return RETRY.attempt(
        () -> {
          AccountView created = administration.create(new NewAccount(details, temporaryPassword));
          return PageResponses.seeOther("/admin/accounts/" + created.id() + "?done=created")
              .build();
        },
        errors -> Templates.create(pages.context(), typed, errors));
  }

  @GET
  @Path("/invite")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance inviteForm() {
    return Templates.invite(pages.context(), AccountForm.empty(), FormErrors.none());
  }

  @POST
  @Path("/invite")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response invite(
      @FormParam("email") String email,
      @FormParam("displayName") String displayName,
      @FormParam("school") String school,
      @FormParam("district") String district,
      @FormParam("roleTitle") String roleTitle,
      @FormParam("roles") List<String> roles) {
    AccountDetails details =
        new AccountDetails(
            email, displayName, school, district, roleTitle, RoleOption.parse(roles));
    AccountForm typed = AccountForm.typed(details);
    return RETRY.attempt(
        () -> {
          PasswordLinks.IssuedLink link =
              mail.deliver(
                  invitations.invite(details, caller.requireAccountId()), details.displayName());
          return linkPage(link, details.displayName(), false);
        },
        errors -> Templates.invite(pages.context(), typed, errors));
  }

  @GET
  @Path("/{id: [0-9]+}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance show(@PathParam("id") long id, @QueryParam("done") String done) {
    AccountView account = accounts.get(id);
    return Templates.show(
        pages.context(),
        account,
        AccountForm.of(account),
        FormErrors.none(),
        done == null ? "" : NOTICES.getOrDefault(done, ""));
  }

  @POST
  @Path("/{id: [0-9]+}/profile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response updateProfile(
      @PathParam("id") long id,
      @FormParam("displayName") String displayName,
      @FormParam("school") String school,
      @FormParam("district") String district,
      @FormParam("roleTitle") String roleTitle) {
    AccountView account = accounts.get(id);
    AccountForm typed = AccountForm.typedProfile(account, displayName, school, district, roleTitle);
    return RETRY.attempt(
        () -> {
          administration.updateProfile(
              id, new AccountProfile(displayName, school, district, roleTitle));
          return done(id, "profile");
        },
        errors -> Templates.show(pages.context(), account, typed, errors, ""));
  }

  @POST
  @Path("/{id: [0-9]+}/roles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response changeRoles(@PathParam("id") long id, @FormParam("roles") List<String> roles) {
    AccountView account = accounts.get(id);
    Set<Role> chosen = RoleOption.parse(roles);
    AccountForm typed = AccountForm.of(account, chosen);
    return RETRY.attempt(
        () -> {
          administration.changeRoles(id, chosen);
          return done(id, "roles");
        },
        errors -> Templates.show(pages.context(), account, typed, errors, ""));
  }

  @POST
  @Path("/{id: [0-9]+}/deactivate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response deactivate(@PathParam("id") long id) {
    AccountView account = accounts.get(id);
    return RETRY.attempt(
        () -> {
          administration.deactivate(id);
          return done(id, "deactivated");
        },
        errors -> Templates.show(pages.context(), account, AccountForm.of(account), errors, ""));
  }

  @POST
  @Path("/{id: [0-9]+}/reactivate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response reactivate(@PathParam("id") long id) {
    administration.reactivate(id);
    return done(id, "reactivated");
  }

  @POST
  @Path("/{id: [0-9]+}/password-reset")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response resetPassword(@PathParam("id") long id) {
    AccountView account = accounts.get(id);
    return RETRY.attempt(
        () ->
            linkPage(
                mail.deliver(
                    administration.resetPassword(id, caller.requireAccountId()),
                    account.displayName()),
                account.displayName(),
                true),
        errors -> Templates.show(pages.context(), account, AccountForm.of(account), errors, ""));
  }

  private Response linkPage(PasswordLinks.IssuedLink link, String displayName, boolean reset) {
    return PageResponses.secret(
            200,
            Templates.link(
                pages.context(),
                new IssuedLinkView(
                    link.accountId(),
                    displayName == null ? link.email() : displayName.strip(),
                    link.email(),
                    link.url().toString(),
                    link.expiresAt(),
                    reset,
                    link.mailed())))
        .build();
  }

  private static Response done(long id, String what) {
    return PageResponses.seeOther("/admin/accounts/" + id + "?done=" + what).build();
  }
}
