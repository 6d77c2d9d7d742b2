package org.mcportal.assessment;

import java.util.List;
import org.mcportal.rules.assessment.OutcomeExplanation;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * A scoring sheet as the assessor's client holds it: the sheet, its version for If-Match, what the
 * rubric makes of each component so far, and the outcome's explanation as it would read now.
 */
public record SheetView(
    String code,
    long version,
    ScoringSheet sheet,
    List<ComponentState> components,
    OutcomeExplanation preview) {

  /**
   * One component as scored so far.
   *
   * @param derivedLevel the level the rubric's logic gives the criteria judged; null while some
   *     criterion it reads is unjudged
   * @param unjudged the criteria still to judge
   * @param finalLevel the override if there is one, else the derived level
   * @param requiredLevel the level the earning rule requires; null when it requires none
   * @param reachesRequired whether the final level is at least the required one
   * @param carried the result is the previous attempt's: the component reached its level then and
   *     stayed locked, so it is not scored again
   */
  public record ComponentState(
      String componentId,
      String label,
      String derivedLevel,
      String derivedLabel,
      List<String> unjudged,
      String finalLevel,
      String requiredLevel,
      boolean reachesRequired,
      boolean carried) {}
}
