package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountAdministration;
import org.mcportal.identity.AccountProfile;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TestIdentities;
import org.mcportal.testing.ClientAddresses;
import org.mcportal.web.browser.BrowserTest;
import org.mcportal.web.browser.PageView;

/**
 * Signing in and out, the lockout, inviting someone and the first admin's forced password change,
 * each through the pages in headless Chromium. Every journey starts as a new person from an address
 * of its own, so that cookies and the per-address sign-in ceiling do not carry over.
 */
@QuarkusTest
class IdentityJourneysTest extends BrowserTest {

  private static final String CHOSEN = "Saffron-Quarry-Lighthouse-26";

  @Inject TestIdentities ids;
  @Inject AccountAdministration administration;

  @BeforeEach
  void startAsSomeoneNew() {
    newSession();
    comingFrom(ClientAddresses.someAddress());
  }

  private AccountView person(String email, String displayName, Role role) {
    AccountView account = ids.account(email, role);
    return administration.updateProfile(
        account.id(), new AccountProfile(displayName, null, null, null));
  }

  private static Map<String, String> fields(String... idsAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      fields.put(idsAndValues[i], idsAndValues[i + 1]);
    }
    return fields;
  }

  @Test
  void anEducatorSignsInReadsTheCredentialAndSignsOut() {
    AccountView erin = person("erin", "Erin Educator", Role.EDUCATOR);

    PageView credential = visit("/credentials/home-visits", "credential-home-visits");
    PageView signIn = credential.follow("Sign in to start", "signin");
    PageView signedIn =
        signIn.submit(
            fields("email", erin.email(), "password", TestIdentities.PASSWORD),
            "credential-home-visits-educator");

    assertThat(signedIn.path()).isEqualTo("/credentials/home-visits");
    assertThat(signedIn.text(".who-name")).isEqualTo("Erin Educator");
    assertThat(signedIn.text(".who-role")).isEqualTo("Educator");
    assertThat(signedIn.text("nav[aria-label=Main]"))
        .contains("My submissions")
        .doesNotContain("Accounts")
        .doesNotContain("Assessment queue");
    assertThat(signedIn.mainText()).contains("Start your submission");

    PageView password = signedIn.follow("Change password", "password-change");
    assertThat(password.heading()).isEqualTo("Change your password");
    String token = cookie(SessionCookies.NAME);
    PageView signedOut = password.click("form.signout button", "signin-signed-out");

    assertThat(signedOut.path()).isEqualTo("/signin?signedout=true");
    assertThat(signedOut.text("[role=status]")).startsWith("You are signed out.");
    assertThat(signedOut.has(".who-name")).isFalse();
    assertThat(cookie(SessionCookies.NAME)).isNull();
    given().cookie(SessionCookies.NAME, token).get("/api/auth/me").then().statusCode(401);

    PageView back = signedOut.back("signin-after-back");
    assertThat(back.path()).isEqualTo("/signin?next=%2Faccount%2Fpassword");
    assertThat(back.heading()).isEqualTo("Sign in");
  }

  @Test
  void theEleventhSignInAfterTenWrongPasswordsIsLockedOut() {
    AccountView target = person("target", "Toni Target", Role.EDUCATOR);
    PageView page = visit("/signin", "signin");

    for (int attempt = 1; attempt <= 10; attempt++) {
      page =
          page.submit(
              fields("email", target.email(), "password", "Wrong-Guess-Number-" + attempt),
              "signin-refused");
      assertThat(page.status()).as("attempt %d", attempt).isEqualTo(422);
      assertThat(page.text("[role=alert]")).isEqualTo("The email or password is not right.");
      assertThat(page.find("#email").getAttribute("value")).isEqualTo(target.email());
      assertThat(page.find("#password").getAttribute("value")).isEmpty();
    }
    PageView locked =
        page.submit(
            fields("email", target.email(), "password", TestIdentities.PASSWORD), "signin-locked");

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.text("[role=alert]"))
        .startsWith("Too many sign-in attempts.")
        .contains("try again in 15 minutes");
    assertThat(cookie(SessionCookies.NAME)).isNull();
  }

  @Test
  void anAdminInvitesAnAssessorWhoAcceptsAndLandsSignedIn() {
    AccountView ada = person("ada", "Ada Admin", Role.ADMIN);
    String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";

    PageView home =
        visit("/signin", "signin")
            .submit(
                fields("email", ada.email(), "password", TestIdentities.PASSWORD), "home-admin");
    assertThat(home.text(".who-role")).isEqualTo("Program admin");
    PageView list = home.follow("Accounts", "accounts");
    assertThat(list.find("a[aria-current=page]").getText()).isEqualTo("Accounts");
    PageView form = list.follow("Invite someone", "invite");
    PageView issued =
        form.fill(fields("email", email, "displayName", "Sam Assessor", "school", "Lake School"))
            .tick("role-ASSESSOR")
            .click("form.form button[type=submit]", "invite-link");

    assertThat(issued.heading()).isEqualTo("Invitation for Sam Assessor");
    String link = issued.find("#one-time-link").getAttribute("value");
    assertThat(link).contains("/invitation?token=");
    issued.activate(".copy-button").waitForText(".copy-status", "Link copied.");
    assertThat(clipboard()).isEqualTo(link);
    PageView account = issued.follow("Go to the account", "account");
    assertThat(account.text(".facts")).contains("Invited").contains("Assessor");

    newSession();
    comingFrom(ClientAddresses.someAddress());
    URI address = URI.create(link);
    PageView invitation = visit(address.getRawPath() + "?" + address.getRawQuery(), "invitation");
    assertThat(invitation.heading()).isEqualTo("Welcome, Sam Assessor");
    assertThat(invitation.text(".facts")).contains(email);
    assertThat(invitation.path()).as("the token leaves the address bar").isEqualTo("/invitation");
    PageView welcome =
        invitation.submit(fields("password", CHOSEN, "confirmPassword", CHOSEN), "home-assessor");

    assertThat(welcome.path()).isEqualTo("/");
    assertThat(welcome.heading()).isEqualTo("Welcome back, Sam Assessor");
    assertThat(welcome.text(".who-role")).isEqualTo("Assessor");
    assertThat(welcome.text("main")).contains("Rubrics you score against");
    assertThat(welcome.text("nav[aria-label=Main]"))
        .doesNotContain("Accounts")
        .doesNotContain("My submissions");
  }

  @Test
  void theFirstAdminMustReplaceTheOneTimePasswordBeforeAnythingElse() {
    TestIdentities.FirstAdmin admin = ids.firstAdmin("first");

    PageView forced =
        visit("/signin?next=%2Fadmin%2Faccounts", "signin")
            .submit(
                fields("email", admin.email(), "password", admin.oneTimePassword()),
                "password-forced");
    assertThat(forced.path()).isEqualTo("/account/password?next=%2Fadmin%2Faccounts");
    assertThat(forced.text(".notice")).contains("replace the one-time password");

    PageView stillForced = visit("/credentials", "password-forced");
    assertThat(stillForced.path()).isEqualTo("/account/password?next=%2Fcredentials");
    PageView refused =
        visit("/account/password?next=%2Fadmin%2Faccounts", "password-forced")
            .submit(
                fields(
                    "currentPassword",
                    admin.oneTimePassword(),
                    "newPassword",
                    "short",
                    "confirmPassword",
                    "short"),
                "password-forced-error");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("#newPassword-error"))
        .isEqualTo("New password must be at least 12 characters long.");
    assertThat(refused.find("#newPassword").getAttribute("aria-describedby"))
        .isEqualTo("newPassword-hint newPassword-error");

    PageView accounts =
        refused.submit(
            fields(
                "currentPassword",
                admin.oneTimePassword(),
                "newPassword",
                CHOSEN,
                "confirmPassword",
                CHOSEN),
            "accounts-after-first-change");
    assertThat(accounts.path()).isEqualTo("/admin/accounts");
    assertThat(accounts.heading()).isEqualTo("Accounts");
    assertThat(accounts.text(".who-role")).isEqualTo("Program admin");
  }
}
