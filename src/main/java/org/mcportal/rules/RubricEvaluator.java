package org.mcportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an assessor's criterion judgements into a component's level.
 *
 * <p>The component gets the lowest level whose condition holds, and the rubric's {@code otherwise}
 * level when none does. Lowest first, because the rubric's lower descriptors are stated as "any of
 * these is missing", which also holds for work that partly meets a higher level.
 *
 * <p>Every criterion some level reads must be judged: a level computed from a guess about an
 * unjudged criterion could differ from the assessor's, so a missing judgement yields {@link
 * UnjudgedCriteria} instead of a level.
 */
public final class RubricEvaluator {

  private RubricEvaluator() {}

  /**
   * @param judgements criterion id to met ({@code true}) or unmet ({@code false}); a criterion that
   *     is absent or maps to {@code null} is unjudged; ids no level reads are ignored
   */
  public static RubricEvaluation evaluate(Component component, Map<String, Boolean> judgements) {
    Rubric rubric = component.rubric();
    List<String> unjudged = unjudged(rubric, judgements);
    if (!unjudged.isEmpty()) {
      return new UnjudgedCriteria(
          component.id(),
          unjudged,
          component.label() + ": not all criteria judged: " + String.join(", ", unjudged) + ".");
    }
    Rubric.Level level = level(rubric, judgements);
    return new ComponentResult(
        component.id(), level.id(), level.label(), reasons(rubric, judgements));
  }

  private static Rubric.Level level(Rubric rubric, Map<String, Boolean> judgements) {
    List<Rubric.Level> levels = rubric.levels();
    for (int i = levels.size() - 1; i >= 0; i--) {
      Rubric.Level level = levels.get(i);
      if (level.when().isPresent() && level.when().get().holds(judgements)) {
        return level;
      }
    }
    return rubric
        .level(rubric.otherwise())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "rubric's otherwise level "
                        + rubric.otherwise()
                        + " is not one of its levels"));
  }

  private static List<String> unjudged(Rubric rubric, Map<String, Boolean> judgements) {
    Set<String> read = new TreeSet<>();
    for (Rubric.Level level : rubric.levels()) {
      level.when().ifPresent(when -> read.addAll(when.criteria()));
    }
    List<String> missing = new ArrayList<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      if (read.remove(criterion.id()) && judgements.get(criterion.id()) == null) {
        missing.add(criterion.id());
      }
    }
    // Criteria a condition reads but the rubric does not list still need a judgement.
    for (String id : read) {
      if (judgements.get(id) == null) {
        missing.add(id);
      }
    }
    return missing;
  }

  private static List<String> reasons(Rubric rubric, Map<String, Boolean> judgements) {
    if (rubric.levels().isEmpty() || rubric.levels().get(0).when().isEmpty()) {
      return List.of();
    }
    Set<String> topReads = rubric.levels().get(0).when().get().criteria();
    List<String> reasons = new ArrayList<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      if (topReads.contains(criterion.id())
          && Boolean.FALSE.equals(judgements.get(criterion.id()))) {
        criterion.unmet().ifPresent(reasons::add);
      }
    }
    return reasons;
  }
}
