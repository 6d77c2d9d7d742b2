package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;

/** Admins: assigning and releasing claims, releasing outcomes, and reading the audit trail. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment administration")
@RolesAllowed(Role.Names.ADMIN)
public class AssessmentAdminResource {

  private final ReviewClaims claims;
  private final ScoringService scoring;
  private final AuditTrail audit;
  private final Caller caller;

  AssessmentAdminResource(
      ReviewClaims claims, ScoringService scoring, AuditTrail audit, Caller caller) {
    this.claims = claims;
    this.scoring = scoring;
    this.audit = audit;
    this.caller = caller;
  }

  @POST
  @Path("/assessment/reviews/{code}/assign")
  @Operation(operationId = "assignReview", summary = "Give a waiting item to an assessor")
  @APIResponse(
      responseCode = "200",
      description = "Assigned, with the lease's end",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewClaims.Claim.class)))
  @APIResponse(
      responseCode = "403",
      ref = "Forbidden",
      description =
          "The assessor submitted the item themselves (`own-submission`), the item's credential"
              + " requires calibration and the assessor has no current certificate"
              + " (`calibration-required`), or the caller's roles do not allow this (`forbidden`,"
              + " `csrf`, `password-change-required`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The item is claimed (`already-claimed`) or not waiting (`not-waiting`), or the account"
              + " cannot assess it (`cannot-assign`)")
  public ReviewClaims.Claim assign(String code, @Valid @NotNull AssessorRequest request) {
    return claims.assign(code, request.assessorId(), caller.requireAccountId());
  }

  @POST
  @Path("/assessment/reviews/{code}/reassign")
  @Operation(
      operationId = "reassignReview",
      summary = "Move a claimed item to another assessor, with a fresh lease")
  @APIResponse(
      responseCode = "200",
      description = "Reassigned, with the new lease's end",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewClaims.Claim.class)))
  @APIResponse(
      responseCode = "403",
      ref = "Forbidden",
      description =
          "The assessor submitted the item themselves (`own-submission`), the item's credential"
              + " requires calibration and the assessor has no current certificate"
              + " (`calibration-required`), or the caller's roles do not allow this (`forbidden`,"
              + " `csrf`, `password-change-required`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The item is not claimed (`not-claimed`), or the account cannot assess it"
              + " (`cannot-assign`)")
  public ReviewClaims.Claim reassign(String code, @Valid @NotNull AssessorRequest request) {
    return claims.reassign(code, request.assessorId(), caller.requireAccountId());
  }

  @POST
  @Path("/assessment/reviews/{code}/release-claim")
  @Operation(
      operationId = "releaseReviewClaim",
      summary = "Take a claim back; the item waits in the queue again")
  @APIResponse(responseCode = "204", description = "Released; the draft is kept")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The item is not claimed (`not-claimed`)")
  public Response releaseClaim(String code) {
    claims.release(code, caller.requireAccountId());
    return Response.noContent().build();
  }

  @POST
  @Path("/assessment/reviews/{code}/release")
  @Operation(
      operationId = "releaseOutcome",
      summary = "Release a scored item's outcome to the educator")
  @APIResponse(
      responseCode = "200",
      description = "Released; the educator can read the results",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringService.Submitted.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The item has no submitted assessment (`not-scored`), or is released already"
              + " (`already-released`)")
  public ScoringService.Submitted release(String code) {
    return scoring.release(code, caller.requireAccountId());
  }

  @GET
  @Path("/audit")
  @Operation(
      operationId = "searchAuditTrail",
      summary = "The audit trail, newest first",
      description = "Filters: action, actor (account id), code, from and to (ISO instants).")
  @APIResponse(
      responseCode = "200",
      description = "One page of events; 'next' is null on the last page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditTrail.AuditPage.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description =
          "An action or date the trail does not know (`bad-filter`), or 'after' is not a cursor"
              + " the portal issued (`bad-cursor`)")
  public AuditTrail.AuditPage audit(
      @QueryParam("action") String action,
      @QueryParam("actor") Long actor,
      @QueryParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return audit.search(
        new AuditTrail.AuditFilter(
            action(action), actor, code, instant(from), instant(to), after, limit));
  }

  private static AuditAction action(String value) {
    if (value == null) {
      return null;
    }
    try {
      return AuditAction.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw AssessmentProblems.badFilter("No audit action '" + value + "'");
    }
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw AssessmentProblems.badFilter("Dates are ISO instants, such as 2026-11-29T00:00:00Z");
    }
  }

  public record AssessorRequest(@NotNull Long assessorId) {}
}
