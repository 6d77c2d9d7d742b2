package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One submitted attempt waiting for, or under, assessment. Assessors know it only by its code; the
 * submission id stays on the server.
 */
@Entity
@Table(name = "review_item")
class ReviewItem extends PanacheEntityBase {

  enum Status {
    WAITING,
    CLAIMED,
    SCORED,
    RELEASED,
    /** Double scored: this slot's assessment is in, the other slot's is not yet. */
    PAIRED,
    /** Double scored and the two disagree: a lead decides the final scoring. */
    ADJUDICATION,
    /** The second slot of a settled double scoring; only the first slot is ever released. */
    CLOSED
  }

  /** The slot of the first (or only) assessor, which carries the final scoring. */
  static final int FIRST_SLOT = 1;

  static final int SECOND_SLOT = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String code;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public long submissionId;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  public int attemptNumber;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  public Instant submittedAt;

  /** 1, or 2 for the second assessor of a double scoring. */
  @Column(nullable = false, updatable = false)
  public int slot = FIRST_SLOT;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "lease_holder_id")
  public Long leaseHolderId;

  @Column(name = "lease_taken_at")
  public Instant leaseTakenAt;

  @Column(name = "lease_expires_at")
  public Instant leaseExpiresAt;

  @Version
  @Column(name = "row_version", nullable = false)
  public long rowVersion;

  /** Holds a lease that has not run out at {@code now}. */
  boolean leasedAt(Instant now) {
    return status == Status.CLAIMED && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
  }

  boolean leaseRanOut(Instant now) {
    return status == Status.CLAIMED && leaseExpiresAt != null && !leaseExpiresAt.isAfter(now);
  }

  void lease(long holderId, Instant now, Instant expires) {
    status = Status.CLAIMED;
    leaseHolderId = holderId;
    leaseTakenAt = now;
    leaseExpiresAt = expires;
  }

  void backToQueue() {
    status = Status.WAITING;
    leaseHolderId = null;
    leaseTakenAt = null;
    leaseExpiresAt = null;
  }

  static Optional<ReviewItem> byCode(String code) {
    return find("code", code).firstResultOptional();
  }

  /** Locks the row for the transaction: claims, saves and submits of one item run one at a time. */
  static Optional<ReviewItem> byCodeForUpdate(String code) {
    return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
  }

  /** The attempt's first slot: the item whose scoring reaches the educator. */
  static Optional<ReviewItem> ofAttempt(long submissionId, int attemptNumber) {
    return find(
            "submissionId = ?1 and attemptNumber = ?2 and slot = ?3",
            submissionId,
            attemptNumber,
            FIRST_SLOT)
        .firstResultOptional();
  }

  /** The other slot of a double-scored attempt. */
  Optional<ReviewItem> partner() {
    return find(
            "submissionId = ?1 and attemptNumber = ?2 and slot <> ?3",
            submissionId,
            attemptNumber,
            slot)
        .firstResultOptional();
  }

  static List<ReviewItem> ofSubmission(long submissionId) {
    return list("submissionId = ?1 order by attemptNumber", submissionId);
  }

  static List<ReviewItem> expiredForUpdate(Instant now, int limit) {
    return find(
            "status = ?1 and leaseExpiresAt <= ?2 order by leaseExpiresAt, id", Status.CLAIMED, now)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(0, limit)
        .list();
  }

  static List<ReviewItem> heldBy(long assessorId) {
    return list(
        "status = ?1 and leaseHolderId = ?2 order by submittedAt, id", Status.CLAIMED, assessorId);
  }
}
