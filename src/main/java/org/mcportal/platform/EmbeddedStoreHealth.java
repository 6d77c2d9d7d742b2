package org.mcportal.platform;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Whether the embedded database's store is still alive. Once a write to a full disk has failed, H2
 * closes its store and cannot reopen it within the same process: connections then fail until the
 * process restarts. Liveness going DOWN is how a supervisor (systemd, Docker, Kubernetes) learns
 * that a restart is needed; readiness going DOWN takes the node out of a load balancer meanwhile
 * (docs/operations.md, R7). A full disk under a store that still answers, a busy pool and an
 * unreachable PostgreSQL are not such a failure: they recover in process, and a restart would only
 * add downtime. With PostgreSQL, or H2 in memory, the check is UP without probing.
 */
@Liveness
@Readiness
@ApplicationScoped
public class EmbeddedStoreHealth implements HealthCheck {

  static final String NAME = "embedded-store";
  private static final Logger LOG = Logger.getLogger(EmbeddedStoreHealth.class);
  private static final int PROBE_TIMEOUT_SECONDS = 2;

  // org.h2.api.ErrorCode, by number so that the PostgreSQL build needs no H2 class: the database
  // has been closed, was closed at shutdown, the file is corrupted, an I/O error (two forms), and
  // "already in use", which a new connection gets while the dead store still holds the file.
  private static final Set<Integer> STORE_GONE_CODES =
      Set.of(90098, 90121, 90030, 90028, 90031, 90020);

  private final AgroalDataSource dataSource;
  private final boolean embeddedFile;
  private final AtomicBoolean reportedGone = new AtomicBoolean();

  EmbeddedStoreHealth(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
    this.dataSource = dataSource;
    this.embeddedFile = url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:");
  }

  @Override
  public HealthCheckResponse call() {
    if (!embeddedFile) {
      return HealthCheckResponse.named(NAME).up().withData("probed", false).build();
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(PROBE_TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      reportedGone.set(false);
      return HealthCheckResponse.named(NAME).up().withData("probed", true).build();
    } catch (SQLException | RuntimeException e) {
      if (storeGone(e)) {
        // Once per failure, not once per probe: a supervisor probes every few seconds.
        if (!reportedGone.getAndSet(true)) {
          LOG.errorf(
              "The embedded database's store is gone (%s); the process must be restarted",
              LogText.escape(String.valueOf(e.getMessage())));
        }
        return HealthCheckResponse.named(NAME)
            .down()
            .withData("reason", "store closed; restart the process")
            .build();
      }
      // A busy pool or a slow disk: readiness has the datasource's own check for these.
      return HealthCheckResponse.named(NAME)
          .up()
          .withData("probed", true)
          .withData("probe", "failed, store not closed")
          .build();
    }
  }

  /**
   * Whether a failure of the trivial probe means the store is gone for this process: one of H2's
   * codes for a closed, corrupted or unreadable database, or the operating system's "no space left"
   * under a statement that writes nothing.
   */
  static boolean storeGone(Throwable failure) {
    for (Throwable t : StorageFailure.causes(failure)) {
      if (t instanceof SQLException sql && STORE_GONE_CODES.contains(sql.getErrorCode())) {
        return true;
      }
      if (StorageFailure.noSpaceLeft(t)) {
        return true;
      }
    }
    return false;
  }
}
