package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.rules.assessment.ScoringSheet;

/** The lead's API: double scorings that disagree, and the final scoring of each. */
@Path("/api/adjudication")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adjudication")
@RolesAllowed(Role.Names.LEAD)
public class AdjudicationResource {

  private static final String NOT_WAITING =
      "The item is not the first slot of a double scoring waiting for a lead"
          + " (`not-in-adjudication`)";

  private static final String INVOLVED =
      "The lead scored one side of it or wrote the submission (`adjudicator-involved`), or the"
          + " caller's roles do not allow this (`forbidden`, `csrf`, `password-change-required`)";

  private final Adjudication adjudication;
  private final Caller caller;

  AdjudicationResource(Adjudication adjudication, Caller caller) {
    this.adjudication = adjudication;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listAdjudications",
      summary = "Double scorings whose assessors disagree, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Each with the components (and `outcome`) the two differ on",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = Adjudication.Waiting.class)))
  public List<Adjudication.Waiting> waiting() {
    return adjudication.waiting();
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getAdjudication",
      summary = "Both scorings side by side, with each assessor's evidence and feedback")
  @APIResponse(
      responseCode = "200",
      description = "The two scorings and the blind attempt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Adjudication.Case.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden", description = INVOLVED)
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = NOT_WAITING)
  public Adjudication.Case view(String code) {
    return adjudication.view(code, caller.requireAccountId());
  }

  @POST
  @Path("/{code}")
  @Operation(
      operationId = "adjudicate",
      summary = "Record the final scoring with its reason",
      description =
          "The sheet is checked as an assessor's submit is. The final scoring replaces the"
              + " first assessor's as the one released to the educator; both assessors' scorings"
              + " are kept for the agreement statistics.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, and released when the credential releases automatically",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringService.Submitted.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "The body is malformed or has no reason (`invalid-request`)")
  @APIResponse(responseCode = "403", ref = "Forbidden", description = INVOLVED)
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = AssessorResource.CODE_NOT_FOUND)
  @APIResponse(responseCode = "409", ref = "Conflict", description = NOT_WAITING)
  @APIResponse(
      responseCode = "422",
      description =
          "The sheet cannot be submitted as it stands (`scoring-incomplete`); `problems` lists"
              + " every problem, each with a code",
      content =
          @Content(
              mediaType = AssessorResource.PROBLEM,
              schema = @Schema(implementation = AssessmentProblem.class)))
  public Response decide(String code, @Valid @NotNull Decision decision) {
    return Response.status(Response.Status.CREATED)
        .entity(
            adjudication.decide(
                code, caller.requireAccountId(), decision.sheet(), decision.reason()))
        .build();
  }

  /**
   * @param reason why the final scoring is as it is, kept in the audit trail
   */
  public record Decision(
      @Valid @NotNull ScoringSheet sheet, @NotBlank @Size(max = 20000) String reason) {}
}
