package org.mcportal.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything about accounts, sign-in and tokens that an operator can set. */
@ConfigMapping(prefix = "portal.identity")
public interface IdentityConfig {

  Jwt jwt();

  Passwords password();

  Lockout lockout();

  IpLimit ipLimit();

  Cookie cookie();

  Links links();

  Bootstrap bootstrap();

  /** Creates the documented demo accounts at start-up. Never for a real deployment. */
  @WithDefault("false")
  boolean demo();

  Oidc oidc();

  interface Jwt {
    @WithDefault("mcportal")
    String issuer();

    @WithDefault("mcportal-api")
    String audience();

    /** How long one token is good for; cookie sessions are renewed within it. */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** The absolute limit from sign-in, however often the token is renewed. */
    @WithDefault("PT12H")
    Duration sessionLifetime();

    /**
     * A PEM (PKCS#8) private key, EC P-256 or RSA of at least 2048 bits, shared by every node. When
     * unset, a key pair is generated once under the data directory.
     */
    Optional<Path> signingKey();

    /** The PEM public key that belongs to {@link #signingKey()}. */
    Optional<Path> verificationKey();
  }

  interface Passwords {
    /** bcrypt work factor; below 10 is refused at start-up. */
    @WithDefault("12")
    int bcryptCost();

    @WithDefault("12")
    int minLength();

    @WithDefault("128")
    int maxLength();
  }

  interface Lockout {
    @WithDefault("10")
    int maxFailures();

    @WithDefault("PT15M")
    Duration window();
  }

  interface IpLimit {
    /** Sign-in attempts one client address may make per {@link #per()}, across all nodes. */
    @WithDefault("300")
    int attempts();

    @WithDefault("PT15M")
    Duration per();
  }

  interface Cookie {
    /** {@code auto}: Secure unless the request is addressed to localhost or a loopback address. */
    @WithDefault("auto")
    SecureMode secure();

    enum SecureMode {
      AUTO,
      ALWAYS,
      NEVER
    }
  }

  interface Links {
    @WithDefault("P7D")
    Duration invitationLifetime();

    @WithDefault("P7D")
    Duration resetLifetime();
  }

  interface Bootstrap {
    @WithDefault("admin@localhost")
    String adminEmail();

    /** When unset, a one-time password is generated and logged once. */
    Optional<String> adminPassword();
  }

  interface Oidc {
    /** The institution's issuer ({@code iss}); external tokens are accepted only when set. */
    Optional<String> issuer();

    /** Where the institution publishes its keys: an https URL in production. */
    Optional<String> jwksUrl();

    /** The audience the institution puts in tokens meant for the portal, if it sets one. */
    Optional<String> audience();

    /** The claim that lists the person's groups or roles; a dotted path reaches nested claims. */
    @WithDefault("groups")
    String rolesClaim();

    @WithDefault("email")
    String emailClaim();

    @WithDefault("name")
    String nameClaim();

    /**
     * {@code external-value=ROLE} pairs. A value without a mapping still counts when it is a portal
     * role name.
     */
    Optional<List<String>> roleMapping();
  }
}
