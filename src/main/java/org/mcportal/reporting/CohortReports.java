package org.mcportal.reporting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The dashboard for one filter as a printable summary: the same charts, drawn as vectors, each
 * followed by its figures as a table so the numbers can be searched and copied. No one is named:
 * educators are counted, never listed, and assessors appear by account number.
 */
@ApplicationScoped
public class CohortReports {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance summary(SummaryView summary);
  }

  private final DashboardService dashboard;
  private final Cohorts cohorts;
  private final PdfLayout layout;
  private final Clock clock;
  private final ExportAudit exportAudit;

  CohortReports(
      DashboardService dashboard,
      Cohorts cohorts,
      PdfLayout layout,
      Clock clock,
      ExportAudit exportAudit) {
    this.dashboard = dashboard;
    this.cohorts = cohorts;
    this.layout = layout;
    this.clock = clock;
    this.exportAudit = exportAudit;
  }

  @Transactional
  public String xhtml(ReportFilter filter) {
    Dashboard figures = dashboard.dashboard(filter);
    String cohort = filter.cohortId().map(id -> cohorts.get(id).name()).orElse("every educator");
    SummaryView view =
        new SummaryView(
            figures,
            figures.version() == null ? "every version" : "version " + figures.version(),
            filter.from().map(Object::toString).orElse("the first"),
            filter.to().map(Object::toString).orElse("the latest"),
            cohort,
            SubmissionReports.WHEN.format(clock.instant()),
            DashboardCharts.of(figures, a -> "Assessor " + a.assessorId()),
            PdfLayout.FAMILIES);
    return Templates.summary(view).render();
  }

  public byte[] pdf(ReportFilter filter) {
    return layout.render(xhtml(filter), true);
  }

  /** The summary an admin downloads, on the audit trail once it is laid out. */
  public byte[] download(ReportFilter filter, long actorId) {
    byte[] pdf = pdf(filter);
    exportAudit.filtered(actorId, "summary-pdf", filter, false, -1);
    return pdf;
  }

  /**
   * @param from the first submit day included, or "the first"
   * @param cohort the cohort's name, or "every educator"
   */
  public record SummaryView(
      Dashboard figures,
      String version,
      String from,
      String to,
      String cohort,
      String printedAt,
      List<Charts.Chart> charts,
      String fonts) {}
}
