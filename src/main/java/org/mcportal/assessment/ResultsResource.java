package org.mcportal.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;

/** An educator's results, once released. */
@Path("/api/submissions/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class ResultsResource {

  private final EducatorResults results;
  private final Caller caller;

  ResultsResource(EducatorResults results, Caller caller) {
    this.results = results;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.EDUCATOR)
  @Operation(
      operationId = "getResults",
      summary = "The released result of the latest assessed attempt",
      description = "Per component the level, criteria, evidence and feedback; what reopens.")
  @APIResponse(
      responseCode = "200",
      description = "The released result",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EducatorResults.ResultsView.class)))
  @APIResponse(
      responseCode = "404",
      ref = "NotFound",
      description =
          "No such submission of the caller's (`not-found`), or no result released for it yet"
              + " (`results-not-released`)")
  public EducatorResults.ResultsView results(long id) {
    return results.results(id, caller.requireAccountId());
  }
}
