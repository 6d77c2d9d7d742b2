package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The recorded draw of one attempt (whatever the credential's mode), and, when it was drawn, how
 * far its double scoring has come. Keyed by the first slot's review item.
 */
@Entity
@Table(name = "double_scoring")
class DoubleScoring extends PanacheEntityBase {

  enum Status {
    /** Not drawn: one assessor. */
    SINGLE,
    /** Drawn: waiting for both assessments. */
    SCORING,
    /** Both in, the same levels and outcome: the first slot's scoring is final. */
    AGREED,
    /** Both in, and they differ: waiting for a lead. */
    ADJUDICATION,
    /** A lead recorded the final scoring. */
    ADJUDICATED
  }

  @Id
  @Column(name = "review_item_id")
  public Long reviewItemId;

  @Column(name = "second_item_id")
  public Long secondItemId;

  @Column(nullable = false, updatable = false)
  public String mode;

  @Column(nullable = false, updatable = false)
  public String seed;

  @Column(nullable = false, updatable = false)
  public double position;

  @Column(nullable = false, updatable = false)
  public double share;

  @Column(nullable = false, updatable = false)
  public boolean drawn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "first_assessment_id")
  public Long firstAssessmentId;

  @Column(name = "second_assessment_id")
  public Long secondAssessmentId;

  @Column(name = "final_assessment_id")
  public Long finalAssessmentId;

  @Column(name = "lead_id")
  public Long leadId;

  public String reason;

  @Column(name = "settled_at")
  public Instant settledAt;

  /**
   * As {@link #ofItem}, with the row locked: the two submits of one pair settle it one after the
   * other, each after locking only its own item, so they cannot deadlock.
   */
  static Optional<DoubleScoring> ofItemForUpdate(ReviewItem item) {
    return (item.slot == ReviewItem.FIRST_SLOT
            ? find("reviewItemId", item.id)
            : find("secondItemId", item.id))
        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** The double scoring an item of either slot belongs to. */
  static Optional<DoubleScoring> ofItem(ReviewItem item) {
    return item.slot == ReviewItem.FIRST_SLOT
        ? findByIdOptional(item.id)
        : find("secondItemId", item.id).firstResultOptional();
  }
}
