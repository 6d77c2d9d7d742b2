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

  static final String ACCOUNT_ID = "mcportal.account-id";
  static final String MUST_CHANGE_PASSWORD = "mcportal.must-change-password";
  static final String SOURCE = "mcportal.source";

  /** The name to greet the person by; pages read it to fill the header. */
  public static final String DISPLAY_NAME = "mcportal.display-name";

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public boolean signedIn() {
    return !identity.isAnonymous();
  }

  public Optional<Long> accountId() {
    return Optional.ofNullable(identity.getAttribute(ACCOUNT_ID));
  }

  /** The caller's account id; for endpoints that already require a signed-in caller. */
  public long requireAccountId() {
    return accountId()
        .orElseThrow(
            () ->
                new ProblemException(
                    IdentityProblems.unauthorized("Sign in to do this").problem()));
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
