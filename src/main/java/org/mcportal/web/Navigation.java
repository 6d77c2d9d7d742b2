package org.mcportal.web;

import java.util.List;
import java.util.Set;
import org.mcportal.identity.Role;

/**
 * The main navigation, in one place: each entry names the roles that see it. A feature that adds an
 * area for a role adds its entry here; the paths of areas still being built are the ones their
 * pages will take.
 */
final class Navigation {

  /** A navigation entry; {@code roles} empty means everyone, signed in or not. */
  record Entry(String label, String href, Set<String> roles) {
    boolean visibleTo(Set<String> held) {
      return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }

    /** Current for its own path and everything below it, except home, which is only itself. */
    boolean leadsTo(String path) {
      return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }
  }

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("Home", "/", Set.of()),
          new Entry("Credentials", "/credentials", Set.of()),
          new Entry("My submissions", "/submissions", Set.of(Role.Names.EDUCATOR)),
          new Entry("My badges", "/badges/mine", Set.of(Role.Names.EDUCATOR)),
          new Entry("Review queue", "/assessment", Set.of(Role.Names.ASSESSOR, Role.Names.ADMIN)),
          new Entry("Calibration", "/assessment/calibration", Set.of(Role.Names.ASSESSOR)),
          new Entry("Reports", "/admin/reports", Set.of(Role.Names.ADMIN)),
          new Entry("Badges", "/admin/badges", Set.of(Role.Names.ADMIN)),
          new Entry("Accounts", "/admin/accounts", Set.of(Role.Names.ADMIN)),
          new Entry("Adjudication", "/adjudication", Set.of(Role.Names.LEAD)),
          new Entry("Review items", "/admin/assessment", Set.of(Role.Names.ADMIN)),
          new Entry("Scoring quality", "/admin/scoring-quality", Set.of(Role.Names.ADMIN)),
          new Entry("Calibration sets", "/admin/calibration", Set.of(Role.Names.ADMIN)),
          new Entry("Audit trail", "/admin/audit", Set.of(Role.Names.ADMIN)));

  static final List<String> ROLE_ORDER =
      List.of(Role.Names.EDUCATOR, Role.Names.ASSESSOR, Role.Names.LEAD, Role.Names.ADMIN);

  private Navigation() {}

  static List<NavItem> forRoles(Set<String> held, String path) {
    List<Entry> visible = ENTRIES.stream().filter(entry -> entry.visibleTo(held)).toList();
    // Where one entry's area holds another's (the queue holds calibration), only the closer is
    // current.
    String current =
        visible.stream()
            .filter(entry -> entry.leadsTo(path))
            .map(Entry::href)
            .max(java.util.Comparator.comparingInt(String::length))
            .orElse(null);
    return visible.stream()
        .map(entry -> new NavItem(entry.label(), entry.href(), entry.href().equals(current)))
        .toList();
  }
}
