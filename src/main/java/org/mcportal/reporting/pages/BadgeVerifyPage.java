package org.mcportal.reporting.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.reporting.badge.BadgeService;
import org.mcportal.web.PageContext;
import org.mcportal.web.PageResponses;
import org.mcportal.web.Pages;

/**
 * Anyone holding a badge, or shown one, can check it here without an account: paste the VC-JWT or
 * upload the badge image or .jwt file. The answer is the same as {@code POST /api/badges/verify}.
 */
@Path("/badges/verify")
@Produces(MediaType.TEXT_HTML)
class BadgeVerifyPage {

  /** A badge file is a small PNG or a few kilobytes of text; anything larger is not one. */
  static final long MAX_FILE = 1024 * 1024;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verify(
        PageContext page, BadgeService.Verification result, String error);
  }

  private final Pages pages;
  private final BadgeService badges;

  BadgeVerifyPage(Pages pages, BadgeService badges) {
    this.pages = pages;
    this.badges = badges;
  }

  /**
   * With {@code badge}, the id printed on a certificate, the page checks that issued badge at once;
   * an unknown id says so, as a wrong id typed from paper is the likely cause.
   */
  @GET
  @PermitAll
  public Response show(@QueryParam("badge") String badge) {
    if (badge == null || badge.isBlank()) {
      return PageResponses.html(200, Templates.verify(pages.context(), null, "")).build();
    }
    return badges
        .verifyIssued(badge.strip())
        .map(r -> PageResponses.html(200, Templates.verify(pages.context(), r, "")).build())
        .orElseGet(
            () ->
                PageResponses.html(
                        404,
                        Templates.verify(
                            pages.context(),
                            null,
                            "No badge of this portal has the id in this address; check it against"
                                + " the certificate."))
                    .build());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @PermitAll
  public Response check(@RestForm("credential") String pasted, @RestForm("file") FileUpload file) {
    BadgeService.Verification result;
    if (file != null && file.size() > 0) {
      if (file.size() > MAX_FILE) {
        return again("The file is larger than any badge; choose the badge image or .jwt file.");
      }
      try {
        result = badges.verifyFile(Files.readAllBytes(file.uploadedFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (pasted != null && !pasted.isBlank()) {
      result = badges.verify(pasted);
    } else {
      return again("Paste a badge's VC-JWT or choose a badge file.");
    }
    return PageResponses.html(200, Templates.verify(pages.context(), result, "")).build();
  }

  private Response again(String error) {
    return PageResponses.html(422, Templates.verify(pages.context(), null, error)).build();
  }
}
