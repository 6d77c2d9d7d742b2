package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;

/** The header, navigation and footer every page shares, for each kind of visitor. */
@QuarkusTest
class LayoutTest {

  private static String home() {
    return given().accept("text/html").when().get("/").then().statusCode(200).extract().asString();
  }

  @Test
  void shouldOfferSignInAndPublicNavigationToAVisitor() {
    String html = home();
    assertThat(
        html,
        allOf(
            containsString("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"),
            containsString("<nav class=\"site-nav\" aria-label=\"Main\">"),
            containsString("<a href=\"/\" aria-current=\"page\">Home</a>"),
            containsString("<a href=\"/credentials\">Credentials</a>"),
            containsString("href=\"/signin\">Sign in</a>"),
            containsString("<main id=\"main\" tabindex=\"-1\">"),
            not(containsString("My submissions")),
            not(containsString("Sign out"))));
  }

  @Test
  void shouldCreditTheCredentialLicenceInTheFooter() {
    assertThat(
        home(),
        allOf(
            containsString("<footer class=\"site-footer\">"),
            containsString(
                "Except where otherwise noted, this work is licensed under:"
                    + " http://creativecommons.org/licenses/by-nc-nd/4.0/"),
            containsString(
                "<a href=\"http://creativecommons.org/licenses/by-nc-nd/4.0/\" rel=\"license\">"
                    + "CC BY-NC-ND 4.0</a>")));
  }

  @Test
  void shouldLoadOnlyAssetsServedByThePortal() {
    assertThat(
        home(),
        allOf(
            containsString("<link rel=\"stylesheet\" href=\"/assets/portal.css?v="),
            containsString("<script src=\"/assets/portal.js?v="),
            not(containsString("src=\"http")),
            not(containsString("<link rel=\"stylesheet\" href=\"http"))));
    given().when().get("/assets/portal.css").then().statusCode(200).contentType("text/css");
    given().when().get("/assets/portal.js").then().statusCode(200);
  }

  @Test
  @TestSecurity(
      user = "ada@example.org",
      roles = {Role.Names.EDUCATOR})
  void shouldNameTheEducatorAndShowTheirNavigation() {
    assertThat(
        home(),
        allOf(
            containsString("<strong class=\"who-name\">ada@example.org</strong>"),
            containsString("<span class=\"who-role\">Educator</span>"),
            containsString("<a href=\"/submissions\">My submissions</a>"),
            containsString("<form class=\"signout\" method=\"post\" action=\"/signout\">"),
            containsString("<input type=\"hidden\" name=\"csrf-token\" value=\""),
            containsString(
                "<a class=\"button button-quiet\" href=\"/account/password\">Change password</a>"),
            not(containsString("href=\"/admin/accounts\"")),
            not(containsString("Assessment queue")),
            not(containsString("href=\"/assessment\"")),
            not(containsString("href=\"/admin/reports\"")),
            not(containsString("href=\"/signin\">Sign in</a>"))));
  }

  @Test
  @TestSecurity(
      user = "grace@example.org",
      roles = {Role.Names.ASSESSOR})
  void shouldNameTheAssessorAndPointToTheRubrics() {
    assertThat(
        home(),
        allOf(
            containsString("<span class=\"who-role\">Assessor</span>"),
            containsString("<a href=\"/credentials\">Rubrics you score against</a>"),
            containsString("<a href=\"/assessment\">Review queue</a>"),
            not(containsString("href=\"/admin/audit\"")),
            not(containsString("My submissions")),
            not(containsString("href=\"/admin/reports\""))));
  }

  @Test
  @TestSecurity(
      user = "alan@example.org",
      roles = {Role.Names.ADMIN})
  void shouldNameTheAdminAndShowAccounts() {
    assertThat(
        home(),
        allOf(
            containsString("<span class=\"who-role\">Program admin</span>"),
            containsString("<a href=\"/admin/accounts\">Accounts</a>"),
            containsString("<a href=\"/admin/assessment\">Review items</a>"),
            containsString("<a href=\"/admin/audit\">Audit trail</a>"),
            not(containsString("My submissions")),
            not(containsString("Assessment queue"))));
  }

  @Test
  @TestSecurity(
      user = "mary@example.org",
      roles = {Role.Names.ADMIN, Role.Names.ASSESSOR})
  void shouldListEveryRoleOfSomeoneWithSeveral() {
    assertThat(
        home(),
        allOf(
            containsString("<span class=\"who-role\">Assessor and Program admin</span>"),
            containsString("Rubrics you score against"),
            containsString("<a href=\"/admin/accounts\">Accounts</a>")));
  }

  @Test
  @TestSecurity(
      user = "ada@example.org",
      roles = {Role.Names.EDUCATOR})
  void shouldMarkTheCurrentSectionInTheNavigation() {
    given()
        .when()
        .get("/credentials/home-visits")
        .then()
        .statusCode(200)
        .body(containsString("<a href=\"/credentials\" aria-current=\"page\">Credentials</a>"))
        .body(containsString("<a href=\"/\">Home</a>"));
  }
}
