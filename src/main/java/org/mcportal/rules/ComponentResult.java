package org.mcportal.rules;

import java.util.List;
import java.util.Objects;

/**
 * The level a component reached.
 *
 * @param reasons why it is below the top level, in the rubric's order of criteria: the "unmet"
 *     phrase of each criterion of the top level that was judged unmet; empty at the top level
 * @param unmetCriteria the ids of the criteria judged unmet, in the rubric's order. Kept so that
 *     the reasons for falling short of some other level (the one the earning rule requires) can be
 *     read later with {@link RubricEvaluator#reasonsShortOf}.
 */
public record ComponentResult(
    String componentId,
    String levelId,
    String levelLabel,
    List<String> reasons,
    List<String> unmetCriteria)
    implements RubricEvaluation {

  public ComponentResult {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(levelId, "levelId");
    Objects.requireNonNull(levelLabel, "levelLabel");
    reasons = List.copyOf(reasons);
    unmetCriteria = List.copyOf(unmetCriteria);
  }

  /** A result whose criterion judgements are not known, such as one restored from a level alone. */
  public ComponentResult(
      String componentId, String levelId, String levelLabel, List<String> reasons) {
    this(componentId, levelId, levelLabel, reasons, List.of());
  }
}
