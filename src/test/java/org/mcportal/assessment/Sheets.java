package org.mcportal.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scoring sheets for the home-visits credential, as a client sends them. */
final class Sheets {

  static final String QUOTE = "I chose this micro-credential because most of my contact";
  static final String QUOTE_FIELD = "answer:part-1:why-this-credential";

  private Sheets() {}

  /** Every criterion of every component met: earned. */
  static Map<String, Object> proficient() {
    Map<String, Object> components = new LinkedHashMap<>();
    components.put(
        "part-1",
        component(
            criteria("justifies-choice", true, "learning-goal", true),
            "",
            List.of(
                Map.of(
                    "criterionId", "learning-goal", "fieldKey", QUOTE_FIELD, "passage", QUOTE))));
    components.put(
        "artifact-1",
        component(
            criteria(
                "three-students", true,
                "questions-complete", true,
                "family-time-place", true,
                "strategies", true,
                "opening-question", true,
                "minimal-responses", false),
            "",
            List.of()));
    components.put(
        "artifact-2",
        component(
            criteria("all-answered", true, "deep-reflection", true, "impact", true),
            "",
            List.of()));
    components.put(
        "artifact-3",
        component(
            criteria("three-notes", true, "personal-detail", true, "invitation", true),
            "",
            List.of()));
    components.put(
        "part-3",
        component(
            criteria("positive-impact", true, "specific-examples", true, "actionable-steps", true),
            "",
            List.of()));
    return sheet(components, "Thoughtful, well-evidenced work.");
  }

  /** As {@link #proficient}, but the notes of artifact 3 carry no invitation: Basic, not earned. */
  static Map<String, Object> artifactThreeBasic(String feedback) {
    Map<String, Object> sheet = proficient();
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    components.put(
        "artifact-3",
        component(
            criteria("three-notes", true, "personal-detail", true, "invitation", false),
            feedback,
            List.of()));
    return sheet;
  }

  static Map<String, Object> sheet(Map<String, Object> components, String overall) {
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put("components", components);
    sheet.put("overallComment", overall);
    return sheet;
  }

  static Map<String, Object> component(
      Map<String, Object> judgements, String feedback, List<Map<String, String>> evidence) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("judgements", judgements);
    component.put("override", null);
    component.put("feedback", feedback);
    component.put("evidence", evidence);
    return component;
  }

  static Map<String, Object> overridden(
      Map<String, Object> judgements, String levelId, String justification) {
    Map<String, Object> component = component(judgements, "", List.of());
    component.put("override", Map.of("levelId", levelId, "justification", justification));
    return component;
  }

  static Map<String, String> quote(String criterionId, String fieldKey, String passage) {
    return Map.of("criterionId", criterionId, "fieldKey", fieldKey, "passage", passage);
  }

  /** Criterion ids with true for met and false for unmet. */
  static Map<String, Object> criteria(Object... pairs) {
    Map<String, Object> judgements = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      judgements.put((String) pairs[i], Boolean.TRUE.equals(pairs[i + 1]) ? "MET" : "UNMET");
    }
    return judgements;
  }
}
