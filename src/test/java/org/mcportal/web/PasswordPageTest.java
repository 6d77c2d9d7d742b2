package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.identity.Role;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class PasswordPageTest {

  private static final String NEW_PASSWORD = "Copper-Lantern-Orchard-31";

  @Inject TestIdentities ids;

  private String session() {
    return ids.token(ids.account("educator", Role.EDUCATOR).id());
  }

  private static Response change(String session, String current, String chosen, String again) {
    return Forms.post(session)
        .formParam("currentPassword", current)
        .formParam("newPassword", chosen)
        .formParam("confirmPassword", again)
        .post("/account/password");
  }

  @Test
  void shouldSendAVisitorToSignInFirst() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/account/password")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/signin?next=%2Faccount%2Fpassword"));
  }

  @Test
  void shouldLabelEveryFieldAndStateThePolicyUpFront() {
    Forms.page(session(), "/account/password")
        .then()
        .statusCode(200)
        .body(containsString("<label for=\"currentPassword\">Current password</label>"))
        .body(containsString("<label for=\"newPassword\">New password</label>"))
        .body(containsString("<label for=\"confirmPassword\">The new password again</label>"))
        .body(containsString("At least 12 characters."))
        .body(containsString("Common passwords and ones containing your email address are refused"))
        .body(containsString("aria-describedby=\"newPassword-hint\""))
        .body(containsString("<div id=\"form-errors\" class=\"alert\" role=\"alert\"></div>"))
        .body(containsString("href=\"/account/password\">Change password</a>"));
  }

  @ParameterizedTest
  @CsvSource({
    "Not-My-Password-77, "
        + NEW_PASSWORD
        + ", "
        + NEW_PASSWORD
        + ", currentPassword, Current password is not right.",
    TestIdentities.PASSWORD
        + ", short-one, short-one, newPassword,"
        + " New password must be at least 12 characters long.",
    TestIdentities.PASSWORD
        + ", password1234, password1234, newPassword,"
        + " New password is one of the most common passwords; choose another.",
    TestIdentities.PASSWORD
        + ", "
        + NEW_PASSWORD
        + ", Copper-Lantern-Orchard-13, confirmPassword,"
        + " The two new passwords are not the same; type it again.",
    TestIdentities.PASSWORD
        + ", "
        + TestIdentities.PASSWORD
        + ", "
        + TestIdentities.PASSWORD
        + ", newPassword, New password must differ from the current password."
  })
  void shouldShowEachProblemAtItsField(
      String current, String chosen, String again, String field, String message) {
    String session = session();

    change(session, current, chosen, again)
        .then()
        .statusCode(422)
        .body(containsString("<p id=\"" + field + "-error\" class=\"field-error\">" + message))
        .body(containsString("<li><a href=\"#" + field + "\">" + message + "</a></li>"))
        .body(containsString("aria-invalid=\"true\""))
        .body(containsString(field + "-error\""))
        .body(not(containsString("value=\"" + chosen + "\"")));
    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void shouldChangeThePasswordKeepThisSessionAndEndTheOthers() {
    String session = session();

    Response response = change(session, TestIdentities.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

    response.then().statusCode(303);
    assertThat(response.header("Location")).endsWith("/account/password?changed=true");
    String renewed = response.getCookie(SessionCookies.NAME);
    assertThat(renewed).isNotBlank().isNotEqualTo(session);
    Forms.page(renewed, "/account/password?changed=true")
        .then()
        .statusCode(200)
        .body(containsString("Your password is changed."));
    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void shouldCarryOnWhereTheForcedChangeInterrupted() {
    TestIdentities.FirstAdmin admin = ids.firstAdmin("first");
    String session =
        Forms.post()
            .formParam("email", admin.email())
            .formParam("password", admin.oneTimePassword())
            .post("/signin")
            .getCookie(SessionCookies.NAME);
    Forms.page(session, "/account/password?next=%2Fadmin%2Faccounts")
        .then()
        .body(containsString("Before you go on, replace the one-time password"));

    Response response =
        Forms.post(session)
            .formParam("currentPassword", admin.oneTimePassword())
            .formParam("newPassword", NEW_PASSWORD)
            .formParam("confirmPassword", NEW_PASSWORD)
            .formParam("next", "/admin/accounts")
            .post("/account/password");

    response.then().statusCode(303).header("Location", endsWith("/admin/accounts"));
    Forms.page(response.getCookie(SessionCookies.NAME), "/admin/accounts").then().statusCode(200);
  }

  @Test
  void shouldRefuseAChangeWithoutTheCsrfToken() {
    Forms.withoutCsrf()
        .cookie(SessionCookies.NAME, session())
        .formParam("currentPassword", TestIdentities.PASSWORD)
        .formParam("newPassword", NEW_PASSWORD)
        .formParam("confirmPassword", NEW_PASSWORD)
        .post("/account/password")
        .then()
        .statusCode(403);
  }
}
