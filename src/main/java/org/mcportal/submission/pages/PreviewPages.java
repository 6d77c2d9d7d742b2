package org.mcportal.submission.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Role;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.web.Pages;

/**
 * The educator's editor for any stored credential version, filled with placeholder text, for an
 * admin to check a new credential file's layout and wording. Nothing is stored: the draft exists
 * only for this page, and the page is read-only.
 */
@Path("/submissions/preview")
@Produces(MediaType.TEXT_HTML)
class PreviewPages {

  private final Pages pages;
  private final CredentialCatalog catalog;
  private final Clock clock;

  PreviewPages(Pages pages, CredentialCatalog catalog, Clock clock) {
    this.pages = pages;
    this.catalog = catalog;
    this.clock = clock;
  }

  @GET
  @Path("/{id}/{version}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance editor(@PathParam("id") String id, @PathParam("version") String version) {
    CredentialDefinition definition =
        catalog
            .version(id, version)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No credential with id '" + id + "' and version '" + version + "'"));
    Instant now = Instant.now(clock);
    EditorModel model =
        EditorModel.preview(
            definition, PlaceholderDraft.of(definition, now), List.of(), Map.of(), Map.of());
    // The educator's own editor template, so the preview cannot drift from the real page.
    return SubmissionPages.Templates.editor(
        pages.context(List.of(definition)),
        model,
        "Preview of version "
            + definition.version()
            + " with placeholder text, sized to sit within each word bound. Nothing here is"
            + " saved.",
        List.of(),
        Map.of(),
        "");
  }
}
