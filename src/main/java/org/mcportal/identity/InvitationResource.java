package org.mcportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The person's side of an invitation or reset link. The token travels in the body, not the URL, so
 * that it does not end up in access logs.
 */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@PermitAll
class InvitationResource {

  private final InvitationService invitations;
  private final SessionCookies cookies;

  InvitationResource(InvitationService invitations, SessionCookies cookies) {
    this.invitations = invitations;
    this.cookies = cookies;
  }

  @POST
  @Path("/describe")
  @Operation(
      operationId = "describeInvitation",
      summary = "Who a link is for, while it is still usable")
  @APIResponse(
      responseCode = "200",
      description = "Who the link is for and until when",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvitationService.LinkDetails.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "The link is used, expired or unknown (`not-found`)")
  public InvitationService.LinkDetails describe(TokenRequest request) {
    return invitations
        .describe(request == null ? null : request.token())
        .orElseThrow(() -> IdentityProblems.notFound(InvitationService.INVALID_LINK));
  }

  @POST
  @Path("/accept")
  @Operation(
      operationId = "acceptInvitation",
      summary = "Choose a password through a link; signs the person in")
  @APIResponse(
      responseCode = "200",
      description = "The password is set and the person signed in",
      headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuthResource.LoginResponse.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "The link is used, expired or unknown (`not-found`)")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response accept(AcceptRequest request, @Context UriInfo uri) {
    if (request == null || request.token() == null) {
      throw IdentityProblems.notFound(InvitationService.INVALID_LINK);
    }
    LoginService.LoginResult.Success success =
        invitations.accept(request.token(), request.password());
    return Response.ok(AuthResource.LoginResponse.of(success.token(), success.account()))
        .cookie(cookies.session(success.token(), uri.getRequestUri().getHost()))
        .build();
  }

  public record TokenRequest(String token) {}

  public record AcceptRequest(String token, String password) {}
}
