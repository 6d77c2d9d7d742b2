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
import java.util.Optional;

/**
 * A released attempt marked as an exemplar: what assessors are shown of it and its gold scoring,
 * both frozen when it was marked.
 */
@Entity
@Table(name = "calibration_exemplar")
class CalibrationExemplar extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "set_id", nullable = false, updatable = false)
  public long setId;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, updatable = false)
  public String code;

  /** The live review item's code: shown to admins only. */
  @Column(name = "source_code", nullable = false, updatable = false)
  public String sourceCode;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public long submissionId;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  public int attemptNumber;

  /** The blind view of the attempt as JSON, as a live assessor would have read it. */
  @Column(name = "blind_view", nullable = false, updatable = false)
  public String blindView;

  @Column(name = "gold_sheet", nullable = false, updatable = false)
  public String goldSheet;

  /** The gold final level per component id, as JSON. */
  @Column(name = "gold_levels", nullable = false, updatable = false)
  public String goldLevels;

  @Column(name = "gold_earned", nullable = false, updatable = false)
  public boolean goldEarned;

  @Column(name = "added_by", nullable = false, updatable = false)
  public long addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  public Instant addedAt;

  @Column(name = "removed_at")
  public Instant removedAt;

  /** The set's exemplars in use, in order. */
  static List<CalibrationExemplar> current(long setId) {
    return list("setId = ?1 and removedAt is null order by position, id", setId);
  }

  static Optional<CalibrationExemplar> inSet(long setId, long id) {
    return find("setId = ?1 and id = ?2 and removedAt is null", setId, id).firstResultOptional();
  }

  static boolean already(long setId, long submissionId, int attemptNumber) {
    return count(
            "setId = ?1 and submissionId = ?2 and attemptNumber = ?3 and removedAt is null",
            setId,
            submissionId,
            attemptNumber)
        > 0;
  }

  static int nextPosition(long setId) {
    Integer max =
        find("select max(position) from CalibrationExemplar where setId = ?1", setId)
            .project(Integer.class)
            .firstResult();
    return max == null ? 1 : max + 1;
  }
}
