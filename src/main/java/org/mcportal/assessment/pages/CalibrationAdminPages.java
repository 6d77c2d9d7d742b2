package org.mcportal.assessment.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.Calibrations;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The admin's calibration pages: the sets, creating one, adding released attempts as exemplars and
 * taking them out, and who passed or failed each set and when their certificates expire.
 */
@Path("/admin/calibration")
@Produces(MediaType.TEXT_HTML)
class CalibrationAdminPages {

  private static final int CANDIDATES = 50;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance sets(
        PageContext page,
        List<Calibrations.SetSummary> sets,
        List<CredentialDefinition> credentials,
        String error,
        String name);

    static native TemplateInstance set(
        PageContext page,
        Calibrations.SetDetail detail,
        List<Calibrations.Candidate> candidates,
        List<ResultRow> results,
        String error,
        String notice);
  }

  /** A result as the page words it. */
  record ResultRow(Calibrations.ResultRow row, String agreement) {}

  private final Pages pages;
  private final Calibrations calibrations;
  private final CredentialCatalog catalog;
  private final Caller caller;

  CalibrationAdminPages(
      Pages pages, Calibrations calibrations, CredentialCatalog catalog, Caller caller) {
    this.pages = pages;
    this.calibrations = calibrations;
    this.catalog = catalog;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance sets() {
    return Templates.sets(
        pages.context(), calibrations.sets(), catalog.currentVersions(), null, "");
  }

  /** The credential is sent as "id version", the way the form's options carry it. */
  @POST
  @Path("/sets")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@RestForm("credential") String credential, @RestForm("name") String name) {
    String typed = name == null ? "" : name.strip();
    String[] parts = credential == null ? new String[0] : credential.strip().split(" ", 2);
    String error = null;
    if (parts.length != 2) {
      error = "Choose the credential version the set is for.";
    } else if (typed.isEmpty() || typed.length() > 200) {
      error = "Give the set a name of 1 to 200 characters.";
    }
    if (error == null) {
      try {
        Calibrations.SetSummary set =
            calibrations.createSet(parts[0], parts[1], typed, caller.requireAccountId());
        return seeOther("/admin/calibration/sets/" + set.id() + "?notice=created");
      } catch (AssessmentProblemException refused) {
        error = refused.problem().detail() + ".";
      }
    }
    return Response.status(422)
        .entity(
            Templates.sets(
                pages.context(), calibrations.sets(), catalog.currentVersions(), error, typed))
        .build();
  }

  @GET
  @Path("/sets/{setId}")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance set(@PathParam("setId") long setId, @QueryParam("notice") String notice) {
    return page(setId, null, notice);
  }

  @POST
  @Path("/sets/{setId}/exemplars")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response add(@PathParam("setId") long setId, @RestForm("code") String code) {
    String typed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      calibrations.addExemplar(setId, typed, caller.requireAccountId());
    } catch (AssessmentProblemException refused) {
      if (refused.problem().status() == 404 && typed.isEmpty()) {
        return Response.status(422).entity(page(setId, "Choose a released attempt.", null)).build();
      }
      // The set itself missing is a missing page; anything else is a refusal of this attempt.
      calibrations.set(setId);
      return Response.status(refused.problem().status())
          .entity(page(setId, refused.problem().detail() + ".", null))
          .build();
    }
    return seeOther("/admin/calibration/sets/" + setId + "?notice=added");
  }

  @POST
  @Path("/sets/{setId}/exemplars/{exemplarId}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response remove(@PathParam("setId") long setId, @PathParam("exemplarId") long exemplarId) {
    calibrations.removeExemplar(setId, exemplarId, caller.requireAccountId());
    return seeOther("/admin/calibration/sets/" + setId + "?notice=removed");
  }

  private TemplateInstance page(long setId, String error, String notice) {
    Calibrations.SetDetail detail = calibrations.set(setId);
    List<ResultRow> results =
        detail.results().stream()
            .map(r -> new ResultRow(r, CalibrationPages.percent(r.agreement())))
            .toList();
    return Templates.set(
        pages.context(),
        detail,
        calibrations.candidates(setId, CANDIDATES),
        results,
        error,
        notices(notice));
  }

  private static String notices(String notice) {
    if (notice == null) {
      return "";
    }
    return switch (notice) {
      case "created" -> "Set created. Add released attempts as its exemplars.";
      case "added" -> "Exemplar added, with its final scoring as the agreed one.";
      case "removed" -> "Exemplar taken out. Results already submitted keep it.";
      default -> "";
    };
  }

  private static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
