package org.mcportal.testidp;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A stand-in for an institution's OpenID Connect provider: its own RSA key pair, made fresh for
 * each test run, published as a JWKS file that the test profile points the portal at. Nothing
 * leaves the machine.
 */
@ApplicationScoped
public class TestInstitution {

  public static final String ISSUER = "https://idp.institution.test/realms/teachers";
  public static final String AUDIENCE = "mcportal";
  public static final Path JWKS = Path.of("target", "test-idp", "jwks.json");
  public static final String KEY_ID = "institution-key-1";
  public static final KeyPair KEYS = generate();

  void publish(@Observes StartupEvent event) {
    try {
      RsaJsonWebKey jwk =
          new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) KEYS.getPublic());
      jwk.setKeyId(KEY_ID);
      jwk.setAlgorithm("RS256");
      Files.createDirectories(JWKS.getParent());
      Files.writeString(JWKS, new JsonWebKeySet(List.of(jwk)).toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Claims as the institution would issue them for a person; callers add or override. */
  public static JwtClaimsBuilder claimsFor(String email, List<String> groups) {
    Instant now = Instant.now();
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("ext-" + email)
        .claim("email", email)
        .claim("name", "Institution Person")
        .claim("groups", groups)
        .issuedAt(now)
        .expiresAt(now.plusSeconds(300));
  }

  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId(KEY_ID).algorithm(SignatureAlgorithm.RS256).sign(KEYS.getPrivate());
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
