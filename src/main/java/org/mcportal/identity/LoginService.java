package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mcportal.platform.LogText;
import org.mcportal.platform.Sha256;

/**
 * Signing in and out, changing one's own password and renewing a token. Sign-in answers with a
 * value rather than an exception, so that the API and the sign-in page can each render the outcome
 * their own way, and a failure is recorded in the same transaction that decides it.
 */
@ApplicationScoped
@Transactional
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class);

  /** The one message for a wrong email, a wrong password and a deactivated account alike. */
  public static final String INVALID_CREDENTIALS = "The email or password is not right";

  private final LoginThrottle throttle;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final TokenService tokens;
  private final Clock clock;

  LoginService(
      LoginThrottle throttle,
      PasswordHasher hasher,
      PasswordPolicy policy,
      TokenService tokens,
      Clock clock) {
    this.throttle = throttle;
    this.hasher = hasher;
    this.policy = policy;
    this.tokens = tokens;
    this.clock = clock;
  }

  /**
   * Checks an email and password.
   *
   * @param clientIp the address the attempt came from, for the per-address ceiling
   * @return {@link LoginResult.Success} with a token, or {@link LoginResult.Refused} with the
   *     reason and, for a throttled attempt, how long to wait
   */
  public LoginResult login(String email, String password, String clientIp) {
    Optional<Duration> addressWait = throttle.takeAddressAttempt(clientIp);
    if (addressWait.isPresent()) {
      LOG.warnf("Sign-in attempts from %s are over the ceiling", LogText.escape(clientIp));
      return LoginResult.Refused.throttled(addressWait.get());
    }
    String normalized = Account.normalize(email);
    if (normalized == null || normalized.isEmpty() || normalized.length() > 320) {
      return LoginResult.Refused.invalid();
    }
    Optional<Duration> lockedFor = throttle.lockedFor(normalized);
    if (lockedFor.isPresent()) {
      return LoginResult.Refused.throttled(lockedFor.get());
    }
    Optional<Account> account = Account.byEmail(normalized);
    String hash = account.map(a -> a.passwordHash).orElse(null);
    boolean matches = hasher.matches(password, hash);
    if (!matches || !account.get().active) {
      throttle.recordFailure(normalized, clientIp);
      // What was typed as the email is never logged: it may be a password typed into the wrong
      // field, or carry line breaks that would forge log lines. A fingerprint still lets an
      // operator see repeated attempts on one address.
      if (account.isPresent()) {
        LOG.infof(
            "Failed sign-in for account %d from %s", account.get().id, LogText.escape(clientIp));
      } else {
        LOG.infof(
            "Failed sign-in for an unknown email %s from %s",
            Sha256.hex(normalized).substring(0, 12), LogText.escape(clientIp));
      }
      return LoginResult.Refused.invalid();
    }
    throttle.clear(normalized);
    Account signedIn = account.get();
    return new LoginResult.Success(tokens.issue(signedIn), AccountView.of(signedIn));
  }

  /** Ends every session of the account, on every device and node, at once. */
  public void logout(long accountId) {
    Account.<Account>findByIdOptional(accountId)
        .ifPresent(account -> account.revokeTokens(clock.instant()));
  }

  /**
   * Changes the caller's own password, which ends every other session; the caller carries on with
   * the returned token. Failed attempts count towards the lockout like failed sign-ins.
   */
  public TokenService.IssuedToken changePassword(
      long accountId, String currentPassword, String newPassword, String clientIp) {
    Account account =
        Account.<Account>findByIdOptional(accountId)
            .filter(a -> a.active)
            .orElseThrow(() -> IdentityProblems.unauthorized("Sign in again"));
    Optional<Duration> lockedFor = throttle.lockedFor(account.email);
    if (lockedFor.isPresent()) {
      throw new TooManyAttemptsException(lockedFor.get());
    }
    if (account.passwordHash == null || !hasher.matches(currentPassword, account.passwordHash)) {
      throttle.recordFailure(account.email, clientIp);
      throw IdentityProblems.invalid("currentPassword: is not right");
    }
    List<String> problems = policy.problems(newPassword, account.email);
    if (hasher.matches(newPassword, account.passwordHash)) {
      problems = new java.util.ArrayList<>(problems);
      problems.add("newPassword: must differ from the current password");
    }
    if (!problems.isEmpty()) {
      throw IdentityProblems.invalid(
          problems.stream().map(p -> p.replaceFirst("^password:", "newPassword:")).toList());
    }
    account.passwordHash = hasher.hash(newPassword);
    account.mustChangePassword = false;
    account.revokeTokens(clock.instant());
    throttle.clear(account.email);
    LOG.infof("Account %d changed its password", account.id);
    return tokens.issue(account);
  }

  /** A successor for the caller's token within the same session; empty once it is over. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TokenService.IssuedToken> renew(JsonWebToken current) {
    return tokens.renew(current);
  }

  /** What a sign-in attempt came to. */
  public sealed interface LoginResult {

    record Success(TokenService.IssuedToken token, AccountView account) implements LoginResult {
      public boolean mustChangePassword() {
        return account.mustChangePassword();
      }
    }

    record Refused(Reason reason, String message, Duration retryAfter) implements LoginResult {

      static Refused invalid() {
        return new Refused(Reason.INVALID_CREDENTIALS, INVALID_CREDENTIALS, null);
      }

      static Refused throttled(Duration wait) {
        return new Refused(
            Reason.TOO_MANY_ATTEMPTS,
            "Too many sign-in attempts; try again later",
            wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
      }
    }

    enum Reason {
      /** Unknown email, wrong password or deactivated account: deliberately one reason. */
      INVALID_CREDENTIALS,
      /** Too many failures for the email, or too many attempts from the address. */
      TOO_MANY_ATTEMPTS
    }
  }

  /** Answered with 429 and Retry-After. */
  public static class TooManyAttemptsException extends RuntimeException {
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
      super("Too many attempts", null, false, false);
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}
