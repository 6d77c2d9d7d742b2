package org.mcportal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Two brakes on password guessing. Per account (really per email, so that an unknown email is
 * answered exactly like a known one), failures are counted in the database, so every node sees the
 * same count and a restart does not reset it. Per client address, a Bucket4j token bucket caps all
 * attempts, which slows one address spraying many emails; it lives in memory per node, which is
 * enough for a ceiling whose job is to make spraying slow rather than to be exact.
 */
@ApplicationScoped
class LoginThrottle {

  private final IdentityConfig.Lockout lockout;
  private final IdentityConfig.IpLimit ipLimit;
  private final Clock clock;
  private final Cache<String, Bucket> buckets;

  LoginThrottle(IdentityConfig config, Clock clock) {
    this.lockout = config.lockout();
    this.ipLimit = config.ipLimit();
    this.clock = clock;
    // Bounded, so that a flood of made-up addresses cannot exhaust memory; an evicted address
    // simply starts again with a full bucket.
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(ipLimit.per().multipliedBy(2))
            .build();
  }

  /** Takes one attempt from the address's allowance; the wait when there is none left. */
  Optional<Duration> takeAddressAttempt(String clientIp) {
    Bucket bucket = buckets.get(clientIp == null ? "unknown" : clientIp, key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** How long until the email may try again, when it has used up its failures. */
  Optional<Duration> lockedFor(String email) {
    Instant now = clock.instant();
    Instant windowStart = now.minus(lockout.window());
    if (LoginFailure.countSince(email, windowStart) < lockout.maxFailures()) {
      return Optional.empty();
    }
    // The lockout lifts when enough failures have left the window; with exactly the maximum,
    // that is when the oldest one leaves it.
    return LoginFailure.oldestSince(email, windowStart)
        .map(oldest -> Duration.between(now, oldest.plus(lockout.window())))
        .filter(wait -> !wait.isNegative())
        .or(() -> Optional.of(Duration.ofSeconds(1)));
  }

  void recordFailure(String email, String clientIp) {
    Instant now = clock.instant();
    LoginFailure.forgetBefore(email, now.minus(lockout.window()));
    LoginFailure failure = new LoginFailure();
    failure.email = email;
    failure.clientIp = clientIp == null ? null : truncate(clientIp, 64);
    failure.failedAt = now;
    failure.persist();
  }

  void clear(String email) {
    LoginFailure.forget(email);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(ipLimit.attempts())
                .refillGreedy(ipLimit.attempts(), ipLimit.per())
                .build())
        .build();
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
