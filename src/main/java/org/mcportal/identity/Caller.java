package org.mcportal.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcportal.platform.ProblemException;

/**
 * Who is making the current request, for resources and pages of any feature. The account id is the
 * one to store and compare; emails can change.
 */
@RequestScoped
public class Caller {

  /** The caller's {@link AccountView}, read with the revocation check of this very request. */
  static final String ACCOUNT = "mcportal.account";

  static final String MUST_CHANGE_PASSWORD = "mcportal.must-change-password";
  static final String SOURCE = "mcportal.source";

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public boolean signedIn() {
    return !identity.isAnonymous();
  }

  /** The account of an identity this portal authenticated; empty for anyone else. */
  public static Optional<AccountView> account(SecurityIdentity identity) {
    return identity.getAttribute(ACCOUNT) instanceof AccountView account
        ? Optional.of(account)
        : Optional.empty();
  }

  /**
   * The caller's account as of this request: current to the same read that checked the token, so an
   * edit of the profile shows on the very next request.
   */
  public Optional<AccountView> account() {
    return account(identity);
  }

  public Optional<Long> accountId() {
    return account().map(AccountView::id);
  }

  /** The caller's account; for endpoints that already require a signed-in caller. */
  public AccountView requireAccount() {
    return account()
        .orElseThrow(
            () ->
                new ProblemException(
                    IdentityProblems.unauthorized("Sign in to do this").problem()));
  }

  /** The caller's account id; for endpoints that already require a signed-in caller. */
  public long requireAccountId() {
    return requireAccount().id();
  }

  public Set<Role> roles() {
    return identity.getRoles().stream()
        .map(Role::parse)
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean has(Role role) {
    return identity.hasRole(role.name());
  }

  /** Signed in with a token from the institution's identity provider rather than the portal. */
  public boolean external() {
    return identity.getAttribute(SOURCE) == Account.Source.OIDC;
  }

  public boolean mustChangePassword() {
    return Boolean.TRUE.equals(identity.getAttribute(MUST_CHANGE_PASSWORD));
  }
}
