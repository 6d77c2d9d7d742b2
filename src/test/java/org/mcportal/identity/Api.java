package org.mcportal.identity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.mcportal.testing.ClientAddresses;

/** REST Assured shortcuts for the identity tests. */
final class Api {

  private Api() {}

  static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  static Response login(String email, String password) {
    return login(email, password, ClientAddresses.someAddress());
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
