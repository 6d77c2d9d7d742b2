package org.mcportal.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One failed sign-in; kept in the database so that every node counts the same failures. */
@Entity
@Table(name = "login_failure")
class LoginFailure extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String email;

  @Column(name = "client_ip")
  public String clientIp;

  @Column(name = "failed_at", nullable = false)
  public Instant failedAt;

  static long countSince(String email, Instant since) {
    return count("email = ?1 and failedAt > ?2", email, since);
  }

  /** The oldest failure still inside the window: the lockout lifts when it leaves the window. */
  static Optional<Instant> oldestSince(String email, Instant since) {
    return find(
            "select min(f.failedAt) from LoginFailure f where f.email = ?1 and f.failedAt > ?2",
            email,
            since)
        .project(Instant.class)
        .firstResultOptional();
  }

  static void forget(String email) {
    delete("email", email);
  }

  static void forgetBefore(String email, Instant before) {
    delete("email = ?1 and failedAt <= ?2", email, before);
  }
}
