package org.mcportal.reporting.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.ProblemException;
import org.mcportal.reporting.Cohorts;
import org.mcportal.reporting.CredentialVersions;
import org.mcportal.reporting.Dashboard;
import org.mcportal.reporting.DashboardService;
import org.mcportal.reporting.ReportFilter;
import org.mcportal.reporting.ReportQuery;
import org.mcportal.reporting.ReportingProblems;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.web.FormErrors;
import org.mcportal.web.FormRetry;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/** The program admins' dashboard and the cohorts it can be narrowed to. */
@Path("/admin/reports")
@Produces(MediaType.TEXT_HTML)
class ReportPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(PageContext page, DashboardView view);

    static native TemplateInstance cohorts(
        PageContext page, List<Cohorts.CohortSummary> cohorts, String name, FormErrors errors);

    static native TemplateInstance cohort(
        PageContext page, Cohorts.CohortView cohort, String email, FormErrors errors);

    static native TemplateInstance versions(
        PageContext page, List<CredentialVersions.VersionView> versions);
  }

  /** How many of the latest attempts the dashboard lists with their PDF and certificate. */
  static final int LATEST_ATTEMPTS = 20;

  static final FormErrors.Fields FIELDS =
      new FormErrors.Fields().field("name", "Name").field("email", "Email address");

  private static final FormRetry RETRY =
      FormRetry.of(
          FIELDS,
          ReportingProblems.INVALID,
          ReportingProblems.COHORT_NAME_TAKEN,
          ReportingProblems.NOT_AN_EDUCATOR);

  private final Pages pages;
  private final DashboardService dashboard;
  private final CredentialCatalog catalog;
  private final Cohorts cohorts;
  private final AccountService accounts;
  private final CredentialVersions versions;
  private final Caller caller;

  ReportPages(
      Pages pages,
      DashboardService dashboard,
      CredentialCatalog catalog,
      Cohorts cohorts,
      AccountService accounts,
      CredentialVersions versions,
      Caller caller) {
    this.versions = versions;
    this.caller = caller;
    this.pages = pages;
    this.dashboard = dashboard;
    this.catalog = catalog;
    this.cohorts = cohorts;
    this.accounts = accounts;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance dashboard(@BeanParam ReportQuery filters) {
    List<CredentialDefinition> credentials = catalog.currentVersions();
    String chosen =
        filters.credential() != null && !filters.credential().isBlank()
            ? filters.credential()
            : credentials.isEmpty() ? "" : credentials.get(0).id();
    ReportFilter filter = filters.withCredential(chosen).filter();
    Dashboard figures = dashboard.dashboard(filter);
    List<String> versions =
        catalog.versions(chosen).stream().map(v -> v.definition().version()).toList();
    return Templates.dashboard(
        pages.context(),
        new DashboardView(
            figures,
            DashboardView.charts(figures),
            credentials,
            versions,
            cohorts.list(),
            filters.from() == null ? "" : filters.from(),
            filters.to() == null ? "" : filters.to(),
            filters.cohort(),
            query(filter),
            dashboard.latestAttempts(filter, LATEST_ATTEMPTS)));
  }

  @GET
  @Path("/cohorts")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance cohorts() {
    return Templates.cohorts(pages.context(), cohorts.list(), "", FormErrors.none());
  }

  @POST
  @Path("/cohorts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@FormParam("name") String name) {
    return RETRY.attempt(
        () -> {
          Cohorts.CohortView created = cohorts.create(name);
          return PageResponses.seeOther("/admin/reports/cohorts/" + created.id()).build();
        },
        errors ->
            Templates.cohorts(pages.context(), cohorts.list(), name == null ? "" : name, errors));
  }

  @GET
  @Path("/cohorts/{id: [0-9]+}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance cohort(@PathParam("id") long id) {
    return Templates.cohort(pages.context(), cohorts.get(id), "", FormErrors.none());
  }

  @POST
  @Path("/cohorts/{id: [0-9]+}/members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response addMember(@PathParam("id") long id, @FormParam("email") String email) {
    String typed = email == null ? "" : email.strip();
    return RETRY.attempt(
        () -> {
          long educator =
              accounts
                  .findByEmail(typed.toLowerCase())
                  .orElseThrow(
                      () ->
                          new ProblemException(
                              org.mcportal.platform.Problem.unprocessable(
                                      "No account has the email '" + typed + "'",
                                      List.of("email: No account has this email address"))
                                  .withType(ReportingProblems.INVALID)))
                  .id();
          cohorts.add(id, educator);
          return PageResponses.seeOther("/admin/reports/cohorts/" + id).build();
        },
        errors -> Templates.cohort(pages.context(), cohorts.get(id), typed, errors));
  }

  @POST
  @Path("/cohorts/{id: [0-9]+}/members/{educatorId: [0-9]+}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response removeMember(@PathParam("id") long id, @PathParam("educatorId") long educatorId) {
    cohorts.remove(id, educatorId);
    return PageResponses.seeOther("/admin/reports/cohorts/" + id).build();
  }

  @GET
  @Path("/versions")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance versions() {
    return Templates.versions(pages.context(), versions.list());
  }

  @POST
  @Path("/versions/{credential}/{version}/retire")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response retire(
      @PathParam("credential") String credential, @PathParam("version") String version) {
    versions.retire(credential, version, caller.requireAccountId());
    return PageResponses.seeOther("/admin/reports/versions").build();
  }

  @POST
  @Path("/versions/{credential}/{version}/unretire")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response unretire(
      @PathParam("credential") String credential, @PathParam("version") String version) {
    versions.unretire(credential, version, caller.requireAccountId());
    return PageResponses.seeOther("/admin/reports/versions").build();
  }

  private static String query(ReportFilter filter) {
    List<String> parts = new ArrayList<>();
    parts.add("credential=" + encode(filter.credentialId()));
    filter.version().ifPresent(v -> parts.add("version=" + encode(v)));
    filter.from().ifPresent(d -> parts.add("from=" + d));
    filter.to().ifPresent(d -> parts.add("to=" + d));
    filter.cohortId().ifPresent(c -> parts.add("cohort=" + c));
    return String.join("&", parts);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
