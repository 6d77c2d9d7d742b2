package org.mcportal.submission;

import org.mcportal.rules.SubmissionStatus;

/**
 * Where a submission stands, for features other than the owner's: nothing in it names the educator.
 *
 * @param attempts how many attempts have been submitted; the latest is number {@code attempts}
 */
public record SubmissionState(
    long submissionId,
    SubmissionStatus status,
    int attempts,
    String credentialId,
    String credentialVersion) {

  static SubmissionState of(Submission submission) {
    return new SubmissionState(
        submission.id,
        submission.status,
        submission.attempts,
        submission.credentialId,
        submission.credentialVersion);
  }
}
