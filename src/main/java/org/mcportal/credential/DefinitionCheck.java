package org.mcportal.credential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.EarningCondition;
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
    calibration(problems, definition.assessment().calibration());
    return problems;
  }

  /** A certificate that lasts no time would never let anyone score. */
  private static void calibration(
      List<String> problems, AssessmentSettings.Calibration calibration) {
    if (calibration.validity().isZero() || calibration.validity().isNegative()) {
      problems.add(
          CredentialFileReader.at(
              "/assessment/calibration/validity",
              "a calibration validity must be a positive period such as P12M"));
    }
    if (calibration.required() && calibration.threshold().signum() <= 0) {
      problems.add(
          CredentialFileReader.at(
              "/assessment/calibration/threshold",
              "a required calibration needs a threshold above 0, such as 0.8"));
    }
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
    unreachable(problems, pointer, rubric);
  }

  /** More criteria than this and the truth table is not worth walking; no rubric comes close. */
  private static final int MAX_CRITERIA_TO_ENUMERATE = 16;

  /**
   * A level is reachable when some judgements make its condition hold and no lower level's, since
   * the lowest holding level wins. A level whose condition implies a lower one's can never be
   * given; neither can the {@code otherwise} level when some level always holds.
   */
  private static void unreachable(List<String> problems, String pointer, Rubric rubric) {
    List<String> criteria = rubric.criteria().stream().map(Rubric.Criterion::id).toList();
    if (criteria.size() > MAX_CRITERIA_TO_ENUMERATE
        || rubric.level(rubric.otherwise()).isEmpty()
        || rubric.levels().stream()
            .flatMap(l -> l.when().stream())
            .flatMap(w -> w.criteria().stream())
            .anyMatch(id -> rubric.criterion(id).isEmpty())) {
      return;
    }
    Set<String> given = new HashSet<>();
    for (long mask = 0; mask < (1L << criteria.size()); mask++) {
      Map<String, Boolean> judgements = new HashMap<>();
      for (int c = 0; c < criteria.size(); c++) {
        judgements.put(criteria.get(c), (mask & (1L << c)) != 0);
      }
      String level = rubric.otherwise();
      for (int l = rubric.levels().size() - 1; l >= 0; l--) {
        Rubric.Level candidate = rubric.levels().get(l);
        if (candidate.when().isPresent() && candidate.when().get().holds(judgements)) {
          level = candidate.id();
          break;
        }
      }
      given.add(level);
    }
    for (int l = 0; l < rubric.levels().size(); l++) {
      Rubric.Level level = rubric.levels().get(l);
      boolean reachableInPrinciple =
          level.when().isPresent() || level.id().equals(rubric.otherwise());
      if (reachableInPrinciple && !given.contains(level.id())) {
        problems.add(
            CredentialFileReader.at(
                pointer + "/levels/" + l,
                "level '"
                    + level.id()
                    + "' can never be given: "
                    + (level.when().isPresent()
                        ? "whenever its condition holds, a lower level's condition holds too,"
                            + " and the lowest holding level wins"
                        : "some level's condition always holds, so 'otherwise' is never used")));
      }
    }
  }

  /**
   * Every component and level the earning rule names exists, every count can be met, and a
   * component the rule does not read is reported: it could never change the outcome.
   */
  private static void earning(List<String> problems, CredentialDefinition definition) {
    EarningCondition rule = definition.earning().rule();
    for (Component component : definition.components()) {
      if (!rule.components(definition).contains(component.id())) {
        problems.add(
            CredentialFileReader.at(
                "/earning", "the earning rule does not read component '" + component.id() + "'"));
      }
    }
    condition(problems, definition, rule);
  }

  private static void condition(
      List<String> problems, CredentialDefinition definition, EarningCondition condition) {
    EarningCondition.operands(condition).forEach(o -> condition(problems, definition, o));
    List<String> listed = EarningCondition.listed(condition);
    if (!EarningCondition.operands(condition).isEmpty()) {
      return;
    }
    listed.stream()
        .filter(id -> definition.component(id).isEmpty())
        .forEach(
            id ->
                problems.add(
                    CredentialFileReader.at(
                        "/earning", "the earning rule names no component '" + id + "'")));
    List<String> scope =
        EarningCondition.scope(listed, definition).stream()
            .filter(id -> definition.component(id).isPresent())
            .toList();
    String level = level(condition);
    for (String id : scope) {
      Component component = definition.component(id).orElseThrow();
      if (component.rubric().level(level).isEmpty()) {
        problems.add(
            CredentialFileReader.at(
                "/earning",
                "level '"
                    + level
                    + "' is not a level of "
                    + component.label()
                    + " ('"
                    + id
                    + "')"));
      }
    }
    if (condition instanceof EarningCondition.CountAtLeast c && c.count() > scope.size()) {
      problems.add(
          CredentialFileReader.at(
              "/earning",
              "'atLeast: "
                  + c.count()
                  + "' can never hold: the rule counts only "
                  + scope.size()
                  + (scope.size() == 1 ? " component" : " components")));
    }
  }

  private static String level(EarningCondition condition) {
    if (condition instanceof EarningCondition.AtLeast c) {
      return c.level();
    } else if (condition instanceof EarningCondition.CountAtLeast c) {
      return c.level();
    }
    return ((EarningCondition.AtMostBelow) condition).level();
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
