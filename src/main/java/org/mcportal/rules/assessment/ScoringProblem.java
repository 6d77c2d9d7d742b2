package org.mcportal.rules.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a scoring sheet may not be submitted yet.
 *
 * @param code stable, for pages and API clients to branch on; never parse the message
 * @param componentId the component it concerns
 * @param criterionId the criterion it concerns, where it concerns one
 * @param message for the assessor, naming the component by its label
 */
public record ScoringProblem(
    Code code, String componentId, Optional<String> criterionId, String message) {

  public ScoringProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(message, "message");
  }

  public enum Code {
    /** The sheet scores a component the credential version does not have. */
    UNKNOWN_COMPONENT,
    /** A criterion of the rubric is neither met nor unmet. */
    UNJUDGED_CRITERION,
    /** A judgement names a criterion the component's rubric lacks. */
    UNKNOWN_CRITERION,
    /** The override names a level the component's rubric lacks. */
    OVERRIDE_LEVEL_UNKNOWN,
    /** The override's justification is missing or shorter than the minimum. */
    OVERRIDE_JUSTIFICATION_TOO_SHORT,
    /** The component ends below its required level and has no feedback. */
    FEEDBACK_MISSING,
    /** Evidence is quoted for a criterion the component's rubric lacks. */
    EVIDENCE_CRITERION_UNKNOWN,
    /** Evidence names a field that is not one of this component's answers or documents. */
    EVIDENCE_FIELD_UNKNOWN,
    /** The quoted passage is shorter or longer than a quote may be. */
    EVIDENCE_LENGTH,
    /** The quoted passage does not occur in the field it names. */
    EVIDENCE_NOT_FOUND
  }
}
