package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A submitted attempt: a snapshot of the whole content, never changed after it is written. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public long submissionId;

  @Column(nullable = false, updatable = false)
  public int number;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  public String idempotencyKey;

  /** The content as JSON; see {@link Snapshot}. */
  @Column(nullable = false, updatable = false)
  public String snapshot;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  public Instant submittedAt;

  static Optional<Attempt> byKey(long submissionId, String idempotencyKey) {
    return find("submissionId = ?1 and idempotencyKey = ?2", submissionId, idempotencyKey)
        .firstResultOptional();
  }

  static Optional<Attempt> byNumber(long submissionId, int number) {
    return find("submissionId = ?1 and number = ?2", submissionId, number).firstResultOptional();
  }

  static List<Attempt> of(long submissionId) {
    return list("submissionId = ?1 order by number", submissionId);
  }
}
