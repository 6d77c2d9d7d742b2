package org.mcportal.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.ScoringCheck;
import org.mcportal.rules.assessment.ScoringProblem.Code;
import org.mcportal.rules.assessment.ScoringSheet;

/** How assessment applies the rules core's scoring check to saves and to submits. */
final class Scoring {

  /**
   * What makes a sheet refer to something that is not there: a save with these is refused whole.
   * What is merely unfinished (a criterion not judged yet, feedback not written yet) is saved.
   */
  private static final Set<Code> STRUCTURAL =
      Set.of(
          Code.UNKNOWN_COMPONENT,
          Code.UNKNOWN_CRITERION,
          Code.OVERRIDE_LEVEL_UNKNOWN,
          Code.EVIDENCE_CRITERION_UNKNOWN,
          Code.EVIDENCE_FIELD_UNKNOWN,
          Code.EVIDENCE_LENGTH,
          Code.EVIDENCE_NOT_FOUND);

  private Scoring() {}

  static List<ScoringProblem> structure(
      CredentialDefinition definition, ScoringSheet sheet, SubmissionContent content) {
    return ScoringCheck.problems(definition, content, sheet).stream()
        .filter(p -> STRUCTURAL.contains(p.code()))
        .map(Scoring::view)
        .toList();
  }

  static List<ScoringProblem> all(
      CredentialDefinition definition, ScoringSheet sheet, SubmissionContent content) {
    return ScoringCheck.problems(definition, content, sheet).stream().map(Scoring::view).toList();
  }

  /** The criteria of one component still unjudged, in the rubric's order. */
  static List<String> unjudged(
      CredentialDefinition definition,
      ScoringSheet sheet,
      SubmissionContent content,
      String componentId) {
    return ScoringCheck.problems(definition, content, sheet).stream()
        .filter(p -> p.code() == Code.UNJUDGED_CRITERION && p.componentId().equals(componentId))
        .flatMap(p -> p.criterionId().stream())
        .toList();
  }

  /** "unjudged-criterion" for {@link Code#UNJUDGED_CRITERION}. */
  static String code(Code code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ScoringProblem view(org.mcportal.rules.assessment.ScoringProblem problem) {
    return new ScoringProblem(
        code(problem.code()),
        problem.componentId(),
        problem.criterionId().orElse(null),
        problem.message());
  }
}
