package org.mcportal.reporting.badge;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.platform.ProblemException;

/**
 * The public documents every badge names: the issuer's profile, each achievement, the keys that
 * verify badges and the revocation status list. Anyone may read them, so that a badge can be
 * checked without an account.
 */
@Path("/badges")
class BadgeDocuments {

  private final OpenBadges documents;
  private final BadgeService badges;
  private final CredentialCatalog catalog;

  BadgeDocuments(OpenBadges documents, BadgeService badges, CredentialCatalog catalog) {
    this.documents = documents;
    this.badges = badges;
    this.catalog = catalog;
  }

  @GET
  @Path("/issuer")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, Object> issuer() {
    return documents.issuer();
  }

  @GET
  @Path("/achievements/{credential}/{version}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, Object> achievement(
      @PathParam("credential") String credential, @PathParam("version") String version) {
    return documents.achievementDocument(
        catalog
            .version(credential, version)
            .orElseThrow(() -> ProblemException.notFound("No such achievement")));
  }

  @GET
  @Path("/jwks.json")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, Object> keys() {
    return badges.keySet();
  }

  @GET
  @Path("/status/{list}")
  @PermitAll
  @Produces("application/vc+jwt")
  @Operation(hidden = true)
  public Response statusList(@PathParam("list") String list) {
    if (!OpenBadges.STATUS_LIST.equals(list)) {
      throw ProblemException.notFound("No such status list");
    }
    // Short-lived in caches: a revocation must reach verifiers within minutes.
    return Response.ok(badges.statusListJwt(), "application/vc+jwt")
        .header("Cache-Control", "public, max-age=300")
        .build();
  }
}
