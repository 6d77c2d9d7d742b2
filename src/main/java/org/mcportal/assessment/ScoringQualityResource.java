package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Role;

/** Agreement statistics and assessor drift of one credential version, for program admins. */
@Path("/api/admin/scoring-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring quality")
@RolesAllowed(Role.Names.ADMIN)
public class ScoringQualityResource {

  private static final String NO_VERSION = "No such credential version (`not-found`)";

  private final AgreementFigures figures;
  private final Adjudication adjudication;

  ScoringQualityResource(AgreementFigures figures, Adjudication adjudication) {
    this.figures = figures;
    this.adjudication = adjudication;
  }

  @GET
  @Path("/{credentialId}/{version}/agreement")
  @Operation(
      operationId = "getAgreement",
      summary = "Agreement of double scorings per component, for the outcome and per pair",
      description =
          "Exact and adjacent agreement, Cohen's kappa and quadratic-weighted kappa, each with"
              + " the number of double-scored items and a 95% interval; pass/fail components and"
              + " the outcome have exact agreement and kappa only. docs/scoring-quality.md gives"
              + " every formula.")
  @APIResponse(
      responseCode = "200",
      description = "The figures; a figure the data do not define says why in `undefined`",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementFigures.AgreementReport.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = NO_VERSION)
  public AgreementFigures.AgreementReport agreement(
      @PathParam("credentialId") String credentialId, @PathParam("version") String version) {
    return figures.agreement(credentialId, version);
  }

  @GET
  @Path("/{credentialId}/{version}/drift")
  @Operation(
      operationId = "getDrift",
      summary = "Each assessor's leniency or severity, agreement over time and volume",
      description =
          "Against the agreed or adjudicated level of every double-scored component, with the"
              + " review codes behind each figure.")
  @APIResponse(
      responseCode = "200",
      description = "Per component, per assessor",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementFigures.DriftReport.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = NO_VERSION)
  public AgreementFigures.DriftReport drift(
      @PathParam("credentialId") String credentialId, @PathParam("version") String version) {
    return figures.drift(credentialId, version);
  }

  @GET
  @Path("/{credentialId}/{version}/drift/{assessorId}/items")
  @Operation(
      operationId = "getDriftItems",
      summary = "The items behind one assessor's drift figures",
      description =
          "Every component level the assessor gave in a settled double scoring, beside its"
              + " reference level and the signed difference the leniency averages (positive is"
              + " lenient), oldest first; `component` narrows it to one component.")
  @APIResponse(
      responseCode = "200",
      description = "The items, each by its review code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgreementFigures.DriftItems.class)))
  @APIResponse(
      responseCode = "400",
      ref = "BadRequest",
      description = "The version has no such component (`bad-filter`)")
  @APIResponse(responseCode = "404", ref = "NotFound", description = NO_VERSION)
  public AgreementFigures.DriftItems driftItems(
      @PathParam("credentialId") String credentialId,
      @PathParam("version") String version,
      @PathParam("assessorId") long assessorId,
      @QueryParam("component") String componentId) {
    return figures.driftItems(
        credentialId,
        version,
        assessorId,
        componentId == null || componentId.isBlank() ? null : componentId);
  }

  @GET
  @Path("/double-scorings/{code}")
  @Operation(
      operationId = "getDoubleScoring",
      summary = "One double scoring, read-only: both scorings, and the lead's when there is one",
      description =
          "Either half's review code leads to the pair. Open once both halves are in, whether"
              + " they agreed, wait for a lead or were adjudicated.")
  @APIResponse(
      responseCode = "200",
      description = "The two scorings beside the blind attempt, the state and the lead's decision",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Adjudication.Settled.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description =
          "No review item has that code, or it is not a double scoring with both halves in"
              + " (`not-found`)")
  public Adjudication.Settled doubleScoring(@PathParam("code") String code) {
    return adjudication.settled(code);
  }
}
