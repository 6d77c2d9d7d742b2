package org.mcportal.rules.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;

/**
 * An assessor's scoring of a calibration set against the gold standard of each exemplar: per
 * component whether the final levels agree, and per criterion where the judgements differ, with the
 * gold evidence and feedback that explain the gold level. A pass/fail component is compared the
 * same way, its two levels being pass and fail.
 *
 * <p>The set passes when the exact agreement on component levels, pooled over every component of
 * every exemplar, reaches the threshold: {@code agreed / compared >= threshold}, compared exactly.
 *
 * @param agreed the components whose final level matches the gold level
 * @param compared every component of every exemplar
 */
public record CalibrationComparison(
    List<ExemplarResult> exemplars,
    int agreed,
    int compared,
    BigDecimal threshold,
    boolean passed) {

  public CalibrationComparison {
    exemplars = List.copyOf(exemplars);
    Objects.requireNonNull(threshold, "threshold");
  }

  /** The share of components at the gold level, 0 when nothing was compared. */
  public double agreement() {
    return compared == 0 ? 0.0 : (double) agreed / compared;
  }

  /**
   * One exemplar as the gold standard scored it and as the assessor scored it.
   *
   * @param goldLevels the gold final level per component id
   * @param scoredLevels the assessor's final level per component id
   */
  public record Scored(
      String exemplarId,
      ScoringSheet gold,
      Map<String, String> goldLevels,
      ScoringSheet scored,
      Map<String, String> scoredLevels) {
    public Scored {
      Objects.requireNonNull(exemplarId, "exemplarId");
      Objects.requireNonNull(gold, "gold");
      goldLevels = Map.copyOf(goldLevels);
      Objects.requireNonNull(scored, "scored");
      scoredLevels = Map.copyOf(scoredLevels);
    }
  }

  public record ExemplarResult(String exemplarId, List<ComponentResult> components) {
    public ExemplarResult {
      components = List.copyOf(components);
    }

    public long agreed() {
      return components.stream().filter(ComponentResult::agrees).count();
    }
  }

  /**
   * @param agrees whether the assessor's final level is the gold level
   * @param goldFeedback the feedback the gold scoring gave on this component
   */
  public record ComponentResult(
      String componentId,
      String label,
      String goldLevel,
      String goldLevelLabel,
      String scoredLevel,
      String scoredLevelLabel,
      boolean agrees,
      String goldFeedback,
      List<CriterionResult> criteria) {
    public ComponentResult {
      criteria = List.copyOf(criteria);
    }

    public List<CriterionResult> differences() {
      return criteria.stream().filter(c -> !c.agrees()).toList();
    }
  }

  /**
   * @param goldEvidence the passages the gold scoring quoted for this criterion
   */
  public record CriterionResult(
      String criterionId,
      String text,
      ScoringSheet.Judgement gold,
      ScoringSheet.Judgement scored,
      List<String> goldEvidence) {
    public CriterionResult {
      goldEvidence = List.copyOf(goldEvidence);
    }

    public boolean agrees() {
      return gold == scored;
    }
  }

  /**
   * Compares every exemplar component by component, in the definition's order.
   *
   * @param threshold the least share of agreeing components that passes, from 0 to 1
   */
  public static CalibrationComparison compare(
      CredentialDefinition definition, List<Scored> exemplars, BigDecimal threshold) {
    if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a threshold is a share from 0 to 1: " + threshold);
    }
    List<ExemplarResult> results = new ArrayList<>();
    int agreed = 0;
    int compared = 0;
    for (Scored exemplar : exemplars) {
      List<ComponentResult> components = new ArrayList<>();
      for (Component component : definition.components()) {
        ComponentResult result = component(component, exemplar);
        components.add(result);
        compared++;
        if (result.agrees()) {
          agreed++;
        }
      }
      results.add(new ExemplarResult(exemplar.exemplarId(), components));
    }
    return new CalibrationComparison(
        results, agreed, compared, threshold, passes(agreed, compared, threshold));
  }

  /** Whether {@code agreed} of {@code compared} reaches the threshold; nothing compared fails. */
  public static boolean passes(int agreed, int compared, BigDecimal threshold) {
    if (compared <= 0) {
      return false;
    }
    return BigDecimal.valueOf(agreed).compareTo(threshold.multiply(BigDecimal.valueOf(compared)))
        >= 0;
  }

  private static ComponentResult component(Component component, Scored exemplar) {
    Rubric rubric = component.rubric();
    ScoringSheet.ComponentScore gold =
        exemplar.gold().component(component.id()).orElse(ScoringSheet.ComponentScore.of(Map.of()));
    ScoringSheet.ComponentScore scored =
        exemplar
            .scored()
            .component(component.id())
            .orElse(ScoringSheet.ComponentScore.of(Map.of()));
    List<CriterionResult> criteria = new ArrayList<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      criteria.add(
          new CriterionResult(
              criterion.id(),
              criterion.text(),
              gold.judgement(criterion.id()),
              scored.judgement(criterion.id()),
              gold.evidence().stream()
                  .filter(q -> q.criterionId().equals(criterion.id()))
                  .map(ScoringSheet.EvidenceQuote::passage)
                  .toList()));
    }
    String goldLevel = exemplar.goldLevels().get(component.id());
    String scoredLevel = exemplar.scoredLevels().get(component.id());
    return new ComponentResult(
        component.id(),
        component.label(),
        goldLevel,
        label(rubric, goldLevel),
        scoredLevel,
        label(rubric, scoredLevel),
        goldLevel != null && goldLevel.equals(scoredLevel),
        gold.feedback(),
        criteria);
  }

  private static String label(Rubric rubric, String levelId) {
    return levelId == null ? null : rubric.level(levelId).map(Rubric.Level::label).orElse(levelId);
  }
}
