package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.mcportal.platform.PublicUrl;

/**
 * One-time links for choosing a password. The token has 256 random bits and is mailed to the person
 * and shown once to the admin who made it, in case the mail does not arrive; the database keeps
 * only its SHA-256, which is enough because the token is random rather than chosen by a person, so
 * no slow hash is needed.
 */
@ApplicationScoped
@Transactional
public class PasswordLinks {

  static final String ACCEPT_PATH = "/invitation";

  private final SecureRandom random = new SecureRandom();
  private final IdentityConfig.Links config;
  private final PublicUrl publicUrl;
  private final Clock clock;

  PasswordLinks(IdentityConfig config, PublicUrl publicUrl, Clock clock) {
    this.config = config.links();
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  IssuedLink issue(Account account, PasswordLink.Purpose purpose, Long byAccountId) {
    Instant now = clock.instant();
    PasswordLink.retireOpenLinks(account.id, now);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Duration lifetime =
        purpose == PasswordLink.Purpose.INVITE
            ? config.invitationLifetime()
            : config.resetLifetime();
    PasswordLink link = new PasswordLink();
    link.accountId = account.id;
    link.purpose = purpose;
    link.tokenHash = hash(token);
    link.createdAt = now;
    link.expiresAt = now.plus(lifetime);
    link.createdBy = byAccountId;
    link.persist();
    URI url = URI.create(publicUrl.link(ACCEPT_PATH + "?token=" + token));
    return new IssuedLink(
        account.id, account.email, purpose.name(), token, url, link.expiresAt, false);
  }

  Optional<PasswordLink> usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return PasswordLink.byTokenHash(hash(token)).filter(link -> link.usableAt(now));
  }

  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A link just made: {@code token} and {@code url} are shown this once and cannot be recovered.
   */
  public record IssuedLink(
      long accountId,
      String email,
      String purpose,
      String token,
      URI url,
      Instant expiresAt,
      boolean mailed) {

    IssuedLink sent(boolean sent) {
      return new IssuedLink(accountId, email, purpose, token, url, expiresAt, sent);
    }
  }
}
