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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.mcportal.assessment.AuditAction;
import org.mcportal.assessment.AuditTrail;
import org.mcportal.assessment.ReviewClaims;
import org.mcportal.assessment.ReviewOverview;
import org.mcportal.assessment.ReviewQueue;
import org.mcportal.assessment.ScoringService;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/**
 * The admin's pages of assessment: who holds what, assigning and taking back claims, releasing
 * outcomes the credential leaves to an admin, and the audit trail. Plain forms throughout.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
class AssessmentAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reviews(
        PageContext page,
        List<Row> inProgress,
        List<ReviewQueue.QueueItem> waiting,
        List<AccountView> assessors,
        String notice);

    static native TemplateInstance audit(
        PageContext page,
        AuditTrail.AuditPage events,
        List<String> actions,
        Map<Long, String> actors,
        AuditFilters filters,
        List<String> errors);
  }

  /** An item in progress as the admin sees it: the holder's name, and whether release is theirs. */
  record Row(
      ReviewOverview.Row item, String credentialTitle, String holder, boolean releaseByAdmin) {}

  record AuditFilters(String action, Long actor, String code, String from, String to) {
    public String query() {
      StringBuilder query = new StringBuilder();
      append(query, "action", action);
      append(query, "actor", actor == null ? null : actor.toString());
      append(query, "code", code);
      append(query, "from", from);
      append(query, "to", to);
      return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
      if (value != null && !value.isBlank()) {
        query
            .append('&')
            .append(name)
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
  }

  private final Pages pages;
  private final ReviewOverview overview;
  private final ReviewQueue queue;
  private final ReviewClaims claims;
  private final ScoringService scoring;
  private final AuditTrail audit;
  private final AccountService accounts;
  private final CredentialCatalog catalog;
  private final Caller caller;

  AssessmentAdminPages(
      Pages pages,
      ReviewOverview overview,
      ReviewQueue queue,
      ReviewClaims claims,
      ScoringService scoring,
      AuditTrail audit,
      AccountService accounts,
      CredentialCatalog catalog,
      Caller caller) {
    this.pages = pages;
    this.overview = overview;
    this.queue = queue;
    this.claims = claims;
    this.scoring = scoring;
    this.audit = audit;
    this.accounts = accounts;
    this.catalog = catalog;
    this.caller = caller;
  }

  @GET
  @Path("/assessment")
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance reviews(@QueryParam("notice") String notice) {
    List<AccountView> assessors =
        accounts.list().stream()
            .filter(a -> a.active() && a.roles().contains(Role.ASSESSOR))
            .toList();
    Map<Long, String> names =
        assessors.stream().collect(Collectors.toMap(AccountView::id, AccountView::displayName));
    List<Row> rows =
        overview.inProgress().stream()
            .map(
                item -> {
                  CredentialDefinition definition =
                      catalog.version(item.credentialId(), item.credentialVersion()).orElse(null);
                  return new Row(
                      item,
                      definition == null ? item.credentialId() : definition.title(),
                      item.holderId() == null
                          ? ""
                          : names.getOrDefault(item.holderId(), "account " + item.holderId()),
                      definition != null
                          && definition.assessment().release() == AssessmentSettings.Release.ADMIN);
                })
            .toList();
    List<ReviewQueue.QueueItem> waiting =
        queue.waiting(new ReviewQueue.QueueFilter(null, null, null, null, 50)).items();
    return Templates.reviews(pages.context(), rows, waiting, assessors, message(notice));
  }

  @POST
  @Path("/assessment/reviews/{code}/assign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response assign(@PathParam("code") String code, @RestForm("assessor") Long assessor) {
    claims.assign(code, required(assessor), caller.requireAccountId());
    return back("assigned");
  }

  @POST
  @Path("/assessment/reviews/{code}/reassign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response reassign(@PathParam("code") String code, @RestForm("assessor") Long assessor) {
    claims.reassign(code, required(assessor), caller.requireAccountId());
    return back("reassigned");
  }

  @POST
  @Path("/assessment/reviews/{code}/release-claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response releaseClaim(@PathParam("code") String code) {
    claims.release(code, caller.requireAccountId());
    return back("claim-released");
  }

  @POST
  @Path("/assessment/reviews/{code}/release")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response release(@PathParam("code") String code) {
    scoring.release(code, caller.requireAccountId());
    return back("released");
  }

  @GET
  @Path("/audit")
  @RolesAllowed(Role.Names.ADMIN)
  public Response audit(
      @QueryParam("action") String action,
      @QueryParam("actor") Long actor,
      @QueryParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("after") String after) {
    AuditFilters filters = new AuditFilters(action, actor, code, from, to);
    Map<Long, String> actors =
        accounts.list().stream()
            .filter(a -> !a.roles().isEmpty())
            .collect(Collectors.toMap(AccountView::id, AccountView::displayName, (a, b) -> a));
    List<String> actions = Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    AuditAction chosen = null;
    Instant start;
    Instant end;
    try {
      if (action != null && !action.isBlank()) {
        chosen = AuditAction.valueOf(action);
      }
      start = day(from, Function.identity());
      end = day(to, d -> d.plusDays(1));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Response.status(400)
          .entity(
              Templates.audit(
                  pages.context(),
                  new AuditTrail.AuditPage(List.of(), null),
                  actions,
                  actors,
                  filters,
                  List.of("Choose an action from the list, and dates as YYYY-MM-DD.")))
          .build();
    }
    AuditTrail.AuditPage events =
        audit.search(
            new AuditTrail.AuditFilter(
                chosen,
                actor,
                code == null || code.isBlank() ? null : code.strip(),
                start,
                end,
                after,
                50));
    return Response.ok(
            Templates.audit(pages.context(), events, actions, actors, filters, List.of()))
        .build();
  }

  private static Instant day(String value, Function<LocalDate, LocalDate> shift) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return shift.apply(LocalDate.parse(value.strip())).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static long required(Long assessor) {
    if (assessor == null) {
      throw new ProblemException(
          Problem.of(Response.Status.BAD_REQUEST, "Choose an assessor").withType("invalid"));
    }
    return assessor;
  }

  private static String message(String notice) {
    if (notice == null) {
      return "";
    }
    return switch (notice) {
      case "assigned" -> "Assigned: the assessor holds the item now.";
      case "reassigned" -> "Reassigned, with a fresh claim for the new assessor.";
      case "claim-released" -> "Claim taken back: the item waits in the queue again.";
      case "released" -> "Released: the educator can read the result now.";
      default -> "";
    };
  }

  private static Response back(String notice) {
    return Response.seeOther(URI.create("/admin/assessment?notice=" + notice)).build();
  }
}
