package org.mcportal.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Judgement maps for tests: every criterion a rubric lists, met unless named otherwise. */
final class Judgements {

  private Judgements() {}

  static Map<String, Boolean> allMet(Rubric rubric) {
    Map<String, Boolean> judgements = new LinkedHashMap<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      judgements.put(criterion.id(), true);
    }
    return judgements;
  }

  static Map<String, Boolean> unmet(Rubric rubric, String... unmet) {
    Map<String, Boolean> judgements = allMet(rubric);
    for (String id : unmet) {
      judgements.put(id, false);
    }
    return judgements;
  }

  /** Judgements from a string of 1s and 0s, in the order the rubric lists its criteria. */
  static Map<String, Boolean> bits(Rubric rubric, String bits) {
    Map<String, Boolean> judgements = new LinkedHashMap<>();
    for (int i = 0; i < rubric.criteria().size(); i++) {
      judgements.put(rubric.criteria().get(i).id(), bits.charAt(i) == '1');
    }
    return judgements;
  }
}
