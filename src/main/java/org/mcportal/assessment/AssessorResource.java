package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.WriteHeaders;
import org.mcportal.rules.assessment.ScoringSheet;

/** The assessor's API: the queue, claims, the blind attempt and the scoring sheet, by code only. */
@Path("/api/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment")
@RolesAllowed(Role.Names.ASSESSOR)
public class AssessorResource {

  private final ReviewQueue queue;
  private final ReviewClaims claims;
  private final BlindReview review;
  private final ScoringService scoring;
  private final Caller caller;

  AssessorResource(
      ReviewQueue queue,
      ReviewClaims claims,
      BlindReview review,
      ScoringService scoring,
      Caller caller) {
    this.queue = queue;
    this.claims = claims;
    this.review = review;
    this.scoring = scoring;
    this.caller = caller;
  }

  static final String PROBLEM = "application/problem+json";

  static final String CODE_NOT_FOUND = "No review item with that code (`not-found`)";

  static final String LEASE_FORBIDDEN =
      "Another assessor holds the claim (`not-lease-holder`), or the caller's roles do not allow"
          + " this (`forbidden`, `csrf`, `password-change-required`)";

  static final String LEASE_CONFLICT =
      "The item is not claimed by the caller (`not-claimed`), or the caller's claim ran out and"
          + " the item went back to the queue (`lease-expired`)";

  static final String IF_MATCH_PATTERN = "^(W/)?\"?[0-9]{1,18}\"?$";

  @GET
  @Path("/queue")
  @RolesAllowed({Role.Names.ASSESSOR, Role.Names.ADMIN})
  @Operation(
      operationId = "listReviewQueue",
      summary = "Submitted work waiting for an assessor, oldest first",
      description =
          "Keyset paging: pass the previous page's 'next' as 'after'. An assessor does not see"
              + " the other half of a double-scored attempt whose first half they hold or scored.")
  @APIResponse(
      responseCode = "200",
      description = "One page of waiting items; 'next' is null on the last page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewQueue.QueuePage.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description =
          "A filter value is not one the queue knows (`bad-filter`), or 'after' is not a cursor"
              + " the portal issued (`bad-cursor`)")
  public ReviewQueue.QueuePage queue(
      @QueryParam("credential") String credentialId,
      @QueryParam("attempt") Integer attempt,
      @QueryParam("minDaysWaiting") Integer minDaysWaiting,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    return queue.waiting(
        new ReviewQueue.QueueFilter(credentialId, attempt, minDaysWaiting, after, limit),
        caller.has(Role.ASSESSOR) ? caller.requireAccountId() : null);
  }

  @GET
  @Path("/claims")
  @Operation(operationId = "listMyClaims", summary = "The items I hold, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The caller's claims with when each lease runs out",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewClaims.Claim.class)))
  public List<ReviewClaims.Claim> mine() {
    return claims.heldBy(caller.requireAccountId());
  }

  @POST
  @Path("/reviews/{code}/claim")
  @Operation(
      operationId = "claimReview",
      summary = "Claim an item: a lease that every save and submit checks")
  @APIResponse(
      responseCode = "200",
      description = "Claimed, with the lease's end",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewClaims.Claim.class)))
  @APIResponse(
      responseCode = "403",
      ref = "Forbidden",
      description =
          "The item is the caller's own submission (`own-submission`), its credential requires"
              + " calibration and the caller has no current certificate (`calibration-required`),"
              + " or the caller's roles do not allow this (`forbidden`, `csrf`,"
              + " `password-change-required`)")
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "Someone else holds the claim (`already-claimed`), the item is not waiting for an"
              + " assessor (`not-waiting`), or the caller holds or scored the other half of the"
              + " same double scoring (`double-scoring-same-assessor`)")
  public ReviewClaims.Claim claim(String code) {
    return claims.claim(code, caller.requireAccountId());
  }

  @POST
  @Path("/reviews/{code}/give-up")
  @Operation(
      operationId = "giveUpReview",
      summary = "Give a claimed item back to the queue; the draft is kept")
  @APIResponse(responseCode = "204", description = "Given back; the item waits again")
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  public Response giveUp(String code) {
    claims.giveUp(code, caller.requireAccountId());
    return Response.noContent().build();
  }

  @GET
  @Path("/reviews/{code}")
  @Operation(
      operationId = "getReviewAttempt",
      summary = "The attempt, with the pre-check findings per component")
  @APIResponse(
      responseCode = "200",
      description = "The attempt as the assessor sees it: no names, only the review code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BlindReview.AttemptView.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  public BlindReview.AttemptView attempt(String code) {
    return review.attempt(code, caller.requireAccountId());
  }

  @GET
  @Path("/reviews/{code}/history")
  @Operation(
      operationId = "getReviewHistory",
      summary = "Earlier attempts' feedback and what changed in the reopened components")
  @APIResponse(
      responseCode = "200",
      description = "The earlier attempts, oldest first; empty for a first attempt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BlindReview.HistoryView.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  public BlindReview.HistoryView history(String code) {
    return review.history(code, caller.requireAccountId());
  }

  @GET
  @Path("/reviews/{code}/files/{key}")
  @Produces("application/pdf")
  @Operation(
      operationId = "downloadReviewFile",
      summary = "An uploaded PDF of the attempt, without its metadata")
  @APIResponse(
      responseCode = "200",
      description = "The PDF with its document information and metadata removed",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment, with a file name made from the review code",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No review item with that code, or the attempt has no such file (`not-found`)")
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  public Response file(String code, String key) {
    BlindReview.DownloadedFile file = review.file(code, key, caller.requireAccountId());
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @GET
  @Path("/reviews/{code}/sheet")
  @Operation(
      operationId = "getScoringSheet",
      summary = "The scoring sheet; its ETag is the version to send as If-Match")
  @APIResponse(
      responseCode = "200",
      description = "The sheet, what the rubric makes of it so far, and its version",
      headers =
          @Header(
              name = "ETag",
              description = "The sheet's version, as an entity tag, for the next If-Match",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SheetView.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  public Response sheet(String code) {
    return withTag(scoring.sheet(code, caller.requireAccountId()));
  }

  @PUT
  @Path("/reviews/{code}/sheet")
  @Operation(
      operationId = "saveScoringSheet",
      summary = "Autosave the whole scoring sheet",
      description =
          "If-Match carries the version last read or written. A stale version saves nothing and"
              + " answers 409 with the server's sheet.")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the ETag is the sheet's new version, for the next If-Match",
      headers =
          @Header(
              name = "ETag",
              description = "The sheet's new version, as an entity tag",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SheetView.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description =
          "If-Match is not a sheet version (`if-match-invalid`), or the body is malformed")
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description =
          "The sheet changed since that version (`stale-sheet`): nothing was saved, and"
              + " `current` carries the server's sheet and version; or the caller no longer holds"
              + " a live claim (`not-claimed`, `lease-expired`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The sheet refers to a component, criterion or level the rubric does not have"
              + " (`invalid-sheet`); `problems` lists each, with a code",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "428",
      description = "No If-Match was sent (`if-match-required`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  public Response save(
      String code,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "The sheet's version as last read or saved, as an entity tag such as \"3\"",
              schema = @Schema(type = SchemaType.STRING, pattern = IF_MATCH_PATTERN),
              example = "\"0\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ScoringSheet sheet) {
    return withTag(scoring.save(code, caller.requireAccountId(), version(ifMatch), sheet));
  }

  @PUT
  @Path("/reviews/{code}/sheet/components/{componentId}")
  @Operation(
      operationId = "saveScoringSheetComponent",
      summary = "Autosave one component of the sheet, under the sheet's version")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the ETag is the sheet's new version, for the next If-Match",
      headers =
          @Header(
              name = "ETag",
              description = "The sheet's new version, as an entity tag",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SheetView.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description =
          "If-Match is not a sheet version (`if-match-invalid`), or the body is malformed")
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description =
          "The sheet changed since that version (`stale-sheet`): nothing was saved, and"
              + " `current` carries the server's sheet and version; or the caller no longer holds"
              + " a live claim (`not-claimed`, `lease-expired`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The component or what it names is not in the rubric (`invalid-sheet`); `problems`"
              + " lists each, with a code",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "428",
      description = "No If-Match was sent (`if-match-required`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  public Response saveComponent(
      String code,
      String componentId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "The sheet's version as last read or saved, as an entity tag such as \"3\"",
              schema = @Schema(type = SchemaType.STRING, pattern = IF_MATCH_PATTERN),
              example = "\"0\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ScoringSheet.ComponentScore component) {
    return withTag(
        scoring.saveComponent(
            code, caller.requireAccountId(), version(ifMatch), componentId, component));
  }

  @POST
  @Path("/reviews/{code}/submit")
  @Operation(
      operationId = "submitAssessment",
      summary = "Submit the assessment",
      description =
          "Idempotency-Key makes a retried request answer the same assessment. A sheet that is not"
              + " complete answers 422 with every problem, each with a code.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted; the same key answers the same assessment again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringService.Submitted.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "Idempotency-Key is missing or malformed (`idempotency-key`)")
  @APIResponse(responseCode = "403", ref = "Forbidden", description = LEASE_FORBIDDEN)
  @APIResponse(responseCode = "404", ref = "NotFound", description = CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = LEASE_CONFLICT)
  @APIResponse(
      responseCode = "422",
      description =
          "The sheet cannot be submitted as it stands (`scoring-incomplete`); `problems` lists"
              + " every problem, each with a code",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  public Response submit(
      String code,
      @Parameter(
              name = "Idempotency-Key",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "A key the client makes once per submit it means; a retry with the same key"
                      + " answers the same assessment",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,100}$"),
              example = "7c1e0d9a-4a57-4f51-9d7e-2f0b6f6c1a10")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
    if (!WriteHeaders.validIdempotencyKey(idempotencyKey)) {
      throw AssessmentProblems.idempotencyKey();
    }
    return Response.status(Response.Status.CREATED)
        .entity(scoring.submit(code, caller.requireAccountId(), idempotencyKey))
        .build();
  }

  private static Response withTag(SheetView view) {
    return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
  }

  /** The version an If-Match names; a write without one could overwrite unseen scoring. */
  static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw AssessmentProblems.ifMatchRequired();
    }
    return WriteHeaders.version(ifMatch).orElseThrow(AssessmentProblems::ifMatchInvalid);
  }
}
