package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Test;

/** What the portal signs can be checked by anyone holding only the published key set. */
@QuarkusTest
class SignerTest {

  @Inject Signer signer;

  @Test
  void shouldSignAJsonPayloadThatThePublishedKeySetVerifies() throws Exception {
    String payload = "{\"credentialSubject\":{\"achievement\":\"home-visits\"}}";

    String compact = signer.signJson(payload, "vc+jwt");

    JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(compact);
    assertThat(jws.getKeyIdHeaderValue()).isEqualTo(signer.keyId());
    assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
    jws.setKey(publishedKey(jws.getKeyIdHeaderValue()));
    assertThat(jws.verifySignature()).isTrue();
    assertThat(jws.getPayload()).isEqualTo(payload);
  }

  @Test
  void shouldRefuseAPayloadChangedAfterSigning() throws Exception {
    String compact = signer.signJson("{\"score\":2}", "JWT");
    String[] parts = compact.split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"score\":4}".getBytes())
            + "."
            + parts[2];

    JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(forged);
    jws.setKey(publishedKey(jws.getKeyIdHeaderValue()));
    assertThat(jws.verifySignature()).isFalse();
  }

  @Test
  void shouldPublishOnlyPublicKeyMaterial() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys = (List<Map<String, Object>>) signer.publicKeys().get("keys");

    assertThat(keys).singleElement().satisfies(key -> assertThat(key).doesNotContainKey("d"));
    assertThat(keys.get(0)).containsEntry("kid", signer.keyId());
  }

  private java.security.Key publishedKey(String kid) throws Exception {
    return new JsonWebKeySet(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(signer.publicKeys()))
        .findJsonWebKey(kid, null, null, null)
        .getKey();
  }
}
