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
}
