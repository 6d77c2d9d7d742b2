package org.mcportal.assessment;

import java.time.Instant;

/**
 * Fired synchronously, inside the release's transaction, when an assessed attempt's outcome reaches
 * the educator. Other features observe it to act on a released outcome (notices, badges); it names
 * no one: observers that need the educator look the submission up.
 *
 * @param code the item's opaque review code
 * @param earned whether the attempt earned the credential
 * @param releasedAt when the outcome was released
 */
public record OutcomeReleased(
    long submissionId,
    int attemptNumber,
    String code,
    String credentialId,
    String credentialVersion,
    boolean earned,
    Instant releasedAt) {}
