package org.mcportal.reporting;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mcportal.assessment.AgreementFigures;

/** Every figure of the program admins' dashboard, for one {@link ReportFilter}. */
public record Dashboard(
    String credentialId,
    String credentialTitle,
    String version,
    List<StatusCount> statuses,
    List<AttemptOutcomes> outcomesByAttempt,
    List<ComponentLevels> components,
    List<UnmetCriterion> unmetCriteria,
    Turnaround turnaround,
    List<WaitingItem> oldestWaiting,
    List<AssessorLoad> assessors,
    Agreement agreement) {

  public record StatusCount(String status, long count) {}

  public record AttemptOutcomes(int attempt, long earned, long notEarned) {
    public long total() {
      return earned + notEarned;
    }

    @Schema(description = "Share earned, 0 to 1; null when none was released")
    public Double earnedRate() {
      return total() == 0 ? null : (double) earned / total();
    }
  }

  /**
   * @param passFail whether the rubric has exactly two levels, so that a pass rate says it all
   * @param passRate share at the rubric's highest level, for pass/fail components; else null
   */
  public record ComponentLevels(
      String componentId,
      String label,
      List<LevelCount> levels,
      long scored,
      boolean passFail,
      Double passRate) {}

  public record LevelCount(String levelId, String label, long count) {}

  public record UnmetCriterion(
      String componentId, String criterionId, String text, long unmet, long judged) {}

  /**
   * @param medianDays null when nothing was released
   * @param p90Days null when nothing was released
   */
  public record Turnaround(
      int targetDays,
      long released,
      Integer medianDays,
      Integer p90Days,
      long overTarget,
      List<DayHistogram.Bin> histogram,
      long waiting,
      long waitingOverdue) {}

  public record WaitingItem(
      String code,
      int attempt,
      String status,
      Instant submittedAt,
      int daysWaiting,
      boolean overdue) {}

  public record AssessorLoad(long assessorId, String name, long submitted, long inProgress) {}

  /**
   * Agreement between the two assessors of double-scored attempts, per component and for the
   * outcome, over the whole credential version: the date and cohort filters do not narrow it,
   * because the statistics need every pair to mean anything. Without a double scoring yet there is
   * no report, and the note says so rather than showing an invented figure.
   *
   * @param report null when no attempt of the version has been double scored
   */
  public record Agreement(
      boolean available,
      String note,
      @Schema(nullable = true, description = "Null before the first double scoring of the version")
          AgreementFigures.AgreementReport report) {
    static Agreement of(AgreementFigures.AgreementReport report) {
      if (report.outcome().n() == 0) {
        return new Agreement(false, "No attempt of this version has been double scored yet.", null);
      }
      return new Agreement(
          true,
          "Every double-scored attempt of version "
              + report.version()
              + "; the dates and the cohort do not narrow these figures.",
          report);
    }
  }
}
