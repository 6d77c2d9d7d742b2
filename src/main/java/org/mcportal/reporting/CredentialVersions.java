package org.mcportal.reporting;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mcportal.assessment.AuditAction;
import org.mcportal.assessment.AuditTrail;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.SubmissionStatus;

/**
 * Every credential version with how many submissions it holds in each status, and retirement: a
 * retired version takes no new submissions, while drafts on it can still be saved and submitted and
 * assessors still score them. Both changes are on the audit trail.
 */
@ApplicationScoped
@Transactional
public class CredentialVersions {

  private final CredentialCatalog catalog;
  private final AuditTrail audit;
  private final Clock clock;

  CredentialVersions(CredentialCatalog catalog, AuditTrail audit, Clock clock) {
    this.catalog = catalog;
    this.audit = audit;
    this.clock = clock;
  }

  /** Each credential's versions, newest first, counted in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VersionView> list() {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select credential_id, credential_version, status, count(*) from submission"
                    + " group by credential_id, credential_version, status")
            .getResultList();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent(row[0] + "\n" + row[1], k -> new LinkedHashMap<>())
          .put((String) row[2], Sql.number(row[3]));
    }
    List<VersionView> views = new ArrayList<>();
    for (CredentialDefinition current : catalog.currentVersions()) {
      Map<String, Instant> retired = catalog.retirements(current.id());
      List<CredentialCatalog.StoredVersion> versions = catalog.versions(current.id());
      for (int i = 0; i < versions.size(); i++) {
        CredentialDefinition definition = versions.get(i).definition();
        Map<String, Long> byStatus =
            counts.getOrDefault(definition.id() + "\n" + definition.version(), Map.of());
        views.add(view(definition, i == 0, retired.get(definition.version()), byStatus));
      }
    }
    return views;
  }

  /** Retires the version; doing it again changes nothing and records nothing. */
  public VersionView retire(String credentialId, String version, long adminId) {
    return change(credentialId, version, adminId, true);
  }

  /** Opens a retired version to new submissions again. */
  public VersionView unretire(String credentialId, String version, long adminId) {
    return change(credentialId, version, adminId, false);
  }

  private VersionView change(String credentialId, String version, long adminId, boolean retire) {
    if (catalog.setRetired(credentialId, version, retire, adminId, clock.instant())) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("credential", credentialId);
      details.put("version", version);
      audit.recordAdmin(
          adminId, retire ? AuditAction.VERSION_RETIRE : AuditAction.VERSION_UNRETIRE, details);
    }
    return list().stream()
        .filter(v -> v.credentialId().equals(credentialId) && v.version().equals(version))
        .findFirst()
        .orElseThrow();
  }

  private static VersionView view(
      CredentialDefinition definition, boolean current, Instant retiredAt, Map<String, Long> by) {
    List<StatusCount> statuses = new ArrayList<>();
    long total = 0;
    for (SubmissionStatus status : SubmissionStatus.values()) {
      long n = by.getOrDefault(status.name(), 0L);
      statuses.add(new StatusCount(status.name(), n));
      total += n;
    }
    return new VersionView(
        definition.id(),
        definition.version(),
        definition.title(),
        definition.revised(),
        current,
        retiredAt != null,
        retiredAt,
        total,
        statuses);
  }

  /**
   * @param current the version new submissions start on, unless it is retired
   * @param statuses every status, zeros included, in the lifecycle's order
   */
  public record VersionView(
      String credentialId,
      String version,
      String title,
      LocalDate revised,
      boolean current,
      boolean retired,
      @Schema(nullable = true) Instant retiredAt,
      long submissions,
      List<StatusCount> statuses) {}

  public record StatusCount(String status, long count) {}
}
