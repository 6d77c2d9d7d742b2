package org.mcportal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An account as other features and the API see it: never the password hash. */
public record AccountView(
    long id,
    String email,
    String displayName,
    String school,
    String district,
    String roleTitle,
    List<Role> roles,
    boolean active,
    boolean mustChangePassword,
    boolean passwordSet,
    Account.Source source,
    Instant createdAt,
    Instant updatedAt) {

  static AccountView of(Account account) {
    return new AccountView(
        account.id,
        account.email,
        account.displayName,
        account.school,
        account.district,
        account.roleTitle,
        account.roles.stream().sorted().toList(),
        account.active,
        account.mustChangePassword,
        account.passwordHash != null,
        account.source,
        account.createdAt,
        account.updatedAt);
  }

  /** Signs in through the institution's identity provider; the portal keeps no password for it. */
  public boolean external() {
    return source == Account.Source.OIDC;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Set<Role> roleSet() {
    return Set.copyOf(roles);
  }
}
