package org.mcportal.reporting;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
   * The place for agreement between assessors per component. It stays empty until double-scoring
   * data feeds it; the dashboard shows no figure rather than an invented one.
   */
  public record Agreement(boolean available, String note) {
    static final Agreement PENDING =
        new Agreement(false, "Agreement per component comes from double scoring, once recorded.");
  }
}
