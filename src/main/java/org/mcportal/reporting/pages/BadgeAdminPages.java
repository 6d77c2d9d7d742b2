package org.mcportal.reporting.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.reporting.ReportingProblems;
import org.mcportal.reporting.badge.BadgeService;
import org.mcportal.web.FormErrors;
import org.mcportal.web.FormRetry;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/** The admins' list of every issued badge, with certificates, checks and revocation. */
@Path("/admin/badges")
@Produces(MediaType.TEXT_HTML)
class BadgeAdminPages {

  /** How many badges the admin list shows, newest first. */
  static final int ADMIN_LIST = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance issued(
        PageContext page,
        List<BadgeService.BadgeView> badges,
        String failed,
        String reason,
        FormErrors errors);
  }

  static final FormErrors.Fields FIELDS = new FormErrors.Fields().field("reason", "Reason");

  private static final FormRetry RETRY = FormRetry.of(FIELDS, ReportingProblems.INVALID);

  private final Pages pages;
  private final BadgeService badges;
  private final Caller caller;

  BadgeAdminPages(Pages pages, BadgeService badges, Caller caller) {
    this.pages = pages;
    this.badges = badges;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateInstance issued() {
    return Templates.issued(
        pages.context(), badges.newestFirst(ADMIN_LIST), "", "", FormErrors.none());
  }

  @POST
  @Path("/{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Role.Names.ADMIN)
  public Response revoke(@PathParam("id") String id, @FormParam("reason") String reason) {
    return RETRY.attempt(
        () -> {
          badges.revoke(id, caller.requireAccountId(), reason);
          return PageResponses.seeOther("/admin/badges#badge-" + id).build();
        },
        errors ->
            Templates.issued(
                pages.context(),
                badges.newestFirst(ADMIN_LIST),
                id,
                reason == null ? "" : reason,
                errors));
  }
}
