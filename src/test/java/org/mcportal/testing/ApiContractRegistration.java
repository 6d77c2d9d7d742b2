package org.mcportal.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ApiContract} in front of every REST Assured call of every {@code @QuarkusTest}, so
 * that no API test can leave it out. Registered in {@code META-INF/services}.
 */
public class ApiContractRegistration implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (!RestAssured.filters().contains(ApiContract.INSTANCE)) {
      RestAssured.filters(ApiContract.INSTANCE);
    }
  }
}
