package org.mcportal.assessment.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.submission.SubmissionService;
import org.mcportal.submission.SubmissionSummary;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/** The educator's results: what the assessor found, in the rubric's words, and what reopens. */
@Path("/submissions/{id}/results")
@Produces(MediaType.TEXT_HTML)
class ResultsPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance results(
        PageContext page,
        SubmissionSummary submission,
        EducatorResults.ResultsView results,
        Map<String, String> criterionTexts,
        List<String> reopenedLabels);
  }

  private final Pages pages;
  private final EducatorResults results;
  private final CredentialCatalog catalog;
  private final Caller caller;
  private final SubmissionService submissions;

  ResultsPages(
      Pages pages,
      EducatorResults results,
      CredentialCatalog catalog,
      Caller caller,
      SubmissionService submissions) {
    this.submissions = submissions;
    this.pages = pages;
    this.results = results;
    this.catalog = catalog;
    this.caller = caller;
  }

  /** Only the owner sees it, and only once released; anyone else gets the not-found page. */
  @GET
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance results(@PathParam("id") long id) {
    long owner = caller.requireAccountId();
    EducatorResults.ResultsView view = results.results(id, owner);
    SubmissionSummary submission =
        submissions.mine(owner).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    CredentialDefinition definition =
        catalog.version(submission.credentialId(), submission.credentialVersion()).orElseThrow();
    Map<String, String> criteria =
        definition.components().stream()
            .flatMap(c -> c.rubric().criteria().stream())
            .collect(Collectors.toMap(c -> c.id(), c -> c.text(), (a, b) -> a));
    List<String> reopened =
        view.reopened().stream()
            .map(r -> definition.component(r).map(Component::label).orElse(r))
            .toList();
    return Templates.results(
        pages.context(List.of(definition)), submission, view, criteria, reopened);
  }
}
