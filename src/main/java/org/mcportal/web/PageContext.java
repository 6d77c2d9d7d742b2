package org.mcportal.web;

import java.util.List;
import org.mcportal.identity.Role;

/**
 * What the layout needs on every page: who is signed in, what they may navigate to, and whose words
 * the page shows. Built by {@link Pages} only, so every page gets the same header, navigation and
 * footer.
 *
 * @param displayName the signed-in person's name, or empty for an anonymous visitor
 * @param roles the signed-in person's roles among {@link Roles}, in the order educator, assessor,
 *     lead, admin
 * @param navigation the main navigation for these roles, with the current page marked
 * @param attributions the licence notices of the credentials whose text the page reproduces
 * @param path the path of the page, so that sign-in can bring the visitor back to it
 */
public record PageContext(
    String displayName,
    List<String> roles,
    List<NavItem> navigation,
    List<Attribution> attributions,
    String path) {

  public PageContext {
    roles = List.copyOf(roles);
    navigation = List.copyOf(navigation);
    attributions = List.copyOf(attributions);
  }

  public boolean signedIn() {
    return !displayName.isEmpty();
  }

  public boolean educator() {
    return roles.contains(Role.Names.EDUCATOR);
  }

  public boolean assessor() {
    return roles.contains(Role.Names.ASSESSOR);
  }

  public boolean admin() {
    return roles.contains(Role.Names.ADMIN);
  }

  /** "Educator", or "Assessor and Admin" for someone with two roles. */
  public String roleSummary() {
    List<String> labels = roles.stream().map(PageContext::label).toList();
    if (labels.size() < 2) {
      return labels.isEmpty() ? "" : labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }

  public static String label(String role) {
    return switch (role) {
      case Role.Names.EDUCATOR -> "Educator";
      case Role.Names.ASSESSOR -> "Assessor";
      case Role.Names.ADMIN -> "Program admin";
      case Role.Names.LEAD -> "Lead assessor";
      default -> role;
    };
  }
}
