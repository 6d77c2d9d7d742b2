package org.mcportal.submission;

import static java.util.stream.Collectors.joining;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mcportal.rules.SubmissionStatus;

/** An educator's submission for one credential version, from first draft to outcome. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  public long ownerId;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SubmissionStatus status;

  /** How many attempts have been submitted; the next submit makes attempt {@code attempts + 1}. */
  @Column(nullable = false)
  public int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  public long rowVersion;

  /** The owner's submission, or empty: another educator's submission is as good as missing. */
  static Optional<Submission> owned(long submissionId, long ownerId) {
    return find("id = ?1 and ownerId = ?2", submissionId, ownerId).firstResultOptional();
  }

  static Optional<Submission> ownedForUpdate(long submissionId, long ownerId) {
    return find("id = ?1 and ownerId = ?2", submissionId, ownerId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /**
   * Stamps the owner's submission as changed at {@code at} if it is still editable, which also
   * takes its row lock, as {@link #ownedForUpdate} does, so saves and submits of one submission
   * still run one at a time; false when it is not the owner's or not editable.
   */
  static boolean stampIfEditable(long submissionId, long ownerId, Instant at) {
    return getEntityManager()
            .createNativeQuery(STAMP_IF_EDITABLE)
            .setParameter(1, at)
            .setParameter(2, submissionId)
            .setParameter(3, ownerId)
            .executeUpdate()
        == 1;
  }

  private static final List<SubmissionStatus> EDITABLE =
      Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::editable).toList();

  // Native SQL because every autosave runs it: Hibernate translates an HQL update with a list
  // parameter afresh on each execution (with the field's statement, 40 % of a save's samples in a
  // profile). The statuses are the enum's own names, so writing them into the text is safe.
  private static final String STAMP_IF_EDITABLE =
      "update submission set updated_at = ?1, row_version = row_version + 1"
          + " where id = ?2 and owner_id = ?3 and status in ("
          + EDITABLE.stream().map(status -> "'" + status.name() + "'").collect(joining(", "))
          + ")";

  static Optional<Submission> forUpdate(long submissionId) {
    return find("id = ?1", submissionId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  static List<Submission> ofOwner(long ownerId) {
    return list("ownerId = ?1 order by createdAt desc, id desc", ownerId);
  }

  /** Moves to {@code next} if the lifecycle allows it, refusing with a typed problem if not. */
  void moveTo(SubmissionStatus next, Instant at) {
    if (!status.canMoveTo(next)) {
      throw SubmissionProblems.illegalTransition(status, next);
    }
    status = next;
    updatedAt = at;
  }
}
