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

/**
 * One recorded change of state. Every column is {@code updatable = false} and nothing in the
 * application updates or deletes this table; {@code AuditTrailIsAppendOnlyTest} checks both.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public Instant at;

  /** Empty for what the portal does by itself, such as a lease running out. */
  @Column(name = "actor_id", updatable = false)
  public Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public AuditAction action;

  @Column(name = "review_code", updatable = false)
  public String reviewCode;

  @Column(name = "submission_id", updatable = false)
  public Long submissionId;

  /** What changed, as JSON. */
  @Column(nullable = false, updatable = false)
  public String details;
}
