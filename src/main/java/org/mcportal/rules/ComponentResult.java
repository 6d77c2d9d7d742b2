package org.mcportal.rules;

import java.util.List;
import java.util.Objects;

/**
 * The level a component reached.
 *
 * @param reasons why it is below the top level, in the rubric's order of criteria: the "unmet"
 *     phrase of each criterion of the top level that was judged unmet; empty at the top level
 */
public record ComponentResult(
    String componentId, String levelId, String levelLabel, List<String> reasons)
    implements RubricEvaluation {

  public ComponentResult {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(levelId, "levelId");
    Objects.requireNonNull(levelLabel, "levelLabel");
    reasons = List.copyOf(reasons);
  }
}
