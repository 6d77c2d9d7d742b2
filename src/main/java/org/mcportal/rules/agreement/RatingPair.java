package org.mcportal.rules.agreement;

/**
 * The levels two raters gave the same item. Which rater is "first" is the caller's choice (for
 * example, the one who submitted first); every statistic here except the layout of the confusion
 * matrix is symmetric in the two.
 */
public record RatingPair(String first, String second) {}
