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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One assessor's go at one calibration set, and once submitted its result. */
@Entity
@Table(name = "calibration_run")
class CalibrationRun extends PanacheEntityBase {

  enum Status {
    IN_PROGRESS,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "set_id", nullable = false, updatable = false)
  public long setId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  public long assessorId;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "started_at", nullable = false, updatable = false)
  public Instant startedAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  public Integer agreed;

  public Integer compared;

  public BigDecimal threshold;

  public Boolean passed;

  @Column(name = "certified_until")
  public Instant certifiedUntil;

  static Optional<CalibrationRun> open(long setId, long assessorId) {
    return find(
            "setId = ?1 and assessorId = ?2 and status = ?3", setId, assessorId, Status.IN_PROGRESS)
        .firstResultOptional();
  }

  static Optional<CalibrationRun> forUpdate(long id) {
    return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
  }

  /** The assessor's submitted runs of one credential version, newest first. */
  static List<CalibrationRun> submitted(long assessorId, String credentialId, String version) {
    return list(
        "assessorId = ?1 and credentialId = ?2 and credentialVersion = ?3 and status = ?4"
            + " order by submittedAt desc, id desc",
        assessorId,
        credentialId,
        version,
        Status.SUBMITTED);
  }

  static List<CalibrationRun> ofAssessor(long assessorId) {
    return list("assessorId = ?1 order by startedAt desc, id desc", assessorId);
  }

  static List<CalibrationRun> submittedOfSet(long setId) {
    return list(
        "setId = ?1 and status = ?2 order by submittedAt desc, id desc", setId, Status.SUBMITTED);
  }
}
