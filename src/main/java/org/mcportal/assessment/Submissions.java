package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.submission.AttemptReader;
import org.mcportal.submission.EducatorDetails;
import org.mcportal.submission.SubmissionDirectory;
import org.mcportal.submission.SubmissionLifecycle;
import org.mcportal.submission.SubmittedAttempt;

/**
 * What assessment asks of the submission feature, in one place: its public services only. The
 * owner's id and profile are read here for checks on the server and never leave this feature's
 * services.
 */
@ApplicationScoped
class Submissions {

  private final SubmissionLifecycle lifecycle;
  private final AttemptReader attempts;
  private final SubmissionDirectory directory;
  private final EducatorDetails educators;

  Submissions(
      SubmissionLifecycle lifecycle,
      AttemptReader attempts,
      SubmissionDirectory directory,
      EducatorDetails educators) {
    this.lifecycle = lifecycle;
    this.attempts = attempts;
    this.directory = directory;
    this.educators = educators;
  }

  boolean ownedBy(long submissionId, long accountId) {
    return lifecycle.ownedBy(submissionId, accountId);
  }

  long ownerOf(long submissionId) {
    return directory.byIds(List.of(submissionId)).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no submission " + submissionId))
        .ownerId();
  }

  /** The owner's profile, for the identifiability scan run on the server. */
  IdentifyingDetails identifyingDetails(long submissionId) {
    return educators.of(ownerOf(submissionId));
  }

  /** An attempt as submitted; a review item's own attempt always exists. */
  SubmittedAttempt attempt(long submissionId, int number) {
    return attempts.attempt(submissionId, number);
  }

  /** The bytes of a file the attempt was submitted with; empty when it had none for the field. */
  Optional<byte[]> file(long submissionId, int number, String fieldKey) {
    return attempt(submissionId, number).files().stream()
        .filter(f -> f.fieldKey().equals(fieldKey))
        .findFirst()
        .map(f -> attempts.file(f.reference()).bytes());
  }

  void move(long submissionId, SubmissionStatus to, long actorId, String reason) {
    lifecycle.move(submissionId, to, actorId, reason);
  }

  /** Releases as not earned: the components {@code reopening} reopens open, the rest lock. */
  void releaseNotEarned(long submissionId, Reopening reopening, long actorId) {
    lifecycle.reopen(
        submissionId, SubmissionStatus.NOT_EARNED, reopening, actorId, "assessment released");
  }
}
