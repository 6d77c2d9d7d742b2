package org.mcportal.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.credential.CredentialCatalog.StoredVersion;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.CredentialDefinition;

/**
 * Read-only access to credential definitions. Open to everyone: the credential text is published
 * under its licence, and an educator deciding whether to start should be able to read it.
 */
@Path("/api/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
@PermitAll
public class CredentialResource {

  private final CredentialCatalog catalog;

  CredentialResource(CredentialCatalog catalog) {
    this.catalog = catalog;
  }

  @GET
  @Operation(
      operationId = "listCredentials",
      summary = "Every credential, with its current version and the versions stored")
  public List<CredentialSummary> list() {
    return catalog.currentVersions().stream()
        .map(
            current ->
                new CredentialSummary(
                    current.id(),
                    current.title(),
                    current.stack(),
                    current.version(),
                    current.revised(),
                    versions(current.id())))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getCredential",
      summary = "The current version of a credential in full, and the versions stored")
  public CredentialView get(String id) {
    CredentialDefinition current =
        catalog
            .current(id)
            .orElseThrow(() -> ProblemException.notFound("No credential with id '" + id + "'"));
    return new CredentialView(current, versions(id));
  }

  @GET
  @Path("/{id}/versions/{version}")
  @Operation(
      operationId = "getCredentialVersion",
      summary = "One stored version of a credential in full")
  public CredentialDefinition version(String id, String version) {
    return catalog
        .version(id, version)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "No version '" + version + "' of credential '" + id + "'"));
  }

  private List<VersionInfo> versions(String id) {
    return catalog.versions(id).stream().map(VersionInfo::of).toList();
  }

  public record CredentialSummary(
      String id,
      String title,
      String stack,
      String currentVersion,
      LocalDate revised,
      List<VersionInfo> versions) {}

  public record CredentialView(CredentialDefinition definition, List<VersionInfo> versions) {}

  public record VersionInfo(String version, LocalDate revised, String checksum, Instant loadedAt) {
    static VersionInfo of(StoredVersion stored) {
      return new VersionInfo(
          stored.definition().version(),
          stored.definition().revised(),
          stored.checksum(),
          stored.loadedAt());
    }
  }
}
