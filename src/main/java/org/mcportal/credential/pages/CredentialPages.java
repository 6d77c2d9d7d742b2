package org.mcportal.credential.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.CredentialDefinition;
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

    static native TemplateInstance show(PageContext page, CredentialPageModel credential);
  }

  private final Pages pages;
  private final CredentialCatalog catalog;

  CredentialPages(Pages pages, CredentialCatalog catalog) {
    this.pages = pages;
    this.catalog = catalog;
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
    return Templates.show(pages.context(List.of(definition)), CredentialPageModel.of(definition));
  }
}
