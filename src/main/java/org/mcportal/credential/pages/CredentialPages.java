package org.mcportal.credential.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.submission.SubmissionService;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The credentials an educator can earn, readable without an account: the text is published under
 * its licence, and someone deciding whether to start should not have to sign up to read what is
 * asked of them. The JSON API makes the same choice.
 */
@Path("/credentials")
@Produces(MediaType.TEXT_HTML)
class CredentialPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(PageContext page, List<CredentialDefinition> credentials);

    static native TemplateInstance show(
        PageContext page, CredentialPageModel credential, String draftHref);

    static native TemplateInstance versions(
        PageContext page, List<CredentialCatalog.StoredVersion> versions);
  }

  private final Pages pages;
  private final CredentialCatalog catalog;
  private final Caller caller;
  private final SubmissionService submissions;

  CredentialPages(
      Pages pages, CredentialCatalog catalog, Caller caller, SubmissionService submissions) {
    this.pages = pages;
    this.catalog = catalog;
    this.caller = caller;
    this.submissions = submissions;
  }

  @GET
  @PermitAll
  public TemplateInstance list() {
    return Templates.list(pages.context(), catalog.currentVersions());
  }

  @GET
  @Path("/{id}")
  @PermitAll
  public TemplateInstance show(@PathParam("id") String id) {
    CredentialDefinition definition =
        catalog
            .current(id)
            .orElseThrow(() -> ProblemException.notFound("No credential with id '" + id + "'"));
    PageContext page = pages.context(List.of(definition));
    return Templates.show(
        page,
        CredentialPageModel.of(definition, catalog.retired(definition.id(), definition.version())),
        openDraft(page, id));
  }

  /**
   * The editor of the educator's open submission of this credential, or "" when they have none (or
   * are not an educator), so the page offers to continue it rather than to start another.
   */
  private String openDraft(PageContext page, String credentialId) {
    if (!page.educator()) {
      return "";
    }
    return caller
        .accountId()
        .flatMap(
            account ->
                submissions.mine(account).stream()
                    .filter(s -> s.credentialId().equals(credentialId))
                    .filter(s -> s.status().open())
                    .findFirst())
        .map(s -> "/submissions/" + s.id())
        .orElse("");
  }

  /** Every stored version of every credential, for an admin to preview. */
  @GET
  @Path("/preview")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance versions() {
    List<CredentialCatalog.StoredVersion> versions =
        catalog.currentVersions().stream()
            .flatMap(current -> catalog.versions(current.id()).stream())
            .toList();
    return Templates.versions(pages.context(), versions);
  }

  /** One version's public page exactly as educators would read it, current or not. */
  @GET
  @Path("/preview/{id}/{version}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance preview(
      @PathParam("id") String id, @PathParam("version") String version) {
    CredentialDefinition definition =
        catalog
            .version(id, version)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No credential with id '" + id + "' and version '" + version + "'"));
    return Templates.show(
        pages.context(List.of(definition)),
        CredentialPageModel.of(definition, catalog.retired(definition.id(), definition.version())),
        "");
  }
}
