package org.mcportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verification key at the address other services look for it by convention. */
@Path("/.well-known/jwks.json")
@Tag(name = "Authentication")
class JwksResource {

  private final Signer signer;

  JwksResource(Signer signer) {
    this.signer = signer;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getWellKnownJwks",
      summary = "The public key that verifies the portal's tokens, as a JWK Set")
  public Map<String, Object> jwks() {
    return signer.publicKeys();
  }
}
