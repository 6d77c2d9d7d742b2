package org.mcportal.rules.agreement;

/**
 * Every agreement figure for one set of double-scored items, such as one component of one
 * credential version. On a nominal scale {@code adjacent} and the weighted kappas are {@link
 * Estimate.Reason#NOT_ORDERED undefined}; on a two-level scale (pass/fail) they are defined but say
 * nothing new (adjacent agreement is 100% and weighted kappa equals kappa), so pages show exact
 * agreement and kappa only.
 */
public record AgreementSummary(
    int items,
    Estimate exact,
    Estimate adjacent,
    Estimate kappa,
    Estimate linearKappa,
    Estimate quadraticKappa) {}
