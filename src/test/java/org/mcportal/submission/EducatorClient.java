package org.mcportal.submission;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Starting home-visits drafts over the API, as an educator's client does. */
final class EducatorClient {

  private EducatorClient() {}

  /** Starts a home-visits submission for the educator holding {@code token}; returns its id. */
  static long start(String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", "home-visits"))
        .post("/api/submissions")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }
}
