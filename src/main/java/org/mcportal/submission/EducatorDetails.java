package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.rules.IdentifyingDetails;

/** The parts of an educator's profile that would identify them in a submission. */
@ApplicationScoped
public class EducatorDetails {

  private final AccountService accounts;

  EducatorDetails(AccountService accounts) {
    this.accounts = accounts;
  }

  public IdentifyingDetails of(long accountId) {
    AccountView account = accounts.get(accountId);
    return new IdentifyingDetails(
        blankIfNull(account.displayName()),
        blankIfNull(account.email()),
        blankIfNull(account.school()),
        blankIfNull(account.district()),
        List.of());
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }
}
