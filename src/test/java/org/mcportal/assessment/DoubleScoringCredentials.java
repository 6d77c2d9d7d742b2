package org.mcportal.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.file.Path;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.testing.HomeVisitsCopies;

/** The home-visits text under other ids, with a scoring block, for the double-scoring tests. */
public final class DoubleScoringCredentials {

  static final String DOUBLE = "home-visits-double";
  static final String SAMPLED = "home-visits-sampled";
  static final String SAMPLE_SHARE = "0.5";

  private DoubleScoringCredentials() {}

  static void install(CredentialCatalog catalog) {
    Path dir = Path.of("target/test-rubrics-double-scoring");
    write(dir, DOUBLE, "double scoring", "  scoring:\n    mode: double\n");
    write(
        dir, SAMPLED, "sampled", "  scoring:\n    mode: sample\n    share: " + SAMPLE_SHARE + "\n");
    catalog.synchronize(dir);
  }

  /**
   * A double-scoring copy of its own under a fresh id, so that a test filtering the queue by it
   * sees only its own work, however many runs the database has seen.
   */
  public static String installFresh(CredentialCatalog catalog, String prefix) {
    String id = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Path dir = Path.of("target/test-rubrics-double-fresh");
    write(dir, id, "double scoring", "  scoring:\n    mode: double\n");
    catalog.synchronize(dir);
    return id;
  }

  private static void write(Path dir, String id, String label, String scoring) {
    HomeVisitsCopies.write(dir, id, label, "  maxAttempts: 2\n" + scoring);
  }

  /** The code of the second slot of a double-scored attempt, read as a test may. */
  public static String secondCodeOf(long submissionId, int attempt) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ReviewItem.<ReviewItem>find(
                        "submissionId = ?1 and attemptNumber = ?2 and slot = ?3",
                        submissionId,
                        attempt,
                        ReviewItem.SECOND_SLOT)
                    .firstResultOptional()
                    .orElseThrow()
                    .code);
  }

  static DoubleScoring drawOf(long submissionId, int attempt) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                DoubleScoring.<DoubleScoring>findById(
                    ReviewItem.ofAttempt(submissionId, attempt).orElseThrow().id));
  }
}
