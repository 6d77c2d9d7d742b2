package org.mcportal.reporting.badge;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Badges: the educator's own and their downloads, the admin's list and revocation, checking. */
@Path("/api")
@Tag(name = "Badges")
class BadgeResource {

  private final BadgeService badges;
  private final Certificates certificates;
  private final Caller caller;

  BadgeResource(BadgeService badges, Certificates certificates, Caller caller) {
    this.badges = badges;
    this.certificates = certificates;
    this.caller = caller;
  }

  @GET
  @Path("/badges")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(operationId = "listMyBadges", summary = "My badges, newest first")
  public List<BadgeService.BadgeView> mine() {
    return badges.ownedBy(caller.requireAccountId());
  }

  @GET
  @Path("/badges/{id}/credential.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(
      operationId = "downloadBadgeJson",
      summary = "One of my badges as the OpenBadgeCredential it signs (JSON-LD)")
  @APIResponse(
      responseCode = "200",
      description = "The credential, as signed",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a badge of mine")
  public Response json(@PathParam("id") String id) {
    BadgeService.Issued badge = badges.download(id, caller.requireAccountId());
    return attachment(badge.json(), MediaType.APPLICATION_JSON, id + ".json");
  }

  @GET
  @Path("/badges/{id}/credential.jwt")
  @Produces("application/vc+jwt")
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(
      operationId = "downloadBadgeJwt",
      summary = "One of my badges as a signed VC-JWT (compact JWS)")
  @APIResponse(
      responseCode = "200",
      description = "The compact JWS",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = "application/vc+jwt", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a badge of mine")
  public Response jwt(@PathParam("id") String id) {
    BadgeService.Issued badge = badges.download(id, caller.requireAccountId());
    return attachment(badge.jwt(), "application/vc+jwt", id + ".jwt");
  }

  @GET
  @Path("/badges/{id}/badge.png")
  @Produces("image/png")
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(
      operationId = "downloadBadgePng",
      summary = "One of my badges as an image with the signed credential baked in (iTXt)")
  @APIResponse(
      responseCode = "200",
      description = "A PNG whose iTXt chunk `openbadgecredential` holds the VC-JWT",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "image/png",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a badge of mine")
  public Response png(@PathParam("id") String id) {
    BadgeService.Issued badge = badges.download(id, caller.requireAccountId());
    return attachment(BakedPng.bake(badge.jwt(), "BADGE"), "image/png", id + ".png");
  }

  @GET
  @Path("/badges/{id}/certificate.pdf")
  @Produces("application/pdf")
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(
      operationId = "downloadMyCertificate",
      summary = "One of my badges as a printable certificate",
      description =
          "The credential's title and version, the issuer, the day it was earned, the level"
              + " reached in each component, and the address where anyone can check the badge.")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a badge of mine")
  public Response certificate(@PathParam("id") String id) {
    byte[] pdf = certificates.forOwner(id, caller.requireAccountId());
    return attachment(pdf, "application/pdf", "certificate-" + id + ".pdf");
  }

  @POST
  @Path("/badges/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      operationId = "verifyBadge",
      summary = "Check a badge (VC-JWT): signature, dates and revocation status")
  public BadgeService.Verification verify(Presented presented) {
    return badges.verify(presented == null ? null : presented.credential());
  }

  static Response attachment(Object body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * @param credential the compact JWS of the badge
   */
  public record Presented(String credential) {}
}
