package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * What admins do to accounts. Every change that affects what a person may do (roles, deactivation,
 * a password reset) bumps the account's token version, so it takes effect on the person's very next
 * request, not when their token expires. Refusals are problems from {@link IdentityProblems}.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

  private static final Logger LOG = Logger.getLogger(AccountAdministration.class);

  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final PasswordLinks links;
  private final Clock clock;

  AccountAdministration(
      PasswordHasher hasher, PasswordPolicy policy, PasswordLinks links, Clock clock) {
    this.hasher = hasher;
    this.policy = policy;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Creates an account with a temporary password that the person must change at first sign-in. To
   * let the person choose their own password instead, use {@link InvitationService#invite}.
   */
  public AccountView create(NewAccount request) {
    List<String> errors = new ArrayList<>(AccountValidation.check(request.details()));
    errors.addAll(policy.problems(request.temporaryPassword(), request.details().email()));
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    Account account = insert(request.details(), Account.Source.LOCAL);
    account.passwordHash = hasher.hash(request.temporaryPassword());
    account.mustChangePassword = true;
    LOG.infof("Account %d created", account.id);
    return AccountView.of(account);
  }

  /** Name and profile only; the identifiability check reads school, district and role title. */
  public AccountView updateProfile(long id, AccountProfile profile) {
    List<String> errors = AccountValidation.check(profile);
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    Account account = AccountService.load(id);
    account.displayName = profile.displayName().strip();
    account.school = AccountValidation.blankToNull(profile.school());
    account.district = AccountValidation.blankToNull(profile.district());
    account.roleTitle = AccountValidation.blankToNull(profile.roleTitle());
    account.updatedAt = clock.instant();
    return AccountView.of(account);
  }

  public AccountView changeRoles(long id, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw IdentityProblems.invalid("roles: at least one role is required");
    }
    Account account = AccountService.load(id);
    if (account.roles.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      refuseIfLastActiveAdmin(account, "remove the admin role from");
    }
    account.roles.clear();
    account.roles.addAll(roles);
    account.revokeTokens(clock.instant());
    LOG.infof("Account %d now has roles %s", account.id, account.roles);
    return AccountView.of(account);
  }

  public AccountView deactivate(long id) {
    Account account = AccountService.load(id);
    if (!account.active) {
      return AccountView.of(account);
    }
    if (account.roles.contains(Role.ADMIN)) {
      refuseIfLastActiveAdmin(account, "deactivate");
    }
    account.active = false;
    account.revokeTokens(clock.instant());
    LOG.infof("Account %d deactivated", account.id);
    return AccountView.of(account);
  }

  public AccountView reactivate(long id) {
    Account account = AccountService.load(id);
    account.active = true;
    account.updatedAt = clock.instant();
    return AccountView.of(account);
  }

  /**
   * Ends the person's sessions, disables the old password and returns a one-time link for choosing
   * a new one. The admin passes the link on; the portal stores only its hash.
   */
  public PasswordLinks.IssuedLink resetPassword(long id, long byAccountId) {
    Account account = AccountService.load(id);
    if (account.source == Account.Source.OIDC) {
      throw IdentityProblems.externalAccount(
          "Account " + id + " signs in through the institution; reset the password there");
    }
    account.passwordHash = null;
    account.mustChangePassword = false;
    account.revokeTokens(clock.instant());
    LOG.infof("Password of account %d reset by account %d", account.id, byAccountId);
    return links.issue(account, PasswordLink.Purpose.RESET, byAccountId);
  }

  /** Stores a new account; the caller has checked the details. */
  Account insert(AccountDetails details, Account.Source source) {
    String email = Account.normalize(details.email());
    if (Account.byEmail(email).isPresent()) {
      throw IdentityProblems.emailTaken("An account with email " + email + " already exists");
    }
    Instant now = clock.instant();
    Account account = new Account();
    account.email = email;
    account.displayName = details.displayName().strip();
    account.school = AccountValidation.blankToNull(details.school());
    account.district = AccountValidation.blankToNull(details.district());
    account.roleTitle = AccountValidation.blankToNull(details.roleTitle());
    account.source = source;
    account.active = true;
    account.roles.addAll(details.roles() == null ? Set.of() : details.roles());
    account.createdAt = now;
    account.updatedAt = now;
    account.persist();
    return account;
  }

  private void refuseIfLastActiveAdmin(Account account, String action) {
    if (account.active && Account.activeAdmins() <= 1) {
      throw IdentityProblems.lastAdmin(action);
    }
  }
}
