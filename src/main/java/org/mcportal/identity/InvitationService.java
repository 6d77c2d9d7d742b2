package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Invitations: an admin names a person and their roles, the portal makes the account without a
 * password and a one-time link, valid for seven days, with which the person chooses one. The same
 * links serve admin password resets.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

  private static final Logger LOG = Logger.getLogger(InvitationService.class);
  static final String INVALID_LINK = "This link is not valid: it may have expired or been used";

  private final AccountAdministration accounts;
  private final PasswordLinks links;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final TokenService tokens;
  private final Clock clock;

  InvitationService(
      AccountAdministration accounts,
      PasswordLinks links,
      PasswordPolicy policy,
      PasswordHasher hasher,
      TokenService tokens,
      Clock clock) {
    this.accounts = accounts;
    this.links = links;
    this.policy = policy;
    this.hasher = hasher;
    this.tokens = tokens;
    this.clock = clock;
  }

  /**
   * Invites a person. A new email gets a new account; an existing account that has never set a
   * password gets a fresh link (the earlier ones stop working). An account with a password is a
   * conflict: reset its password instead.
   */
  public PasswordLinks.IssuedLink invite(AccountDetails details, long byAccountId) {
    List<String> errors = AccountValidation.check(details);
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    Account account =
        Account.byEmail(details.email())
            .map(
                existing -> {
                  if (existing.passwordHash != null || existing.source != Account.Source.LOCAL) {
                    throw IdentityProblems.emailTaken(
                        "An account with email "
                            + existing.email
                            + " already exists and can sign in; reset its password instead");
                  }
                  return existing;
                })
            .orElseGet(() -> accounts.insert(details, Account.Source.LOCAL));
    LOG.infof("Account %d invited by account %d", account.id, byAccountId);
    return links.issue(account, PasswordLink.Purpose.INVITE, byAccountId);
  }

  /** What a sign-up page shows before the person chooses a password; empty for a bad link. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LinkDetails> describe(String token) {
    return links
        .usable(token)
        .flatMap(
            link ->
                Account.<Account>findByIdOptional(link.accountId)
                    .filter(account -> account.active)
                    .map(
                        account ->
                            new LinkDetails(
                                account.email,
                                account.displayName,
                                link.purpose.name(),
                                link.expiresAt)));
  }

  /**
   * Sets the password through a link and signs the person in. The link is spent whatever happens
   * next, and any session from before the reset ends.
   */
  public LoginService.LoginResult.Success accept(String token, String password) {
    PasswordLink link =
        links.usable(token).orElseThrow(() -> IdentityProblems.notFound(INVALID_LINK));
    Account account =
        Account.<Account>findByIdOptional(link.accountId)
            .filter(candidate -> candidate.active)
            .orElseThrow(() -> IdentityProblems.notFound(INVALID_LINK));
    List<String> problems = policy.problems(password, account.email);
    if (!problems.isEmpty()) {
      throw IdentityProblems.invalid(problems);
    }
    Instant now = clock.instant();
    link.usedAt = now;
    account.passwordHash = hasher.hash(password);
    account.mustChangePassword = false;
    account.revokeTokens(now);
    LOG.infof("Account %d set its password through a %s link", account.id, link.purpose);
    return new LoginService.LoginResult.Success(tokens.issue(account), AccountView.of(account));
  }

  public record LinkDetails(String email, String displayName, String purpose, Instant expiresAt) {}
}
