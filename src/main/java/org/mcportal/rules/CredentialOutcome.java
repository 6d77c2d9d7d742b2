package org.mcportal.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether a submission earns the credential: every component the earning rule names must reach its
 * required level, compared by the rubric's ranks. A component without a level makes the outcome
 * {@link Undecided}, even when another already falls short, so an outcome is only ever shown once
 * the whole assessment is in.
 */
public sealed interface CredentialOutcome {

  /** The time the outcome was decided, as given by the caller. */
  Instant decidedAt();

  /** One sentence for the educator, e.g. "Not earned: Artifact 3 is Basic (...)." */
  String explanation();

  default boolean earned() {
    return this instanceof Earned;
  }

  /** Every component the earning rule names reached its required level. */
  record Earned(Instant decidedAt, String explanation) implements CredentialOutcome {
    public Earned {
      Objects.requireNonNull(decidedAt, "decidedAt");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Every component the earning rule reads has a level, and the rule does not hold.
   *
   * @param shortfalls the components below a level they must reach themselves, in the credential's
   *     order
   * @param unmet a sentence for each counting condition of the rule that failed ("at least 1 of the
   *     5 components at Exemplary or better is needed; none reaches it")
   */
  record NotEarned(
      List<Shortfall> shortfalls, List<String> unmet, Instant decidedAt, String explanation)
      implements CredentialOutcome {
    public NotEarned {
      shortfalls = List.copyOf(shortfalls);
      unmet = List.copyOf(unmet);
      Objects.requireNonNull(decidedAt, "decidedAt");
      Objects.requireNonNull(explanation, "explanation");
    }

    public NotEarned(List<Shortfall> shortfalls, Instant decidedAt, String explanation) {
      this(shortfalls, List.of(), decidedAt, explanation);
    }
  }

  /**
   * Some component has no level yet, so whether the credential is earned cannot be said.
   *
   * @param pending the components that have no level yet, in the credential's order
   */
  record Undecided(List<Pending> pending, Instant decidedAt, String explanation)
      implements CredentialOutcome {
    public Undecided {
      pending = List.copyOf(pending);
      Objects.requireNonNull(decidedAt, "decidedAt");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * A component that has no level yet.
   *
   * @param unjudged the criteria still to judge; empty when the component has no result at all
   */
  record Pending(String componentId, String label, List<String> unjudged) {
    public Pending {
      unjudged = List.copyOf(unjudged);
    }

    String phrase() {
      return unjudged.isEmpty()
          ? "no result yet for " + label
          : "not all criteria judged for " + label + ": " + String.join(", ", unjudged);
    }
  }

  /**
   * Decides from the components' results.
   *
   * @param results at most one per component; components the earning rule does not name are ignored
   * @throws IllegalArgumentException when a result names a component or level the definition does
   *     not have, or two results name one component: the caller mixed up definitions
   */
  static CredentialOutcome decide(
      CredentialDefinition definition, Collection<ComponentResult> results, Instant at) {
    Map<String, RubricEvaluation> evaluations = new HashMap<>();
    for (ComponentResult result : results) {
      if (definition.component(result.componentId()).isEmpty()) {
        throw new IllegalArgumentException("no component " + result.componentId());
      }
      if (evaluations.put(result.componentId(), result) != null) {
        throw new IllegalArgumentException("two results for " + result.componentId());
      }
    }
    return fromEvaluations(definition, evaluations, at);
  }

  /**
   * Decides from the assessor's judgements, per component id then criterion id, rating each
   * component with {@link RubricEvaluator}.
   *
   * @throws IllegalArgumentException when a component id is not the definition's
   */
  static CredentialOutcome fromJudgements(
      CredentialDefinition definition, Map<String, Map<String, Boolean>> judgements, Instant at) {
    for (String componentId : judgements.keySet()) {
      if (definition.component(componentId).isEmpty()) {
        throw new IllegalArgumentException("no component " + componentId);
      }
    }
    Map<String, RubricEvaluation> evaluations = new HashMap<>();
    for (Component component : definition.components()) {
      Map<String, Boolean> given = judgements.get(component.id());
      if (given != null) {
        evaluations.put(component.id(), RubricEvaluator.evaluate(component, given));
      }
    }
    return fromEvaluations(definition, evaluations, at);
  }

  private static CredentialOutcome fromEvaluations(
      CredentialDefinition definition, Map<String, RubricEvaluation> evaluations, Instant at) {
    Objects.requireNonNull(at, "at");
    EarningCondition rule = definition.earning().rule();
    List<String> read = rule.components(definition);
    for (String named : EarningCondition.named(rule)) {
      if (definition.component(named).isEmpty()) {
        throw new IllegalArgumentException("the earning rule names no component " + named);
      }
    }
    List<Pending> pending = new ArrayList<>();
    Map<String, ComponentResult> results = new HashMap<>();
    for (Component component : definition.components()) {
      if (!read.contains(component.id())) {
        continue;
      }
      RubricEvaluation evaluation = evaluations.get(component.id());
      if (evaluation == null) {
        pending.add(new Pending(component.id(), component.label(), List.of()));
      } else if (evaluation instanceof UnjudgedCriteria unjudged) {
        pending.add(new Pending(component.id(), component.label(), unjudged.criteria()));
      } else if (evaluation instanceof ComponentResult result) {
        results.put(component.id(), result);
      }
    }
    if (!pending.isEmpty()) {
      return new Undecided(pending, at, "Not decided: " + join(pending, Pending::phrase) + ".");
    }
    EarningJudgement judgement = EarningJudgement.of(definition, rule, results);
    if (!judgement.holds()) {
      List<String> phrases = new ArrayList<>();
      judgement.shortfalls().forEach(s -> phrases.add(s.phrase()));
      phrases.addAll(judgement.unmet());
      return new NotEarned(
          judgement.shortfalls(),
          judgement.unmet(),
          at,
          "Not earned: " + String.join("; ", phrases) + ".");
    }
    return new Earned(at, "Earned: " + definition.earningRuleInWords() + ".");
  }

  private static <T> String join(List<T> items, java.util.function.Function<T, String> phrase) {
    return items.stream().map(phrase).collect(Collectors.joining("; "));
  }
}
