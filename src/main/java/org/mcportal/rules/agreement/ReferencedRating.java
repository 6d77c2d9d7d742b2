package org.mcportal.rules.agreement;

import java.time.Instant;

/**
 * A level one assessor gave, beside the reference level for the same item: the adjudicated result
 * of a double-scored item, or the gold standard of a calibration exemplar.
 *
 * @param itemId what was rated, so that a page can list the items behind a figure
 * @param at when the assessor gave the level
 */
public record ReferencedRating(
    String assessorId, String itemId, String level, String referenceLevel, Instant at) {}
