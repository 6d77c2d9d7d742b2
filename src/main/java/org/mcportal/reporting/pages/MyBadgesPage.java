package org.mcportal.reporting.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mcportal.identity.Caller;
import org.mcportal.identity.Role;
import org.mcportal.reporting.badge.BadgeService;
import org.mcportal.web.PageContext;
import org.mcportal.web.Pages;

/** An educator's own badges, each with its certificate, downloads and public check. */
@Path("/badges/mine")
@Produces(MediaType.TEXT_HTML)
class MyBadgesPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance mine(PageContext page, List<BadgeService.BadgeView> badges);
  }

  private final Pages pages;
  private final BadgeService badges;
  private final Caller caller;

  MyBadgesPage(Pages pages, BadgeService badges, Caller caller) {
    this.pages = pages;
    this.badges = badges;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.Names.EDUCATOR)
  public TemplateInstance mine() {
    return Templates.mine(pages.context(), badges.ownedBy(caller.requireAccountId()));
  }
}
