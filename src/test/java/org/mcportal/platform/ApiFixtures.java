package org.mcportal.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * API endpoints that exist only in tests, to reach the error handling the real API does not trigger
 * on demand: constraints on a body and on a parameter, and an unexpected failure.
 */
@Path("/api/fixtures")
@PermitAll
public class ApiFixtures {

  public record Greeting(
      @NotBlank @Size(max = 20) String name, @NotNull List<@NotBlank String> tags) {}

  @POST
  @Path("/greetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "fixtureGreet", summary = "Echoes a body with constraints")
  public Greeting greet(@Valid @NotNull Greeting greeting) {
    return greeting;
  }

  @GET
  @Path("/pages")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "fixturePages", summary = "Echoes a constrained query parameter")
  public List<Integer> pages(@QueryParam("size") @jakarta.validation.constraints.Max(50) int size) {
    return List.of(size);
  }

  @GET
  @Path("/failure")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "fixtureFailure", summary = "Fails unexpectedly")
  public String failure() {
    throw new IllegalStateException("a failure whose details must not reach the client");
  }

  /**
   * What Hibernate raises when PostgreSQL restarts under an open connection: the driver's
   * "terminating connection due to administrator command" wrapped twice.
   */
  @GET
  @Path("/database-gone")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "fixtureDatabaseGone", summary = "Fails as when the database restarts")
  public String databaseGone() {
    throw new jakarta.persistence.PersistenceException(
        new java.sql.SQLException(
            "FATAL: terminating connection due to administrator command", "57P01"));
  }

  /** What H2 raises when a write finds the disk full, wrapped as the transaction manager does. */
  @GET
  @Path("/disk-full")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "fixtureDiskFull", summary = "Fails as when the disk is full")
  public String diskFull() {
    throw new IllegalStateException(
        "commit failed",
        new java.sql.SQLException(
            "IO Exception: \"java.io.IOException: No space left on device\"", "08000", 90028));
  }
}
