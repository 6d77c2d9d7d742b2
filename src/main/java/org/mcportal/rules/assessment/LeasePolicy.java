package org.mcportal.rules.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may claim a submission, and who may save or submit its scoring. The service asks this on
 * every claim, save and submit, inside the transaction that writes, so a lease is enforced rather
 * than advisory.
 */
public final class LeasePolicy {

  private LeasePolicy() {}

  /** Why a claim or a write is refused. */
  public enum Refusal {
    /** The claimant wrote the submission; nobody assesses their own work. */
    OWN_SUBMISSION,
    /** Another account holds a live lease. */
    HELD_BY_ANOTHER,
    /** A write without any lease: the submission was never claimed, or was released. */
    NOT_CLAIMED,
    /** A write under a lease that has run out; the submission may have been claimed since. */
    LEASE_EXPIRED
  }

  /** A claim granted ({@link Granted}) or refused ({@link Refused}). */
  public sealed interface ClaimDecision {
    default boolean granted() {
      return this instanceof Granted;
    }
  }

  /** The new lease, to store in place of any current one. */
  public record Granted(ClaimLease lease) implements ClaimDecision {}

  /**
   * @param heldUntil for {@link Refusal#HELD_BY_ANOTHER}, when the other lease ends
   */
  public record Refused(Refusal reason, Optional<Instant> heldUntil, String message)
      implements ClaimDecision {}

  /**
   * Whether {@code claimant} may claim the submission now. A lease that has expired counts as no
   * lease. A claimant who already holds the live lease gets it renewed from now, so an assessor
   * still at work can extend it.
   *
   * @param claimantOwnsSubmission whether the claimant wrote it; checked first, whatever the lease
   * @throws IllegalArgumentException when {@code length} is not positive
   */
  public static ClaimDecision claim(
      Optional<ClaimLease> current,
      long claimant,
      boolean claimantOwnsSubmission,
      Instant now,
      Duration length) {
    Objects.requireNonNull(current, "current");
    requirePositive(length);
    if (claimantOwnsSubmission) {
      return ownSubmission();
    }
    if (current.isPresent()
        && current.get().liveAt(now)
        && current.get().holderAccountId() != claimant) {
      Instant until = current.get().expiresAt();
      return new Refused(
          Refusal.HELD_BY_ANOTHER,
          Optional.of(until),
          "Another assessor is scoring this submission until " + until + ".");
    }
    return new Granted(new ClaimLease(claimant, now, now.plus(length)));
  }

  /**
   * An admin's assignment: it replaces any lease, live or not, but never gives an assessor their
   * own submission.
   */
  public static ClaimDecision assign(
      long assignee, boolean assigneeOwnsSubmission, Instant now, Duration length) {
    requirePositive(length);
    if (assigneeOwnsSubmission) {
      return ownSubmission();
    }
    return new Granted(new ClaimLease(assignee, now, now.plus(length)));
  }

  /**
   * Whether {@code account} may save or submit scoring under {@code current} now: only the holder
   * of a live lease may.
   *
   * @return empty when allowed, otherwise the refusal
   */
  public static Optional<Refusal> mayWrite(
      Optional<ClaimLease> current, long account, Instant now) {
    if (current.isEmpty()) {
      return Optional.of(Refusal.NOT_CLAIMED);
    }
    ClaimLease lease = current.get();
    if (lease.holderAccountId() != account) {
      return Optional.of(lease.liveAt(now) ? Refusal.HELD_BY_ANOTHER : Refusal.NOT_CLAIMED);
    }
    return lease.liveAt(now) ? Optional.empty() : Optional.of(Refusal.LEASE_EXPIRED);
  }

  private static Refused ownSubmission() {
    return new Refused(
        Refusal.OWN_SUBMISSION, Optional.empty(), "You cannot assess your own submission.");
  }

  private static void requirePositive(Duration length) {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a lease length must be positive, got " + length);
    }
  }
}
