package org.mcportal.reporting.badge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.platform.PublicUrl;
import org.mcportal.reporting.ExportAudit;
import org.mcportal.reporting.PdfLayout;
import org.mcportal.rules.CredentialDefinition;

/**
 * A printable certificate for an issued badge: what was earned, from whom, when, with which result
 * per component, and where anyone can check that it still holds. The badge itself is the proof; the
 * certificate points at it, so a revoked badge's certificate says "revoked" when checked.
 */
@ApplicationScoped
public class Certificates {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance certificate(CertificateView certificate);
  }

  private final CredentialCatalog catalog;
  private final EducatorResults results;
  private final BadgeConfig config;
  private final PublicUrl publicUrl;
  private final PdfLayout layout;
  private final ExportAudit exportAudit;

  Certificates(
      CredentialCatalog catalog,
      EducatorResults results,
      BadgeConfig config,
      PublicUrl publicUrl,
      PdfLayout layout,
      ExportAudit exportAudit) {
    this.exportAudit = exportAudit;
    this.catalog = catalog;
    this.results = results;
    this.config = config;
    this.publicUrl = publicUrl;
    this.layout = layout;
  }

  /** The owner's certificate; anyone else's badge is as good as missing. */
  @Transactional
  public byte[] forOwner(String publicId, long educatorId) {
    Badge badge =
        Badge.byPublicId(publicId)
            .filter(b -> b.ownerId == educatorId)
            .orElseThrow(() -> BadgeService.notFoundProblem());
    return layout.render(xhtml(badge));
  }

  /** Any badge's certificate, for program admins; each download is on the audit trail. */
  @Transactional
  public byte[] forAdmin(String publicId, long actorId) {
    Badge badge = Badge.byPublicId(publicId).orElseThrow(() -> BadgeService.notFoundProblem());
    byte[] pdf = layout.render(xhtml(badge));
    exportAudit.certificate(actorId, publicId);
    return pdf;
  }

  /** The address printed on every certificate: the public check of this one badge. */
  public String verificationUrl(String publicId) {
    return publicUrl.link("/badges/verify?badge=" + publicId);
  }

  String xhtml(Badge badge) {
    CredentialDefinition definition =
        catalog
            .version(badge.credentialId, badge.credentialVersion)
            .orElseThrow(
                () -> new IllegalStateException("a badge's credential version is missing"));
    EducatorResults.ResultsView decided =
        results
            .decided(badge.submissionId, badge.attemptNumber)
            .orElseThrow(() -> new IllegalStateException("a badge without a released result"));
    List<ComponentLine> components =
        decided.components().stream()
            .map(c -> new ComponentLine(c.label(), c.levelLabel(), c.reachedRequired()))
            .toList();
    String earned =
        DAY.format(decided.releasedAt() == null ? badge.issuedAt : decided.releasedAt());
    CertificateView view =
        new CertificateView(
            definition.title(),
            definition.version(),
            config.issuerName(),
            config.issuerUrl().orElse(publicUrl.base()),
            earned,
            components,
            badge.publicId,
            verificationUrl(badge.publicId),
            badge.revoked(),
            PdfLayout.FAMILIES);
    return Templates.certificate(view).render();
  }

  /**
   * @param revoked printed as a notice, so a copy made after revocation cannot pass as valid
   */
  public record CertificateView(
      String title,
      String version,
      String issuer,
      String issuerUrl,
      String earned,
      List<ComponentLine> components,
      String badgeId,
      String verificationUrl,
      boolean revoked,
      String fonts) {}

  public record ComponentLine(String label, String level, boolean reachedRequired) {}
}
