package org.mcportal.reporting.badge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public key that signed badges, kept after the portal moves to another key. */
@Entity
@Table(name = "badge_key")
class BadgeKey extends PanacheEntityBase {

  @Id
  @Column(name = "key_id", nullable = false, updatable = false)
  public String keyId;

  @Column(nullable = false, updatable = false)
  public String jwk;

  @Column(name = "first_used", nullable = false, updatable = false)
  public Instant firstUsed;
}
