package org.mcportal.rules;

import java.util.List;
import java.util.Objects;

/**
 * Judgements are missing for criteria the rubric's levels read, so no level can be given yet.
 *
 * @param criteria the ids of the criteria without a judgement, in the rubric's order
 * @param message e.g. "Artifact 1: not all criteria judged: strategies, opening-question."
 */
public record UnjudgedCriteria(String componentId, List<String> criteria, String message)
    implements RubricEvaluation {

  public UnjudgedCriteria {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(message, "message");
    criteria = List.copyOf(criteria);
  }
}
