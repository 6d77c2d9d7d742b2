package org.mcportal.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * bcrypt hashes. bcrypt reads at most 72 bytes, so longer passphrases are first reduced with
 * SHA-512 rather than cut off: two passphrases that share their first 72 bytes stay different.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int MIN_COST = 10;
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
  private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

  private final int cost;
  // Compared against when an email has no account, so that an unknown email costs as much time
  // as a wrong password and timing does not reveal which emails exist.
  private final String decoy;
  // Each comparison costs tens of milliseconds of CPU by design; the count lets an operator see
  // the work sign-in attempts cause, and shows that throttled attempts cause none.
  private final Counter checks;

  /** The name of the counter of password comparisons. */
  public static final String CHECKS_METER = "portal.identity.password.checks";

  PasswordHasher(IdentityConfig config, MeterRegistry registry) {
    this.checks =
        Counter.builder(CHECKS_METER)
            .description("Passwords compared against a stored bcrypt hash")
            .register(registry);
    this.cost = config.password().bcryptCost();
    if (cost < MIN_COST) {
      throw new IllegalStateException(
          "portal.identity.password.bcrypt-cost is " + cost + "; it must be at least " + MIN_COST);
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    this.decoy = hash(Base64.getEncoder().encodeToString(random));
  }

  public String hash(String password) {
    return new String(
        BCrypt.with(VERSION, new SecureRandom(), LONG).hash(cost, bytes(password)),
        StandardCharsets.US_ASCII);
  }

  public boolean matches(String password, String hash) {
    if (password == null) {
      return false;
    }
    String against = hash == null ? decoy : hash;
    checks.increment();
    boolean verified =
        BCrypt.verifyer(VERSION, LONG)
            .verify(bytes(password), against.getBytes(StandardCharsets.US_ASCII))
            .verified;
    return verified && hash != null;
  }

  int cost() {
    return cost;
  }

  private static byte[] bytes(String password) {
    return password.getBytes(StandardCharsets.UTF_8);
  }
}
