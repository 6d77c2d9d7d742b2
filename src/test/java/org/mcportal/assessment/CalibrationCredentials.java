package org.mcportal.assessment;

import java.nio.file.Path;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.testing.HomeVisitsCopies;

/**
 * The home-visits text under other ids, with calibration required, so that the gate applies to
 * these copies only and every other test keeps the bundled credential's behaviour.
 */
public final class CalibrationCredentials {

  /** Calibration required at the default threshold (0.80) and validity (12 months). */
  public static final String CALIBRATED = "home-visits-calibrated";

  /** Calibration required with every component at the gold level, valid for one month. */
  public static final String STRICT = "home-visits-calibrated-strict";

  public static final String VERSION = "2022-03-17";

  private CalibrationCredentials() {}

  public static void install(CredentialCatalog catalog) {
    Path dir = Path.of("target/test-rubrics-calibration");
    write(dir, CALIBRATED, "calibrated", "  calibration:\n    required: true\n");
    write(
        dir,
        STRICT,
        "strict calibration",
        "  calibration:\n    required: true\n    threshold: 1.0\n    validity: P1M\n");
    catalog.synchronize(dir);
  }

  /**
   * A copy under a new id each time, requiring calibration, for a browser journey: its queue then
   * holds only the journey's work, however many runs the database has seen.
   */
  public static String installJourney(CredentialCatalog catalog) {
    String id = "hv-calibration-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Path dir = Path.of("target/test-rubrics-calibration-journey");
    write(dir, id, "calibration journey", "  calibration:\n    required: true\n");
    catalog.synchronize(dir);
    return id;
  }

  private static void write(Path dir, String id, String label, String block) {
    HomeVisitsCopies.write(dir, id, label, block);
  }
}
