package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testidp.TestInstitution;

/** Every forged, altered or stale token is refused with 401, however it is presented. */
@QuarkusTest
class TokenAttackTest {

  private static final String ADMIN_ONLY = "/api/admin/accounts";

  @Inject TestIdentities ids;

  private AccountView educator;

  @BeforeEach
  void anEducator() {
    educator = ids.account("educator", Role.EDUCATOR);
  }

  @Test
  void aGenuineTokenIsAcceptedSoTheRefusalsBelowMeanSomething() {
    String token = ids.signWithPortalKey(ids.portalClaims(educator.id()));

    Api.bearer(token).get("/api/auth/me").then().statusCode(200);
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    String genuine = ids.signWithPortalKey(ids.portalClaims(educator.id()));
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String unsigned = header + "." + genuine.split("\\.")[1] + ".";

    refused(unsigned);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    KeyPair attacker = SigningKeys.generate();
    String forged =
        ids.portalClaims(educator.id())
            .jws()
            .algorithm(SignatureAlgorithm.ES256)
            .sign(attacker.getPrivate());

    refused(forged);
  }

  @Test
  void aTokenSignedWithTheInstitutionsKeyButThePortalsIssuerIsRefused() {
    String forged =
        ids.portalClaims(educator.id())
            .jws()
            .algorithm(SignatureAlgorithm.RS256)
            .sign(TestInstitution.KEYS.getPrivate());

    refused(forged);
  }

  @Test
  void editedGroupsBreakTheSignature() {
    String genuine = ids.signWithPortalKey(ids.portalClaims(educator.id()));
    String[] parts = genuine.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted = payload.replace("[\"EDUCATOR\"]", "[\"EDUCATOR\",\"ADMIN\"]");
    assertThat(promoted).isNotEqualTo(payload);
    String edited = parts[0] + "." + encode(promoted) + "." + parts[2];

    Api.bearer(edited).get(ADMIN_ONLY).then().statusCode(401);
    refused(edited);
  }

  @Test
  void aWrongIssuerIsRefused() {
    refused(ids.signWithPortalKey(ids.portalClaims(educator.id()).issuer("someone-else")));
  }

  @Test
  void aWrongAudienceIsRefused() {
    refused(ids.signWithPortalKey(ids.portalClaims(educator.id()).audience("another-service")));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant past = Instant.now().minus(Duration.ofMinutes(20));
    refused(
        ids.signWithPortalKey(
            ids.portalClaims(educator.id()).issuedAt(past).expiresAt(past.plusSeconds(600))));
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    JwtClaimsBuilder claims =
        ids.portalClaims(educator.id())
            .claim("nbf", Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond());
    refused(ids.signWithPortalKey(claims));
  }

  @Test
  void aTokenClaimingALongerLifeThanThePortalIssuesIsRefused() {
    Instant now = Instant.now();
    refused(
        ids.signWithPortalKey(
            ids.portalClaims(educator.id())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofDays(30)))));
  }

  @Test
  void aTokenFromASessionStartedMoreThanTwelveHoursAgoIsRefused() {
    long start = Instant.now().minus(Duration.ofHours(12)).minusSeconds(60).getEpochSecond();
    refused(
        ids.signWithPortalKey(
            ids.portalClaims(educator.id()).claim(TokenService.SESSION_START_CLAIM, start)));
  }

  @Test
  void aTokenWithoutTheTokenVersionIsRefused() {
    String token =
        ids.signWithPortalKey(ids.portalClaims(educator.id()).remove(TokenService.VERSION_CLAIM));
    refused(token);
  }

  @Test
  void aTokenForAnAccountThatDoesNotExistIsRefused() {
    refused(ids.signWithPortalKey(ids.portalClaims(educator.id()).subject("999999999")));
  }

  @Test
  void garbageIsRefused() {
    refused("not.a.token");
    refused("eyJhbGciOiJFUzI1NiJ9");
  }

  @Test
  void forgedTokensAreRefusedInTheCookieToo() {
    KeyPair attacker = SigningKeys.generate();
    String forged =
        ids.portalClaims(educator.id())
            .jws()
            .algorithm(SignatureAlgorithm.ES256)
            .sign(attacker.getPrivate());

    io.restassured.RestAssured.given()
        .cookie(SessionCookies.NAME, forged)
        .get("/api/auth/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static void refused(String token) {
    Api.bearer(token)
        .get("/api/auth/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
        .body("status", equalTo(401));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
