package org.mcportal.rules.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcportal.rules.ComponentResult;

/**
 * One component as scored: the level its criteria give, the level that counts, and against what.
 *
 * @param derived the level {@link org.mcportal.rules.RubricEvaluator} gives from the judgements;
 *     empty while a criterion is unjudged
 * @param result the level that counts (the override, else the derived level), with the unmet
 *     criteria; empty while the component has no level
 * @param overridden whether the assessor set a level other than the derived one
 * @param requiredLevelId the level the earning rule requires; empty for a component it ignores
 * @param reasons when the component is below its required level, the "unmet" phrases of the
 *     criteria that kept it there; otherwise empty
 */
public record ScoredComponent(
    String componentId,
    String label,
    Optional<ComponentResult> derived,
    Optional<ComponentResult> result,
    boolean overridden,
    Optional<String> requiredLevelId,
    boolean reachesRequired,
    List<String> reasons) {

  public ScoredComponent {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(requiredLevelId, "requiredLevelId");
    reasons = List.copyOf(reasons);
  }

  /** The id of the level that counts, if the component has one. */
  public Optional<String> finalLevelId() {
    return result.map(ComponentResult::levelId);
  }
}
