package org.mcportal.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Issues the portal's own tokens: short-lived, renewed while in use, never beyond an absolute
 * session that starts at sign-in. The {@code ver} claim ties a token to the account's token
 * version, which is what makes revocation immediate.
 */
@ApplicationScoped
public class TokenService {

  static final String VERSION_CLAIM = "ver";
  // The OpenID Connect name for the time of sign-in; it survives every renewal unchanged.
  static final String SESSION_START_CLAIM = "auth_time";

  private final Signer signer;
  private final IdentityConfig.Jwt config;
  private final Clock clock;

  TokenService(Signer signer, IdentityConfig config, Clock clock) {
    this.signer = signer;
    this.config = config.jwt();
    this.clock = clock;
  }

  /** A token for a fresh sign-in: the session starts now. */
  IssuedToken issue(Account account) {
    Instant now = clock.instant();
    return sign(
        account.id,
        account.email,
        account.displayName,
        account.roles.stream().map(Role::name).collect(Collectors.toSet()),
        account.tokenVersion,
        now,
        now);
  }

  /**
   * A successor for a token the caller still holds, with the same account, roles, version and
   * session start. Empty once the absolute session is over.
   */
  Optional<IssuedToken> renew(JsonWebToken current) {
    Instant now = clock.instant();
    Instant sessionStart = Instant.ofEpochSecond(number(current, SESSION_START_CLAIM));
    if (!now.isBefore(sessionStart.plus(config.sessionLifetime()))) {
      return Optional.empty();
    }
    return Optional.of(
        sign(
            Long.parseLong(current.getSubject()),
            current.getName(),
            current.getClaim(Claims.full_name.name()),
            current.getGroups(),
            (int) number(current, VERSION_CLAIM),
            sessionStart,
            now));
  }

  /** Past half its life, a cookie token is replaced on the next response. */
  boolean dueForRenewal(JsonWebToken token) {
    Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
    Duration left = Duration.between(clock.instant(), expires);
    return left.compareTo(config.tokenLifetime().dividedBy(2)) < 0;
  }

  Duration tokenLifetime() {
    return config.tokenLifetime();
  }

  Duration sessionLifetime() {
    return config.sessionLifetime();
  }

  private IssuedToken sign(
      long accountId,
      String email,
      String name,
      Set<String> groups,
      int version,
      Instant sessionStart,
      Instant now) {
    Instant sessionEnd = sessionStart.plus(config.sessionLifetime());
    Instant expires = min(now.plus(config.tokenLifetime()), sessionEnd);
    String token =
        signer.sign(
            Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(Long.toString(accountId))
                .upn(email)
                .claim(Claims.full_name.name(), name == null ? email : name)
                .groups(groups)
                .claim(VERSION_CLAIM, version)
                .claim(SESSION_START_CLAIM, sessionStart.getEpochSecond())
                .claim(Claims.jti.name(), UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expires));
    return new IssuedToken(token, expires, sessionEnd);
  }

  static long number(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof jakarta.json.JsonNumber number) {
      return number.longValue();
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalArgumentException("claim " + claim + " is missing or not a number");
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** A signed token and when it, and the session it belongs to, end. */
  public record IssuedToken(String token, Instant expiresAt, Instant sessionExpiresAt) {}
}
