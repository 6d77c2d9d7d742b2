package org.mcportal.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcportal.rules.Component;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.RubricEvaluation;
import org.mcportal.rules.RubricEvaluator;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.UnjudgedCriteria;

/**
 * The checks and results of a scoring sheet, computed from the credential's rubric by the rules
 * core's evaluator. Plain functions of their inputs.
 */
final class Scoring {

  private Scoring() {}

  /**
   * What would make a save meaningless: ids the credential does not have, and quotes that are not
   * in the attempt. A sheet with these is refused whole; an unfinished sheet is not.
   */
  static List<ScoringProblem> structure(
      CredentialDefinition definition, ScoringSheet sheet, SubmissionContent content) {
    List<ScoringProblem> problems = new ArrayList<>();
    sheet
        .components()
        .forEach(
            (componentId, scored) -> {
              Optional<Component> found = definition.component(componentId);
              if (found.isEmpty()) {
                problems.add(
                    new ScoringProblem(
                        "unknown-component",
                        componentId,
                        null,
                        "The credential has no component '" + componentId + "'"));
                return;
              }
              Component component = found.get();
              Rubric rubric = component.rubric();
              for (String criterionId : scored.criteria().keySet()) {
                if (rubric.criterion(criterionId).isEmpty()) {
                  problems.add(unknownCriterion(component, criterionId));
                }
              }
              if (scored.overrideLevel() != null
                  && rubric.level(scored.overrideLevel()).isEmpty()) {
                problems.add(
                    new ScoringProblem(
                        "unknown-level",
                        componentId,
                        null,
                        component.label() + " has no level '" + scored.overrideLevel() + "'"));
              }
              for (ScoringSheet.Evidence evidence : scored.evidence()) {
                problems.addAll(evidenceProblems(definition, component, evidence, content));
              }
            });
    return problems;
  }

  private static List<ScoringProblem> evidenceProblems(
      CredentialDefinition definition,
      Component component,
      ScoringSheet.Evidence evidence,
      SubmissionContent content) {
    if (evidence.criterionId() == null
        || component.rubric().criterion(evidence.criterionId()).isEmpty()) {
      return List.of(unknownCriterion(component, String.valueOf(evidence.criterionId())));
    }
    Optional<FieldKey> key =
        Optional.ofNullable(evidence.fieldKey()).flatMap(k -> FieldKey.parse(k, definition));
    Optional<String> text =
        key.filter(k -> k.owner().equals(component.id())).flatMap(k -> text(k, content));
    if (text.isEmpty()) {
      return List.of(
          new ScoringProblem(
              "unknown-field",
              component.id(),
              evidence.criterionId(),
              component.label() + " has no answer or document '" + evidence.fieldKey() + "'"));
    }
    String quote = normalized(evidence.quote() == null ? "" : evidence.quote());
    if (quote.isEmpty() || !normalized(text.get()).contains(quote)) {
      return List.of(
          new ScoringProblem(
              "quote-not-verbatim",
              component.id(),
              evidence.criterionId(),
              "A quote must be a passage of the attempt, word for word"));
    }
    return List.of();
  }

  /** The text of one answer or document of an attempt. */
  static Optional<String> text(FieldKey key, SubmissionContent content) {
    return switch (key.kind()) {
      case ANSWER ->
          content
              .answer(key.owner(), key.question().orElseThrow(), key.subject())
              .map(a -> a.markdown());
      case DOCUMENT -> content.document(key.owner(), key.subject().getAsInt()).map(d -> d.text());
      case SUBJECT, PRIVATE_NAME -> Optional.empty();
    };
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static ScoringProblem unknownCriterion(Component component, String criterionId) {
    return new ScoringProblem(
        "unknown-criterion",
        component.id(),
        criterionId,
        component.label() + " has no criterion '" + criterionId + "'");
  }

  /** The level the rubric's logic gives each component, or the criteria still to judge. */
  static Map<String, RubricEvaluation> derived(
      CredentialDefinition definition, ScoringSheet sheet) {
    Map<String, RubricEvaluation> derived = new LinkedHashMap<>();
    for (Component component : definition.components()) {
      derived.put(
          component.id(),
          RubricEvaluator.evaluate(component, sheet.component(component.id()).criteria()));
    }
    return derived;
  }

  /**
   * Everything that stands between the sheet and a submitted assessment, each with its code:
   * criteria to judge, overrides without a justification, and components below their required level
   * without feedback.
   */
  static List<ScoringProblem> completeness(CredentialDefinition definition, ScoringSheet sheet) {
    List<ScoringProblem> problems = new ArrayList<>();
    Map<String, RubricEvaluation> derived = derived(definition, sheet);
    for (Component component : definition.components()) {
      ScoringSheet.ComponentSheet scored = sheet.component(component.id());
      RubricEvaluation evaluation = derived.get(component.id());
      if (evaluation instanceof UnjudgedCriteria unjudged) {
        for (String criterionId : unjudged.criteria()) {
          problems.add(
              new ScoringProblem(
                  "criteria-unjudged",
                  component.id(),
                  criterionId,
                  component.label()
                      + ": judge \""
                      + component
                          .rubric()
                          .criterion(criterionId)
                          .map(Rubric.Criterion::text)
                          .orElse(criterionId)
                      + "\""));
        }
      }
      if (scored.overrideLevel() != null && scored.justification().isBlank()) {
        problems.add(
            new ScoringProblem(
                "justification-required",
                component.id(),
                null,
                component.label() + ": say why you chose a level other than the derived one"));
      }
      Optional<String> level = finalLevel(component, scored, evaluation);
      Optional<String> required = definition.earning().required(component.id());
      if (level.isPresent()
          && required.isPresent()
          && component.rubric().level(level.get()).isPresent()
          && !component.rubric().reaches(level.get(), required.get())
          && scored.feedback().isBlank()) {
        problems.add(
            new ScoringProblem(
                "feedback-required",
                component.id(),
                null,
                component.label() + " is below its required level: write feedback for it"));
      }
    }
    return problems;
  }

  static Optional<String> finalLevel(
      Component component, ScoringSheet.ComponentSheet scored, RubricEvaluation evaluation) {
    if (scored.overrideLevel() != null) {
      return Optional.of(scored.overrideLevel());
    }
    return evaluation instanceof ComponentResult result
        ? Optional.of(result.levelId())
        : Optional.empty();
  }

  /**
   * The result of every component, the override taking the derived level's place. Only for a sheet
   * {@link #completeness} has nothing against.
   */
  static List<ComponentResult> results(CredentialDefinition definition, ScoringSheet sheet) {
    Map<String, RubricEvaluation> derived = derived(definition, sheet);
    List<ComponentResult> results = new ArrayList<>();
    for (Component component : definition.components()) {
      ComponentResult result = (ComponentResult) derived.get(component.id());
      String override = sheet.component(component.id()).overrideLevel();
      if (override == null || override.equals(result.levelId())) {
        results.add(result);
      } else {
        Rubric.Level level = component.rubric().level(override).orElseThrow();
        results.add(
            new ComponentResult(component.id(), level.id(), level.label(), result.reasons()));
      }
    }
    return results;
  }

  /** The components a carried result covers: those that reached their required level. */
  static Set<String> reached(CredentialDefinition definition, List<ComponentResult> results) {
    return Set.copyOf(org.mcportal.rules.Reopening.after(definition, results).locked());
  }
}
