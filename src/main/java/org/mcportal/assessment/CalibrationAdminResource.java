package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

/** Admins: calibration sets per credential version, their exemplars and who passed them. */
@Path("/api/admin/calibration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration")
@RolesAllowed(Role.Names.ADMIN)
public class CalibrationAdminResource {

  static final String SET_NOT_FOUND = "No calibration set with that id (`not-found`)";

  private final Calibrations calibrations;
  private final Caller caller;

  CalibrationAdminResource(Calibrations calibrations, Caller caller) {
    this.calibrations = calibrations;
    this.caller = caller;
  }

  @GET
  @Path("/sets")
  @Operation(
      operationId = "listCalibrationSets",
      summary = "Every calibration set, by credential, version and name")
  @APIResponse(
      responseCode = "200",
      description = "The sets with how many exemplars each holds",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = Calibrations.SetSummary.class)))
  public List<Calibrations.SetSummary> sets() {
    return calibrations.sets();
  }

  @POST
  @Path("/sets")
  @Operation(
      operationId = "createCalibrationSet",
      summary = "Create an empty calibration set for a credential version")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the set",
      headers =
          @Header(
              name = "Location",
              description = "The new set",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.SetSummary.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "A member is missing or too long (`invalid-request`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such credential version (`not-found`)")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The version has a set of that name (`calibration-set-name-taken`)")
  public Response create(@Valid @NotNull SetRequest request) {
    Calibrations.SetSummary set =
        calibrations.createSet(
            request.credentialId(), request.version(), request.name(), caller.requireAccountId());
    return Response.created(URI.create("/api/admin/calibration/sets/" + set.id()))
        .entity(set)
        .build();
  }

  @GET
  @Path("/sets/{setId}")
  @Operation(
      operationId = "getCalibrationSet",
      summary = "A set's exemplars with their gold levels, and every result submitted on it")
  @APIResponse(
      responseCode = "200",
      description =
          "The set; each result names the assessor, their agreement, whether they passed and when"
              + " the certificate expires",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.SetDetail.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = SET_NOT_FOUND)
  public Calibrations.SetDetail set(@PathParam("setId") long setId) {
    return calibrations.set(setId);
  }

  @POST
  @Path("/sets/{setId}/exemplars")
  @Operation(
      operationId = "addCalibrationExemplar",
      summary = "Mark a released attempt, by its review code, as the set's next exemplar",
      description =
          "The attempt's final scoring becomes the gold standard; it and the blind view are"
              + " frozen now.")
  @APIResponse(
      responseCode = "200",
      description = "The set with the exemplar added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.SetDetail.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "The review code is missing (`invalid-request`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such set, or no review item with that code (`not-found`)")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description =
          "The item is not a released first scoring of the set's credential version"
              + " (`not-an-exemplar`), or its attempt is in the set already"
              + " (`exemplar-already-in-set`)")
  public Calibrations.SetDetail addExemplar(
      @PathParam("setId") long setId, @Valid @NotNull ExemplarRequest request) {
    return calibrations.addExemplar(setId, request.reviewCode(), caller.requireAccountId());
  }

  @DELETE
  @Path("/sets/{setId}/exemplars/{exemplarId}")
  @Operation(
      operationId = "removeCalibrationExemplar",
      summary = "Take an exemplar out of the set; results already submitted keep it")
  @APIResponse(
      responseCode = "200",
      description = "The set without the exemplar",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.SetDetail.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = "No such set, or no such exemplar in it (`not-found`)")
  public Calibrations.SetDetail removeExemplar(
      @PathParam("setId") long setId, @PathParam("exemplarId") long exemplarId) {
    return calibrations.removeExemplar(setId, exemplarId, caller.requireAccountId());
  }

  public record SetRequest(
      @NotBlank @Size(max = 100) String credentialId,
      @NotBlank @Size(max = 100) String version,
      @NotBlank @Size(max = 200) String name) {}

  public record ExemplarRequest(@NotBlank @Size(max = 20) String reviewCode) {}
}
