package org.mcportal.reporting;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Educators' pseudonymous codes for exports: a keyed hash of the account id. The same educator has
 * the same code in every export of this installation, so analyses can follow people over time,
 * while the code cannot be turned back into an id without the key, which never leaves the database.
 */
@ApplicationScoped
public class Pseudonyms {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final Clock clock;
  private volatile byte[] key;

  Pseudonyms(Clock clock) {
    this.clock = clock;
  }

  @Transactional
  void createKey(@Observes StartupEvent start) {
    var em = Panache.getEntityManager();
    @SuppressWarnings("unchecked")
    List<String> existing =
        em.createNativeQuery("select secret from pseudonym_key where id = 1").getResultList();
    if (existing.isEmpty()) {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      // Two nodes starting together may both try; the primary key lets one win, and both then
      // read the winner's key below.
      em.createNativeQuery(
              "insert into pseudonym_key (id, secret, created_at) select 1, ?1, ?2"
                  + " where not exists (select 1 from pseudonym_key where id = 1)")
          .setParameter(1, Base64.getEncoder().encodeToString(secret))
          .setParameter(2, clock.instant().atOffset(java.time.ZoneOffset.UTC))
          .executeUpdate();
      existing =
          em.createNativeQuery("select secret from pseudonym_key where id = 1").getResultList();
    }
    key = Base64.getDecoder().decode(existing.get(0));
  }

  /** {@code E-} and ten characters of Crockford base 32, such as {@code E-7K2QM9XD4A}. */
  public String of(long accountId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(Long.toString(accountId).getBytes(StandardCharsets.US_ASCII));
      StringBuilder code = new StringBuilder("E-");
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (digest[i] & 0xff);
      }
      for (int i = 0; i < 10; i++) {
        code.append(ALPHABET[(int) ((bits >>> (59 - 5 * i)) & 31)]);
      }
      return code.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
