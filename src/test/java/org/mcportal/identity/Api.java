package org.mcportal.identity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** REST Assured shortcuts for the identity tests. */
final class Api {

  private Api() {}

  /**
   * A distinct loopback address per call, sent as X-Forwarded-For (trusted only in the test
   * profile), so that the per-address ceiling does not mix up unrelated tests.
   */
  static String someAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 255)
        + "."
        + random.nextInt(0, 256)
        + "."
        + random.nextInt(1, 255);
  }

  static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  static Response login(String email, String password) {
    return login(email, password, someAddress());
  }

  static Response login(String email, String password, String address) {
    return from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/auth/login");
  }

  static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
