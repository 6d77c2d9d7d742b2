package org.mcportal.credential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Part;
import org.mcportal.rules.Rubric;

/**
 * The checks a JSON Schema cannot express: ids that must be unique, conditions that must name real
 * criteria, an earning rule that must cover every component with one of its own levels. Problems
 * carry the JSON Pointer of the place in the file, so they read like the schema's own messages.
 */
final class DefinitionCheck {

  private DefinitionCheck() {}

  static List<String> problems(CredentialDefinition definition) {
    List<String> problems = new ArrayList<>();
    unique(problems, "", "part", definition.parts(), Part::id);
    Set<String> componentIds = new HashSet<>();
    unique(problems, "", "question", definition.questions().toList(), q -> q.id());
    for (int p = 0; p < definition.parts().size(); p++) {
      Part part = definition.parts().get(p);
      boolean inline =
          part.components().size() == 1 && part.components().get(0).id().equals(part.id());
      for (int c = 0; c < part.components().size(); c++) {
        Component component = part.components().get(c);
        String pointer = inline ? "/parts/" + p : "/parts/" + p + "/artifacts/" + c;
        if (!componentIds.add(component.id())) {
          problems.add(
              CredentialFileReader.at(
                  pointer + "/id", "component id '" + component.id() + "' is used twice"));
        }
        component(problems, pointer, part, component);
      }
    }
    earning(problems, definition);
    scoring(problems, definition.assessment().scoring());
    return problems;
  }

  /** A share only means something for sample scoring, and sample scoring means nothing without. */
  private static void scoring(List<String> problems, AssessmentSettings.Scoring scoring) {
    boolean sample = scoring.mode() == AssessmentSettings.Scoring.Mode.SAMPLE;
    if (sample && scoring.share().isEmpty()) {
      problems.add(
          CredentialFileReader.at(
              "/assessment/scoring", "sample scoring needs a 'share' from 0.0 to 1.0"));
    } else if (!sample && scoring.share().isPresent()) {
      problems.add(
          CredentialFileReader.at(
              "/assessment/scoring/share", "a 'share' applies to sample scoring only"));
    }
  }

  private static void component(
      List<String> problems, String pointer, Part part, Component component) {
    if (component.perSubject() && part.subjects().isEmpty()) {
      problems.add(
          CredentialFileReader.at(
              pointer + "/perSubject",
              "a per-subject component needs 'subjects' on its part '" + part.id() + "'"));
    }
    if (component.response() == Component.ResponseKind.ANSWERS && component.questions().isEmpty()) {
      problems.add(
          CredentialFileReader.at(
              pointer + "/questions", "a component of answers needs at least one question"));
    }
    if (component.response() == Component.ResponseKind.DOCUMENTS && !component.perSubject()) {
      problems.add(
          CredentialFileReader.at(
              pointer + "/perSubject",
              "a component of documents holds one per subject, so it must be per subject"));
    }
    rubric(problems, pointer + "/rubric", component.rubric());
  }

  private static void rubric(List<String> problems, String pointer, Rubric rubric) {
    unique(problems, pointer, "level", rubric.levels(), Rubric.Level::id);
    unique(problems, pointer, "criterion", rubric.criteria(), Rubric.Criterion::id);
    if (rubric.level(rubric.otherwise()).isEmpty()) {
      problems.add(
          CredentialFileReader.at(
              pointer + "/otherwise", "level '" + rubric.otherwise() + "' is not defined"));
    }
    if (!rubric.levels().isEmpty() && rubric.levels().get(0).when().isEmpty()) {
      problems.add(
          CredentialFileReader.at(
              pointer + "/levels/0/when",
              "the top level needs a condition, or nothing could reach it"));
    }
    for (int l = 0; l < rubric.levels().size(); l++) {
      String where = pointer + "/levels/" + l + "/when";
      rubric
          .levels()
          .get(l)
          .when()
          .ifPresent(
              condition ->
                  condition.criteria().stream()
                      .filter(id -> rubric.criterion(id).isEmpty())
                      .sorted()
                      .forEach(
                          id ->
                              problems.add(
                                  CredentialFileReader.at(
                                      where, "criterion '" + id + "' is not defined"))));
    }
  }

  private static void earning(List<String> problems, CredentialDefinition definition) {
    var requires = definition.earning().requires();
    for (Component component : definition.components()) {
      String level = requires.get(component.id());
      if (level == null) {
        problems.add(
            CredentialFileReader.at(
                "/earning/requires", "component '" + component.id() + "' has no required level"));
      } else if (component.rubric().level(level).isEmpty()) {
        problems.add(
            CredentialFileReader.at(
                "/earning/requires/" + component.id(),
                "level '" + level + "' is not a level of " + component.label()));
      }
    }
    requires.keySet().stream()
        .filter(id -> definition.component(id).isEmpty())
        .sorted()
        .forEach(
            id ->
                problems.add(
                    CredentialFileReader.at(
                        "/earning/requires/" + id, "no component '" + id + "'")));
  }

  private static <T> void unique(
      List<String> problems, String pointer, String what, List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    items.stream()
        .map(id)
        .filter(value -> !seen.add(value))
        .distinct()
        .forEach(
            value ->
                problems.add(
                    CredentialFileReader.at(pointer, what + " id '" + value + "' is used twice")));
  }
}
