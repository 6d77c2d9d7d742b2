package org.mcportal.submission;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Prints the time one autosave takes end to end (token check, row lock, compare-and-set), for a
 * short answer and for a 20,000-word draft. Run with {@code -Pbenchmarks}; see docs/performance.md.
 */
@QuarkusTest
class AutosaveBenchmark {

  private static final int WARM_UP = 30;
  private static final int MEASURED = 200;

  @Inject TestIdentities identities;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String database;

  @Test
  void measureAutosave() {
    String token = identities.token(identities.account("bench", Role.EDUCATOR).id());
    long id = EducatorClient.start(token);
    report("100 words", token, id, "answer:part-1:why-this-credential", "word ".repeat(100));
    report("20,000 words", token, id, "answer:part-3:describe-experience", "word ".repeat(20_000));
  }

  private void report(String label, String token, long id, String key, String text) {
    long version = 0;
    long[] micros = new long[MEASURED];
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      long start = System.nanoTime();
      version =
          given()
              .header("Authorization", "Bearer " + token)
              .header("If-Match", "\"" + version + "\"")
              .contentType(ContentType.JSON)
              .body(Map.of("text", text + i))
              .put("/api/submissions/" + id + "/fields/" + key)
              .then()
              .statusCode(200)
              .extract()
              .<Number>path("version")
              .longValue();
      if (i >= WARM_UP) {
        micros[i - WARM_UP] = (System.nanoTime() - start) / 1_000;
      }
    }
    Arrays.sort(micros);
    System.out.printf(
        "[autosave] %s, %s: median %.1f ms, 95th percentile %.1f ms over %d saves%n",
        database,
        label,
        micros[MEASURED / 2] / 1000.0,
        micros[MEASURED * 95 / 100] / 1000.0,
        MEASURED);
  }
}
