/**
 * Agreement statistics for double scoring, as pure functions: exact and adjacent agreement, Cohen's
 * kappa and its weighted forms with their confidence intervals, each assessor's drift against a
 * reference result, agreement over time, and the reproducible draw of submissions for double
 * scoring.
 *
 * <p>Every figure comes back as an {@link org.mcportal.rules.agreement.Estimate}: either a value
 * with its 95% interval and the number of items behind it, or an explicit "undefined" with the
 * reason (no items, no chance disagreement possible, too few items for a spread). Nothing here
 * returns NaN or throws for thin data; it throws only for a caller's mistake, such as a level the
 * scale does not know. The definitions are in {@code docs/scoring-quality.md}.
 */
package org.mcportal.rules.agreement;
