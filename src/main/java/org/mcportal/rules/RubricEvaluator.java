package org.mcportal.rules;

import java.util.ArrayList;
import java.util.HashMap;
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
    List<String> unmet =
        rubric.criteria().stream()
            .map(Rubric.Criterion::id)
            .filter(id -> Boolean.FALSE.equals(judgements.get(id)))
            .toList();
    String top = rubric.levels().get(0).id();
    return new ComponentResult(
        component.id(), level.id(), level.label(), reasonsShortOf(rubric, unmet, top), unmet);
  }

  /**
   * Why work with these unmet criteria does not reach {@code levelId}, as the rubric's "unmet"
   * phrases in the order of its criteria.
   *
   * <p>When the level has a condition, the reasons are the unmet criteria that condition needs met:
   * those it reads positively, under an even number of {@code not}s. A criterion it reads
   * negatively is not a reason; the field-notes log's "Accomplished" may even require one unmet.
   *
   * <p>A level without a condition is only reached as the rubric's {@code otherwise}, so falling
   * short of it means a lower level's condition held: the reasons are then the unmet criteria that
   * the holding lower levels read negatively ("any of these is missing").
   *
   * @param unmetCriteria the ids of the criteria judged unmet; every other criterion counts as met
   */
  public static List<String> reasonsShortOf(
      Rubric rubric, List<String> unmetCriteria, String levelId) {
    Rubric.Level target =
        rubric
            .level(levelId)
            .orElseThrow(() -> new IllegalArgumentException("no level " + levelId));
    Set<String> unmet = Set.copyOf(unmetCriteria);
    Set<String> relevant = new TreeSet<>();
    if (target.when().isPresent()) {
      relevant.addAll(read(target.when().get(), true, unmet, true));
    } else {
      Map<String, Boolean> judgements = new HashMap<>();
      rubric.criteria().forEach(c -> judgements.put(c.id(), !unmet.contains(c.id())));
      unmet.forEach(id -> judgements.put(id, false));
      List<Rubric.Level> levels = rubric.levels();
      for (int i = rubric.rank(levelId) + 1; i < levels.size(); i++) {
        levels
            .get(i)
            .when()
            .filter(when -> when.holds(judgements))
            .ifPresent(when -> relevant.addAll(read(when, true, unmet, false)));
      }
    }
    List<String> reasons = new ArrayList<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      if (relevant.contains(criterion.id())) {
        criterion.unmet().ifPresent(reasons::add);
      }
    }
    return reasons;
  }

  /**
   * The unmet criteria a condition reads with the given polarity ({@code true}: needs them met).
   */
  private static Set<String> read(
      Condition condition, boolean positive, Set<String> unmet, boolean wanted) {
    Set<String> found = new TreeSet<>();
    if (condition instanceof Condition.Met met) {
      if (positive == wanted && unmet.contains(met.criterion())) {
        found.add(met.criterion());
      }
    } else if (condition instanceof Condition.Not not) {
      found.addAll(read(not.operand(), !positive, unmet, wanted));
    } else if (condition instanceof Condition.All all) {
      all.operands().forEach(c -> found.addAll(read(c, positive, unmet, wanted)));
    } else if (condition instanceof Condition.Any any) {
      any.operands().forEach(c -> found.addAll(read(c, positive, unmet, wanted)));
    }
    return found;
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
}
