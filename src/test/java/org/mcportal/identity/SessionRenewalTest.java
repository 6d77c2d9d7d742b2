package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sliding renewal inside an absolute session of 12 hours. */
@QuarkusTest
class SessionRenewalTest {

  @Inject TestIdentities ids;

  @Test
  void aCookieTokenPastHalfItsLifeIsRenewedWithTheSameSessionStart() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    Instant issued = Instant.now().minus(Duration.ofMinutes(10));
    long sessionStart = issued.minus(Duration.ofHours(1)).getEpochSecond();
    String old =
        ids.signWithPortalKey(
            ids.portalClaims(educator.id())
                .issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofMinutes(15)))
                .claim(TokenService.SESSION_START_CLAIM, sessionStart));

    Response response = given().cookie(SessionCookies.NAME, old).get("/api/auth/me");

    response.then().statusCode(200);
    String renewed = response.getCookie(SessionCookies.NAME);
    assertThat(renewed).isNotNull().isNotEqualTo(old);
    Map<String, Object> claims = LoginApiTest.part(renewed, 1);
    assertThat(((Number) claims.get("auth_time")).longValue()).isEqualTo(sessionStart);
    assertThat(((Number) claims.get("exp")).longValue())
        .isGreaterThan(issued.plus(Duration.ofMinutes(15)).getEpochSecond());
    given().cookie(SessionCookies.NAME, renewed).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void aFreshCookieTokenIsNotReplaced() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Response response =
        given().cookie(SessionCookies.NAME, ids.token(educator.id())).get("/api/auth/me");

    response.then().statusCode(200);
    assertThat(response.getCookie(SessionCookies.NAME)).isNull();
  }

  @Test
  void bearerClientsRenewExplicitlyAndNeverBeyondTwelveHours() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    Instant now = Instant.now();
    Instant sessionStart =
        now.minus(Duration.ofHours(12))
            .plus(Duration.ofMinutes(5))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String nearTheEnd =
        ids.signWithPortalKey(
            ids.portalClaims(educator.id())
                .issuedAt(now.minus(Duration.ofMinutes(1)))
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim(TokenService.SESSION_START_CLAIM, sessionStart.getEpochSecond()));

    Response refreshed =
        Api.bearer(nearTheEnd).contentType(ContentType.JSON).post("/api/auth/refresh");

    refreshed.then().statusCode(200);
    assertThat(refreshed.getCookie(SessionCookies.NAME)).isNull();
    Instant expires = Instant.parse(refreshed.path("expiresAt"));
    Instant sessionEnd = Instant.parse(refreshed.path("sessionExpiresAt"));
    assertThat(sessionEnd).isEqualTo(sessionStart.plus(Duration.ofHours(12)));
    assertThat(expires).isEqualTo(sessionEnd);
  }

  @Test
  void aRefreshInTheMiddleOfASessionGivesAFullTokenLifetime() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String token = ids.token(educator.id());

    Response refreshed = Api.bearer(token).contentType(ContentType.JSON).post("/api/auth/refresh");

    refreshed.then().statusCode(200);
    Instant expires = Instant.parse(refreshed.path("expiresAt"));
    assertThat(Duration.between(Instant.now(), expires))
        .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15).plusSeconds(5));
  }
}
