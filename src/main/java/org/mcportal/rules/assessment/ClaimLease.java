package org.mcportal.rules.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * An assessor's hold on a submission while scoring it. It is a lease, not a lock: it ends by itself
 * at {@code expiresAt}, so work an assessor walked away from returns to the queue without anyone
 * releasing it.
 *
 * @param holderAccountId the account that holds it
 */
public record ClaimLease(long holderAccountId, Instant takenAt, Instant expiresAt) {

  public ClaimLease {
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(takenAt)) {
      throw new IllegalArgumentException("a lease must expire after it is taken");
    }
  }

  /** Live up to, not including, {@code expiresAt}: at that instant it is free to claim. */
  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public boolean heldBy(long accountId, Instant now) {
    return holderAccountId == accountId && liveAt(now);
  }
}
