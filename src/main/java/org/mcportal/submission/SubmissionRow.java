package org.mcportal.submission;

import java.time.Instant;
import org.mcportal.rules.SubmissionStatus;

/**
 * One submission as a report lists it: no content, no fields.
 *
 * @param firstSubmittedAt when attempt 1 was submitted; null while a draft
 * @param lastSubmittedAt when the latest attempt was submitted; null while a draft
 */
public record SubmissionRow(
    long id,
    long ownerId,
    String credentialId,
    String credentialVersion,
    SubmissionStatus status,
    int attempts,
    Instant createdAt,
    Instant updatedAt,
    Instant firstSubmittedAt,
    Instant lastSubmittedAt) {}
