package org.mcportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbeddedStoreHealthEndpointTest {

  @Test
  void livenessAndReadinessBothReportTheEmbeddedStoreUpWhileTheDatabaseWorks() {
    for (String probe : new String[] {"/q/health/live", "/q/health/ready"}) {
      given()
          .get(probe)
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"))
          .body("checks.name", hasItem(EmbeddedStoreHealth.NAME))
          .body("checks.find { it.name == 'embedded-store' }.status", equalTo("UP"));
    }
  }
}
