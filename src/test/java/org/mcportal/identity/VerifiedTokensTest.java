package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The staleness bound of the verified-token cache: an entry never outlives its token's expiry plus
 * the parser's clock skew, counted from when it was verified. (Revocation is checked on every
 * request regardless; RevocationTest covers that with tokens used before they were revoked.)
 */
class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final VerifiedTokens tokens =
      new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC), SKEW, 100, ticker);

  @Test
  void aVerifiedTokenIsRememberedUntilItExpiresPlusTheSkew() {
    tokens.put("a.b.c", expiringAt(NOW.plus(Duration.ofMinutes(15))));

    advance(Duration.ofMinutes(15).plus(SKEW).minusSeconds(1));
    assertThat(tokens.get("a.b.c")).isPresent();

    advance(Duration.ofSeconds(1));
    assertThat(tokens.get("a.b.c")).isEmpty();
  }

  @Test
  void aTokenVerifiedCloseToItsExpiryIsForgottenWithIt() {
    tokens.put("a.b.c", expiringAt(NOW.plusSeconds(10)));

    advance(Duration.ofSeconds(39));
    assertThat(tokens.get("a.b.c")).isPresent();

    advance(Duration.ofSeconds(1));
    assertThat(tokens.get("a.b.c")).isEmpty();
  }

  @Test
  void aTokenPastItsExpiryIsNotKeptAtAll() {
    tokens.put("a.b.c", expiringAt(NOW.minus(SKEW).minusSeconds(1)));

    assertThat(tokens.get("a.b.c")).isEmpty();
  }

  @Test
  void onlyTheExactTextIsRecognised() {
    tokens.put("a.b.c", expiringAt(NOW.plus(Duration.ofMinutes(15))));

    assertThat(tokens.get("a.b.d")).isEmpty();
    assertThat(tokens.get("a.b.c ")).isEmpty();
  }

  private void advance(Duration by) {
    nanos.addAndGet(by.toNanos());
  }

  private static JsonWebToken expiringAt(Instant exp) {
    return new JsonWebToken() {
      @Override
      public String getName() {
        return "1";
      }

      @Override
      public Set<String> getClaimNames() {
        return Set.of(Claims.exp.name());
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T getClaim(String claimName) {
        return Claims.exp.name().equals(claimName) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
      }
    };
  }
}
