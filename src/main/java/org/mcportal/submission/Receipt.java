package org.mcportal.submission;

import java.time.Instant;

/**
 * Proof of a submitted attempt.
 *
 * @param contentDigest SHA-256 of the attempt's snapshot, so the educator can tell later that what
 *     was assessed is what they sent
 */
public record Receipt(
    long submissionId,
    int attempt,
    String credentialId,
    String credentialVersion,
    Instant submittedAt,
    String contentDigest) {}
