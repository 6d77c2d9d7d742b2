package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.AdjustableClock;
import org.mcportal.testing.ClientAddresses;

@QuarkusTest
class LoginApiTest {

  @Inject TestIdentities ids;
  @Inject AdjustableClock clock;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void signsInAndGetsAShortLivedSignedTokenWithRolesInGroups() {
    AccountView both = ids.account("both", Role.EDUCATOR, Role.ASSESSOR);

    Response response = Api.login(both.email(), TestIdentities.PASSWORD);

    response
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("tokenType", equalTo("Bearer"))
        .body("mustChangePassword", equalTo(false))
        .body("account.email", equalTo(both.email()));
    String token = response.path("token");
    Map<String, Object> header = part(token, 0);
    Map<String, Object> claims = part(token, 1);
    assertThat(header.get("alg")).isEqualTo("ES256");
    assertThat(claims.get("iss")).isEqualTo("mcportal");
    assertThat(claims.get("aud")).isEqualTo("mcportal-api");
    assertThat(claims.get("sub")).isEqualTo(Long.toString(both.id()));
    assertThat((java.util.List<Object>) claims.get("groups"))
        .containsExactlyInAnyOrder("EDUCATOR", "ASSESSOR");
    long lifetime =
        ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
    assertThat(lifetime).isEqualTo(15 * 60);
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndNotSecureOnLocalhost() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    String setCookie = Api.login(educator.email(), TestIdentities.PASSWORD).header("Set-Cookie");

    assertThat(setCookie)
        .startsWith("mcp_session=")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(setCookie.toLowerCase(Locale.ROOT)).doesNotContain("secure");
  }

  @Test
  void theSessionCookieIsSecureOutsideLocalhost() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    String setCookie =
        Api.from(ClientAddresses.someAddress())
            .header("Host", "portal.school.test")
            .contentType(ContentType.JSON)
            .body(Map.of("email", educator.email(), "password", TestIdentities.PASSWORD))
            .post("/api/auth/login")
            .header("Set-Cookie");

    assertThat(setCookie)
        .contains("Secure")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
  }

  @Test
  void theTokenWorksAsBearerAndAsCookie() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    String token = Api.login(educator.email(), TestIdentities.PASSWORD).path("token");

    Api.bearer(token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("id", equalTo((int) educator.id()));
    io.restassured.RestAssured.given()
        .cookie(SessionCookies.NAME, token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(educator.email()));
  }

  @Test
  void meShowsTheAccountAsItIsNowNotAsItWasWhenTheTokenWasIssued() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    AccountView educator = ids.account("educator", Role.EDUCATOR, Role.ASSESSOR);
    String token = ids.token(educator.id());
    String adminToken = ids.token(admin.id());

    Api.bearer(adminToken)
        .contentType(ContentType.JSON)
        .body(Map.of("displayName", "Renamed Educator", "school", "North Elementary"))
        .put("/api/admin/accounts/" + educator.id() + "/profile")
        .then()
        .statusCode(200);

    Map<String, Object> me =
        Api.bearer(token).get("/api/auth/me").then().statusCode(200).extract().as(Map.class);
    Map<String, Object> stored =
        Api.bearer(adminToken)
            .get("/api/admin/accounts/" + educator.id())
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    assertThat(me).containsEntry("displayName", "Renamed Educator").isEqualTo(stored);
  }

  @Test
  void emailsMatchWhateverTheirCase() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Api.login(educator.email().toUpperCase(Locale.ROOT), TestIdentities.PASSWORD)
        .then()
        .statusCode(200);
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    Response wrongPassword = Api.login(educator.email(), "Not-The-Password-123");
    Response unknownEmail = Api.login("nobody-" + educator.email(), "Not-The-Password-123");

    wrongPassword.then().statusCode(401).contentType("application/problem+json");
    unknownEmail.then().statusCode(401).contentType("application/problem+json");
    assertThat(wrongPassword.<String>path("detail")).isEqualTo(unknownEmail.<String>path("detail"));
    assertThat(wrongPassword.<String>path("type")).isEqualTo(unknownEmail.<String>path("type"));
  }

  @Test
  void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    Api.bearer(ids.token(admin.id()))
        .post("/api/admin/accounts/" + educator.id() + "/deactivate")
        .then()
        .statusCode(200);

    Api.login(educator.email(), TestIdentities.PASSWORD)
        .then()
        .statusCode(401)
        .body("detail", equalTo(LoginService.INVALID_CREDENTIALS));
  }

  @Test
  void lockedOutAccountGets429WithRetryAfter() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    for (int i = 0; i < 10; i++) {
      Api.login(educator.email(), "Wrong-Password-" + i).then().statusCode(401);
    }

    Response locked = Api.login(educator.email(), TestIdentities.PASSWORD);

    locked
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429));
    long retryAfter = Long.parseLong(locked.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 15 * 60L);
  }

  @Test
  void anUnknownEmailIsLockedOutExactlyLikeAKnownOne() {
    String unknown = "nobody-" + java.util.UUID.randomUUID() + "@school.test";
    for (int i = 0; i < 10; i++) {
      Api.login(unknown, "Wrong-Password-" + i).then().statusCode(401);
    }

    Response locked = Api.login(unknown, "Wrong-Password-x");

    locked.then().statusCode(429);
    assertThat(locked.header("Retry-After")).isNotNull();
  }

  @Test
  void failuresRecordedByAnotherNodeCountTowardsTheLockout() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    ids.recordFailures(educator.email(), 10, clock.instant().minusSeconds(60));

    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(429);
  }

  @Test
  void theLockoutLiftsWhenTheFailuresLeaveTheWindow() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    ids.recordFailures(educator.email(), 10, clock.instant());
    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(429);

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(200);
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    ids.recordFailures(educator.email(), 8, clock.instant());
    Api.login(educator.email(), "Wrong-Password-x").then().statusCode(401);
    assertThat(ids.failuresFor(educator.email())).isEqualTo(9);

    Api.login(educator.email(), TestIdentities.PASSWORD).then().statusCode(200);

    assertThat(ids.failuresFor(educator.email())).isZero();
  }

  @Test
  void oneAddressHitsTheCeilingAcrossManyEmails() {
    String address = ClientAddresses.someAddress();
    int ceiling = 12;
    for (int i = 0; i < ceiling; i++) {
      Api.login("spray-" + i + "@school.test", "Wrong-Password-" + i, address)
          .then()
          .statusCode(401);
    }

    Response refused = Api.login("spray-last@school.test", "Wrong-Password-x", address);

    refused.then().statusCode(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    Api.login("spray-last@school.test", "Wrong-Password-x", ClientAddresses.someAddress())
        .then()
        .statusCode(401);
  }

  @Test
  void aLoginWithoutFieldsIsUnprocessable() {
    Api.from(ClientAddresses.someAddress())
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/auth/login")
        .then()
        .statusCode(422)
        .body("errors", hasItems("email: is required", "password: is required"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> part(String token, int index) {
    String json =
        new String(
            Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
