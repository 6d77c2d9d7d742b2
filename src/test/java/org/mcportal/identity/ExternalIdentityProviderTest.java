package org.mcportal.identity;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mcportal.testidp.TestInstitution;

/**
 * Tokens from the institution's provider, configured in the test profile only by issuer, JWKS
 * location, audience and role mapping, with a key pair that is not the portal's.
 */
@QuarkusTest
class ExternalIdentityProviderTest {

  @Inject TestIdentities ids;
  @Inject AccountService accounts;

  @Test
  void anInstitutionTokenSignsThePersonInWithMappedRoles() {
    String email = unique();
    String token =
        TestInstitution.sign(TestInstitution.claimsFor(email, List.of("teachers", "staff")));

    Api.bearer(token)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("source", equalTo("OIDC"))
        .body("roles", equalTo(List.of("EDUCATOR")));
    Api.bearer(token).get("/api/admin/accounts").then().statusCode(403);
  }

  @Test
  void aRoleNamedLikeAPortalRoleCountsWithoutAMapping() {
    String token =
        TestInstitution.sign(TestInstitution.claimsFor(unique(), List.of("admin", "mc-assessors")));

    Api.bearer(token).get("/api/admin/accounts").then().statusCode(200);
  }

  @Test
  void anInstitutionTokenSignedWithAnotherKeyIsRefused() {
    String forged =
        TestInstitution.claimsFor(unique(), List.of("admin"))
            .jws()
            .keyId(TestInstitution.KEY_ID)
            .algorithm(SignatureAlgorithm.ES256)
            .sign(SigningKeys.generate().getPrivate());

    Api.bearer(forged).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void anInstitutionTokenForAnotherAudienceIsRefused() {
    String token =
        TestInstitution.sign(
            TestInstitution.claimsFor(unique(), List.of("teachers")).audience("another-app"));

    Api.bearer(token).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void anExpiredInstitutionTokenIsRefused() {
    Instant past = Instant.now().minusSeconds(3600);
    String token =
        TestInstitution.sign(
            TestInstitution.claimsFor(unique(), List.of("teachers"))
                .issuedAt(past)
                .expiresAt(past.plusSeconds(300)));

    Api.bearer(token).get("/api/auth/me").then().statusCode(401);
  }

  @Test
  void theInstitutionsKeyCannotSignPortalTokens() {
    AccountView admin = ids.account("admin", Role.ADMIN);
    String forged =
        ids.portalClaims(admin.id())
            .jws()
            .algorithm(SignatureAlgorithm.RS256)
            .sign(TestInstitution.KEYS.getPrivate());

    Api.bearer(forged).get("/api/admin/accounts").then().statusCode(401);
  }

  @Test
  void aDeactivatedInstitutionAccountIsRefused() {
    String email = unique();
    String token = TestInstitution.sign(TestInstitution.claimsFor(email, List.of("teachers")));
    long id = ((Number) Api.bearer(token).get("/api/auth/me").path("id")).longValue();

    Api.bearer(ids.token(ids.account("admin", Role.ADMIN).id()))
        .contentType(ContentType.JSON)
        .post("/api/admin/accounts/" + id + "/deactivate")
        .then()
        .statusCode(200);

    Api.bearer(token).get("/api/auth/me").then().statusCode(401);
  }

  private static String unique() {
    return "ext-" + UUID.randomUUID().toString().substring(0, 8) + "@institution.test";
  }
}
