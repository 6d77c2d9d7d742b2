package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reading accounts, for admins and for other features, and the conflict-of-interest rule. Changes
 * are {@link AccountAdministration}'s. A list of accounts is read with its roles in one query,
 * however many accounts there are.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  public List<AccountView> list() {
    return Account.inEmailOrder().stream().map(AccountView::of).toList();
  }

  /** How many accounts there are, counted by the database. */
  public long count() {
    return Account.count();
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

  static Account load(long id) {
    return Account.<Account>findByIdOptional(id)
        .orElseThrow(() -> IdentityProblems.notFound("No account with id " + id));
  }

  /** Whether an assignment may go ahead, and why not when it may not. */
  public record AssignmentCheck(boolean allowed, String reason) {
    static final AssignmentCheck ALLOWED = new AssignmentCheck(true, null);

    static AssignmentCheck refused(String reason) {
      return new AssignmentCheck(false, reason);
    }
  }
}
