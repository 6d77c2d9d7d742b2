package org.mcportal.rules;

import java.util.List;
import java.util.Optional;

/**
 * How a component is rated. The assessor judges each criterion met or unmet; the level follows from
 * those judgements alone (see {@link RubricEvaluator}).
 *
 * @param levels best first, as the rubric table prints them
 * @param otherwise the level given when no level's condition holds
 */
public record Rubric(List<Level> levels, List<Criterion> criteria, String otherwise) {

  public Rubric {
    levels = List.copyOf(levels);
    criteria = List.copyOf(criteria);
  }

  public Optional<Level> level(String levelId) {
    return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
  }

  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /** Position from the top: 0 for the best level. */
  public int rank(String levelId) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(levelId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no level " + levelId);
  }

  /** True when {@code levelId} is {@code requiredLevelId} or better. */
  public boolean reaches(String levelId, String requiredLevelId) {
    return rank(levelId) <= rank(requiredLevelId);
  }

  /**
   * A rubric level.
   *
   * @param descriptor the descriptor as printed in the credential, verbatim; empty where the
   *     credential prints none (the "fail" of a pass/fail part)
   * @param when the condition on criteria that gives this level; empty only for the fallback
   */
  public record Level(
      String id, String label, Optional<String> descriptor, Optional<Condition> when) {}

  /**
   * Something the assessor judges true or false.
   *
   * @param text the statement, in the rubric's words where the rubric has them
   * @param unmet the reason given in an outcome when the statement is false; empty for criteria
   *     that only lower levels read ("Response to questions was minimal")
   */
  public record Criterion(String id, String text, Optional<String> unmet) {}
}
