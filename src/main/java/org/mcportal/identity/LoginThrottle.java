package org.mcportal.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.mcportal.platform.JobLeases;

/**
 * Two brakes on password guessing, both counted in the database so that every node sees the same
 * counts and a restart resets neither. Per account (really per email, so that an unknown email is
 * answered exactly like a known one), failures within the lockout window. Per client address, all
 * attempts in a fixed window of {@code ip-limit.per}, which slows one address spraying many emails:
 * one row per address and window, counted up with an UPDATE so that two nodes never lose an
 * attempt. A fixed window lets an address make up to twice its allowance across a window's edge;
 * the ceiling's job is to make spraying slow, not to be exact.
 */
@ApplicationScoped
class LoginThrottle {

  static final String CLEANUP_JOB = "sign-in-cleanup";

  private final IdentityConfig.Lockout lockout;
  private final IdentityConfig.IpLimit ipLimit;
  private final Clock clock;
  private final AgroalDataSource dataSource;
  private final JobLeases jobs;

  LoginThrottle(IdentityConfig config, Clock clock, AgroalDataSource dataSource, JobLeases jobs) {
    this.lockout = config.lockout();
    this.ipLimit = config.ipLimit();
    this.clock = clock;
    this.dataSource = dataSource;
    this.jobs = jobs;
  }

  /** Takes one attempt from the address's allowance; the wait when there is none left. */
  Optional<Duration> takeAddressAttempt(String clientIp) {
    String address = clientIp == null ? "unknown" : truncate(clientIp, 64);
    Instant now = clock.instant();
    Instant windowStart = windowStart(now);
    // Its own short transaction: the row lock is held for one UPDATE, not for the bcrypt check
    // that follows, so sign-ins from one address do not queue behind each other.
    int attempts = QuarkusTransaction.requiringNew().call(() -> countUp(address, windowStart));
    if (attempts <= ipLimit.attempts()) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, windowStart.plus(ipLimit.per()));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /** Attempts counted for this address in the current window. */
  int addressAttempts(String clientIp) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement read =
                      connection.prepareStatement(
                          "SELECT attempts FROM sign_in_address_window"
                              + " WHERE client_ip = ? AND window_start = ?")) {
                read.setString(1, clientIp);
                read.setObject(2, utc(windowStart(clock.instant())));
                try (ResultSet rs = read.executeQuery()) {
                  return rs.next() ? rs.getInt(1) : 0;
                }
              }
            });
  }

  /** How long until the email may try again, when it has used up its failures. */
  Optional<Duration> lockedFor(String email) {
    Instant now = clock.instant();
    Instant windowStart = now.minus(lockout.window());
    if (LoginFailure.countSince(email, windowStart) < lockout.maxFailures()) {
      return Optional.empty();
    }
    // The lockout lifts when enough failures have left the window; with exactly the maximum,
    // that is when the oldest one leaves it.
    return LoginFailure.oldestSince(email, windowStart)
        .map(oldest -> Duration.between(now, oldest.plus(lockout.window())))
        .filter(wait -> !wait.isNegative())
        .or(() -> Optional.of(Duration.ofSeconds(1)));
  }

  void recordFailure(String email, String clientIp) {
    Instant now = clock.instant();
    LoginFailure.forgetBefore(email, now.minus(lockout.window()));
    LoginFailure failure = new LoginFailure();
    failure.email = email;
    failure.clientIp = clientIp == null ? null : truncate(clientIp, 64);
    failure.failedAt = now;
    failure.persist();
  }

  void clear(String email) {
    LoginFailure.forget(email);
  }

  /**
   * Deletes closed address windows and failures older than the lockout window, for every address
   * and email at once, so that neither table grows with addresses and emails never seen again. One
   * node does it per period.
   */
  @Scheduled(
      identity = "sign-in-cleanup",
      every = "${portal.identity.ip-limit.per:PT15M}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledCleanup() {
    jobs.runOnce(CLEANUP_JOB, ipLimit.per(), this::cleanUp);
  }

  /** How many address windows and failures it deleted. */
  int cleanUp() {
    Instant now = clock.instant();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement windows =
                      connection.prepareStatement(
                          "DELETE FROM sign_in_address_window WHERE window_start < ?");
                  PreparedStatement failures =
                      connection.prepareStatement(
                          "DELETE FROM login_failure WHERE failed_at <= ?")) {
                windows.setObject(1, utc(windowStart(now)));
                failures.setObject(1, utc(now.minus(lockout.window())));
                return windows.executeUpdate() + failures.executeUpdate();
              }
            });
  }

  private Instant windowStart(Instant now) {
    long per = Math.max(1, ipLimit.per().toMillis());
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), per) * per);
  }

  private int countUp(String address, Instant windowStart) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      int counted = increment(connection, address, windowStart);
      if (counted == 0) {
        try {
          // The first attempt of this window: insert in a transaction of its own, because on
          // PostgreSQL a key violation would spoil this one when another node inserts first.
          QuarkusTransaction.requiringNew().run(() -> insertFirst(address, windowStart));
          return 1;
        } catch (RuntimeException anotherNodeInsertedFirst) {
          counted = increment(connection, address, windowStart);
        }
      }
      try (PreparedStatement read =
          connection.prepareStatement(
              "SELECT attempts FROM sign_in_address_window"
                  + " WHERE client_ip = ? AND window_start = ?")) {
        read.setString(1, address);
        read.setObject(2, utc(windowStart));
        try (ResultSet rs = read.executeQuery()) {
          return rs.next() ? rs.getInt(1) : counted;
        }
      }
    }
  }

  private static int increment(Connection connection, String address, Instant windowStart)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE sign_in_address_window SET attempts = attempts + 1"
                + " WHERE client_ip = ? AND window_start = ?")) {
      update.setString(1, address);
      update.setObject(2, utc(windowStart));
      return update.executeUpdate();
    }
  }

  private void insertFirst(String address, Instant windowStart) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO sign_in_address_window (client_ip, window_start, attempts)"
                    + " VALUES (?, ?, 1)")) {
      insert.setString(1, address);
      insert.setObject(2, utc(windowStart));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
