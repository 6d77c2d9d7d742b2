package org.mcportal.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in. Other features never touch this entity; they call {@link AccountService}
 * and get {@link AccountView} values.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String email;

  @Column(name = "display_name", nullable = false)
  public String displayName;

  public String school;

  public String district;

  @Column(name = "role_title")
  public String roleTitle;

  @Column(name = "password_hash")
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Source source = Source.LOCAL;

  @Column(nullable = false)
  public boolean active = true;

  @Column(name = "must_change_password", nullable = false)
  public boolean mustChangePassword;

  @Column(name = "token_version", nullable = false)
  public int tokenVersion;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  public Set<Role> roles = new HashSet<>();

  public enum Source {
    LOCAL,
    OIDC
  }

  /** Every token issued so far stops working on its next request. */
  void revokeTokens(Instant now) {
    tokenVersion++;
    updatedAt = now;
  }

  static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  static Optional<Account> byEmail(String email) {
    return find("email", normalize(email)).firstResultOptional();
  }

  // The roles come in the same query: loading them eagerly one account at a time would cost one
  // query per row of the admin list.
  static List<Account> inEmailOrder() {
    return list("select a from Account a left join fetch a.roles order by a.email");
  }

  /** Email or name contains the text, ignoring case; {@code %} and {@code _} match themselves. */
  static List<Account> matching(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return list(
        "select a from Account a left join fetch a.roles"
            + " where lower(a.email) like ?1 escape '\\' or lower(a.displayName) like ?1 escape '\\'"
            + " order by a.email",
        "%" + escaped + "%");
  }

  static long activeAdmins() {
    return count(
        "select count(a) from Account a join a.roles r where r = ?1 and a.active", Role.ADMIN);
  }

  static long admins() {
    return count("select count(a) from Account a join a.roles r where r = ?1", Role.ADMIN);
  }
}
