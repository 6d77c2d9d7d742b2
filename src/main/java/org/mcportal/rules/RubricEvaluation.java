package org.mcportal.rules;

/**
 * What {@link RubricEvaluator} makes of an assessor's judgements: a level, or the list of criteria
 * still to judge.
 */
public sealed interface RubricEvaluation permits ComponentResult, UnjudgedCriteria {

  String componentId();
}
