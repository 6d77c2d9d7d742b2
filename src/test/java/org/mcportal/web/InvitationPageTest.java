package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountDetails;
import org.mcportal.identity.InvitationService;
import org.mcportal.identity.Role;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class InvitationPageTest {

  private static final String CHOSEN = "Willow-Granite-Harbour-58";

  @Inject TestIdentities ids;
  @Inject InvitationService invitations;

  private String invite(String name) {
    String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    long admin = ids.account("admin", Role.ADMIN).id();
    return invitations
        .invite(
            new AccountDetails(email, "Iris Invitee", null, null, null, Set.of(Role.ASSESSOR)),
            admin)
        .token();
  }

  private static Response accept(String token, String password, String again) {
    return Forms.post()
        .formParam("token", token)
        .formParam("password", password)
        .formParam("confirmPassword", again)
        .post("/invitation");
  }

  @Test
  void shouldShowWhoIsInvitedAndKeepTheTokenOutOfCachesAndTheFormAddress() {
    String token = invite("iris");

    given()
        .get("/invitation?token=" + token)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .header("Referrer-Policy", "no-referrer")
        .body(containsString("<h1>Welcome, Iris Invitee</h1>"))
        .body(containsString("iris-"))
        .body(containsString("<form class=\"form\" method=\"post\" action=\"/invitation\""))
        .body(containsString("<input type=\"hidden\" name=\"token\" value=\"" + token + "\">"))
        .body(containsString("<label for=\"password\">Password</label>"))
        .body(containsString("data-one-time-link"));
  }

  @Test
  void shouldShowAClearPageForAnUnknownUsedOrMissingLink() {
    for (String path : new String[] {"/invitation?token=not-a-real-token", "/invitation"}) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .header("Cache-Control", containsString("no-store"))
          .body(containsString("<h1>This link no longer works</h1>"));
    }
  }

  @Test
  void shouldShowPasswordProblemsAtTheirFields() {
    String token = invite("iris");

    accept(token, CHOSEN, "Willow-Granite-Harbour-85")
        .then()
        .statusCode(422)
        .body(containsString("<p id=\"confirmPassword-error\" class=\"field-error\">"));
    accept(token, "password1234", "password1234")
        .then()
        .statusCode(422)
        .body(
            containsString(
                "<p id=\"password-error\" class=\"field-error\">Password is one of the most"
                    + " common passwords"))
        .body(containsString("aria-describedby=\"password-hint password-error\""))
        .body(not(containsString("value=\"password1234\"")));
  }

  @Test
  void shouldSignTheInviteeInAndSpendTheLink() {
    String token = invite("iris");

    Response response = accept(token, CHOSEN, CHOSEN);

    response.then().statusCode(303);
    assertThat(java.net.URI.create(response.header("Location")).getPath()).isEqualTo("/");
    Forms.page(response.getCookie(SessionCookies.NAME), "/")
        .then()
        .body(containsString("<strong class=\"who-name\">Iris Invitee</strong>"))
        .body(containsString("<span class=\"who-role\">Assessor</span>"));
    accept(token, CHOSEN, CHOSEN)
        .then()
        .statusCode(404)
        .body(containsString("This link no longer works"));
  }

  @Test
  void shouldRefuseAnAcceptanceWithoutTheCsrfToken() {
    String token = invite("iris");

    Forms.withoutCsrf()
        .formParam("token", token)
        .formParam("password", CHOSEN)
        .formParam("confirmPassword", CHOSEN)
        .post("/invitation")
        .then()
        .statusCode(403);
    given().get("/invitation?token=" + token).then().statusCode(200);
  }
}
