package org.mcportal.web;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring page's form as a browser without script posts it, for the home-visits credential:
 * every component's parallel fields in the page's order, with the criteria ticked as given.
 */
final class ScoringForm {

  static final List<String> COMPONENTS =
      List.of("part-1", "artifact-1", "artifact-2", "artifact-3", "part-3");

  private final Map<String, List<String>> met = new LinkedHashMap<>();
  private final Map<String, String> feedback = new LinkedHashMap<>();
  private final Map<String, String[]> quotes = new LinkedHashMap<>();
  private final Map<String, String[]> overrides = new LinkedHashMap<>();
  private String overall = "";

  /** The criteria of a Proficient sample: everything met but "responses were minimal". */
  static ScoringForm proficient() {
    ScoringForm form = new ScoringForm();
    form.met("part-1", "justifies-choice", "learning-goal");
    form.met(
        "artifact-1",
        "three-students",
        "questions-complete",
        "family-time-place",
        "strategies",
        "opening-question");
    form.met("artifact-2", "all-answered", "deep-reflection", "impact");
    form.met("artifact-3", "three-notes", "personal-detail", "invitation");
    form.met("part-3", "positive-impact", "specific-examples", "actionable-steps");
    form.overall = "Thoughtful, well-evidenced work.";
    return form;
  }

  ScoringForm met(String component, String... criteria) {
    met.put(component, List.of(criteria));
    return this;
  }

  ScoringForm feedback(String component, String text) {
    feedback.put(component, text);
    return this;
  }

  ScoringForm quote(String component, String criterion, String field, String passage) {
    quotes.put(component, new String[] {criterion, field, passage});
    return this;
  }

  ScoringForm override(String component, String level, String justification) {
    overrides.put(component, new String[] {level, justification});
    return this;
  }

  ScoringForm overall(String text) {
    overall = text;
    return this;
  }

  RequestSpecification into(RequestSpecification request, long version, String action) {
    List<String> ticked = new ArrayList<>();
    met.forEach((component, criteria) -> criteria.forEach(c -> ticked.add(component + "/" + c)));
    request
        .formParam("version", version)
        .formParam("action", action)
        .formParam("idempotency-key", "page-test-" + System.nanoTime())
        .formParam("overall", overall);
    if (!ticked.isEmpty()) {
      request.formParam("met", ticked);
    }
    List<String> judged = new ArrayList<>(met.keySet());
    if (!judged.isEmpty()) {
      request.formParam("judged", judged);
    }
    Map<String, List<String>> parallel = new LinkedHashMap<>();
    for (String name :
        List.of(
            "component",
            "override",
            "justification",
            "feedback",
            "new-criterion",
            "new-field",
            "new-passage")) {
      parallel.put(name, new ArrayList<>());
    }
    for (String component : COMPONENTS) {
      String[] quote = quotes.getOrDefault(component, new String[] {"", "", ""});
      String[] override = overrides.getOrDefault(component, new String[] {"", ""});
      parallel.get("component").add(component);
      parallel.get("override").add(override[0]);
      parallel.get("justification").add(override[1]);
      parallel.get("feedback").add(feedback.getOrDefault(component, ""));
      parallel.get("new-criterion").add(quote[0]);
      parallel.get("new-field").add(quote[1]);
      parallel.get("new-passage").add(quote[2]);
    }
    parallel.forEach(request::formParam);
    return request;
  }
}
