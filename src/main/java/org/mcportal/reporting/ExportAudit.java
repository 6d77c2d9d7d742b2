package org.mcportal.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcportal.assessment.AuditTrail;

/**
 * The one way the reporting services put a download on the audit trail: the service that makes an
 * export records it, once it knows the export exists and before its first byte leaves, so that
 * resources only pass the caller on. {@link AuditTrail#recordExport} commits on its own, so an
 * export cut short is still on record.
 */
@ApplicationScoped
public class ExportAudit {

  private final AuditTrail audit;

  ExportAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /** A filtered report (a CSV export or the summary PDF); {@code rows} below zero is not known. */
  void filtered(long actorId, String export, ReportFilter filter, boolean identities, long rows) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("export", export);
    details.put("credential", filter.credentialId());
    details.put("version", filter.version().orElse(null));
    details.put("from", filter.from().map(Object::toString).orElse(null));
    details.put("to", filter.to().map(Object::toString).orElse(null));
    details.put("cohort", filter.cohortId().orElse(null));
    details.put("identities", identities);
    if (rows >= 0) {
      details.put("rows", rows);
    }
    audit.recordExport(actorId, details);
  }

  void auditTrail(long actorId, CsvExports.AuditWindow window) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("export", "audit");
    details.put("from", window.from() == null ? null : window.from().toString());
    details.put("to", window.to() == null ? null : window.to().toString());
    audit.recordExport(actorId, details);
  }

  void submissionReport(long actorId, long submissionId, int attempt, boolean identities) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("export", "submission-report");
    details.put("submission", submissionId);
    details.put("attempt", attempt);
    details.put("identities", identities);
    audit.recordExport(actorId, details);
  }

  /** A badge's certificate printed by an admin (an educator's own is not an export). */
  public void certificate(long actorId, String badgeId) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("export", "certificate");
    details.put("badge", badgeId);
    audit.recordExport(actorId, details);
  }
}
