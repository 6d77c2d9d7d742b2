package org.mcportal.reporting.badge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;

/** The program admin's view of issued badges, and revocation. */
@Path("/api/admin/badges")
@Tag(name = "Badges")
class BadgeAdminResource {

  private final BadgeService badges;
  private final Certificates certificates;
  private final Caller caller;

  BadgeAdminResource(BadgeService badges, Certificates certificates, Caller caller) {
    this.badges = badges;
    this.certificates = certificates;
    this.caller = caller;
  }

  @GET
  @Path("")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(operationId = "listBadges", summary = "Issued badges, newest first")
  public List<BadgeService.BadgeView> all(@QueryParam("limit") @DefaultValue("100") int limit) {
    return badges.newestFirst(limit);
  }

  @POST
  @Path("/{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "revokeBadge",
      summary = "Revoke a badge with a reason; its bit is set in the published status list")
  @APIResponse(
      responseCode = "200",
      description = "The badge, revoked (revoking again changes nothing)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BadgeService.BadgeView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such badge")
  @APIResponse(responseCode = "422", ref = "Unprocessable", description = "No reason given")
  public BadgeService.BadgeView revoke(@PathParam("id") String id, Revocation revocation) {
    return badges.revoke(
        id, caller.requireAccountId(), revocation == null ? null : revocation.reason());
  }

  @GET
  @Path("/{id}/certificate.pdf")
  @Produces("application/pdf")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "downloadCertificate",
      summary = "Any issued badge as a printable certificate; recorded on the audit trail")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such badge")
  public Response certificate(@PathParam("id") String id) {
    byte[] pdf = certificates.forAdmin(id, caller.requireAccountId());
    return BadgeResource.attachment(pdf, "application/pdf", "certificate-" + id + ".pdf");
  }

  public record Revocation(String reason) {}
}
