package org.mcportal.rules;

import java.util.List;
import java.util.Objects;

/**
 * A component rated below the level the earning rule requires of it.
 *
 * @param reasons the "unmet" phrases of the criteria that kept it from the required level (not from
 *     the top level: a component required to be Accomplished is not told it missed Exemplary), e.g.
 *     "an invitation is missing"; see {@link RubricEvaluator#reasonsShortOf}
 */
public record Shortfall(
    String componentId,
    String label,
    String levelId,
    String levelLabel,
    String requiredLevelId,
    List<String> reasons) {

  public Shortfall {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(levelId, "levelId");
    Objects.requireNonNull(levelLabel, "levelLabel");
    Objects.requireNonNull(requiredLevelId, "requiredLevelId");
    reasons = List.copyOf(reasons);
  }

  /** "Artifact 3 is Basic (an invitation is missing)". */
  public String phrase() {
    String rated = label + " is " + levelLabel;
    return reasons.isEmpty() ? rated : rated + " (" + Places.listing(reasons) + ")";
  }
}
