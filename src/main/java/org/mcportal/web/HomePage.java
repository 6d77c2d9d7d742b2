package org.mcportal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.CredentialDefinition;

/** The front page: an introduction for visitors, next steps for each role once signed in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class HomePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(PageContext page, List<CredentialDefinition> credentials);
  }

  private final Pages pages;
  private final CredentialCatalog catalog;

  HomePage(Pages pages, CredentialCatalog catalog) {
    this.pages = pages;
    this.catalog = catalog;
  }

  @GET
  @PermitAll
  public TemplateInstance index() {
    return Templates.index(pages.context(), catalog.currentVersions());
  }
}
