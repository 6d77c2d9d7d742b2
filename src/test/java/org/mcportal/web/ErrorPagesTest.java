package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;

/** Pages fail as pages and the API fails as problem JSON; neither shows a stack trace. */
@QuarkusTest
class ErrorPagesTest {

  @Test
  void shouldShowTheNotFoundPageForAnUnknownAddress() {
    given()
        .accept("text/html")
        .when()
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .contentType("text/html")
        .body(containsString("<title>Page not found · Micro-credential Portal</title>"))
        .body(containsString("<nav class=\"site-nav\" aria-label=\"Main\">"))
        .body(containsString("<a href=\"/credentials\">Browse the credentials</a>"));
  }

  @Test
  void shouldKeepProblemJsonForTheApi() {
    given()
        .accept("text/html")
        .when()
        .get("/api/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void shouldAnswerAPageAddressWithJsonWhenOnlyJsonIsAccepted() {
    given()
        .accept("application/json")
        .when()
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldShowTheServerErrorPageWithAReferenceAndNoInternals() {
    given()
        .accept("text/html")
        .when()
        .get("/fixtures/failure")
        .then()
        .statusCode(500)
        .contentType("text/html")
        .body(containsString("Something went wrong on our side"))
        .body(matchesPattern("(?s).*<code class=\"reference\">[0-9a-f]{8}-[0-9a-f-]{27}</code>.*"))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("must not reach the page")))
        .body(not(containsString("at org.mcportal")));
  }

  @Test
  void shouldSendAnAnonymousVisitorToSignInAndBack() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .when()
        .get("/fixtures/members?tab=2")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/signin?next=%2Ffixtures%2Fmembers%3Ftab%3D2"));
  }

  @Test
  @TestSecurity(
      user = "ada@example.org",
      roles = {Role.Names.EDUCATOR})
  void shouldLetASignedInPersonReachAPageForMembers() {
    given().when().get("/fixtures/members").then().statusCode(200);
  }

  @Test
  @TestSecurity(
      user = "ada@example.org",
      roles = {Role.Names.EDUCATOR})
  void shouldShowTheForbiddenPageToSomeoneWithoutTheRole() {
    given()
        .accept("text/html")
        .when()
        .get("/fixtures/admins")
        .then()
        .statusCode(403)
        .contentType("text/html")
        .body(containsString("This page is not available to you"))
        .body(containsString("<strong class=\"who-name\">ada@example.org</strong>"));
  }

  @Test
  void shouldShowAPlainPageForOtherRefusals() {
    given()
        .accept("text/html")
        .when()
        .delete("/credentials")
        .then()
        .statusCode(405)
        .contentType("text/html")
        .body(containsString("<h1>Method Not Allowed</h1>"));
  }
}
