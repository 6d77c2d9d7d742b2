package org.mcportal.rules;

import static org.mcportal.rules.Rubrics.all;
import static org.mcportal.rules.Rubrics.any;
import static org.mcportal.rules.Rubrics.criterion;
import static org.mcportal.rules.Rubrics.level;
import static org.mcportal.rules.Rubrics.lowerOnly;
import static org.mcportal.rules.Rubrics.met;
import static org.mcportal.rules.Rubrics.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of the family home-visits credential, built by hand so these tests do not depend on
 * the credential file: Part 1 pass/fail, Part 2's three artifacts on three students, Part 3
 * pass/fail.
 */
final class HomeVisits {

  static final String PART_1 = "part-1";
  static final String PART_2 = "part-2";
  static final String PART_3 = "part-3";

  static final String OVERVIEW = "overview";
  static final String PLANS = "pre-visit-plans";
  static final String SUMMARIES = "visit-summaries";
  static final String NOTES = "post-visits";
  static final String REFLECTION = "reflection";

  static final String INVITATION_MISSING = "an invitation is missing";
  static final String NO_LEARNING_GOAL = "no learning goal is included";
  static final String FEWER_THAN_THREE = "fewer than three students were chosen";

  private HomeVisits() {}

  static CredentialDefinition definition() {
    Component overview =
        new Component(
            OVERVIEW,
            "Part 1",
            "Overview Questions",
            "Answer the contextual questions.",
            Component.ResponseKind.ANSWERS,
            false,
            Optional.of(new WordBounds(200, 400)),
            questions("q", 3),
            Rubrics.passFail(
                criterion(
                    "justified",
                    "The response justifies the choice of this micro-credential.",
                    "the choice of this micro-credential is not justified"),
                criterion("learning-goal", "A learning goal is included.", NO_LEARNING_GOAL)),
            Set.of());
    Component plans =
        new Component(
            PLANS,
            "Artifact 1",
            "Pre Visit Plans",
            "Answer for each student.",
            Component.ResponseKind.ANSWERS,
            true,
            Optional.of(new WordBounds(1500, 2000)),
            questions("plan", 7),
            preVisitRubric(),
            Set.of());
    Component summaries =
        new Component(
            SUMMARIES,
            "Artifact 2",
            "Family Visit Summaries",
            "Summarize each visit.",
            Component.ResponseKind.ANSWERS,
            true,
            Optional.of(new WordBounds(1500, 2000)),
            questions("summary", 6),
            Rubrics.threeLevels(
                criterion(
                    "all-answered",
                    "All questions are answered for all students.",
                    "not all questions were answered for all students"),
                criterion(
                    "deep-reflection",
                    "The educator reflected deeply.",
                    "the reflection lacks depth"),
                criterion(
                    "impact",
                    "The visits shifted perceptions or practice.",
                    "the explanations lack evidence of impact")),
            Set.of());
    Component notes =
        new Component(
            NOTES,
            "Artifact 3",
            "Post Visits",
            "Upload a thank-you note per family.",
            Component.ResponseKind.DOCUMENTS,
            true,
            Optional.empty(),
            List.of(),
            Rubrics.threeLevels(
                criterion(
                    "three-notes",
                    "Three thank-you notes were uploaded.",
                    "fewer than three thank-you notes were uploaded"),
                criterion(
                    "personal",
                    "Each note is professional and personal.",
                    "the notes lack a personal detail"),
                criterion("invitation", "Each note includes an invitation.", INVITATION_MISSING)),
            Set.of(Component.Advisory.DISTINCT_DOCUMENTS, Component.Advisory.INVITATION));
    Component reflection =
        new Component(
            REFLECTION,
            "Part 3",
            "Reflection",
            "Write a personal reflection.",
            Component.ResponseKind.ANSWERS,
            false,
            Optional.of(new WordBounds(250, 400)),
            questions("r", 3),
            Rubrics.passFail(
                criterion(
                    "positive-impact",
                    "Evidence of positive impact.",
                    "no positive impact is shown"),
                criterion(
                    "specific-examples",
                    "Specific examples are cited.",
                    "no specific examples are cited"),
                criterion(
                    "actionable-steps", "Actionable next steps.", "no actionable steps are given")),
            Set.of());
    return new CredentialDefinition(
        "family-home-visits",
        "2022-03-17",
        LocalDate.of(2022, 3, 17),
        "Family Home Visits",
        "Family and Community Engagement",
        "Home visits",
        "Plan and reflect on home visits",
        new CredentialDefinition.Licence("CC BY-NC-ND 4.0", "https://example.org/licence", ""),
        "Introduction",
        List.of(),
        "Research",
        "Resources",
        "Do not identify anyone.",
        List.of(
            new Part(
                PART_1,
                1,
                "Overview Questions",
                "Provides Context",
                "",
                Optional.empty(),
                List.of(overview)),
            new Part(
                PART_2,
                2,
                "Work Examples",
                "Artifacts",
                "",
                Optional.of(new Subjects(3, "student", "students", "Name three students.")),
                List.of(plans, summaries, notes)),
            new Part(PART_3, 3, "Reflection", "", "", Optional.empty(), List.of(reflection))),
        new CredentialDefinition.EarningRule(
            "Pass Parts 1 and 3 and reach Proficient for every Part 2 artifact.",
            Map.of(
                OVERVIEW, "pass",
                PLANS, "proficient",
                SUMMARIES, "proficient",
                NOTES, "proficient",
                REFLECTION, "pass")));
  }

  /** Artifact 1's table, where only Developing reads "responses were minimal". */
  static Rubric preVisitRubric() {
    return new Rubric(
        List.of(
            level(
                "proficient",
                "Proficient",
                all(
                    met("three-students"),
                    met("questions-complete"),
                    met("family-time-place"),
                    met("strategies"),
                    met("opening-question"))),
            level(
                "basic",
                "Basic",
                any(
                    not("three-students"),
                    not("questions-complete"),
                    not("family-time-place"),
                    not("strategies"))),
            level(
                "developing", "Developing", all(not("three-students"), met("minimal-responses")))),
        List.of(
            criterion("three-students", "Three students were chosen.", FEWER_THAN_THREE),
            criterion(
                "questions-complete",
                "All questions were addressed completely.",
                "not all questions were addressed"),
            criterion(
                "family-time-place",
                "The family helped choose the time and place.",
                "evidence of accommodating the families' needs is missing"),
            criterion(
                "strategies",
                "Specific strategies put families at ease.",
                "the explanation does not include specific strategies"),
            criterion(
                "opening-question",
                "The opening question was open ended, warm and positive.",
                "the opening question was not open ended, warm and positive"),
            lowerOnly("minimal-responses", "Response to questions was minimal.")),
        "basic");
  }

  static List<Question> questions(String prefix, int count) {
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      questions.add(new Question(prefix + i, i, "Question " + i + "?", ""));
    }
    return questions;
  }
}
