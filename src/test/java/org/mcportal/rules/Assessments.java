package org.mcportal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An assessor's judgements for a whole submission, all met unless a test says otherwise. */
final class Assessments {

  private final CredentialDefinition definition;
  private final Map<String, Map<String, Boolean>> judgements = new LinkedHashMap<>();

  private Assessments(CredentialDefinition definition) {
    this.definition = definition;
    for (Component component : definition.components()) {
      Map<String, Boolean> allMet = Judgements.allMet(component.rubric());
      // Met here reads "responses were minimal", a shortfall: the best work has it unmet.
      allMet.computeIfPresent("minimal-responses", (id, met) -> false);
      judgements.put(component.id(), allMet);
    }
  }

  static Assessments allMet(CredentialDefinition definition) {
    return new Assessments(definition);
  }

  Assessments unmet(String componentId, String... criteria) {
    for (String criterion : criteria) {
      judgements.get(componentId).put(criterion, false);
    }
    return this;
  }

  Assessments unjudged(String componentId, String... criteria) {
    for (String criterion : criteria) {
      judgements.get(componentId).remove(criterion);
    }
    return this;
  }

  Assessments notAssessed(String componentId) {
    judgements.remove(componentId);
    return this;
  }

  Map<String, Map<String, Boolean>> judgements() {
    return judgements;
  }

  /** The results of every assessed component; fails the test if one is not fully judged. */
  List<ComponentResult> results() {
    return judgements.entrySet().stream()
        .map(
            e ->
                RubricEvaluator.evaluate(
                    definition.component(e.getKey()).orElseThrow(), e.getValue()))
        .map(ComponentResult.class::cast)
        .toList();
  }
}
