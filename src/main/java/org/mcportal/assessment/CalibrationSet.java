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

/** A named, ordered group of exemplars of one credential version that assessors calibrate on. */
@Entity
@Table(name = "calibration_set")
class CalibrationSet extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  @Column(nullable = false)
  public String name;

  @Column(name = "created_by", nullable = false, updatable = false)
  public long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  static List<CalibrationSet> all() {
    return list("order by credentialId, credentialVersion, name, id");
  }

  static boolean nameTaken(String credentialId, String version, String name) {
    return count(
            "credentialId = ?1 and credentialVersion = ?2 and lower(name) = lower(?3)",
            credentialId,
            version,
            name)
        > 0;
  }
}
