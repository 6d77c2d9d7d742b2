package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SigningKeysTest {

  @Inject TestIdentities ids;

  @Test
  void theGeneratedKeyPairIsKeptInTheDataDirectory() {
    Path keys = Path.of("target", "test-data", "keys");

    assertThat(keys.resolve(SigningKeys.PRIVATE_FILE)).exists();
    assertThat(keys.resolve(SigningKeys.PUBLIC_FILE)).exists();
  }

  @Test
  void thePublishedJwksVerifiesAPortalTokenIndependently() throws Exception {
    String json = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    assertThat(json).doesNotContain("\"d\"");
    assertThat(given().get("/api/auth/jwks").then().statusCode(200).extract().asString())
        .isEqualTo(json);
    String token = ids.token(ids.account("educator", Role.EDUCATOR).id());

    JwtClaims claims =
        new JwtConsumerBuilder()
            .setVerificationKeyResolver(
                new JwksVerificationKeyResolver(new JsonWebKeySet(json).getJsonWebKeys()))
            .setExpectedIssuer("mcportal")
            .setExpectedAudience("mcportal-api")
            .build()
            .processToClaims(token);

    assertThat(claims.getStringListClaimValue("groups")).containsExactly("EDUCATOR");
  }
}
