package org.mcportal.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;

/** Admins: credential versions with their submissions, and retiring a version. */
@Path("/api/admin/credential-versions")
@Tag(name = "Reports")
@RolesAllowed(Role.Names.ADMIN)
public class CredentialVersionResource {

  private final CredentialVersions versions;
  private final Caller caller;

  CredentialVersionResource(CredentialVersions versions, Caller caller) {
    this.versions = versions;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listCredentialVersions",
      summary = "Every credential version with its submissions by status, and whether retired")
  public List<CredentialVersions.VersionView> list() {
    return versions.list();
  }

  @PUT
  @Path("/{credential}/{version}/retirement")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "retireCredentialVersion",
      summary = "Retire a version: no new submissions start on it; work begun on it carries on",
      description = "Recorded on the audit trail (VERSION_RETIRE). Retiring again changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The version, retired",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CredentialVersions.VersionView.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential or version")
  public CredentialVersions.VersionView retire(
      @PathParam("credential") String credential, @PathParam("version") String version) {
    return versions.retire(credential, version, caller.requireAccountId());
  }

  @DELETE
  @Path("/{credential}/{version}/retirement")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "unretireCredentialVersion",
      summary = "Open a retired version to new submissions again",
      description = "Recorded on the audit trail (VERSION_UNRETIRE).")
  @APIResponse(
      responseCode = "200",
      description = "The version, no longer retired",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CredentialVersions.VersionView.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential or version")
  public CredentialVersions.VersionView unretire(
      @PathParam("credential") String credential, @PathParam("version") String version) {
    return versions.unretire(credential, version, caller.requireAccountId());
  }
}
