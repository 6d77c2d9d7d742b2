package org.mcportal.rules.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcportal.rules.Component;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.RubricEvaluator;
import org.mcportal.rules.assessment.ScoringSheet.ComponentScore;
import org.mcportal.rules.assessment.ScoringSheet.Judgement;

/**
 * What a scoring sheet comes to: each component's derived and final level, the credential outcome
 * decided on the final levels, and the explanation the educator reads.
 *
 * <p>It can be computed for any sheet, so the scoring screen can preview it live; an incomplete
 * sheet gives an {@link CredentialOutcome.Undecided} outcome. Only a sheet {@link ScoringCheck}
 * accepts should be stored as the assessment.
 *
 * @param components in the credential's order
 */
public record ScoredOutcome(
    List<ScoredComponent> components, CredentialOutcome outcome, OutcomeExplanation explanation) {

  public ScoredOutcome {
    components = List.copyOf(components);
  }

  /** The final result of every component that has one, for {@link Resubmission#after}. */
  public List<ComponentResult> finalResults() {
    return components.stream().flatMap(c -> c.result().stream()).toList();
  }

  public static ScoredOutcome of(CredentialDefinition definition, ScoringSheet sheet, Instant at) {
    List<ScoredComponent> scored = new ArrayList<>();
    List<ComponentResult> finals = new ArrayList<>();
    for (Component component : definition.components()) {
      ComponentScore score = sheet.component(component.id()).orElse(ComponentScore.of(Map.of()));
      ScoredComponent one = score(definition, component, score);
      scored.add(one);
      one.result().ifPresent(finals::add);
    }
    CredentialOutcome outcome = CredentialOutcome.decide(definition, finals, at);
    return new ScoredOutcome(scored, outcome, OutcomeExplanation.of(definition, scored, outcome));
  }

  private static ScoredComponent score(
      CredentialDefinition definition, Component component, ComponentScore score) {
    Rubric rubric = component.rubric();
    Optional<ComponentResult> derived = derivedResult(component, score);
    Optional<String> required = definition.requiredLevel(component.id());
    Optional<Rubric.Level> overrideLevel = score.override().flatMap(o -> rubric.level(o.levelId()));
    boolean overridden =
        overrideLevel.isPresent()
            && !derived.map(d -> d.levelId().equals(overrideLevel.get().id())).orElse(false);
    Optional<ComponentResult> result =
        overridden ? overrideResult(score, component, overrideLevel.get()) : derived;
    boolean reaches =
        result.isPresent()
            && required.map(r -> rubric.reaches(result.get().levelId(), r)).orElse(true);
    List<String> reasons =
        result.isPresent() && !reaches
            ? RubricEvaluator.reasonsShortOf(
                rubric, result.get().unmetCriteria(), required.orElseThrow())
            : List.of();
    return new ScoredComponent(
        component.id(), component.label(), derived, result, overridden, required, reaches, reasons);
  }

  private static Optional<ComponentResult> overrideResult(
      ComponentScore score, Component component, Rubric.Level level) {
    Rubric rubric = component.rubric();
    List<String> unmet =
        rubric.criteria().stream()
            .map(Rubric.Criterion::id)
            .filter(id -> score.judgement(id) == Judgement.UNMET)
            .toList();
    String top = rubric.levels().get(0).id();
    return Optional.of(
        new ComponentResult(
            component.id(),
            level.id(),
            level.label(),
            RubricEvaluator.reasonsShortOf(rubric, unmet, top),
            unmet));
  }

  private static Optional<ComponentResult> derivedResult(
      Component component, ComponentScore score) {
    boolean allJudged =
        component.rubric().criteria().stream()
            .allMatch(c -> score.judgement(c.id()) != Judgement.UNJUDGED);
    if (!allJudged) {
      return Optional.empty();
    }
    return Optional.of(RubricEvaluator.evaluate(component, score.asEvaluatorJudgements()))
        .filter(ComponentResult.class::isInstance)
        .map(ComponentResult.class::cast);
  }

  /** The derived level's id, for {@link ScoringCheck}; empty while a criterion is unjudged. */
  static Optional<String> derived(Component component, ComponentScore score) {
    return derivedResult(component, score).map(ComponentResult::levelId);
  }

  /** The level that counts: a valid override, else the derived level. */
  static Optional<String> finalLevel(Component component, ComponentScore score) {
    Optional<String> override =
        score
            .override()
            .map(ScoringSheet.LevelOverride::levelId)
            .filter(id -> component.rubric().level(id).isPresent());
    return override.isPresent() ? override : derived(component, score);
  }
}
