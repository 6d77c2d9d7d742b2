package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.LoginService;
import org.mcportal.identity.Role;
import org.mcportal.identity.SessionCookies;
import org.mcportal.identity.TestIdentities;

@QuarkusTest
class SignInPageTest {

  @Inject TestIdentities ids;

  private static Response signIn(String email, String password, String next) {
    return Forms.post()
        .formParam("email", email)
        .formParam("password", password)
        .formParam("next", next)
        .post("/signin");
  }

  @Test
  void shouldSignInSetTheSessionCookieAndReturnToTheNextPath() {
    AccountView educator = ids.account("ada-educator", Role.EDUCATOR);

    Response response =
        signIn(educator.email(), TestIdentities.PASSWORD, "/credentials/home-visits?tab=2");

    response.then().statusCode(303);
    assertThat(response.header("Location")).endsWith("/credentials/home-visits?tab=2");
    assertThat(response.header("Set-Cookie"))
        .startsWith(SessionCookies.NAME + "=ey")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    Forms.page(response.getCookie(SessionCookies.NAME), "/")
        .then()
        .statusCode(200)
        .body(containsString("<strong class=\"who-name\">ada-educator</strong>"))
        .body(containsString("<span class=\"who-role\">Educator</span>"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http:evil.example"
      })
  void shouldNeverRedirectOffTheSiteAfterSignIn(String next) {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Response response = signIn(educator.email(), TestIdentities.PASSWORD, next);

    response.then().statusCode(303);
    String location = response.header("Location");
    assertThat(location).doesNotContain("evil").doesNotContain("javascript");
    assertThat(java.net.URI.create(location).getPath()).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a b", "/%zz", "/<x>"})
  void shouldSignInAndGoHomeWhenTheNextPathIsNotAValidAddress(String next) {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Response response = signIn(educator.email(), TestIdentities.PASSWORD, next);

    response.then().statusCode(303);
    assertThat(java.net.URI.create(response.header("Location")).getPath()).isEqualTo("/");
    assertThat(response.header("Set-Cookie")).startsWith(SessionCookies.NAME + "=ey");
  }

  @Test
  void shouldShowTheSameRefusalForAWrongPasswordAndAnUnknownEmail() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    String wrong =
        signIn(educator.email(), "Not-The-Password-99", "/")
            .then()
            .statusCode(422)
            .contentType("text/html")
            .extract()
            .asString();
    String unknown =
        signIn("nobody-at-all@school.test", "Not-The-Password-99", "/")
            .then()
            .statusCode(422)
            .extract()
            .asString();

    assertThat(wrong)
        .contains("role=\"alert\"><p>" + LoginService.INVALID_CREDENTIALS + ".</p></div>")
        .contains("value=\"" + educator.email() + "\"")
        .doesNotContain("Not-The-Password-99");
    String csrfValue = "name=\"csrf-token\" value=\"[^\"]*\"";
    assertThat(unknown.replaceAll(csrfValue, "").replace("nobody-at-all@school.test", "EMAIL"))
        .isEqualTo(wrong.replaceAll(csrfValue, "").replace(educator.email(), "EMAIL"));
  }

  @Test
  void shouldRefuseASignInWithoutTheCsrfToken() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Forms.withoutCsrf()
        .formParam("email", educator.email())
        .formParam("password", TestIdentities.PASSWORD)
        .post("/signin")
        .then()
        .statusCode(403)
        .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void shouldAnswerTheEleventhAttemptWithTheLockoutAnd429() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    ids.recordFailures(educator.email(), 10, Instant.now());

    Response response = signIn(educator.email(), TestIdentities.PASSWORD, "/");

    response
        .then()
        .statusCode(429)
        .contentType("text/html")
        .body(containsString("Too many sign-in attempts"))
        .body(containsString("try again in 15 minutes"));
    assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 900L);
    assertThat(response.getCookie(SessionCookies.NAME)).isNull();
  }

  @Test
  void shouldSendSomeoneWithAOneTimePasswordToChangeItFirst() {
    TestIdentities.FirstAdmin admin = ids.firstAdmin("first");

    Response response = signIn(admin.email(), admin.oneTimePassword(), "/admin/accounts");

    response.then().statusCode(303);
    assertThat(response.header("Location")).endsWith("/account/password?next=%2Fadmin%2Faccounts");
    String session = response.getCookie(SessionCookies.NAME);
    Forms.page(session, "/admin/accounts")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/account/password?next=%2Fadmin%2Faccounts"));
    Forms.page(session, "/credentials")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/account/password?next=%2Fcredentials"));
    Forms.page(session, "/account/password").then().statusCode(200);
  }

  @Test
  void shouldConfirmSigningOutAndRefuseTheOldTokenAfterwards() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String session = ids.token(educator.id());

    Response response = Forms.post(session).post("/signout");

    response.then().statusCode(303);
    assertThat(response.header("Location")).endsWith("/signin?signedout=true");
    assertThat(response.header("Set-Cookie")).startsWith(SessionCookies.NAME + "=;");
    Forms.page(session, "/account/password")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/signin?next=%2Faccount%2Fpassword"));
    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(401);
    given()
        .get("/signin?signedout=true")
        .then()
        .body(containsString("<div class=\"success\" role=\"status\"><p>You are signed out."));
  }

  @Test
  void shouldRefuseASignOutWithoutTheCsrfTokenAndKeepTheSession() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());

    Forms.withoutCsrf()
        .cookie(SessionCookies.NAME, session)
        .post("/signout")
        .then()
        .statusCode(403);

    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void shouldStillClearTheCookieWhenTheSessionHasAlreadyEnded() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String session = ids.token(educator.id());
    Forms.post(session).post("/signout").then().statusCode(303);

    Forms.post(session)
        .post("/signout")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/signin?signedout=true"));
  }

  @Test
  void shouldShowPublicPagesToSomeoneWhoseSessionHasEnded() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());
    Forms.post(session).post("/signout").then().statusCode(303);

    Forms.page(session, "/")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/signin\">Sign in</a>"));
    Forms.page(session, "/signin").then().statusCode(200);
  }

  @Test
  void shouldLabelEveryFieldAndHoldAnAlertRegion() {
    given()
        .when()
        .get("/signin")
        .then()
        .statusCode(200)
        .contentType("text/html")
        .body(containsString("<label for=\"email\">Email address</label>"))
        .body(containsString("<input id=\"email\" name=\"email\" type=\"email\""))
        .body(containsString("autocomplete=\"username\""))
        .body(containsString("<label for=\"password\">Password</label>"))
        .body(containsString("autocomplete=\"current-password\""))
        .body(containsString("<div id=\"signin-error\" class=\"alert\" role=\"alert\"></div>"))
        .body(containsString("<form class=\"form\" method=\"post\" action=\"/signin\">"));
  }

  @Test
  void shouldCarryTheReturnPathInTheForm() {
    given()
        .queryParam("next", "/credentials/home-visits")
        .when()
        .get("/signin")
        .then()
        .body(
            containsString(
                "<input type=\"hidden\" name=\"next\" value=\"/credentials/home-visits\">"));
  }

  @Test
  void shouldNotOfferSignInTwiceOnTheSignInPage() {
    given()
        .when()
        .get("/signin")
        .then()
        .body(org.hamcrest.Matchers.not(containsString("button-quiet\" href=\"/signin\"")));
  }

  @Test
  void shouldShowAFailureInTheAlertRegionAndMarkTheFields() {
    signIn("ada@example.org", "Not-The-Password-99", "/")
        .then()
        .statusCode(422)
        .body(
            containsString("role=\"alert\"><p>" + LoginService.INVALID_CREDENTIALS + ".</p></div>"))
        .body(
            containsString(
                "value=\"ada@example.org\" aria-invalid=\"true\" aria-describedby=\"signin-error\""));
  }
}
