package org.mcportal.assessment.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mcportal.assessment.Adjudication;
import org.mcportal.assessment.AgreementFigures;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.web.Formats;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The admin's scoring-quality pages: agreement per component and the drift table of one credential
 * version, the items behind an assessor's drift figures, and a double scoring read-only. Tables
 * only, rendered on the server from the same figures as {@code /api/admin/scoring-quality}.
 */
@Path("/admin/scoring-quality")
@Produces(MediaType.TEXT_HTML)
class ScoringQualityPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(PageContext page, List<VersionLink> versions);

    static native TemplateInstance version(
        PageContext page,
        String title,
        AgreementFigures.AgreementReport agreement,
        List<AgreementFigures.ComponentAgreement> tables,
        AgreementFigures.DriftReport drift,
        Map<Long, String> names);

    static native TemplateInstance items(
        PageContext page, String title, AgreementFigures.DriftItems items, String assessor);
  }

  record VersionLink(String credentialId, String version, String title, boolean current) {}

  private final Pages pages;
  private final AgreementFigures figures;
  private final Adjudication adjudication;
  private final CredentialCatalog catalog;
  private final AccountService accounts;

  ScoringQualityPages(
      Pages pages,
      AgreementFigures figures,
      Adjudication adjudication,
      CredentialCatalog catalog,
      AccountService accounts) {
    this.pages = pages;
    this.figures = figures;
    this.adjudication = adjudication;
    this.catalog = catalog;
    this.accounts = accounts;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance index() {
    List<VersionLink> versions =
        catalog.currentVersions().stream()
            .flatMap(
                current ->
                    catalog.versions(current.id()).stream()
                        .map(CredentialCatalog.StoredVersion::definition)
                        .map(
                            d ->
                                new VersionLink(
                                    d.id(),
                                    d.version(),
                                    d.title(),
                                    d.version().equals(current.version()))))
            .toList();
    return Templates.index(pages.context(), versions);
  }

  @GET
  @Path("/{credentialId}/{version}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance version(
      @PathParam("credentialId") String credentialId, @PathParam("version") String version) {
    AgreementFigures.AgreementReport agreement = figures.agreement(credentialId, version);
    return Templates.version(
        pages.context(),
        title(credentialId, version),
        agreement,
        Stream.concat(agreement.components().stream(), Stream.of(agreement.outcome())).toList(),
        figures.drift(credentialId, version),
        names());
  }

  @GET
  @Path("/{credentialId}/{version}/drift/{assessorId}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance items(
      @PathParam("credentialId") String credentialId,
      @PathParam("version") String version,
      @PathParam("assessorId") long assessorId,
      @QueryParam("component") String componentId) {
    AgreementFigures.DriftItems items =
        figures.driftItems(
            credentialId,
            version,
            assessorId,
            componentId == null || componentId.isBlank() ? null : componentId);
    return Templates.items(
        pages.context(),
        title(credentialId, version),
        items,
        names().getOrDefault(assessorId, "account " + assessorId));
  }

  @GET
  @Path("/double-scorings/{code}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance settled(@PathParam("code") String code) {
    Adjudication.Settled settled = adjudication.settled(code);
    Adjudication.Case pair = settled.pair();
    CredentialDefinition definition =
        catalog.version(pair.credentialId(), pair.credentialVersion()).orElseThrow();
    String lead =
        settled.leadId() == null
            ? null
            : names().getOrDefault(settled.leadId(), "account " + settled.leadId());
    String state =
        switch (settled.status()) {
          case "AGREED" -> "The two assessors agreed; the first scoring is final.";
          case "ADJUDICATED" ->
              "Adjudicated by " + lead + " on " + Formats.moment(settled.settledAt()) + ".";
          default -> "The two assessors disagree; waiting for a lead.";
        };
    List<String> levels =
        settled.decided().isEmpty()
            ? List.<String>of()
            : settled.decided().get(0).components().stream()
                .map(
                    c ->
                        definition
                                .component(c.componentId())
                                .map(x -> x.label())
                                .orElse(c.componentId())
                            + ": "
                            + c.levelLabel())
                .toList();
    return AdjudicationPages.Templates.adjudication(
        pages.context(),
        AdjudicationScreen.of(definition, pair, null, "", List.of(), "", false)
            .readOnly(
                new AdjudicationScreen.Decision(
                    state,
                    lead,
                    settled.reason(),
                    settled.decided().isEmpty()
                        ? null
                        : AdjudicationScreen.side("Final scoring", settled.decided().get(0)),
                    levels)));
  }

  private String title(String credentialId, String version) {
    return catalog
        .version(credentialId, version)
        .map(CredentialDefinition::title)
        .orElse(credentialId);
  }

  private Map<Long, String> names() {
    return accounts.list().stream()
        .collect(Collectors.toMap(AccountView::id, AccountView::displayName, (a, b) -> a));
  }
}
