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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.AssessmentProblems;
import org.mcportal.assessment.BlindReview;
import org.mcportal.assessment.Calibrations;
import org.mcportal.assessment.ReviewClaims;
import org.mcportal.assessment.ReviewQueue;
import org.mcportal.assessment.ScoringProblem;
import org.mcportal.assessment.ScoringService;
import org.mcportal.assessment.SheetView;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.platform.WriteHeaders;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.assessment.ScoringSheet;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The assessor's pages: the queue and their claims, and the scoring screen. Everything works as
 * plain forms; {@code scoring.js} adds the live level, quoting a selection and autosave on top,
 * posting the same form fields to {@link #autosave}.
 */
@Path("/assessment")
@Produces(MediaType.TEXT_HTML)
class AssessorPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(
        PageContext page,
        ReviewQueue.QueuePage waiting,
        List<ClaimRow> claims,
        List<CredentialDefinition> credentials,
        QueueFilters filters,
        boolean canClaim,
        String notice,
        List<Calibrations.Blocked> blocked);

    static native TemplateInstance scoring(PageContext page, ScoringScreen screen);

    static native TemplateInstance scored(
        PageContext page, ScoringService.Submitted submitted, SheetView sheet);
  }

  /** The filters as typed, to show them back and to build the next page's link. */
  record QueueFilters(String credential, Integer attempt, Integer minDaysWaiting) {
    public String query() {
      StringBuilder query = new StringBuilder();
      if (credential != null && !credential.isBlank()) {
        query.append("&credential=").append(URLEncoder.encode(credential, StandardCharsets.UTF_8));
      }
      if (attempt != null) {
        query.append("&attempt=").append(attempt);
      }
      if (minDaysWaiting != null) {
        query.append("&minDaysWaiting=").append(minDaysWaiting);
      }
      return query.toString();
    }
  }

  record ClaimRow(ReviewClaims.Claim claim, String credentialTitle) {}

  private static final int PAGE_SIZE = 25;

  private final Pages pages;
  private final ReviewQueue queue;
  private final ReviewClaims claims;
  private final BlindReview review;
  private final ScoringService scoring;
  private final CredentialCatalog catalog;
  private final Caller caller;
  private final ObjectMapper json;
  private final Calibrations calibrations;

  AssessorPages(
      Pages pages,
      ReviewQueue queue,
      ReviewClaims claims,
      BlindReview review,
      ScoringService scoring,
      CredentialCatalog catalog,
      Caller caller,
      ObjectMapper json,
      Calibrations calibrations) {
    this.pages = pages;
    this.queue = queue;
    this.claims = claims;
    this.review = review;
    this.scoring = scoring;
    this.catalog = catalog;
    this.caller = caller;
    this.json = json;
    this.calibrations = calibrations;
  }

  /**
   * The queue, oldest first; admins see it too, without the claim buttons or claims of their own.
   */
  @GET
  @RolesAllowed({Role.Names.ASSESSOR, Role.Names.ADMIN})
  public TemplateInstance queue(
      @QueryParam("credential") String credential,
      @QueryParam("attempt") Integer attempt,
      @QueryParam("minDaysWaiting") Integer minDaysWaiting,
      @QueryParam("after") String after,
      @QueryParam("notice") String notice) {
    String credentialId = credential == null || credential.isBlank() ? null : credential;
    PageContext page = pages.context();
    ReviewQueue.QueuePage waiting =
        queue.waiting(
            new ReviewQueue.QueueFilter(credentialId, attempt, minDaysWaiting, after, PAGE_SIZE),
            page.assessor() ? caller.requireAccountId() : null);
    List<ClaimRow> mine = List.of();
    List<Calibrations.Blocked> blocked = List.of();
    if (page.assessor()) {
      mine =
          claims.heldBy(caller.requireAccountId()).stream()
              .map(c -> new ClaimRow(c, title(c.credentialId(), c.credentialVersion())))
              .toList();
      blocked = calibrations.blocked(caller.requireAccountId());
    }
    return Templates.queue(
        page,
        waiting,
        mine,
        catalog.currentVersions(),
        new QueueFilters(credentialId, attempt, minDaysWaiting),
        page.assessor(),
        notices(notice),
        blocked);
  }

  @POST
  @Path("/reviews/{code}/claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response claim(@PathParam("code") String code) {
    try {
      claims.claim(code, caller.requireAccountId());
    } catch (AssessmentProblemException refused) {
      if (AssessmentProblems.CALIBRATION_REQUIRED.equals(refused.problem().type())) {
        // The queue says why, per credential, with the way to calibration.
        return seeOther("/assessment?notice=calibration-required");
      }
      throw refused;
    }
    return seeOther("/assessment/reviews/" + code);
  }

  @POST
  @Path("/reviews/{code}/give-up")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response giveUp(@PathParam("code") String code) {
    claims.giveUp(code, caller.requireAccountId());
    return seeOther("/assessment?notice=given-up");
  }

  @GET
  @Path("/reviews/{code}")
  @RolesAllowed(Role.Names.ASSESSOR)
  public TemplateInstance scoring(
      @PathParam("code") String code, @QueryParam("saved") String saved) {
    long assessor = caller.requireAccountId();
    SheetView sheet = scoring.sheet(code, assessor);
    return screen(code, sheet, sheet.sheet(), List.of(), false, saved == null ? "" : "Saved.");
  }

  /**
   * Saves the form, and submits it when that button was pressed. A refused save shows the form
   * again as posted, so nothing typed is lost; a sheet changed elsewhere shows both texts and takes
   * the newer version, so saving again keeps the assessor's.
   */
  @POST
  @Path("/reviews/{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ASSESSOR)
  public Response save(
      @PathParam("code") String code,
      @RestForm("version") Long version,
      @RestForm("action") String action,
      @RestForm("idempotency-key") String idempotencyKey,
      @BeanParam SheetForm form) {
    long assessor = caller.requireAccountId();
    SheetView current = scoring.sheet(code, assessor);
    ScoringSheet posted = form.toSheet(definition(current.code(), assessor));
    SheetView saved;
    try {
      saved = scoring.save(code, assessor, version == null ? -1 : version, posted);
    } catch (AssessmentProblemException refused) {
      return SheetSaves.refusedForm(
          refused,
          current,
          posted,
          (server, shown, problems, conflict, notice) ->
              screen(code, server, shown, problems, conflict, notice));
    }
    if (!"submit".equals(action)) {
      return seeOther("/assessment/reviews/" + code + "?saved=1");
    }
    if (!WriteHeaders.validIdempotencyKey(idempotencyKey)) {
      throw new ProblemException(
          Problem.of(Response.Status.BAD_REQUEST, "Reload the scoring page and submit again")
              .withType("idempotency-key"));
    }
    try {
      ScoringService.Submitted submitted = scoring.submit(code, assessor, idempotencyKey);
      return Response.ok(Templates.scored(pages.context(), submitted, saved)).build();
    } catch (AssessmentProblemException refused) {
      if (!AssessmentProblems.SCORING_INCOMPLETE.equals(refused.problem().type())) {
        throw refused;
      }
      return Response.status(422)
          .entity(
              screen(
                  code,
                  saved,
                  saved.sheet(),
                  refused.problem().problems(),
                  false,
                  "Your scoring was saved but not submitted: finish what is marked below."))
          .build();
    }
  }

  /**
   * The script's autosave: the same fields as the form, under the If-Match of the version the page
   * last saw. Answers the new version and what the rubric makes of the sheet, or on a conflict the
   * server's texts, so the page can show both and keep the assessor's.
   */
  @POST
  @Path("/reviews/{code}/autosave")
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
      return SheetSaves.autosaved(scoring.save(code, assessor, version, posted), version);
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
    BlindReview.AttemptView attempt = review.attempt(code, assessor);
    CredentialDefinition definition = definition(attempt);
    return Templates.scoring(
        pages.context(List.of(definition)),
        ScoringScreen.of(
            definition,
            attempt,
            server,
            shown,
            review.history(code, assessor),
            json,
            problems,
            conflict,
            notice,
            UUID.randomUUID().toString()));
  }

  private CredentialDefinition definition(String code, long assessor) {
    return definition(review.attempt(code, assessor));
  }

  private CredentialDefinition definition(BlindReview.AttemptView attempt) {
    return catalog
        .version(attempt.credentialId(), attempt.credentialVersion())
        .orElseThrow(() -> new IllegalStateException("pinned credential version missing"));
  }

  private String title(String credentialId, String version) {
    return catalog
        .version(credentialId, version)
        .map(CredentialDefinition::title)
        .orElse(credentialId);
  }

  private static String notices(String notice) {
    if ("calibration-required".equals(notice)) {
      return "Not claimed: that item's credential asks for a passed calibration set first.";
    }
    return "given-up".equals(notice) ? "Given back: the item waits in the queue again." : "";
  }

  private static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
