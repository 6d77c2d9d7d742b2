package org.mcportal.identity;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signs with the portal's key, for whatever the portal vouches for: its session tokens, and later
 * its badges. The private key never leaves {@link SigningKeys}; everything signed here names the
 * key by its {@code kid}, which the published key set ({@link #publicKeys()}) lists, so that anyone
 * can verify it without asking the portal.
 */
@ApplicationScoped
public class Signer {

  private final SigningKeys keys;

  Signer(SigningKeys keys) {
    this.keys = keys;
  }

  /** The claims as a signed JWT (compact JWS) under the current key. */
  public String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId(keys.keyId()).algorithm(keys.algorithm()).sign(keys.privateKey());
  }

  /**
   * Any JSON payload as a compact JWS under the current key, with {@code type} as its {@code typ}
   * header (for example {@code vc+jwt} for a verifiable credential).
   */
  public String signJson(String json, String type) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(json);
    jws.setAlgorithmHeaderValue(keys.algorithm().getAlgorithm());
    jws.setKeyIdHeaderValue(keys.keyId());
    jws.setHeader("typ", type);
    jws.setKey(keys.privateKey());
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("The portal's key cannot sign", e);
    }
  }

  /** The {@code kid} that everything signed now carries. */
  public String keyId() {
    return keys.keyId();
  }

  /** The public keys as a JSON Web Key Set: what verifiers need, and nothing secret. */
  public Map<String, Object> publicKeys() {
    return keys.jwks();
  }
}
