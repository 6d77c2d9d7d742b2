package org.mcportal.submission;

import java.time.Instant;
import org.mcportal.rules.SubmissionStatus;

public record SubmissionSummary(
    long id,
    String credentialId,
    String credentialVersion,
    String credentialTitle,
    SubmissionStatus status,
    int attempts,
    Instant createdAt,
    Instant updatedAt) {}
