package org.mcportal.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Failures of the storage under the portal rather than of the request: the database cannot be
 * reached (PostgreSQL restarting, the pool unable to open a connection in time) or the disk under
 * it is full. Both are temporary and say nothing about what the client sent, so they are answered
 * with a retryable status and a problem type a client can branch on, not with a 500 that reads like
 * a bug. In both cases the request's transaction did not commit, so nothing of it was kept.
 */
public enum StorageFailure {
  /** 503: the database is unreachable or refusing connections; retry after a few seconds. */
  DATABASE_UNAVAILABLE(
      503,
      "Service Unavailable",
      "database-unavailable",
      "The database cannot be reached right now, so nothing from this request was saved;"
          + " try again in a few seconds"),
  /** 507: the disk the data lives on is full; retry once an operator has made space. */
  STORAGE_FULL(
      507,
      "Insufficient Storage",
      "storage-full",
      "The portal's storage is full, so nothing from this request was saved; what was saved"
          + " before is kept. Try again later");

  /** Seconds a client should wait before retrying, sent as {@code Retry-After}. */
  public static final int RETRY_AFTER_SECONDS = 5;

  // H2's codes for a database closed under the connection (after a write failure) and for an
  // I/O failure, whose message then says what the operating system reported.
  private static final int H2_DATABASE_IS_CLOSED = 90098;
  private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
  private static final int H2_CONNECTION_BROKEN = 90067;
  // "Database may be already in use": H2 reopening a file whose earlier store still holds its lock.
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;
  private static final int MAX_EXCEPTIONS = 100;
  private static final String NO_SPACE = "no space left on device";
  private static final String DISK_QUOTA = "disk quota exceeded";

  private final int status;
  private final String title;
  private final String type;
  private final String detail;

  StorageFailure(int status, String title, String type, String detail) {
    this.status = status;
    this.title = title;
    this.type = type;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  /** The problem answer, with {@code Retry-After} so that clients and proxies back off. */
  public Response response(String path) {
    Problem problem = new Problem(Problem.type(type), title, status, detail, path, null);
    return Response.status(status)
        .type(Problem.MEDIA)
        .entity(problem)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }

  /**
   * What the failure was, judged from its whole cause chain: frameworks wrap the driver's exception
   * in their own (Hibernate, the transaction manager, the security layer), so the outermost type
   * says little. A full disk wins over an unreachable database because a full disk is what an
   * operator must fix.
   */
  public static Optional<StorageFailure> of(Throwable failure) {
    boolean unavailable = false;
    for (Throwable t : causes(failure)) {
      if (diskFull(t)) {
        return Optional.of(STORAGE_FULL);
      }
      unavailable |= unreachable(t);
    }
    return unavailable ? Optional.of(DATABASE_UNAVAILABLE) : Optional.empty();
  }

  /**
   * The failure and every exception behind it, outermost first. Causes and suppressed exceptions
   * both: the transaction manager reports a failed commit as a RollbackException without a cause,
   * with the driver's exception attached as suppressed.
   */
  static List<Throwable> causes(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> found = new ArrayList<>();
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.add(failure);
    while (!pending.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
      Throwable t = pending.poll();
      if (!seen.add(t)) {
        continue;
      }
      found.add(t);
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(Arrays.asList(t.getSuppressed()));
    }
    return found;
  }

  static boolean noSpaceLeft(Throwable t) {
    String message = t.getMessage();
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains(NO_SPACE) || lower.contains(DISK_QUOTA);
  }

  private static boolean diskFull(Throwable t) {
    if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
      return true; // PostgreSQL's disk_full
    }
    return noSpaceLeft(t);
  }

  private static boolean unreachable(Throwable t) {
    if (!(t instanceof SQLException sql)) {
      return false;
    }
    String state = sql.getSQLState();
    if (state != null) {
      // Class 08 is "connection exception"; 57P01-57P03 are an administrator's or a crash's
      // shutdown and "cannot connect now" while the server starts; 53300 is too many connections.
      if (state.startsWith("08")
          || state.equals("57P01")
          || state.equals("57P02")
          || state.equals("57P03")
          || state.equals("53300")) {
        return true;
      }
    }
    int code = sql.getErrorCode();
    if (code == H2_DATABASE_IS_CLOSED
        || code == H2_DATABASE_CALLED_AT_SHUTDOWN
        || code == H2_CONNECTION_BROKEN
        || code == H2_DATABASE_ALREADY_OPEN) {
      return true;
    }
    // The pool's own refusal when no connection could be had within the acquisition timeout.
    String message = sql.getMessage();
    return message != null && message.startsWith("Acquisition timeout");
  }
}
