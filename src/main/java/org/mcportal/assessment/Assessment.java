package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One assessor's scoring sheet for one review item: a draft until submitted. */
@Entity
@Table(name = "assessment")
class Assessment extends PanacheEntityBase {

  enum Status {
    DRAFT,
    SUBMITTED,
    /** The lease passed to someone else; the sheet is kept, never deleted. */
    ABANDONED,
    /** An assessor's scoring of a double-scored item that a lead's final scoring replaced. */
    SUPERSEDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "review_item_id", nullable = false, updatable = false)
  public long reviewItemId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  public long assessorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  /** The sheet as JSON ({@link ScoringSheet}). */
  @Column(nullable = false)
  public String sheet;

  /** Compared and advanced by {@link #compareAndSet}; never by Hibernate. */
  @Column(nullable = false)
  public long version;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  static Optional<Assessment> draftOf(long reviewItemId) {
    return find("reviewItemId = ?1 and status = ?2", reviewItemId, Status.DRAFT)
        .firstResultOptional();
  }

  static Optional<Assessment> submittedOf(long reviewItemId) {
    return find("reviewItemId = ?1 and status = ?2", reviewItemId, Status.SUBMITTED)
        .firstResultOptional();
  }

  /** Every scoring submitted on the item, the superseded ones included. */
  static Optional<Assessment> scoredOf(long reviewItemId, long assessorId) {
    return find(
            "reviewItemId = ?1 and assessorId = ?2 and status in ?3",
            reviewItemId,
            assessorId,
            java.util.List.of(Status.SUBMITTED, Status.SUPERSEDED))
        .firstResultOptional();
  }

  static Optional<Assessment> byKey(long reviewItemId, String idempotencyKey) {
    return find("reviewItemId = ?1 and idempotencyKey = ?2", reviewItemId, idempotencyKey)
        .firstResultOptional();
  }

  /**
   * Writes the sheet only if its version is still {@code expected}: one UPDATE, so a stale write
   * changes nothing whatever else runs at the same time.
   */
  static boolean compareAndSet(long id, long expected, String sheet, Instant now) {
    return update(
            "sheet = ?1, version = version + 1, updatedAt = ?2 where id = ?3 and version = ?4"
                + " and status = ?5",
            sheet,
            now,
            id,
            expected,
            Status.DRAFT)
        == 1;
  }
}
