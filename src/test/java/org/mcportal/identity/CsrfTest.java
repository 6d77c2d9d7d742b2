package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Cookie sessions and form posts need the CSRF token; bearer clients do not. */
@QuarkusTest
class CsrfTest {

  @Inject TestIdentities ids;

  @Test
  void theCsrfCookieIsHttpOnlyAndStrict() {
    Response response = given().get("/api/auth/csrf");

    response.then().statusCode(200).body("parameterName", equalTo(CsrfToken.PARAMETER));
    String setCookie = response.header("Set-Cookie");
    assertThat(setCookie)
        .startsWith(CsrfToken.COOKIE + "=")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(response.getCookie(CsrfToken.COOKIE)).isEqualTo(response.path("token"));
  }

  @Test
  void aFormSignOutWithoutTheTokenIsRefused() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());

    given()
        .cookie(SessionCookies.NAME, session)
        .contentType(ContentType.URLENC)
        .formParam("anything", "x")
        .post("/api/auth/logout")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:mcportal:problem:csrf"));
    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void aFormSignOutWithTheTokenEndsTheSession() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());
    String csrf = given().get("/api/auth/csrf").path("token");

    given()
        .redirects()
        .follow(false)
        .cookie(SessionCookies.NAME, session)
        .cookie(CsrfToken.COOKIE, csrf)
        .contentType(ContentType.URLENC)
        .formParam(CsrfToken.PARAMETER, csrf)
        .post("/api/auth/logout")
        .then()
        .statusCode(303);
    given().cookie(SessionCookies.NAME, session).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void aTokenThatDoesNotMatchTheCookieIsRefused() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());
    String csrf = given().get("/api/auth/csrf").path("token");
    String other = given().get("/api/auth/csrf").path("token");

    given()
        .cookie(SessionCookies.NAME, session)
        .cookie(CsrfToken.COOKIE, csrf)
        .contentType(ContentType.URLENC)
        .formParam(CsrfToken.PARAMETER, other)
        .post("/api/auth/logout")
        .then()
        .statusCode(403);
  }

  @Test
  void aCookieAuthenticatedJsonRequestNeedsTheTokenInAHeader() {
    String session = ids.token(ids.account("educator", Role.EDUCATOR).id());
    String csrf = given().get("/api/auth/csrf").path("token");

    given()
        .cookie(SessionCookies.NAME, session)
        .contentType(ContentType.JSON)
        .post("/api/auth/refresh")
        .then()
        .statusCode(403);
    given()
        .cookie(SessionCookies.NAME, session)
        .cookie(CsrfToken.COOKIE, csrf)
        .header(CsrfToken.HEADER, csrf)
        .contentType(ContentType.JSON)
        .post("/api/auth/refresh")
        .then()
        .statusCode(200);
  }

  @Test
  void aBearerClientNeedsNoCsrfToken() {
    String token = ids.token(ids.account("educator", Role.EDUCATOR).id());

    Api.bearer(token)
        .contentType(ContentType.JSON)
        .post("/api/auth/refresh")
        .then()
        .statusCode(200);
  }
}
