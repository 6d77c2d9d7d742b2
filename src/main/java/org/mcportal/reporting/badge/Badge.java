package org.mcportal.reporting.badge;

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

/** An issued OpenBadgeCredential, kept exactly as signed. */
@Entity
@Table(name = "badge")
class Badge extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  public String publicId;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public Long submissionId;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  public int attemptNumber;

  @Column(name = "owner_id", nullable = false, updatable = false)
  public Long ownerId;

  @Column(name = "credential_id", nullable = false, updatable = false)
  public String credentialId;

  @Column(name = "credential_version", nullable = false, updatable = false)
  public String credentialVersion;

  @Column(name = "status_index", nullable = false, updatable = false)
  public int statusIndex;

  @Column(name = "issued_at", nullable = false, updatable = false)
  public Instant issuedAt;

  @Column(name = "key_id", nullable = false, updatable = false)
  public String keyId;

  @Column(name = "credential_json", nullable = false, updatable = false)
  public String credentialJson;

  @Column(name = "credential_jwt", nullable = false, updatable = false)
  public String credentialJwt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public Long revokedBy;

  @Column(name = "revocation_reason")
  public String revocationReason;

  boolean revoked() {
    return revokedAt != null;
  }

  static Optional<Badge> byPublicId(String publicId) {
    return find("publicId", publicId).firstResultOptional();
  }

  static Optional<Badge> byStatusIndex(int index) {
    return find("statusIndex", index).firstResultOptional();
  }

  static boolean existsFor(long submissionId, int attempt) {
    return count("submissionId = ?1 and attemptNumber = ?2", submissionId, attempt) > 0;
  }

  static List<Badge> ownedBy(long ownerId) {
    return list("ownerId = ?1 order by issuedAt desc, id desc", ownerId);
  }

  static List<Badge> newestFirst(int limit) {
    return find("order by issuedAt desc, id desc").page(0, limit).list();
  }

  static List<Integer> revokedIndexes() {
    return getEntityManager()
        .createQuery(
            "select b.statusIndex from Badge b where b.revokedAt is not null", Integer.class)
        .getResultList();
  }

  static int nextStatusIndex() {
    Integer max =
        getEntityManager()
            .createQuery("select max(b.statusIndex) from Badge b", Integer.class)
            .getSingleResult();
    return max == null ? 0 : max + 1;
  }
}
