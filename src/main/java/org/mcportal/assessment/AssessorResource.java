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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
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

  @GET
  @Path("/queue")
  @RolesAllowed({Role.Names.ASSESSOR, Role.Names.ADMIN})
  @Operation(
      summary = "Submitted work waiting for an assessor, oldest first",
      description = "Keyset paging: pass the previous page's 'next' as 'after'.")
  public ReviewQueue.QueuePage queue(
      @QueryParam("credential") String credentialId,
      @QueryParam("attempt") Integer attempt,
      @QueryParam("minDaysWaiting") Integer minDaysWaiting,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    return queue.waiting(
        new ReviewQueue.QueueFilter(credentialId, attempt, minDaysWaiting, after, limit));
  }

  @GET
  @Path("/claims")
  @Operation(summary = "The items I hold, oldest first")
  public List<ReviewClaims.Claim> mine() {
    return claims.heldBy(caller.requireAccountId());
  }

  @POST
  @Path("/reviews/{code}/claim")
  @Operation(summary = "Claim an item: a lease that every save and submit checks")
  public ReviewClaims.Claim claim(String code) {
    return claims.claim(code, caller.requireAccountId());
  }

  @POST
  @Path("/reviews/{code}/give-up")
  @Operation(summary = "Give a claimed item back to the queue; the draft is kept")
  public Response giveUp(String code) {
    claims.giveUp(code, caller.requireAccountId());
    return Response.noContent().build();
  }

  @GET
  @Path("/reviews/{code}")
  @Operation(summary = "The attempt, with the pre-check findings per component")
  public BlindReview.AttemptView attempt(String code) {
    return review.attempt(code, caller.requireAccountId());
  }

  @GET
  @Path("/reviews/{code}/history")
  @Operation(summary = "Earlier attempts' feedback and what changed in the reopened components")
  public BlindReview.HistoryView history(String code) {
    return review.history(code, caller.requireAccountId());
  }

  @GET
  @Path("/reviews/{code}/files/{key}")
  @Produces("application/pdf")
  @Operation(summary = "An uploaded PDF of the attempt, without its metadata")
  public Response file(String code, String key) {
    BlindReview.DownloadedFile file = review.file(code, key, caller.requireAccountId());
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @GET
  @Path("/reviews/{code}/sheet")
  @Operation(summary = "The scoring sheet; its ETag is the version to send as If-Match")
  public Response sheet(String code) {
    return withTag(scoring.sheet(code, caller.requireAccountId()));
  }

  @PUT
  @Path("/reviews/{code}/sheet")
  @Operation(
      summary = "Autosave the whole scoring sheet",
      description =
          "If-Match carries the version last read or written. A stale version saves nothing and"
              + " answers 409 with the server's sheet.")
  public Response save(
      String code, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ScoringSheet sheet) {
    return withTag(scoring.save(code, caller.requireAccountId(), version(ifMatch), sheet));
  }

  @PUT
  @Path("/reviews/{code}/sheet/components/{componentId}")
  @Operation(summary = "Autosave one component of the sheet, under the sheet's version")
  public Response saveComponent(
      String code,
      String componentId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ScoringSheet.ComponentScore component) {
    return withTag(
        scoring.saveComponent(
            code, caller.requireAccountId(), version(ifMatch), componentId, component));
  }

  @POST
  @Path("/reviews/{code}/submit")
  @Operation(
      summary = "Submit the assessment",
      description =
          "Idempotency-Key makes a retried request answer the same assessment. A sheet that is not"
              + " complete answers 422 with every problem, each with a code.")
  public Response submit(String code, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{8,100}")) {
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
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.matches("[0-9]{1,18}")) {
      throw AssessmentProblems.ifMatchInvalid();
    }
    return Long.parseLong(tag);
  }
}
