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

/** An assessor's scoring sheet for one exemplar of a calibration run. */
@Entity
@Table(name = "calibration_sheet")
class CalibrationSheet extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  public long runId;

  @Column(name = "exemplar_id", nullable = false, updatable = false)
  public long exemplarId;

  @Column(nullable = false, updatable = false)
  public int position;

  @Column(nullable = false, updatable = false)
  public String code;

  @Column(nullable = false)
  public String sheet;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  static Optional<CalibrationSheet> byCode(String code) {
    return find("code", code).firstResultOptional();
  }

  static List<CalibrationSheet> ofRun(long runId) {
    return list("runId = ?1 order by position, id", runId);
  }

  /** The same compare-and-set as a live sheet's autosave: a stale write changes nothing. */
  static boolean compareAndSet(long id, long expected, String sheet, Instant now) {
    return update(
            "sheet = ?1, version = version + 1, updatedAt = ?2 where id = ?3 and version = ?4",
            sheet,
            now,
            id,
            expected)
        == 1;
  }
}
