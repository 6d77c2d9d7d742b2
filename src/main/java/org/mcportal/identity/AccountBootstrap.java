package org.mcportal.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.mcportal.platform.StartupLock;

/**
 * The accounts that exist before anyone can sign in: the first admin, so that a new portal can be
 * administered at all, and in demo mode a sample account for every role.
 */
@ApplicationScoped
public class AccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** The demo accounts and their published passwords; see docs/operations.md. */
  static final List<DemoAccount> DEMO =
      List.of(
          new DemoAccount(
              "educator@demo.mcportal.test",
              "Erin Educator",
              "Demo-Educator-Pass-1",
              EnumSet.of(Role.EDUCATOR)),
          new DemoAccount(
              "assessor@demo.mcportal.test",
              "Asa Assessor",
              "Demo-Assessor-Pass-1",
              EnumSet.of(Role.ASSESSOR)),
          new DemoAccount(
              "admin@demo.mcportal.test", "Ada Admin", "Demo-Admin-Pass-1", EnumSet.of(Role.ADMIN)),
          new DemoAccount(
              "both@demo.mcportal.test",
              "Bo Both",
              "Demo-Both-Roles-Pass-1",
              EnumSet.of(Role.EDUCATOR, Role.ASSESSOR)));

  private final AccountAdministration accounts;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final IdentityConfig config;
  private final Clock clock;
  private final StartupLock startupLock;
  private final SecureRandom random = new SecureRandom();

  AccountBootstrap(
      AccountAdministration accounts,
      PasswordHasher hasher,
      PasswordPolicy policy,
      IdentityConfig config,
      Clock clock,
      StartupLock startupLock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.policy = policy;
    this.config = config;
    this.clock = clock;
    this.startupLock = startupLock;
  }

  void onStart(@Observes StartupEvent event) {
    ensureFirstAdmin();
    if (config.demo()) {
      createDemoAccounts();
    }
  }

  /** Creates the first admin when no account holds the admin role. */
  @Transactional
  void ensureFirstAdmin() {
    // Two nodes starting on an empty database would otherwise both create the admin.
    startupLock.hold();
    if (Account.admins() > 0) {
      return;
    }
    Optional<String> generated =
        createFirstAdmin(config.bootstrap().adminEmail(), config.bootstrap().adminPassword());
    String email = Account.normalize(config.bootstrap().adminEmail());
    if (generated.isPresent()) {
      // Printed this once and never stored: the hash is all the portal keeps.
      LOG.warnf(
          "%n%n    First admin account created: %s%n    One-time password: %s%n"
              + "    It must be changed at first sign-in. It will not be shown again.%n",
          email, generated.get());
    } else {
      LOG.infof("First admin account created for %s with PORTAL_ADMIN_PASSWORD", email);
    }
  }

  /**
   * Makes an admin account. With no password given, generates one that must be changed at first
   * sign-in and returns it, so that the caller can show it once.
   */
  @Transactional
  Optional<String> createFirstAdmin(String email, Optional<String> password) {
    if (password.isPresent()) {
      List<String> problems = policy.problems(password.get(), email);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "PORTAL_ADMIN_PASSWORD is not acceptable: " + String.join("; ", problems));
      }
    }
    List<String> problems =
        AccountValidation.check(
            new AccountDetails(email, "Administrator", null, null, null, Set.of(Role.ADMIN)));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "PORTAL_ADMIN_EMAIL is not acceptable: " + String.join("; ", problems));
    }
    String chosen = password.orElseGet(this::generatePassword);
    Account admin =
        Account.byEmail(email)
            .orElseGet(
                () ->
                    accounts.insert(
                        new AccountDetails(
                            email, "Administrator", null, null, null, Set.of(Role.ADMIN)),
                        Account.Source.LOCAL));
    admin.roles.add(Role.ADMIN);
    admin.active = true;
    admin.passwordHash = hasher.hash(chosen);
    admin.mustChangePassword = password.isEmpty();
    admin.revokeTokens(clock.instant());
    return password.isPresent() ? Optional.empty() : Optional.of(chosen);
  }

  /** Idempotent: an existing demo account is left as it is. */
  @Transactional
  void createDemoAccounts() {
    startupLock.hold();
    StringBuilder listing = new StringBuilder();
    for (DemoAccount demo : DEMO) {
      if (Account.byEmail(demo.email()).isEmpty()) {
        Account account =
            accounts.insert(
                new AccountDetails(
                    demo.email(),
                    demo.displayName(),
                    "Demo School",
                    "Demo District",
                    null,
                    demo.roles()),
                Account.Source.LOCAL);
        account.passwordHash = hasher.hash(demo.password());
      }
      listing.append(
          String.format("%n    %-30s %-24s %s", demo.email(), demo.password(), demo.roles()));
    }
    LOG.warnf(
        "%n%n    DEMO MODE (PORTAL_DEMO=true): sample accounts with published passwords.%n"
            + "    Never use demo mode on a portal with real people's data.%s%n",
        listing);
  }

  private String generatePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  record DemoAccount(String email, String displayName, String password, Set<Role> roles) {}
}
