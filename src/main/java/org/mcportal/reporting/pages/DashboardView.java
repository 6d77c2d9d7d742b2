package org.mcportal.reporting.pages;

import java.util.List;
import org.mcportal.reporting.Charts;
import org.mcportal.reporting.Cohorts;
import org.mcportal.reporting.Dashboard;
import org.mcportal.reporting.DashboardCharts;
import org.mcportal.reporting.DashboardService;
import org.mcportal.rules.CredentialDefinition;

/** What the dashboard page shows: the figures, drawn as charts, and the filter form's state. */
public record DashboardView(
    Dashboard figures,
    List<Charts.Chart> charts,
    List<CredentialDefinition> credentials,
    List<String> versions,
    List<Cohorts.CohortSummary> cohorts,
    String from,
    String to,
    Long cohort,
    String exportQuery,
    List<DashboardService.AttemptLine> attempts) {

  static List<Charts.Chart> charts(Dashboard d) {
    return DashboardCharts.of(d, Dashboard.AssessorLoad::name);
  }

  static String statusLabel(String status) {
    String words = status.toLowerCase().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
