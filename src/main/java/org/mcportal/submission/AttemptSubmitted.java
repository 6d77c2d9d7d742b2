package org.mcportal.submission;

import java.time.Instant;

/**
 * Fired synchronously, inside the submit's transaction, when an attempt has been stored. Other
 * features observe it to start their own work on the attempt; an observer that throws undoes the
 * submit, so a refusal there reaches the educator as the submit's answer.
 */
public record AttemptSubmitted(
    long submissionId,
    int attemptNumber,
    String credentialId,
    String credentialVersion,
    Instant submittedAt) {}
