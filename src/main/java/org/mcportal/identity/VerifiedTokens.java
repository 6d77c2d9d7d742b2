package org.mcportal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Portal tokens whose signature and claims have already been verified, so that the same token on
 * the next request skips the ECDSA verification, which a profile showed to be the largest single
 * cost of an authenticated request (docs/performance.md, P9).
 *
 * <p>What it remembers is a fact that cannot go stale: these exact bytes were signed by the
 * portal's key and carry these claims. The only thing that changes with time is whether the token
 * has expired, so an entry lives no longer than its token: until {@code exp} plus the clock skew
 * the parser itself allows, measured from when it was verified. Revocation is not cached at all:
 * every request, hit or miss, still reads the account's token version and active flag.
 */
final class VerifiedTokens {

  private final Cache<String, JsonWebToken> cache;

  VerifiedTokens(Clock clock, Duration clockSkew, long maximumSize, Ticker ticker) {
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .ticker(ticker)
            .expireAfter(new UntilExpiry(clock, clockSkew))
            .build();
  }

  /** The verified token for exactly this text, if it was verified and has not expired since. */
  Optional<JsonWebToken> get(String token) {
    return Optional.ofNullable(cache.getIfPresent(token));
  }

  void put(String token, JsonWebToken verified) {
    cache.put(token, verified);
  }

  private record UntilExpiry(Clock clock, Duration skew) implements Expiry<String, JsonWebToken> {

    @Override
    public long expireAfterCreate(String key, JsonWebToken token, long currentTime) {
      Instant end = Instant.ofEpochSecond(token.getExpirationTime()).plus(skew);
      Duration left = Duration.between(clock.instant(), end);
      return left.isNegative() ? 0 : left.toNanos();
    }

    @Override
    public long expireAfterUpdate(
        String key, JsonWebToken token, long currentTime, long currentDuration) {
      return expireAfterCreate(key, token, currentTime);
    }

    @Override
    public long expireAfterRead(
        String key, JsonWebToken token, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
