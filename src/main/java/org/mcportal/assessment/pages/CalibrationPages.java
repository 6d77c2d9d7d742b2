package org.mcportal.assessment.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.AssessmentProblems;
import org.mcportal.assessment.BlindReview;
import org.mcportal.assessment.Calibrations;
import org.mcportal.assessment.ScoringProblem;
import org.mcportal.assessment.SheetView;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.WriteHeaders;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.assessment.ScoringSheet;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The assessor's calibration pages: their standing and the sets they can take, a go at a set, each
 * exemplar on the usual scoring screen flagged as calibration, and the comparison with the gold
 * standard. Plain forms; {@code scoring.js} autosaves the screen as it does for live work.
 */
@Path("/assessment/calibration")
@Produces(MediaType.TEXT_HTML)
class CalibrationPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance calibration(
        PageContext page, List<StandingRow> standings, List<Calibrations.AvailableSet> sets);

    static native TemplateInstance run(
        PageContext page, Calibrations.RunView run, List<ScoringProblem> problems);

    static native TemplateInstance result(
        PageContext page, Calibrations.ResultView result, String agreement, String threshold);
  }

  /** A standing as the page words it. */
  record StandingRow(
      Calibrations.Standing standing, String state, String detail, String threshold) {}

  private final Pages pages;
  private final Calibrations calibrations;
  private final CredentialCatalog catalog;
  private final Caller caller;
  private final ObjectMapper json;

  CalibrationPages(
      Pages pages,
      Calibrations calibrations,
      CredentialCatalog catalog,
      Caller caller,
      ObjectMapper json) {
    this.pages = pages;
    this.calibrations = calibrations;
    this.catalog = catalog;
    this.caller = caller;
    this.json = json;
  }

  @GET
  @RolesAllowed(Role.Names.ASSESSOR)
  public TemplateInstance calibration() {
    Calibrations.Overview overview = calibrations.overview(caller.requireAccountId());
    List<StandingRow> standings =
        overview.standings().stream()
            .filter(s -> s.required() || !"not-calibrated".equals(s.status().state()))
            .map(CalibrationPages::row)
            .toList();
    return Templates.calibration(pages.context(), standings, overview.sets());
  }

  private static StandingRow row(Calibrations.Standing standing) {
    Calibrations.StandingStatus status = standing.status();
    String state =
        switch (status.state()) {
          case "certified" -> "Certified";
          case "failed" -> "Latest set below the threshold";
          case "expired" -> "Expired";
          default -> "Not calibrated";
        };
    String detail =
        switch (status.state()) {
          case "certified" -> "Until " + org.mcportal.web.Formats.moment(status.until());
          case "failed" ->
              percent(status.agreement())
                  + " agreement on "
                  + org.mcportal.web.Formats.moment(status.at());
          case "expired" -> "Expired " + org.mcportal.web.Formats.moment(status.until());
          default -> "";
        };
    return new StandingRow(standing, state, detail, percent(standing.threshold().doubleValue()));
  }

  @POST
  @Path("/sets/{setId}/start")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response start(@PathParam("setId") long setId) {
    Calibrations.RunView run = calibrations.start(setId, caller.requireAccountId());
    return seeOther("/assessment/calibration/runs/" + run.id());
  }

  @GET
  @Path("/runs/{runId}")
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response run(@PathParam("runId") long runId) {
    Calibrations.RunView run = calibrations.run(runId, caller.requireAccountId());
    if (run.submitted()) {
      return seeOther("/assessment/calibration/runs/" + runId + "/result");
    }
    return Response.ok(Templates.run(pages.context(), run, List.of())).build();
  }

  @POST
  @Path("/runs/{runId}/submit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response submit(@PathParam("runId") long runId) {
    long assessor = caller.requireAccountId();
    try {
      calibrations.submit(runId, assessor);
    } catch (AssessmentProblemException refused) {
      if (!AssessmentProblems.SCORING_INCOMPLETE.equals(refused.problem().type())) {
        throw refused;
      }
      return Response.status(422)
          .entity(
              Templates.run(
                  pages.context(), calibrations.run(runId, assessor), refused.problem().problems()))
          .build();
    }
    return seeOther("/assessment/calibration/runs/" + runId + "/result");
  }

  @GET
  @Path("/runs/{runId}/result")
  @RolesAllowed(Role.Names.ASSESSOR)
  public TemplateInstance result(@PathParam("runId") long runId) {
    Calibrations.ResultView result = calibrations.result(runId, caller.requireAccountId());
    return Templates.result(
        pages.context(),
        result,
        percent(result.agreement()),
        percent(result.threshold().doubleValue()));
  }

  @GET
  @Path("/sheets/{code}")
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response sheet(@PathParam("code") String code, @QueryParam("saved") String saved) {
    long assessor = caller.requireAccountId();
    Calibrations.Place place = calibrations.place(code, assessor);
    if (place.submitted()) {
      return seeOther("/assessment/calibration/runs/" + place.runId() + "/result");
    }
    SheetView sheet = calibrations.sheet(code, assessor);
    return Response.ok(
            screen(code, sheet, sheet.sheet(), List.of(), false, saved == null ? "" : "Saved."))
        .build();
  }

  /** Saves the form as the live screen does; "submit" here saves and goes back to the set. */
  @POST
  @Path("/sheets/{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response save(
      @PathParam("code") String code,
      @RestForm("version") Long version,
      @RestForm("action") String action,
      @BeanParam SheetForm form) {
    long assessor = caller.requireAccountId();
    SheetView current = calibrations.sheet(code, assessor);
    ScoringSheet posted = form.toSheet(definition(code, assessor));
    try {
      calibrations.save(code, assessor, version == null ? -1 : version, posted);
    } catch (AssessmentProblemException refused) {
      return SheetSaves.refusedForm(
          refused,
          current,
          posted,
          (server, shown, problems, conflict, notice) ->
              screen(code, server, shown, problems, conflict, notice));
    }
    if ("submit".equals(action)) {
      return seeOther("/assessment/calibration/runs/" + calibrations.place(code, assessor).runId());
    }
    return seeOther("/assessment/calibration/sheets/" + code + "?saved=1");
  }

  /** The script's autosave, answered as the live screen's is. */
  @POST
  @Path("/sheets/{code}/autosave")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response autosave(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @BeanParam SheetForm form) {
    long assessor = caller.requireAccountId();
    long version = WriteHeaders.version(ifMatch == null ? "" : ifMatch).orElse(-1L);
    ScoringSheet posted = form.toSheet(definition(code, assessor));
    try {
      return SheetSaves.autosaved(calibrations.save(code, assessor, version, posted), version);
    } catch (AssessmentProblemException refused) {
      return SheetSaves.refusedAutosave(refused);
    }
  }

  private TemplateInstance screen(
      String code,
      SheetView server,
      ScoringSheet shown,
      List<ScoringProblem> problems,
      boolean conflict,
      String notice) {
    long assessor = caller.requireAccountId();
    BlindReview.AttemptView attempt = calibrations.exemplar(code, assessor);
    CredentialDefinition definition = definition(attempt);
    Calibrations.Place place = calibrations.place(code, assessor);
    ScoringScreen screen =
        ScoringScreen.of(
                definition,
                attempt,
                server,
                shown,
                new BlindReview.HistoryView(code, attempt.attempt(), List.of(), List.of()),
                json,
                problems,
                conflict,
                notice,
                UUID.randomUUID().toString())
            .asCalibration(
                "/assessment/calibration/sheets/" + code,
                new ScoringScreen.CalibrationBanner(
                    place.runId(), place.setName(), place.position(), place.of()));
    return AssessorPages.Templates.scoring(pages.context(List.of(definition)), screen);
  }

  private CredentialDefinition definition(String code, long assessor) {
    return definition(calibrations.exemplar(code, assessor));
  }

  private CredentialDefinition definition(BlindReview.AttemptView attempt) {
    return catalog
        .version(attempt.credentialId(), attempt.credentialVersion())
        .orElseThrow(() -> new IllegalStateException("pinned credential version missing"));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
