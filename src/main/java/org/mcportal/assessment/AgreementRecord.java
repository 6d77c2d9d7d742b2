package org.mcportal.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * What the two assessors of a double scoring gave one component, or (component null) the outcome:
 * the rows the agreement statistics and drift are aggregated from in SQL.
 */
@Entity
@Table(name = "agreement_record")
class AgreementRecord extends PanacheEntityBase {

  /** The outcome's two "levels". */
  static final String EARNED = "earned";

  static final String NOT_EARNED = "not-earned";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "review_item_id", nullable = false, updatable = false)
  public long reviewItemId;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  /** Null for the outcome. */
  @Column(name = "component_id", updatable = false)
  public String componentId;

  @Column(name = "first_assessor_id", nullable = false, updatable = false)
  public long firstAssessorId;

  @Column(name = "second_assessor_id", nullable = false, updatable = false)
  public long secondAssessorId;

  @Column(name = "first_level", nullable = false, updatable = false)
  public String firstLevel;

  @Column(name = "second_level", nullable = false, updatable = false)
  public String secondLevel;

  /** The agreed or adjudicated level; null while adjudication is pending. */
  @Column(name = "final_level")
  public String finalLevel;

  @Column(name = "first_scored_at", nullable = false, updatable = false)
  public Instant firstScoredAt;

  @Column(name = "second_scored_at", nullable = false, updatable = false)
  public Instant secondScoredAt;

  static List<AgreementRecord> ofItem(long reviewItemId) {
    return list("reviewItemId", reviewItemId);
  }

  static String outcomeLevel(boolean earned) {
    return earned ? EARNED : NOT_EARNED;
  }
}
