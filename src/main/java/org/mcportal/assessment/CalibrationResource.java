package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * The assessor's calibration: the sets they can take and their standing, a go at a set scored on
 * the usual sheet under codes of its own, and the comparison with the gold standard.
 */
@Path("/api/assessment/calibration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration")
@RolesAllowed(Role.Names.ASSESSOR)
public class CalibrationResource {

  static final String PROBLEM = AssessorResource.PROBLEM;

  static final String RUN_NOT_FOUND = "No calibration of the caller's with that id (`not-found`)";

  static final String SHEET_NOT_FOUND =
      "No calibration exemplar of the caller's with that code (`not-found`)";

  private final Calibrations calibrations;
  private final Caller caller;

  CalibrationResource(Calibrations calibrations, Caller caller) {
    this.calibrations = calibrations;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "getMyCalibration",
      summary = "My standing per credential version, and the calibration sets I can take")
  @APIResponse(
      responseCode = "200",
      description =
          "Per current credential version whether calibration is required and the caller's"
              + " certificate; per set the caller's latest go",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.Overview.class)))
  public Calibrations.Overview overview() {
    return calibrations.overview(caller.requireAccountId());
  }

  @POST
  @Path("/sets/{setId}/start")
  @Operation(
      operationId = "startCalibrationSet",
      summary = "Start a calibration set, or continue the go I have open on it")
  @APIResponse(
      responseCode = "200",
      description = "The go, with one sheet per exemplar under a code of its own",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.RunView.class)))
  @APIResponse(
      responseCode = "403",
      ref = "Forbidden",
      description =
          "The set holds the caller's own submission (`own-submission`), or the caller's roles do"
              + " not allow this (`forbidden`, `csrf`, `password-change-required`)")
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description = CalibrationAdminResource.SET_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The set has no exemplars (`calibration-set-empty`)")
  public Calibrations.RunView start(@PathParam("setId") long setId) {
    return calibrations.start(setId, caller.requireAccountId());
  }

  @GET
  @Path("/runs/{runId}")
  @Operation(
      operationId = "getCalibrationRun",
      summary = "A go at a set: its sheets and their state")
  @APIResponse(
      responseCode = "200",
      description = "The go; each sheet says whether it is complete",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.RunView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = RUN_NOT_FOUND)
  public Calibrations.RunView run(@PathParam("runId") long runId) {
    return calibrations.run(runId, caller.requireAccountId());
  }

  @GET
  @Path("/sheets/{code}")
  @Operation(
      operationId = "getCalibrationExemplar",
      summary = "An exemplar as blind review shows live work, frozen when it was marked")
  @APIResponse(
      responseCode = "200",
      description = "The exemplar's content and pre-check findings, known only by the code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BlindReview.AttemptView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = SHEET_NOT_FOUND)
  public BlindReview.AttemptView exemplar(@PathParam("code") String code) {
    return calibrations.exemplar(code, caller.requireAccountId());
  }

  @GET
  @Path("/sheets/{code}/files/{key}")
  @Produces("application/pdf")
  @Operation(
      operationId = "downloadCalibrationFile",
      summary = "An uploaded PDF of the exemplar, without its metadata")
  @APIResponse(
      responseCode = "200",
      description = "The PDF with its document information and metadata removed",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment, with a file name made from the sheet's code",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description =
          "No calibration exemplar of the caller's with that code, or it has no such file"
              + " (`not-found`)")
  public Response file(@PathParam("code") String code, @PathParam("key") String key) {
    BlindReview.DownloadedFile file = calibrations.file(code, key, caller.requireAccountId());
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @GET
  @Path("/sheets/{code}/sheet")
  @Operation(
      operationId = "getCalibrationSheet",
      summary = "My scoring sheet for an exemplar; its ETag is the version to send as If-Match")
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
  @APIResponse(responseCode = "404", ref = "NotFound", description = SHEET_NOT_FOUND)
  public Response sheet(@PathParam("code") String code) {
    return withTag(calibrations.sheet(code, caller.requireAccountId()));
  }

  @PUT
  @Path("/sheets/{code}/sheet")
  @Operation(
      operationId = "saveCalibrationSheet",
      summary = "Autosave my whole scoring sheet for an exemplar",
      description =
          "As the live sheet's save: If-Match carries the version last read or written, and a"
              + " stale version saves nothing.")
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
  @APIResponse(responseCode = "404", ref = "NotFound", description = SHEET_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description =
          "The sheet changed since that version (`stale-sheet`): nothing was saved, and"
              + " `current` carries the server's sheet; or the set is submitted"
              + " (`calibration-submitted`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The sheet refers to something the rubric or the exemplar does not have"
              + " (`invalid-sheet`); `problems` lists each",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  @APIResponse(
      responseCode = "428",
      description = "No If-Match was sent (`if-match-required`)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  public Response save(
      @PathParam("code") String code,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "The sheet's version as last read or saved, such as \"3\"",
              schema =
                  @Schema(type = SchemaType.STRING, pattern = AssessorResource.IF_MATCH_PATTERN),
              example = "\"0\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ScoringSheet sheet) {
    return withTag(
        calibrations.save(
            code, caller.requireAccountId(), AssessorResource.version(ifMatch), sheet));
  }

  @POST
  @Path("/runs/{runId}/submit")
  @Operation(
      operationId = "submitCalibrationRun",
      summary = "Submit the set and compare it with the gold standard",
      description =
          "Every sheet must be complete. Passing (exact agreement on component levels at or"
              + " above the credential's threshold) certifies until now plus its validity."
              + " Submitting again answers the same result.")
  @APIResponse(
      responseCode = "200",
      description = "The comparison, per exemplar, component and criterion",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.ResultView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = RUN_NOT_FOUND)
  @APIResponse(
      responseCode = "422",
      description =
          "A sheet is not finished (`scoring-incomplete`); `problems` lists each, naming the"
              + " exemplar",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = AssessmentProblem.class)))
  public Calibrations.ResultView submit(@PathParam("runId") long runId) {
    return calibrations.submit(runId, caller.requireAccountId());
  }

  @GET
  @Path("/runs/{runId}/result")
  @Operation(
      operationId = "getCalibrationResult",
      summary = "Where my scoring of a submitted set differed from the gold standard, and why")
  @APIResponse(
      responseCode = "200",
      description =
          "Per exemplar and component the gold and my level; per criterion the two judgements,"
              + " the gold evidence quotes and the gold feedback",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Calibrations.ResultView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = RUN_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The set is not submitted yet (`calibration-not-submitted`)")
  public Calibrations.ResultView result(@PathParam("runId") long runId) {
    return calibrations.result(runId, caller.requireAccountId());
  }

  private static Response withTag(SheetView view) {
    return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
  }
}
