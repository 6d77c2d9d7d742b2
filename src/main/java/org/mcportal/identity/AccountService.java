package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Accounts and what admins do with them. Every change that affects what a person may do (roles,
 * deactivation, a password reset) bumps the account's token version, so it takes effect on the
 * person's very next request, not when their token expires.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class);
  // Deliberately loose: the address is proven by the invitation reaching it, not by a regex.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final int MAX_TEXT = 200;

  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final PasswordLinks links;
  private final Clock clock;

  AccountService(PasswordHasher hasher, PasswordPolicy policy, PasswordLinks links, Clock clock) {
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
    List<String> errors = new ArrayList<>(check(request.details()));
    errors.addAll(policy.problems(request.temporaryPassword(), request.details().email()));
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    Account account = insert(request.details(), Account.Source.LOCAL);
    account.passwordHash = hasher.hash(request.temporaryPassword());
    account.mustChangePassword = true;
    LOG.infof("Account %d created for %s", account.id, account.email);
    return AccountView.of(account);
  }

  public List<AccountView> list() {
    return Account.inEmailOrder().stream().map(AccountView::of).toList();
  }

  /**
   * Accounts whose email or name contains the text, ignoring case; every account for blank text.
   */
  public List<AccountView> search(String text) {
    if (text == null || text.isBlank()) {
      return list();
    }
    return Account.matching(text.strip()).stream().map(AccountView::of).toList();
  }

  public Optional<AccountView> find(long id) {
    return Account.<Account>findByIdOptional(id).map(AccountView::of);
  }

  public Optional<AccountView> findByEmail(String email) {
    return Account.byEmail(email).map(AccountView::of);
  }

  public AccountView get(long id) {
    return AccountView.of(load(id));
  }

  /** Name and profile only; the identifiability check reads school, district and role title. */
  public AccountView updateProfile(long id, Profile profile) {
    List<String> errors = checkProfile(profile);
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    Account account = load(id);
    account.displayName = profile.displayName().strip();
    account.school = blankToNull(profile.school());
    account.district = blankToNull(profile.district());
    account.roleTitle = blankToNull(profile.roleTitle());
    account.updatedAt = clock.instant();
    return AccountView.of(account);
  }

  public AccountView changeRoles(long id, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw IdentityProblems.invalid("roles: at least one role is required");
    }
    Account account = load(id);
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
    Account account = load(id);
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
    Account account = load(id);
    account.active = true;
    account.updatedAt = clock.instant();
    return AccountView.of(account);
  }

  /**
   * Ends the person's sessions, disables the old password and returns a one-time link for choosing
   * a new one. The admin passes the link on; the portal stores only its hash.
   */
  public PasswordLinks.IssuedLink resetPassword(long id, long byAccountId) {
    Account account = load(id);
    if (account.source == Account.Source.OIDC) {
      throw IdentityProblems.conflict(
          "Account " + id + " signs in through the institution; reset the password there");
    }
    account.passwordHash = null;
    account.mustChangePassword = false;
    account.revokeTokens(clock.instant());
    LOG.infof("Password of account %d reset by account %d", account.id, byAccountId);
    return links.issue(account, PasswordLink.Purpose.RESET, byAccountId);
  }

  /**
   * The conflict-of-interest rule of the assessment workflow: nobody assesses their own submission,
   * whatever roles they hold. A person who is both educator and assessor is the case this exists
   * for. The assessment feature must call this before it offers, assigns or accepts a claim on a
   * submission, and must treat a refusal as final.
   *
   * @param assessorAccountId who would assess
   * @param submitterAccountId whose submission it is
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AssignmentCheck mayAssess(long assessorAccountId, long submitterAccountId) {
    if (assessorAccountId == submitterAccountId) {
      return AssignmentCheck.refused("An assessor may never assess their own submission");
    }
    Optional<Account> assessor = Account.findByIdOptional(assessorAccountId);
    if (assessor.isEmpty() || !assessor.get().active) {
      return AssignmentCheck.refused("The assessor's account is not active");
    }
    if (!assessor.get().roles.contains(Role.ASSESSOR)) {
      return AssignmentCheck.refused("The account does not hold the assessor role");
    }
    return AssignmentCheck.ALLOWED;
  }

  /** Links a person who signed in through the institution to their account, creating it. */
  ExternalAccount externalSignIn(String email, String displayName, Set<Role> roles) {
    Optional<Account> existing = Account.byEmail(email);
    if (existing.isPresent()) {
      Account account = existing.get();
      if (account.source == Account.Source.OIDC && !account.roles.equals(roles)) {
        // The institution is the source of truth for its people's roles; keep the record current
        // for admins and reports.
        account.roles.clear();
        account.roles.addAll(roles);
        account.updatedAt = clock.instant();
      }
      return new ExternalAccount(account.id, account.active);
    }
    Account account =
        insert(
            new AccountDetails(
                email,
                displayName.length() > MAX_TEXT ? displayName.substring(0, MAX_TEXT) : displayName,
                null,
                null,
                null,
                roles),
            Account.Source.OIDC);
    LOG.infof("Account %d created on first institution sign-in of %s", account.id, account.email);
    return new ExternalAccount(account.id, true);
  }

  Account insert(AccountDetails details, Account.Source source) {
    String email = Account.normalize(details.email());
    if (Account.byEmail(email).isPresent()) {
      throw IdentityProblems.conflict("An account with email " + email + " already exists");
    }
    Instant now = clock.instant();
    Account account = new Account();
    account.email = email;
    account.displayName = details.displayName().strip();
    account.school = blankToNull(details.school());
    account.district = blankToNull(details.district());
    account.roleTitle = blankToNull(details.roleTitle());
    account.source = source;
    account.active = true;
    account.roles.addAll(details.roles() == null ? Set.of() : details.roles());
    account.createdAt = now;
    account.updatedAt = now;
    account.persist();
    return account;
  }

  static List<String> check(AccountDetails details) {
    List<String> errors = new ArrayList<>();
    if (details == null) {
      return List.of("the account details are required");
    }
    String email = Account.normalize(details.email());
    if (email == null || email.isEmpty()) {
      errors.add("email: is required");
    } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
      errors.add("email: is not an email address");
    }
    errors.addAll(
        checkProfile(
            new Profile(
                details.displayName(), details.school(), details.district(), details.roleTitle())));
    if (details.roles() == null || details.roles().isEmpty()) {
      errors.add("roles: at least one role is required");
    }
    return errors;
  }

  private static List<String> checkProfile(Profile profile) {
    List<String> errors = new ArrayList<>();
    if (profile == null) {
      return List.of("the profile is required");
    }
    if (profile.displayName() == null || profile.displayName().isBlank()) {
      errors.add("displayName: is required");
    }
    checkLength(errors, "displayName", profile.displayName());
    checkLength(errors, "school", profile.school());
    checkLength(errors, "district", profile.district());
    checkLength(errors, "roleTitle", profile.roleTitle());
    return errors;
  }

  private static void checkLength(List<String> errors, String field, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(field + ": must be at most " + MAX_TEXT + " characters");
    }
  }

  private void refuseIfLastActiveAdmin(Account account, String action) {
    if (account.active && Account.activeAdmins() <= 1) {
      throw IdentityProblems.conflict(
          "Cannot " + action + " the last active admin; make someone else an admin first");
    }
  }

  private static Account load(long id) {
    return Account.<Account>findByIdOptional(id)
        .orElseThrow(() -> IdentityProblems.notFound("No account with id " + id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Who the account is and what they do; shared by account creation and invitations. */
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

  public record NewAccount(AccountDetails details, String temporaryPassword) {}

  public record Profile(String displayName, String school, String district, String roleTitle) {}

  record ExternalAccount(long id, boolean active) {}

  /** Whether an assignment may go ahead, and why not when it may not. */
  public record AssignmentCheck(boolean allowed, String reason) {
    static final AssignmentCheck ALLOWED = new AssignmentCheck(true, null);

    static AssignmentCheck refused(String reason) {
      return new AssignmentCheck(false, reason);
    }
  }
}
