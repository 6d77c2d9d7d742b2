package org.mcportal.identity;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The key pair that signs the portal's tokens. Configured keys come first, because every node of a
 * cluster must sign with the same key; without them, a pair is generated once into the data
 * directory so that a single node keeps its sessions across restarts.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class);
  static final String PRIVATE_FILE = "jwt-signing-key.pem";
  static final String PUBLIC_FILE = "jwt-verification-key.pem";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final SignatureAlgorithm algorithm;
  private final String keyId;

  SigningKeys(IdentityConfig config, @ConfigProperty(name = "portal.data-dir") Path dataDir) {
    KeyPair pair = configuredOrStored(config.jwt(), dataDir.resolve("keys"));
    this.privateKey = pair.getPrivate();
    this.publicKey = pair.getPublic();
    this.algorithm = algorithmFor(publicKey);
    checkPair(pair, algorithm);
    this.keyId = thumbprint(publicKey);
  }

  // Only the Signer signs; nothing else in the portal, nor any other feature, holds the key.
  PrivateKey privateKey() {
    return privateKey;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * The RFC 7638 thumbprint of the public key, so that the kid changes exactly when the key does.
   */
  public String keyId() {
    return keyId;
  }

  /** The public key as a JSON Web Key Set, for anyone who verifies the portal's tokens. */
  public Map<String, Object> jwks() {
    try {
      PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(publicKey);
      jwk.setKeyId(keyId);
      jwk.setAlgorithm(algorithm.getAlgorithm());
      jwk.setUse("sig");
      return Map.of("keys", List.of(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot describe the verification key as a JWK", e);
    }
  }

  private static KeyPair configuredOrStored(IdentityConfig.Jwt jwt, Path keysDir) {
    if (jwt.signingKey().isPresent() != jwt.verificationKey().isPresent()) {
      throw new IllegalStateException(
          "Set both portal.identity.jwt.signing-key and portal.identity.jwt.verification-key, or"
              + " neither");
    }
    if (jwt.signingKey().isPresent()) {
      LOG.infof("Signing tokens with the configured key %s", jwt.signingKey().get());
      return read(jwt.signingKey().get(), jwt.verificationKey().get());
    }
    Path privateFile = keysDir.resolve(PRIVATE_FILE);
    Path publicFile = keysDir.resolve(PUBLIC_FILE);
    if (Files.exists(privateFile) && Files.exists(publicFile)) {
      return read(privateFile, publicFile);
    }
    KeyPair generated = generate();
    try {
      Files.createDirectories(keysDir);
      writeOnce(publicFile, pem("PUBLIC KEY", generated.getPublic().getEncoded()), false);
      writeOnce(privateFile, pem("PRIVATE KEY", generated.getPrivate().getEncoded()), true);
    } catch (FileAlreadyExistsException e) {
      // Another process sharing the data directory won the race; use what it wrote.
      return read(privateFile, publicFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the generated signing key in " + keysDir, e);
    }
    LOG.infof(
        "Generated a new token signing key in %s; configure portal.identity.jwt.signing-key for"
            + " more than one node",
        keysDir.toAbsolutePath());
    return generated;
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java runtime cannot generate P-256 keys", e);
    }
  }

  static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void writeOnce(Path target, String content, boolean secret) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".key", ".tmp");
    try {
      if (secret) {
        restrict(temp);
      }
      Files.writeString(temp, content, StandardCharsets.US_ASCII);
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system; the data directory's own permissions must protect the key.
    }
  }

  private static KeyPair read(Path privateFile, Path publicFile) {
    try {
      byte[] privateDer = der(Files.readString(privateFile, StandardCharsets.US_ASCII));
      byte[] publicDer = der(Files.readString(publicFile, StandardCharsets.US_ASCII));
      for (String kind : List.of("EC", "RSA")) {
        KeyFactory factory = KeyFactory.getInstance(kind);
        try {
          PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(publicDer));
          PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
          return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException wrongKind) {
          // try the next kind
        }
      }
      throw new IllegalStateException(
          "The keys in " + privateFile + " and " + publicFile + " are neither EC nor RSA PEM keys");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the token signing keys", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static SignatureAlgorithm algorithmFor(PublicKey key) {
    if (key instanceof ECPublicKey ec
        && ec.getParams().getCurve().getField().getFieldSize() == 256) {
      return SignatureAlgorithm.ES256;
    }
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048) {
      return SignatureAlgorithm.RS256;
    }
    throw new IllegalStateException(
        "The token signing key must be EC P-256 (ES256) or RSA of at least 2048 bits (RS256)");
  }

  private static void checkPair(KeyPair pair, SignatureAlgorithm algorithm) {
    String jca = algorithm == SignatureAlgorithm.ES256 ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      byte[] probe = "mcportal".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(jca);
      signer.initSign(pair.getPrivate());
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(jca);
      verifier.initVerify(pair.getPublic());
      verifier.update(probe);
      if (!verifier.verify(signature)) {
        throw new IllegalStateException("The token signing and verification keys do not match");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The token signing key cannot sign", e);
    }
  }

  private static String thumbprint(PublicKey key) {
    try {
      return PublicJsonWebKey.Factory.newPublicJwk(key)
          .calculateBase64urlEncodedThumbprint("SHA-256");
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
