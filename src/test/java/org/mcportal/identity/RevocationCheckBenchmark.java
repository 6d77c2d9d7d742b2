package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Measures what the per-request revocation check costs: one primary-key lookup. Prints the figure
 * that docs/performance.md quotes; the bound only catches a gross regression such as a lost index
 * or an accidental table scan.
 */
@QuarkusTest
class RevocationCheckBenchmark {

  private static final int WARM_UP = 2_000;
  private static final int MEASURED = 10_000;
  private static final int REQUESTS = 300;

  @Inject RevocationCheck revocation;
  @Inject TestIdentities ids;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String database;

  @Test
  void measureTheRevocationCheck() {
    long id = ids.account("bench", Role.EDUCATOR).id();
    for (int i = 0; i < WARM_UP; i++) {
      revocation.state(id);
    }
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      assertThat(revocation.state(id)).isPresent();
    }
    double microsPerCheck = (System.nanoTime() - start) / 1_000.0 / MEASURED;

    String token = ids.token(id);
    for (int i = 0; i < 50; i++) {
      Api.bearer(token).get("/api/auth/me");
    }
    long requestsStart = System.nanoTime();
    for (int i = 0; i < REQUESTS; i++) {
      Api.bearer(token).get("/api/auth/me").then().statusCode(200);
    }
    double microsPerRequest = (System.nanoTime() - requestsStart) / 1_000.0 / REQUESTS;

    System.out.printf(
        "[revocation-check] %s: %.1f µs per check (%d lookups, 1 query each: %s);"
            + " whole authenticated request %.0f µs (%d requests), so the check is %.1f%%%n",
        database,
        microsPerCheck,
        MEASURED,
        RevocationCheck.QUERY,
        microsPerRequest,
        REQUESTS,
        100 * microsPerCheck / microsPerRequest);
  }
}
