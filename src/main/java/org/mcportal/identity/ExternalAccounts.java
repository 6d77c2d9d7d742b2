package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The accounts of people who sign in through the institution: made on their first sign-in, and
 * their roles kept as the institution says.
 */
@ApplicationScoped
@Transactional
class ExternalAccounts {

  private static final Logger LOG = Logger.getLogger(ExternalAccounts.class);

  private final AccountAdministration administration;
  private final Clock clock;

  ExternalAccounts(AccountAdministration administration, Clock clock) {
    this.administration = administration;
    this.clock = clock;
  }

  /** Links a person who signed in through the institution to their account, creating it. */
  AccountView signIn(String email, String displayName, Set<Role> roles) {
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
      return AccountView.of(account);
    }
    int max = AccountValidation.MAX_TEXT;
    Account account =
        administration.insert(
            new AccountDetails(
                email,
                displayName.length() > max ? displayName.substring(0, max) : displayName,
                null,
                null,
                null,
                roles),
            Account.Source.OIDC);
    LOG.infof("Account %d created on first institution sign-in", account.id);
    return AccountView.of(account);
  }
}
