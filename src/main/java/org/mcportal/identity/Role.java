package org.mcportal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in the portal. A person may hold several; the names are the values of the
 * token's {@code groups} claim and of {@code @RolesAllowed}.
 */
public enum Role {
  EDUCATOR,
  ASSESSOR,
  ADMIN,
  /** Adjudicates double scorings whose two assessors disagree. */
  LEAD;

  /** Compile-time names for {@code @RolesAllowed}, which cannot refer to enum constants. */
  public static final class Names {
    public static final String EDUCATOR = "EDUCATOR";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String ADMIN = "ADMIN";
    public static final String LEAD = "LEAD";

    private Names() {}
  }

  static Optional<Role> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
