package org.mcportal.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The dashboard's figures as charts, the same on the page and in the printed summary. */
public final class DashboardCharts {

  private DashboardCharts() {}

  /**
   * @param assessorName how the workload chart names an assessor: the dashboard shows names, the
   *     printed summary only numbers
   */
  public static List<Charts.Chart> of(
      Dashboard d, Function<Dashboard.AssessorLoad, String> assessorName) {
    List<Charts.Chart> charts = new ArrayList<>();
    charts.add(
        Charts.bars(
            "chart-status",
            "Submissions by status",
            "Status",
            "Submissions",
            d.statuses().stream()
                .map(s -> new Charts.Bar(statusLabel(s.status()), s.count()))
                .toList()));
    charts.add(
        Charts.stacked(
            "chart-attempts",
            "Released outcomes by attempt",
            "Attempt",
            "Outcomes released",
            List.of("Earned", "Not earned"),
            d.outcomesByAttempt().stream()
                .map(
                    a ->
                        new Charts.Stack(
                            "Attempt " + a.attempt(), List.of(a.earned(), a.notEarned())))
                .toList()));
    // Components that share a rubric scale share a chart, so the legend means one thing.
    Map<List<String>, List<Dashboard.ComponentLevels>> byScale = new LinkedHashMap<>();
    for (Dashboard.ComponentLevels c : d.components()) {
      byScale
          .computeIfAbsent(
              c.levels().stream().map(Dashboard.LevelCount::label).toList(), k -> new ArrayList<>())
          .add(c);
    }
    int n = 0;
    for (Map.Entry<List<String>, List<Dashboard.ComponentLevels>> scale : byScale.entrySet()) {
      n++;
      charts.add(
          Charts.stacked(
              "chart-levels-" + n,
              byScale.size() == 1 ? "Final levels per component" : "Final levels, scale " + n,
              "Component",
              "Scored components",
              scale.getKey(),
              scale.getValue().stream()
                  .map(
                      c ->
                          new Charts.Stack(
                              c.label(),
                              c.levels().stream().map(Dashboard.LevelCount::count).toList()))
                  .toList()));
    }
    charts.add(
        Charts.bars(
            "chart-unmet",
            "Criteria most often unmet",
            "Criterion",
            "Times judged unmet",
            d.unmetCriteria().stream()
                .map(u -> new Charts.Bar(u.componentId() + ": " + u.text(), u.unmet()))
                .toList()));
    charts.add(
        Charts.bars(
            "chart-turnaround",
            "Days from submit to release (target " + d.turnaround().targetDays() + " days)",
            "Whole days",
            "Outcomes released",
            d.turnaround().histogram().stream()
                .map(b -> new Charts.Bar(b.days() + (b.days() == 1 ? " day" : " days"), b.count()))
                .toList()));
    charts.add(
        Charts.stacked(
            "chart-assessors",
            "Assessor workload",
            "Assessor",
            "Scoring sheets",
            List.of("Submitted", "In progress"),
            d.assessors().stream()
                .map(
                    a ->
                        new Charts.Stack(
                            assessorName.apply(a), List.of(a.submitted(), a.inProgress())))
                .toList()));
    return charts;
  }

  static String statusLabel(String status) {
    String words = status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
