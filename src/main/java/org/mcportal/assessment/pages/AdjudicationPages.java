package org.mcportal.assessment.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.mcportal.assessment.Adjudication;
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.AssessmentProblems;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.assessment.ScoringSheet;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The lead's pages: the double scorings whose assessors disagree, and for each the two scorings
 * side by side with the form for the final one. Plain forms; the same service as {@code
 * /api/adjudication}, so the same checks and the same audit entry.
 */
@Path("/adjudication")
@Produces(MediaType.TEXT_HTML)
class AdjudicationPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PageContext page, List<Adjudication.Waiting> waiting, String notice);

    static native TemplateInstance adjudication(PageContext page, AdjudicationScreen screen);
  }

  private final Pages pages;
  private final Adjudication adjudication;
  private final CredentialCatalog catalog;
  private final Caller caller;

  AdjudicationPages(
      Pages pages, Adjudication adjudication, CredentialCatalog catalog, Caller caller) {
    this.pages = pages;
    this.adjudication = adjudication;
    this.catalog = catalog;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.LEAD)
  public TemplateInstance list(@QueryParam("notice") String notice) {
    return Templates.list(
        pages.context(),
        adjudication.waiting(),
        "decided".equals(notice)
            ? "Final scoring recorded. The educator sees it once it is released."
            : "");
  }

  @GET
  @Path("/{code}")
  @RolesAllowed(Role.Names.LEAD)
  public TemplateInstance screen(@PathParam("code") String code) {
    Adjudication.Case pair = adjudication.view(code, caller.requireAccountId());
    return Templates.adjudication(
        pages.context(),
        AdjudicationScreen.of(definition(pair), pair, null, "", List.of(), "", true));
  }

  /**
   * Records the final scoring. A refused one (a criterion left unjudged, feedback missing, no
   * reason) shows the form again as posted, so nothing typed is lost.
   */
  @POST
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.LEAD)
  public Response decide(
      @PathParam("code") String code,
      @BeanParam SheetForm form,
      @RestForm("reason") String reason) {
    long lead = caller.requireAccountId();
    Adjudication.Case pair = adjudication.view(code, lead);
    CredentialDefinition definition = definition(pair);
    ScoringSheet posted = form.asDecision().toSheet(definition);
    try {
      adjudication.decide(code, lead, posted, reason);
    } catch (AssessmentProblemException refused) {
      String type = refused.problem().type();
      boolean incomplete = AssessmentProblems.SCORING_INCOMPLETE.equals(type);
      if (!incomplete && !AssessmentProblems.REASON_REQUIRED.equals(type)) {
        throw refused;
      }
      return Response.status(422)
          .entity(
              Templates.adjudication(
                  pages.context(),
                  AdjudicationScreen.of(
                      definition,
                      pair,
                      posted,
                      reason,
                      incomplete ? refused.problem().problems() : List.of(),
                      incomplete
                          ? "Nothing was recorded: finish what is marked below."
                          : "Nothing was recorded: give the reason for the final scoring.",
                      true)))
          .build();
    }
    return Response.seeOther(URI.create("/adjudication?notice=decided")).build();
  }

  private CredentialDefinition definition(Adjudication.Case pair) {
    return catalog
        .version(pair.credentialId(), pair.credentialVersion())
        .orElseThrow(() -> new IllegalStateException("a scored version is always in the catalog"));
  }
}
