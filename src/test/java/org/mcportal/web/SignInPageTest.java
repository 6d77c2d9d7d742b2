package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SignInPageTest {

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

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "/credentials/home-visits, /credentials/home-visits",
        "/a?b=c, /a?b=c",
        "//elsewhere.example, /",
        "https://elsewhere.example/, /",
        "'/\\elsewhere.example', /",
        "javascript:alert(1), /",
        "relative/path, /",
        "NULL, /"
      })
  void shouldOnlyReturnToAPathOnThisSite(String next, String kept) {
    assertThat(SignInPage.safeNext(next)).isEqualTo(kept);
  }

  @Test
  void shouldShowAFailureInTheAlertRegionAndMarkTheFields() {
    String html =
        SignInPage.Templates.form(
                new PageContext(
                    "", java.util.List.of(), java.util.List.of(), java.util.List.of(), "/signin"),
                new SignInPage.SignInForm("ada@example.org", "/", "Email or password is wrong."))
            .render();

    assertThat(html)
        .contains("role=\"alert\"><p>Email or password is wrong.</p></div>")
        .contains(
            "value=\"ada@example.org\" aria-invalid=\"true\" aria-describedby=\"signin-error\"");
  }
}
