package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.SecurityHeaders;

@QuarkusTest
class SecurityHeadersTest {

  @Inject TestIdentities ids;

  @Test
  void aPublicApiResponseCarriesTheSecurityHeadersButMayBeCached() {
    hardened(given().get("/api/credentials").then().statusCode(200))
        .header("Cache-Control", nullValue());
  }

  @Test
  void anAuthenticatedResponseIsNeverStored() {
    String token = ids.token(ids.account("educator", Role.EDUCATOR).id());

    hardened(Api.bearer(token).get("/api/auth/me").then().statusCode(200))
        .header("Cache-Control", equalTo("no-store"));
    hardened(given().cookie(SessionCookies.NAME, token).get("/api/auth/me").then().statusCode(200))
        .header("Cache-Control", equalTo("no-store"));
  }

  @Test
  void refusalsAndErrorsCarryTheHeadersToo() {
    hardened(given().get("/api/admin/accounts").then().statusCode(401));
    hardened(given().get("/api/credentials/no-such-thing").then().statusCode(404));
    hardened(given().get("/no/such/page").then().statusCode(404));
  }

  @Test
  void healthEndpointsCarryTheHeaders() {
    hardened(given().get("/q/health/ready").then().statusCode(200));
  }

  private static ValidatableResponse hardened(ValidatableResponse response) {
    return response
        .header("Content-Security-Policy", equalTo(SecurityHeaders.CONTENT_SECURITY_POLICY))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }
}
