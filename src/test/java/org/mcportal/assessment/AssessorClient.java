package org.mcportal.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** REST Assured calls of the assessment API, as an assessor's or admin's client makes them. */
final class AssessorClient {

  private AssessorClient() {}

  static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  static Response claim(String token, String code) {
    return as(token).post("/api/assessment/reviews/" + code + "/claim");
  }

  static Response sheet(String token, String code) {
    return as(token).get("/api/assessment/reviews/" + code + "/sheet");
  }

  static Response save(String token, String code, String ifMatch, Map<String, Object> sheet) {
    RequestSpecification request = as(token).contentType(ContentType.JSON).body(sheet);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put("/api/assessment/reviews/" + code + "/sheet");
  }

  static Response submit(String token, String code, String key) {
    return as(token)
        .header("Idempotency-Key", key)
        .post("/api/assessment/reviews/" + code + "/submit");
  }

  static Response submit(String token, String code) {
    return submit(token, code, UUID.randomUUID().toString());
  }

  /** The code of the queue's item for a submission's attempt, read as a test may. */
  static String codeOf(long submissionId, int attempt) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> ReviewItem.ofAttempt(submissionId, attempt).orElseThrow().code);
  }

  /** Claims, saves the sheet and submits it; returns the submit's answer. */
  static Response score(String token, String code, Map<String, Object> sheet) {
    claim(token, code).then().statusCode(200);
    String version = sheet(token, code).then().statusCode(200).extract().header("ETag");
    save(token, code, version, sheet).then().statusCode(200);
    return submit(token, code);
  }
}
