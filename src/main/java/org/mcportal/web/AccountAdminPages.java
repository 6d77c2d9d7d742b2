package org.mcportal.web;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Caller;
import org.mcportal.identity.InvitationService;
import org.mcportal.identity.PasswordLinks;
import org.mcportal.identity.Role;
import org.mcportal.platform.ProblemException;

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
        PageContext page, List<AccountView> accounts, String query, int total);

    static native TemplateInstance show(
        PageContext page, AccountView account, AccountForm form, FormErrors errors, String notice);

    static native TemplateInstance create(PageContext page, AccountForm form, FormErrors errors);

    static native TemplateInstance invite(PageContext page, AccountForm form, FormErrors errors);

    static native TemplateInstance link(PageContext page, IssuedLinkView link);
  }

  /** The values of an account form, as typed or as stored. */
  record AccountForm(
      String email,
      String displayName,
      String school,
      String district,
      String roleTitle,
      List<RoleOption> roles) {

    static AccountForm empty() {
      return new AccountForm("", "", "", "", "", RoleOption.all(Set.of()));
    }

    static AccountForm of(AccountView account) {
      return new AccountForm(
          account.email(),
          account.displayName(),
          orEmpty(account.school()),
          orEmpty(account.district()),
          orEmpty(account.roleTitle()),
          RoleOption.all(account.roleSet()));
    }
  }

  /** One role's checkbox. */
  record RoleOption(String value, String label, String hint, boolean checked) {
    static List<RoleOption> all(Set<Role> held) {
      return Arrays.stream(Role.values())
          .map(
              role ->
                  new RoleOption(
                      role.name(),
                      PageContext.label(role.name()),
                      HINTS.get(role),
                      held.contains(role)))
          .toList();
    }
  }

  private static final Map<Role, String> HINTS =
      Map.of(
          Role.EDUCATOR, "prepares and submits evidence",
          Role.ASSESSOR, "scores submissions blind, never their own",
          Role.ADMIN, "manages accounts and reports on the program");

  /** A link just made, shown once. */
  record IssuedLinkView(
      long accountId,
      String displayName,
      String email,
      String url,
      Instant expiresAt,
      boolean reset) {}

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

  private final Pages pages;
  private final AccountService accounts;
  private final InvitationService invitations;
  private final Caller caller;

  AccountAdminPages(
      Pages pages, AccountService accounts, InvitationService invitations, Caller caller) {
    this.pages = pages;
    this.accounts = accounts;
    this.invitations = invitations;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance list(@QueryParam("q") String query) {
    String text = query == null ? "" : query.strip();
    return Templates.list(
        pages.context(), accounts.search(text), text, text.isEmpty() ? -1 : accounts.list().size());
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
    AccountService.AccountDetails details =
        new AccountService.AccountDetails(
            email, displayName, school, district, roleTitle, parse(roles));
    AccountForm typed = typed(details);
    return attempt(
        () -> {
          AccountView created =
              accounts.create(new AccountService.NewAccount(details, temporaryPassword));
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
    AccountService.AccountDetails details =
        new AccountService.AccountDetails(
            email, displayName, school, district, roleTitle, parse(roles));
    AccountForm typed = typed(details);
    return attempt(
        () -> {
          PasswordLinks.IssuedLink link = invitations.invite(details, caller.requireAccountId());
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
    AccountForm typed =
        new AccountForm(
            account.email(),
            orEmpty(displayName),
            orEmpty(school),
            orEmpty(district),
            orEmpty(roleTitle),
            RoleOption.all(account.roleSet()));
    return attempt(
        () -> {
          accounts.updateProfile(
              id, new AccountService.Profile(displayName, school, district, roleTitle));
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
    Set<Role> chosen = parse(roles);
    AccountForm typed =
        new AccountForm(
            account.email(),
            account.displayName(),
            orEmpty(account.school()),
            orEmpty(account.district()),
            orEmpty(account.roleTitle()),
            RoleOption.all(chosen));
    return attempt(
        () -> {
          accounts.changeRoles(id, chosen);
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
    return attempt(
        () -> {
          accounts.deactivate(id);
          return done(id, "deactivated");
        },
        errors -> Templates.show(pages.context(), account, AccountForm.of(account), errors, ""));
  }

  @POST
  @Path("/{id: [0-9]+}/reactivate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response reactivate(@PathParam("id") long id) {
    accounts.reactivate(id);
    return done(id, "reactivated");
  }

  @POST
  @Path("/{id: [0-9]+}/password-reset")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response resetPassword(@PathParam("id") long id) {
    AccountView account = accounts.get(id);
    return attempt(
        () ->
            linkPage(
                accounts.resetPassword(id, caller.requireAccountId()), account.displayName(), true),
        errors -> Templates.show(pages.context(), account, AccountForm.of(account), errors, ""));
  }

  /**
   * Runs a change and answers with its outcome, or with the form again: 422 with the problems by
   * field, or 409 when a rule refuses the change as a whole (such as removing the last admin).
   */
  private Response attempt(
      Supplier<Response> change, java.util.function.Function<FormErrors, TemplateInstance> again) {
    try {
      return change.get();
    } catch (ProblemException e) {
      int status = e.problem().status();
      if (status != 422 && status != 409) {
        throw e;
      }
      FormErrors errors =
          status == 409 && e.problem().detail().startsWith("An account with email")
              ? FormErrors.builder(FIELDS).field("email", e.problem().detail() + ".").build()
              : FormErrors.from(e.problem(), FIELDS);
      return PageResponses.html(status, again.apply(errors)).build();
    }
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
                    reset)))
        .build();
  }

  private static Response done(long id, String what) {
    return PageResponses.seeOther("/admin/accounts/" + id + "?done=" + what).build();
  }

  private static AccountForm typed(AccountService.AccountDetails details) {
    return new AccountForm(
        orEmpty(details.email()),
        orEmpty(details.displayName()),
        orEmpty(details.school()),
        orEmpty(details.district()),
        orEmpty(details.roleTitle()),
        RoleOption.all(details.roles()));
  }

  /** Unknown values are dropped: the checkboxes only ever send role names. */
  private static Set<Role> parse(List<String> roles) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (roles != null) {
      for (String value : roles) {
        Arrays.stream(Role.values())
            .filter(role -> role.name().equals(value))
            .findFirst()
            .ifPresent(parsed::add);
      }
    }
    return parsed;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
