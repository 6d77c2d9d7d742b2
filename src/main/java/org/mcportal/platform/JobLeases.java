package org.mcportal.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one node per period, however many nodes run the same schedule. Each job
 * has a row in {@code job_lease}; a node runs the job only when its UPDATE moves an expired lease
 * forward. On PostgreSQL and H2 alike the UPDATE locks the row, so a second node's UPDATE waits,
 * re-reads the committed row, no longer matches and runs nothing.
 *
 * <p>The lease is held for nine tenths of the job's period and is not given back when the job ends:
 * a node whose schedule fires a little later in the same period must find it taken. A node that
 * dies mid-job holds the job at most until the lease runs out; the next period runs it elsewhere.
 * Nodes compare their own clocks with the stored instant, so clocks are assumed to agree to within
 * a small part of the shortest period (NTP gives milliseconds; the shortest period is minutes).
 */
@ApplicationScoped
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class);

  private final AgroalDataSource dataSource;
  private final Clock clock;
  private final String holder;

  JobLeases(AgroalDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    // Names the node in the row, for an operator wondering which node ran a job last.
    this.holder =
        truncate(
            ManagementFactory.getRuntimeMXBean().getName()
                + "/"
                + UUID.randomUUID().toString().substring(0, 8),
            120);
  }

  /**
   * Runs {@code body} if no node has run the job within the last nine tenths of {@code period}.
   *
   * @return whether this node ran it
   */
  public boolean runOnce(String job, Duration period, Runnable body) {
    if (!claim(job, holdFor(period))) {
      return false;
    }
    body.run();
    return true;
  }

  /** Claims the job for {@code hold} when its lease has run out; true when this node holds it. */
  public boolean claim(String job, Duration hold) {
    Instant now = clock.instant();
    Instant until = now.plus(hold);
    boolean claimed = QuarkusTransaction.requiringNew().call(() -> moveExpired(job, now, until));
    if (claimed) {
      return true;
    }
    try {
      // The first run ever of this job: whoever inserts the row holds it. A node that loses the
      // race gets a key violation in its own transaction and runs nothing.
      return QuarkusTransaction.requiringNew().call(() -> insert(job, now, until));
    } catch (RuntimeException lostTheRace) {
      LOG.debugf("Job %s was claimed by another node", job);
      return false;
    }
  }

  /**
   * Gives back a lease this node holds, for a job that runs once rather than every period (such as
   * one upload's recognition): its row goes, so the table holds only work in progress.
   */
  public void release(String job) {
    QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement delete =
                      connection.prepareStatement(
                          "DELETE FROM job_lease WHERE job = ? AND holder = ?")) {
                delete.setString(1, job);
                delete.setString(2, holder);
                return delete.executeUpdate();
              }
            });
  }

  String holder() {
    return holder;
  }

  static Duration holdFor(Duration period) {
    Duration hold = period.multipliedBy(9).dividedBy(10);
    return hold.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : hold;
  }

  private boolean moveExpired(String job, Instant now, Instant until) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE job_lease SET holder = ?, leased_until = ?, last_run_at = ?"
                    + " WHERE job = ? AND leased_until <= ?")) {
      update.setString(1, holder);
      update.setObject(2, utc(until));
      update.setObject(3, utc(now));
      update.setString(4, job);
      update.setObject(5, utc(now));
      return update.executeUpdate() == 1;
    }
  }

  private boolean insert(String job, Instant now, Instant until) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement exists =
          connection.prepareStatement("SELECT 1 FROM job_lease WHERE job = ?")) {
        exists.setString(1, job);
        if (exists.executeQuery().next()) {
          return false;
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO job_lease (job, holder, leased_until, last_run_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, job);
        insert.setString(2, holder);
        insert.setObject(3, utc(until));
        insert.setObject(4, utc(now));
        return insert.executeUpdate() == 1;
      }
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
