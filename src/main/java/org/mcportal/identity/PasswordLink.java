package org.mcportal.identity;

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
import java.util.Optional;

/** A one-time link to set a password; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "password_link")
class PasswordLink extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Purpose purpose;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Column(name = "created_by")
  public Long createdBy;

  enum Purpose {
    INVITE,
    RESET
  }

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  static Optional<PasswordLink> byTokenHash(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }

  /** A new link replaces the old ones, so only the latest one sent works. */
  static void retireOpenLinks(long accountId, Instant now) {
    update("usedAt = ?1 where accountId = ?2 and usedAt is null", now, accountId);
  }
}
