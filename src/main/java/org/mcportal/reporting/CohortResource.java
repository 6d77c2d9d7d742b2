package org.mcportal.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.Role;

/** Admins: the cohorts reports can be narrowed to. */
@Path("/api/admin/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed(Role.Names.ADMIN)
public class CohortResource {

  private final Cohorts cohorts;

  CohortResource(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  @GET
  @Operation(operationId = "listCohorts", summary = "Every cohort with its number of members")
  @APIResponse(
      responseCode = "200",
      description = "The cohorts, by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      implementation = Cohorts.CohortSummary.class,
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  public List<Cohorts.CohortSummary> list() {
    return cohorts.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCohort", summary = "Create an empty cohort")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Cohorts.CohortView.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "Another cohort has this name (`cohort-name-taken`)")
  @APIResponse(
      responseCode = "422",
      ref = "Unprocessable",
      description = "The name is empty or longer than 200 characters (`invalid`)")
  public Response create(@Valid @NotNull CohortRequest request) {
    Cohorts.CohortView created = cohorts.create(request.name());
    return Response.created(URI.create("/api/admin/cohorts/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getCohort", summary = "A cohort with its members")
  @APIResponse(
      responseCode = "200",
      description = "The cohort",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Cohorts.CohortView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such cohort")
  public Cohorts.CohortView get(@PathParam("id") long id) {
    return cohorts.get(id);
  }

  @PUT
  @Path("/{id}/members/{educatorId}")
  @Operation(
      operationId = "addCohortMember",
      summary = "Add an educator to a cohort; adding a member again changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The cohort with its members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Cohorts.CohortView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such cohort or account")
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The account is not an educator (`not-an-educator`)")
  public Cohorts.CohortView add(
      @PathParam("id") long id, @PathParam("educatorId") long educatorId) {
    return cohorts.add(id, educatorId);
  }

  @DELETE
  @Path("/{id}/members/{educatorId}")
  @Operation(
      operationId = "removeCohortMember",
      summary = "Remove an educator from a cohort; removing a non-member changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The cohort with its members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Cohorts.CohortView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound", description = "No such cohort")
  public Cohorts.CohortView remove(
      @PathParam("id") long id, @PathParam("educatorId") long educatorId) {
    return cohorts.remove(id, educatorId);
  }

  public record CohortRequest(@NotNull String name) {}
}
