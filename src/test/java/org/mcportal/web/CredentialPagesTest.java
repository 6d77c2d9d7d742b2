package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;

@QuarkusTest
class CredentialPagesTest {

  private static final String PAGE = "/credentials/home-visits";

  @Test
  void shouldListTheCredentialsOffered() {
    given()
        .when()
        .get("/credentials")
        .then()
        .statusCode(200)
        .contentType("text/html")
        .body(
            containsString(
                "<a href=\"/credentials/home-visits\">Developing Trusting Reciprocal"
                    + " Relationships through Home Visits</a>"))
        .body(containsString("Revised March 17, 2022"));
  }

  @Test
  void shouldShowCompetencyKeyMethodAndTheWorkInvolved() {
    given()
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .contentType("text/html")
        .body(containsString("<title>Developing Trusting Reciprocal Relationships"))
        .body(containsString("<dt>Competency</dt><dd>Educator conducts three home visits"))
        .body(containsString("<dt>Key method</dt><dd>Educator plans, conducts, and reflects"))
        .body(containsString("3 parts with 5 assessed components: 3,450–4,800 words"))
        .body(containsString("plus 3 documents"))
        .body(containsString("Your evidence follows 3 students, named only by pseudonym."));
  }

  @Test
  void shouldRenderTheGuidanceFromMarkdown() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(containsString("<h3>Meaningful Family Engagement</h3>"))
        .body(containsString("<h3>Gather Information</h3>"))
        .body(containsString("<li>Talk with your administration about your plan</li>"))
        .body(containsString("please submit the following <strong>three</strong> artifacts"))
        .body(containsString("<a href=\"https://ohiofamiliesengage.osu.edu\" rel=\""));
  }

  @Test
  void shouldSayWhatToSubmitWithEachBound() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(containsString("You hand in</span> 3 questions; 200–400 words in all."))
        .body(
            containsString(
                "You hand in</span> 7 questions, answered for each of your students;"
                    + " 1,500–2,000 words in all."))
        .body(
            containsString(
                "You hand in</span> 3 questions; about 250–400 words in all, as a guide."))
        .body(
            containsString(
                "You hand in</span> One thank-you note per student, 3 thank-you notes in all,"
                    + " written in the portal or uploaded as a PDF."))
        .body(containsString("<li>What will your conversation starter question be?"))
        .body(containsString("Please do not include any information that will make you or"));
  }

  @Test
  void shouldPrintEachRubricAsATableMarkingTheLevelsThatEarn() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(
            containsString(
                "<caption>How Artifact 1 is rated <span class=\"caption-note\">(needs Proficient"
                    + " or better to earn)</span></caption>"))
        .body(containsString("<th scope=\"col\">Level</th>"))
        .body(containsString("<tr class=\"required\">"))
        .body(containsString("<th scope=\"row\" data-label=\"Level\">Developing</th>"))
        .body(containsString("<p>Opening question was open ended, warm and positive.</p>"))
        .body(containsString("Any response that does not reach the level above."));
  }

  @Test
  void shouldStateTheEarningRuleAndTheLevelEachComponentNeeds() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(
            containsString(
                "<p class=\"earning-rule\">To earn this micro-credential, you must receive a"
                    + " passing score in Parts 1 and 3, and receive proficient for all"
                    + " components in Part 2.</p>"))
        .body(
            containsString(
                "<th scope=\"row\" data-label=\"Component\">Artifact 3: Post Visits</th>"
                    + "<td data-label=\"Needs at least\">Proficient</td>"))
        .body(
            containsString(
                "<th scope=\"row\" data-label=\"Component\">Part 1: Overview Questions</th>"
                    + "<td data-label=\"Needs at least\">Pass</td>"));
  }

  @Test
  void shouldInviteAVisitorToSignInAndComeBack() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(
            containsString(
                "<a class=\"button\" href=\"/signin?next=/credentials/home-visits\">Sign in to"
                    + " start</a>"))
        .body(not(containsString("Start your submission")));
  }

  @Test
  @TestSecurity(
      user = "ada@example.org",
      roles = {Role.Names.EDUCATOR})
  void shouldInviteAnEducatorToStart() {
    given()
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("Start your submission"))
        .body(not(containsString("Sign in to start")));
  }

  @Test
  @TestSecurity(
      user = "grace@example.org",
      roles = {Role.Names.ASSESSOR})
  void shouldOfferNoStartToAnAssessor() {
    given()
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(not(containsString("Start your submission")))
        .body(not(containsString("Sign in to start")));
  }

  @Test
  void shouldCreditOnlyTheCredentialShown() {
    given()
        .when()
        .get(PAGE)
        .then()
        .body(
            containsString(
                "Credential text: <cite>Developing Trusting Reciprocal Relationships through Home"
                    + " Visits</cite>."));
  }

  @Test
  void shouldAnswerAnUnknownCredentialWithTheNotFoundPage() {
    given()
        .accept("text/html")
        .when()
        .get("/credentials/no-such-credential")
        .then()
        .statusCode(404)
        .contentType("text/html")
        .body(containsString("We can't find that page"));
  }
}
