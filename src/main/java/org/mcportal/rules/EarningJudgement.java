package org.mcportal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link EarningCondition} applied to the components' final levels, and the condition in words.
 * Both read the rubric's level labels and the components' labels, so the rule the page states is
 * the rule the outcome applies.
 *
 * @param holds whether the credential is earned
 * @param shortfalls the components below a level they must reach themselves, with the rubric's
 *     reasons, in the credential's order
 * @param unmet a sentence for each count condition that failed ("at least 1 of the 5 components
 *     must reach Exemplary; none does")
 */
public record EarningJudgement(boolean holds, List<Shortfall> shortfalls, List<String> unmet) {

  public EarningJudgement {
    shortfalls = List.copyOf(shortfalls);
    unmet = List.copyOf(unmet);
  }

  /**
   * Judges every component's final level.
   *
   * @param results per component id, the level it reached; each component the condition reads must
   *     have one
   */
  public static EarningJudgement of(
      CredentialDefinition definition,
      EarningCondition condition,
      Map<String, ComponentResult> results) {
    Map<String, Shortfall> shortfalls = new LinkedHashMap<>();
    List<String> unmet = new ArrayList<>();
    boolean holds = judge(definition, condition, results, shortfalls, unmet);
    List<Shortfall> ordered =
        definition.components().stream()
            .map(c -> shortfalls.get(c.id()))
            .filter(Objects::nonNull)
            .toList();
    return holds
        ? new EarningJudgement(true, List.of(), List.of())
        : new EarningJudgement(false, ordered, unmet);
  }

  private static boolean judge(
      CredentialDefinition definition,
      EarningCondition condition,
      Map<String, ComponentResult> results,
      Map<String, Shortfall> shortfalls,
      List<String> unmet) {
    if (condition instanceof EarningCondition.AtLeast c) {
      boolean all = true;
      for (String id : EarningCondition.scope(c.components(), definition)) {
        Component component = component(definition, id);
        ComponentResult result = result(results, id);
        if (!component.rubric().reaches(result.levelId(), c.level())) {
          all = false;
          shortfalls.putIfAbsent(
              id,
              new Shortfall(
                  id,
                  component.label(),
                  result.levelId(),
                  result.levelLabel(),
                  c.level(),
                  RubricEvaluator.reasonsShortOf(
                      component.rubric(), result.unmetCriteria(), c.level())));
        }
      }
      return all;
    }
    if (condition instanceof EarningCondition.CountAtLeast c) {
      List<String> scope = EarningCondition.scope(c.components(), definition);
      long reaching =
          scope.stream().filter(id -> reaches(definition, results, id, c.level())).count();
      if (reaching >= c.count()) {
        return true;
      }
      unmet.add(
          describe(definition, c)
              + "; "
              + (reaching == 0
                  ? "none does"
                  : "only " + reaching + (reaching == 1 ? " does" : " do")));
      return false;
    }
    if (condition instanceof EarningCondition.AtMostBelow c) {
      List<String> below =
          EarningCondition.scope(c.components(), definition).stream()
              .filter(id -> !reaches(definition, results, id, c.level()))
              .toList();
      if (below.size() <= c.count()) {
        return true;
      }
      unmet.add(
          describe(definition, c)
              + "; "
              + below.size()
              + (below.size() == 1 ? " is" : " are")
              + " ("
              + Places.listing(below.stream().map(id -> component(definition, id).label()).toList())
              + ")");
      return false;
    }
    if (condition instanceof EarningCondition.All c) {
      boolean all = true;
      for (EarningCondition operand : c.operands()) {
        all &= judge(definition, operand, results, shortfalls, unmet);
      }
      return all;
    }
    if (condition instanceof EarningCondition.Any c) {
      Map<String, Shortfall> theirs = new LinkedHashMap<>();
      List<String> theirUnmet = new ArrayList<>();
      for (EarningCondition operand : c.operands()) {
        if (judge(definition, operand, results, new LinkedHashMap<>(), new ArrayList<>())) {
          return true;
        }
      }
      c.operands().forEach(o -> judge(definition, o, results, theirs, theirUnmet));
      theirs.forEach(shortfalls::putIfAbsent);
      unmet.add("none of the ways to earn it holds: " + describe(definition, c));
      return false;
    }
    throw new IllegalArgumentException("unknown earning condition " + condition);
  }

  /**
   * The condition as one phrase in the rubric's words, e.g. "Part 1 and Part 3 at Pass or better,
   * and Artifact 1, Artifact 2 and Artifact 3 at Proficient or better".
   */
  public static String describe(CredentialDefinition definition, EarningCondition condition) {
    if (condition instanceof EarningCondition.AtLeast c) {
      return components(definition, c.components())
          + " at "
          + label(definition, c.level(), c.components())
          + " or better";
    } else if (condition instanceof EarningCondition.CountAtLeast c) {
      return "at least "
          + c.count()
          + " of "
          + scopeWords(definition, c.components())
          + " at "
          + label(definition, c.level(), c.components())
          + " or better";
    } else if (condition instanceof EarningCondition.AtMostBelow c) {
      return "at most "
          + c.count()
          + " of "
          + scopeWords(definition, c.components())
          + " below "
          + label(definition, c.level(), c.components());
    } else if (condition instanceof EarningCondition.All c) {
      List<String> phrases =
          grouped(definition, c.operands()).stream().map(o -> nested(definition, o)).toList();
      // A comma before the last "and": each phrase may hold an "and" of its own.
      return phrases.size() <= 1
          ? String.join("", phrases)
          : String.join(", ", phrases.subList(0, phrases.size() - 1))
              + ", and "
              + phrases.get(phrases.size() - 1);
    }
    EarningCondition.Any c = (EarningCondition.Any) condition;
    List<String> phrases = c.operands().stream().map(o -> nested(definition, o)).toList();
    return "either "
        + String.join(", ", phrases.subList(0, phrases.size() - 1))
        + (phrases.size() > 1 ? ", or " : "")
        + phrases.get(phrases.size() - 1);
  }

  /**
   * The operands with every single-level {@link EarningCondition.AtLeast} merged per level, the
   * components in the credential's order, so that "Part 1 and Part 3 at Pass or better" reads as
   * one phrase however the file listed them.
   */
  private static List<EarningCondition> grouped(
      CredentialDefinition definition, List<EarningCondition> operands) {
    Map<String, List<String>> byLevel = new LinkedHashMap<>();
    List<EarningCondition> others = new ArrayList<>();
    List<String> order = definition.components().stream().map(Component::id).toList();
    List<EarningCondition> sorted = new ArrayList<>(operands);
    sorted.sort(
        Comparator.comparingInt(
            o ->
                o instanceof EarningCondition.AtLeast a && !a.components().isEmpty()
                    ? order.indexOf(a.components().get(0))
                    : Integer.MAX_VALUE));
    for (EarningCondition operand : sorted) {
      if (operand instanceof EarningCondition.AtLeast a && !a.components().isEmpty()) {
        byLevel.computeIfAbsent(a.level(), l -> new ArrayList<>()).addAll(a.components());
      } else {
        others.add(operand);
      }
    }
    List<EarningCondition> merged = new ArrayList<>();
    byLevel.forEach(
        (level, ids) ->
            merged.add(
                new EarningCondition.AtLeast(
                    level, ids.stream().sorted(Comparator.comparingInt(order::indexOf)).toList())));
    merged.addAll(others);
    return merged;
  }

  private static String nested(CredentialDefinition definition, EarningCondition condition) {
    String text = describe(definition, condition);
    boolean compound =
        condition instanceof EarningCondition.All a && grouped(definition, a.operands()).size() > 1
            || condition instanceof EarningCondition.Any;
    return compound ? "(" + text + ")" : text;
  }

  private static String components(CredentialDefinition definition, List<String> listed) {
    if (listed.isEmpty()) {
      return "every component";
    }
    return Places.listing(listed.stream().map(id -> component(definition, id).label()).toList());
  }

  private static String scopeWords(CredentialDefinition definition, List<String> listed) {
    List<String> scope = EarningCondition.scope(listed, definition);
    return listed.isEmpty()
        ? "the " + Noun.COMPONENT.count(scope.size())
        : components(definition, listed);
  }

  /** The level's label in the first listed component's rubric that has it. */
  private static String label(CredentialDefinition definition, String level, List<String> listed) {
    return EarningCondition.scope(listed, definition).stream()
        .map(id -> definition.component(id).flatMap(c -> c.rubric().level(level)))
        .flatMap(Optional::stream)
        .map(Rubric.Level::label)
        .findFirst()
        .orElse(level);
  }

  private static boolean reaches(
      CredentialDefinition definition,
      Map<String, ComponentResult> results,
      String id,
      String level) {
    return component(definition, id).rubric().reaches(result(results, id).levelId(), level);
  }

  private static Component component(CredentialDefinition definition, String id) {
    return definition
        .component(id)
        .orElseThrow(
            () -> new IllegalArgumentException("the earning rule names no component " + id));
  }

  private static ComponentResult result(Map<String, ComponentResult> results, String id) {
    ComponentResult result = results.get(id);
    if (result == null) {
      throw new IllegalArgumentException("no level for " + id);
    }
    return result;
  }
}
