package org.mcportal.identity;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accounts and real tokens for tests: accounts are stored through the same entities the portal
 * uses, and tokens are signed with the portal's own key by the portal's own token service.
 */
@ApplicationScoped
public class TestIdentities {

  public static final String PASSWORD = "Quiet-Harbour-Lantern-42";

  private final PasswordHasher hasher;
  private final TokenService tokens;
  private final Signer signer;
  private final IdentityConfig config;
  private final Clock clock;
  private final AccountBootstrap bootstrap;

  TestIdentities(
      PasswordHasher hasher,
      TokenService tokens,
      Signer signer,
      IdentityConfig config,
      Clock clock,
      AccountBootstrap bootstrap) {
    this.hasher = hasher;
    this.tokens = tokens;
    this.signer = signer;
    this.config = config;
    this.clock = clock;
    this.bootstrap = bootstrap;
  }

  /** An admin made exactly as the first admin of a new portal is, with its one-time password. */
  public FirstAdmin firstAdmin(String name) {
    String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    String password = bootstrap.createFirstAdmin(email, java.util.Optional.empty()).orElseThrow();
    return new FirstAdmin(email, password);
  }

  public record FirstAdmin(String email, String oneTimePassword) {}

  /** A new active account with a unique email and {@link #PASSWORD}. */
  @Transactional
  public AccountView account(String name, Role... roles) {
    Account account = new Account();
    account.email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    account.displayName = name;
    account.source = Account.Source.LOCAL;
    account.active = true;
    account.passwordHash = hasher.hash(PASSWORD);
    account.roles.addAll(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    account.createdAt = clock.instant();
    account.updatedAt = account.createdAt;
    account.persist();
    return AccountView.of(account);
  }

  /**
   * Many active accounts with {@link #PASSWORD}, sharing one hash so that making them does not take
   * a bcrypt computation each; returns their emails in order.
   */
  @Transactional
  public java.util.List<String> accounts(String name, int count, Role role) {
    String hash = hasher.hash(PASSWORD);
    String batch = UUID.randomUUID().toString().substring(0, 8);
    java.util.List<String> emails = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Account account = new Account();
      account.email = name + "-" + batch + "-" + i + "@school.test";
      account.displayName = name + " " + i;
      account.source = Account.Source.LOCAL;
      account.active = true;
      account.passwordHash = hash;
      account.roles.add(role);
      account.createdAt = clock.instant();
      account.updatedAt = account.createdAt;
      account.persist();
      emails.add(account.email);
    }
    return emails;
  }

  /** A token for the account as sign-in would issue it now, with its current token version. */
  @Transactional
  public String token(long accountId) {
    return tokens.issue(Account.<Account>findById(accountId)).token();
  }

  @Transactional
  public AccountView reload(long accountId) {
    return AccountView.of(Account.<Account>findById(accountId));
  }

  @Transactional
  public void mustChangePassword(long accountId) {
    Account.<Account>findById(accountId).mustChangePassword = true;
  }

  @Transactional
  public long failuresFor(String email) {
    return LoginFailure.count("email", email);
  }

  @Transactional
  public void recordFailures(String email, int count, Instant at) {
    for (int i = 0; i < count; i++) {
      LoginFailure failure = new LoginFailure();
      failure.email = email;
      failure.clientIp = "127.9.9.9";
      failure.failedAt = at;
      failure.persist();
    }
  }

  @Transactional
  public String storedLinkHash(long accountId) {
    return PasswordLink.<PasswordLink>find("accountId = ?1 order by id desc", accountId)
        .firstResult()
        .tokenHash;
  }

  /** The claims the portal would put in a token for the account now; tests then tamper. */
  @Transactional
  public JwtClaimsBuilder portalClaims(long accountId) {
    Account account = Account.findById(accountId);
    Instant now = clock.instant();
    return Jwt.issuer(config.jwt().issuer())
        .audience(config.jwt().audience())
        .subject(Long.toString(account.id))
        .upn(account.email)
        .groups(account.roles.stream().map(Role::name).collect(Collectors.toSet()))
        .claim(TokenService.VERSION_CLAIM, account.tokenVersion)
        .claim(TokenService.SESSION_START_CLAIM, now.getEpochSecond())
        .issuedAt(now)
        .expiresAt(now.plus(config.jwt().tokenLifetime()));
  }

  /** Signs claims with the portal's real key, as only the portal could. */
  public String signWithPortalKey(JwtClaimsBuilder claims) {
    return signer.sign(claims);
  }
}
