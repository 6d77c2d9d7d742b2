package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.FieldKey;

/**
 * Finding a submission for the services of this package: an educator's own (another educator's is
 * as good as missing), or any by id for the lifecycle, and the credential version it is pinned to.
 */
@ApplicationScoped
class OwnedSubmissions {

  private final CredentialCatalog catalog;

  OwnedSubmissions(CredentialCatalog catalog) {
    this.catalog = catalog;
  }

  Submission owned(long ownerId, long submissionId) {
    return Submission.owned(submissionId, ownerId)
        .orElseThrow(() -> SubmissionProblems.notFound("No submission " + submissionId));
  }

  /** Takes the submission row's lock, so saves and submits of one submission run one at a time. */
  Submission lockOwned(long ownerId, long submissionId) {
    // The lock is taken by the read itself: locking an entity read earlier re-checks its version
    // and fails whenever another save committed in between, which is the very case to serialize.
    return Submission.ownedForUpdate(submissionId, ownerId)
        .orElseThrow(() -> SubmissionProblems.notFound("No submission " + submissionId));
  }

  /** Any submission, locked as {@link #lockOwned} does, for moves made by someone else. */
  Submission lock(long submissionId) {
    return Submission.forUpdate(submissionId)
        .orElseThrow(() -> SubmissionProblems.notFound("No submission " + submissionId));
  }

  Submission any(long submissionId) {
    return Submission.<Submission>findByIdOptional(submissionId)
        .orElseThrow(() -> SubmissionProblems.notFound("No submission " + submissionId));
  }

  CredentialDefinition definitionOf(Submission submission) {
    return catalog
        .version(submission.credentialId, submission.credentialVersion)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "credential version "
                        + submission.credentialId
                        + " "
                        + submission.credentialVersion
                        + " is pinned by a submission but missing"));
  }

  /**
   * The key of a field the educator may change now; refuses a field the version does not have, a
   * draft that is not editable, and a field of a locked component.
   *
   * @param locked the submission's locked components, read once per request
   */
  static FieldKey writableField(
      Submission submission, CredentialDefinition definition, String key, Set<String> locked) {
    FieldKey field =
        FieldKey.parse(key, definition)
            .orElseThrow(
                () -> SubmissionProblems.notFound("This submission has no field '" + key + "'"));
    if (!submission.status.editable()) {
      throw SubmissionProblems.readOnly();
    }
    Optional<String> component =
        switch (field.kind()) {
          case ANSWER, DOCUMENT -> Optional.of(field.owner());
          case SUBJECT, PRIVATE_NAME -> Optional.empty();
        };
    // Subjects are named once for every component of their part, so any lock freezes them.
    boolean lockedField =
        component.map(locked::contains).orElse(false) || (component.isEmpty() && !locked.isEmpty());
    if (lockedField) {
      throw SubmissionProblems.locked();
    }
    return field;
  }

  static SubmissionSummary summary(Submission s, CredentialDefinition definition) {
    return new SubmissionSummary(
        s.id,
        s.credentialId,
        s.credentialVersion,
        definition.title(),
        s.status,
        s.attempts,
        s.createdAt,
        s.updatedAt);
  }

  static Receipt receipt(Submission submission, Attempt attempt) {
    return new Receipt(
        submission.id,
        attempt.number,
        submission.credentialId,
        submission.credentialVersion,
        attempt.submittedAt,
        org.mcportal.platform.Sha256.hex(attempt.snapshot));
  }
}
