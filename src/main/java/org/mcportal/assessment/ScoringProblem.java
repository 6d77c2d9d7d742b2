package org.mcportal.assessment;

/**
 * One reason a scoring sheet cannot be saved or submitted as it is.
 *
 * @param code stable, for pages to key on: {@code criteria-unjudged}, {@code
 *     justification-required}, {@code feedback-required}, {@code unknown-level}, {@code
 *     unknown-component}, {@code unknown-criterion}, {@code unknown-field}, {@code
 *     quote-not-verbatim}
 * @param componentId the component concerned, if any
 * @param criterionId the criterion concerned, if any
 */
public record ScoringProblem(String code, String componentId, String criterionId, String message) {}
