package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * A missing page reads the sign-in like any other page: the signed-in header for someone signed in,
 * and the signed-out header, never a refusal, for a sign-in that no longer holds.
 */
@QuarkusTest
class NotFoundPageTest {

  @Inject TestIdentities identities;

  @Test
  void shouldShowTheSignedInHeaderOnAMissingPage() {
    AccountView educator = identities.account("lost-educator", Role.EDUCATOR);

    given()
        .accept("text/html")
        .cookie("mcp_session", identities.token(educator.id()))
        .when()
        .get("/no-such-page/for-" + educator.id())
        .then()
        .statusCode(404)
        .contentType("text/html")
        .body(containsString("We can't find that page"))
        .body(containsString("<strong class=\"who-name\">lost-educator</strong>"))
        .body(containsString("<form class=\"signout\""))
        .body(containsString("href=\"/submissions\""));
  }

  @Test
  void shouldShowAMissingPageSignedOutWhenTheSessionHasEnded() {
    AccountView educator = identities.account("expired-educator", Role.EDUCATOR);
    Instant longAgo = Instant.now().minus(Duration.ofDays(3));
    String expired =
        identities.signWithPortalKey(
            identities
                .portalClaims(educator.id())
                .issuedAt(longAgo)
                .expiresAt(longAgo.plus(Duration.ofMinutes(30))));

    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie("mcp_session", expired)
        .when()
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .contentType("text/html")
        .body(containsString("We can't find that page"))
        .body(not(containsString("expired-educator")))
        .body(containsString("href=\"/signin\""));
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie("mcp_session", expired)
        .when()
        .get("/credentials/home-visits")
        .then()
        .statusCode(200)
        .body(not(containsString("expired-educator")));
  }

  @Test
  void shouldShowAMissingPageSignedOutForAForgedSession() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie("mcp_session", "not-a-token")
        .when()
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .body(containsString("We can't find that page"))
        .body(containsString("href=\"/signin\""));
  }
}
