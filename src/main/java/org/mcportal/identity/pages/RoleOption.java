package org.mcportal.identity.pages;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mcportal.identity.Role;
import org.mcportal.web.PageContext;

/** One role's checkbox on the account forms. */
record RoleOption(String value, String label, String hint, boolean checked) {

  private static final Map<Role, String> HINTS =
      Map.of(
          Role.EDUCATOR, "prepares and submits evidence",
          Role.ASSESSOR, "scores submissions blind, never their own",
          Role.ADMIN, "manages accounts and reports on the program",
          Role.LEAD, "settles double scorings that disagree");

  static List<RoleOption> all(Set<Role> held) {
    return Arrays.stream(Role.values())
        .map(
            role ->
                new RoleOption(
                    role.name(),
                    PageContext.label(role.name()),
                    HINTS.get(role),
                    held.contains(role)))
        .toList();
  }

  /** The roles a form sent; unknown values are dropped, since the checkboxes only send names. */
  static Set<Role> parse(List<String> values) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (values != null) {
      for (String value : values) {
        Arrays.stream(Role.values())
            .filter(role -> role.name().equals(value))
            .findFirst()
            .ifPresent(parsed::add);
      }
    }
    return parsed;
  }
}
