package org.mcportal.credential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A credential version as first loaded; its content is never updated, so its checksum pins it. Only
 * its retirement (no new submissions) changes, and can be undone.
 */
@Entity
@Table(name = "credential_version")
public class StoredCredentialVersion extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(nullable = false, updatable = false)
  public String version;

  @Column(nullable = false, updatable = false)
  public LocalDate revised;

  @Column(nullable = false, updatable = false)
  public String title;

  @Column(nullable = false, updatable = false)
  public String checksum;

  @Column(nullable = false, updatable = false)
  public String source;

  @Column(name = "loaded_at", nullable = false, updatable = false)
  public Instant loadedAt;

  @Column(name = "retired_at")
  public Instant retiredAt;

  @Column(name = "retired_by")
  public Long retiredBy;

  static Optional<StoredCredentialVersion> find(String credentialId, String version) {
    return find("credentialId = ?1 and version = ?2", credentialId, version).firstResultOptional();
  }

  static List<StoredCredentialVersion> allInLoadOrder() {
    return list("order by id");
  }
}
