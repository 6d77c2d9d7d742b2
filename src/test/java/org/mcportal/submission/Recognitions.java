package org.mcportal.submission;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

/** Waits, through the API as a client would, for an upload's scan to leave the pending state. */
final class Recognitions {

  // Far above the reader's own bounds (10 s parse, 30 s recognition) on a busy machine.
  private static final Duration BOUND = Duration.ofSeconds(120);

  private Recognitions() {}

  static Map<String, Object> awaitDone(String token, long submission, String key) {
    long until = System.nanoTime() + BOUND.toNanos();
    while (true) {
      Map<String, Object> upload =
          given()
              .header("Authorization", "Bearer " + token)
              .get("/api/submissions/" + submission + "/uploads")
              .then()
              .statusCode(200)
              .extract()
              .path("find { it.key == '" + key + "' }");
      if (upload != null && !"PENDING".equals(upload.get("recognition"))) {
        return upload;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("recognition of " + key + " still pending after " + BOUND);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for recognition", e);
      }
    }
  }
}
