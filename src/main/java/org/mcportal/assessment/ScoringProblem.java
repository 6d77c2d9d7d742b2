package org.mcportal.assessment;

/**
 * One reason a scoring sheet cannot be saved or submitted as it is.
 *
 * @param code stable, for pages to key on: the rules core's {@code ScoringProblem.Code} in lower
 *     case with hyphens, such as {@code unjudged-criterion}, {@code feedback-missing} or {@code
 *     evidence-not-found}
 * @param componentId the component concerned, if any
 * @param criterionId the criterion concerned, if any
 */
public record ScoringProblem(String code, String componentId, String criterionId, String message) {}
