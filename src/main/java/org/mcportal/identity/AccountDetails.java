package org.mcportal.identity;

import java.util.EnumSet;
import java.util.Set;

/** Who an account is and what they do; shared by account creation and invitations. */
public record AccountDetails(
    String email,
    String displayName,
    String school,
    String district,
    String roleTitle,
    Set<Role> roles) {

  public AccountDetails {
    roles = roles == null ? null : (roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
  }
}
