package org.mcportal.rules;

import static org.mcportal.rules.Rubrics.all;
import static org.mcportal.rules.Rubrics.any;
import static org.mcportal.rules.Rubrics.criterion;
import static org.mcportal.rules.Rubrics.level;
import static org.mcportal.rules.Rubrics.met;
import static org.mcportal.rules.Rubrics.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A credential unlike home visits, to show the rules read the definition: two colleagues observed,
 * a four-level rubric whose second level earns, a document per colleague and a short summary.
 */
final class PeerObservation {

  static final String OBSERVE = "observe";
  static final String WRAP_UP = "wrap-up";

  static final String NOTES = "notes";
  static final String LESSON_PLANS = "lesson-plans";
  static final String SUMMARY = "summary";

  private PeerObservation() {}

  static CredentialDefinition definition() {
    return definition(Map.of(NOTES, "accomplished", LESSON_PLANS, "pass", SUMMARY, "pass"));
  }

  /** The same credential with another earning rule, e.g. one that leaves a component out. */
  static CredentialDefinition definition(Map<String, String> requires) {
    Component notes =
        new Component(
            NOTES,
            "Observation notes",
            "Observation notes",
            "Answer for each colleague.",
            Component.ResponseKind.ANSWERS,
            true,
            Optional.of(new WordBounds(300, 600)),
            HomeVisits.questions("n", 2),
            fourLevels(),
            Set.of(Component.Advisory.DISTINCT_DOCUMENTS, Component.Advisory.INVITATION));
    Component lessonPlans =
        new Component(
            LESSON_PLANS,
            "Lesson plans",
            "Lesson plans",
            "Upload each colleague's plan.",
            Component.ResponseKind.DOCUMENTS,
            true,
            Optional.empty(),
            List.of(),
            Rubrics.passFail(criterion("attached", "A plan is attached.", "a plan is missing")),
            Set.of());
    Component summary =
        new Component(
            SUMMARY,
            "Summary",
            "Summary",
            "Summarize.",
            Component.ResponseKind.ANSWERS,
            false,
            Optional.of(new WordBounds(100, 150)),
            HomeVisits.questions("s", 1),
            Rubrics.passFail(criterion("clear", "The summary is clear.", "the summary is unclear")),
            Set.of());
    return new CredentialDefinition(
        "peer-observation",
        "1",
        LocalDate.of(2024, 1, 1),
        "Peer Observation",
        "Collaboration",
        "Observation",
        "Observe and learn from colleagues",
        new CredentialDefinition.Licence("Test", "https://example.org", ""),
        "",
        List.of(),
        "",
        "",
        "",
        List.of(
            new Part(
                OBSERVE,
                1,
                "Observe",
                "",
                "",
                Optional.of(new Subjects(2, "colleague", "colleagues", "Name two colleagues.")),
                List.of(notes, lessonPlans)),
            new Part(WRAP_UP, 2, "Wrap up", "", "", Optional.empty(), List.of(summary))),
        new CredentialDefinition.EarningRule("Reach Accomplished and pass the rest.", requires));
  }

  /**
   * Exemplary, Accomplished, Emerging, Beginning. Accomplished excludes next steps so that work
   * meeting every criterion is not held at the lower level.
   */
  static Rubric fourLevels() {
    return new Rubric(
        List.of(
            level(
                "exemplary", "Exemplary", all(met("evidence"), met("analysis"), met("next-steps"))),
            level(
                "accomplished",
                "Accomplished",
                all(met("evidence"), met("analysis"), not("next-steps"))),
            level("emerging", "Emerging", any(not("evidence"), not("analysis"))),
            level(
                "beginning",
                "Beginning",
                all(not("evidence"), not("analysis"), not("next-steps")))),
        List.of(
            criterion("evidence", "Notes cite evidence.", "the notes cite no evidence"),
            criterion("analysis", "Notes analyse practice.", "the notes do not analyse practice"),
            criterion("next-steps", "Notes name next steps.", "no next steps are named")),
        "emerging");
  }
}
