package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountAdministration;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class AccountAdminPagesTest {

  @Inject TestIdentities ids;
  @Inject AccountService accounts;
  @Inject AccountAdministration administration;

  private AccountView admin;
  private String session;

  @BeforeEach
  void signInAsAdmin() {
    admin = ids.account("admin", Role.ADMIN);
    session = ids.token(admin.id());
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void shouldSendVisitorsToSignInAndRefuseOtherRoles() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/admin/accounts")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/signin?next=%2Fadmin%2Faccounts"));
    Forms.page(ids.token(ids.account("educator", Role.EDUCATOR).id()), "/admin/accounts")
        .then()
        .statusCode(403)
        .body(containsString("This page is not available to you"));
  }

  @Test
  void shouldListAccountsAndFindThemByNameOrEmail() {
    String name = unique("zebedee");
    AccountView match = ids.account(name, Role.ASSESSOR);

    Forms.page(session, "/admin/accounts")
        .then()
        .statusCode(200)
        .body(containsString("<a href=\"/admin/accounts\" aria-current=\"page\">Accounts</a>"))
        .body(containsString("<a href=\"/admin/accounts/" + match.id() + "\">" + name + "</a>"))
        .body(containsString("<label for=\"q\">Find by name or email</label>"));
    String found =
        Forms.page(session, "/admin/accounts?q=" + name.toUpperCase())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(found)
        .contains("1 of ")
        .contains("/admin/accounts/" + match.id() + "\"")
        .doesNotContain("/admin/accounts/" + admin.id() + "\"");
    assertThat(found)
        .contains("<td data-label=\"Roles\">Assessor</td>")
        .contains("<td data-label=\"Status\"><span class=\"tag tag-yes\">Active</span>");
  }

  @Test
  void shouldCreateAnAccountThatMustChangeItsTemporaryPassword() {
    String email = unique("new") + "@school.test";

    Response response =
        Forms.post(session)
            .formParam("email", email)
            .formParam("displayName", "Noor New")
            .formParam("school", "Hill School")
            .formParam("roles", "EDUCATOR")
            .formParam("roles", "ASSESSOR")
            .formParam("temporaryPassword", "Temporary-Meadow-Pass-4")
            .post("/admin/accounts");

    response.then().statusCode(303);
    AccountView created = accounts.findByEmail(email).orElseThrow();
    assertThat(response.header("Location"))
        .endsWith("/admin/accounts/" + created.id() + "?done=created");
    assertThat(created.roles()).containsExactly(Role.EDUCATOR, Role.ASSESSOR);
    assertThat(created.mustChangePassword()).isTrue();
    Forms.page(session, "/admin/accounts/" + created.id() + "?done=created")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Noor New</h1>"))
        .body(containsString("role=\"status\"><p>Account created."))
        .body(containsString("value=\"Hill School\""))
        .body(containsString("Must change password"));
  }

  @Test
  void shouldShowEveryProblemOfTheCreateFormAtItsField() {
    Response response =
        Forms.post(session)
            .formParam("email", "not-an-address")
            .formParam("displayName", "")
            .formParam("temporaryPassword", "password1234")
            .post("/admin/accounts");

    String html = response.then().statusCode(422).extract().asString();
    assertThat(html)
        .contains("<title>Error: Create an account")
        .contains(
            "<p id=\"email-error\" class=\"field-error\">Email address is not an email address.")
        .contains("aria-invalid=\"true\" aria-describedby=\"email-error\"")
        .contains("value=\"not-an-address\"")
        .contains("<p id=\"displayName-error\" class=\"field-error\">Name is required.")
        .contains("<p id=\"roles-error\" class=\"field-error\">At least one role is required.")
        .contains("<fieldset class=\"field choices\" aria-describedby=\"roles-error\">")
        .contains(
            "<p id=\"temporaryPassword-error\" class=\"field-error\">Temporary password is one of"
                + " the most common passwords")
        .contains("<a href=\"#temporaryPassword\">")
        .doesNotContain("password1234");
  }

  @Test
  void shouldInviteAndShowTheOneTimeLinkOnceWithoutCaching() {
    String email = unique("invitee") + "@school.test";

    Response response =
        Forms.post(session)
            .formParam("email", email)
            .formParam("displayName", "Ines Invitee")
            .formParam("roles", "ASSESSOR")
            .post("/admin/accounts/invite");

    response
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body(containsString("<h1>Invitation for Ines Invitee</h1>"))
        .body(containsString("<label for=\"one-time-link\">One-time link</label>"))
        .body(containsString("/invitation?token="))
        .body(containsString("<p class=\"copy-status\" role=\"status\"></p>"));
    AccountView invited = accounts.findByEmail(email).orElseThrow();
    assertThat(invited.passwordSet()).isFalse();
    assertThat(invited.roles()).containsExactly(Role.ASSESSOR);
    Forms.page(session, "/admin/accounts?q=" + email)
        .then()
        .body(containsString("<span class=\"tag tag-wait\">Invited</span>"));
  }

  @Test
  void shouldRefuseToInviteSomeoneWhoCanAlreadySignIn() {
    AccountView existing = ids.account("existing", Role.EDUCATOR);

    Forms.post(session)
        .formParam("email", existing.email())
        .formParam("displayName", "Again")
        .formParam("roles", "EDUCATOR")
        .post("/admin/accounts/invite")
        .then()
        .statusCode(409)
        .body(containsString("<p id=\"email-error\" class=\"field-error\">An account with email"))
        .body(containsString("reset its password instead."));
  }

  @Test
  void shouldSaveTheProfileAndTheRolesAndEndThePersonsSessions() {
    AccountView person = ids.account("person", Role.EDUCATOR);
    String theirs = ids.token(person.id());

    Forms.post(session)
        .formParam("displayName", "Pat Person")
        .formParam("school", "Lake School")
        .formParam("district", "North")
        .formParam("roleTitle", "Grade 3 teacher")
        .post("/admin/accounts/" + person.id() + "/profile")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/accounts/" + person.id() + "?done=profile"));
    Forms.post(session)
        .formParam("roles", "EDUCATOR")
        .formParam("roles", "ASSESSOR")
        .post("/admin/accounts/" + person.id() + "/roles")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=roles"));

    AccountView saved = accounts.get(person.id());
    assertThat(saved.displayName()).isEqualTo("Pat Person");
    assertThat(saved.roleTitle()).isEqualTo("Grade 3 teacher");
    assertThat(saved.roles()).containsExactly(Role.EDUCATOR, Role.ASSESSOR);
    given().cookie(SessionCookies.NAME, theirs).get("/api/auth/me").then().statusCode(401);
    Forms.page(session, "/admin/accounts/" + person.id() + "?done=roles")
        .then()
        .body(containsString("Roles saved."))
        .body(containsString("id=\"role-ASSESSOR\" name=\"roles\" value=\"ASSESSOR\" checked"));
  }

  @Test
  void shouldAskForAtLeastOneRole() {
    AccountView person = ids.account("person", Role.EDUCATOR);

    Forms.post(session)
        .post("/admin/accounts/" + person.id() + "/roles")
        .then()
        .statusCode(422)
        .body(containsString("At least one role is required."));
    assertThat(accounts.get(person.id()).roles()).containsExactly(Role.EDUCATOR);
  }

  @Test
  void shouldDeactivateAndReactivateAnAccount() {
    AccountView person = ids.account("person", Role.EDUCATOR);

    Forms.post(session)
        .post("/admin/accounts/" + person.id() + "/deactivate")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=deactivated"));
    assertThat(accounts.get(person.id()).active()).isFalse();
    Forms.page(session, "/admin/accounts/" + person.id() + "?done=deactivated")
        .then()
        .body(containsString("Account deactivated."))
        .body(containsString("<span class=\"tag tag-no\">Deactivated</span>"))
        .body(containsString("Reactivate the account"));

    Forms.post(session)
        .post("/admin/accounts/" + person.id() + "/reactivate")
        .then()
        .statusCode(303);
    assertThat(accounts.get(person.id()).active()).isTrue();
  }

  @Test
  void shouldResetAPasswordAndShowTheLinkOnce() {
    AccountView person = ids.account("person", Role.EDUCATOR);

    Forms.post(session)
        .post("/admin/accounts/" + person.id() + "/password-reset")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body(containsString("<h1>Password reset for person</h1>"))
        .body(containsString("/invitation?token="));
    assertThat(accounts.get(person.id()).passwordSet()).isFalse();
  }

  @Test
  void shouldExplainWhyTheLastActiveAdminCannotBeDemotedOrDeactivated() {
    List<AccountView> others =
        accounts.list().stream()
            .filter(a -> a.active() && a.has(Role.ADMIN) && a.id() != admin.id())
            .toList();
    others.forEach(other -> administration.deactivate(other.id()));
    try {
      Forms.post(session)
          .post("/admin/accounts/" + admin.id() + "/deactivate")
          .then()
          .statusCode(409)
          .body(containsString("Cannot deactivate the last active admin"));
      Forms.post(session)
          .formParam("roles", "EDUCATOR")
          .post("/admin/accounts/" + admin.id() + "/roles")
          .then()
          .statusCode(409)
          .body(containsString("role=\"alert\"><p>There is a problem:</p>"))
          .body(containsString("Cannot remove the admin role from the last active admin"));
    } finally {
      others.forEach(other -> administration.reactivate(other.id()));
    }
    assertThat(accounts.get(admin.id()).roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void shouldRefuseAnAdminFormWithoutTheCsrfToken() {
    AccountView person = ids.account("person", Role.EDUCATOR);

    Forms.withoutCsrf()
        .cookie(SessionCookies.NAME, session)
        .post("/admin/accounts/" + person.id() + "/deactivate")
        .then()
        .statusCode(403);
    assertThat(accounts.get(person.id()).active()).isTrue();
  }

  @Test
  void shouldAnswerAnUnknownAccountWithTheNotFoundPage() {
    Forms.page(session, "/admin/accounts/999999999")
        .then()
        .statusCode(404)
        .body(not(containsString("No account with id")));
  }
}
