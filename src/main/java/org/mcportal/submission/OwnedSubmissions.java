package org.mcportal.submission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

  // Which credential version each submission seen lately is pinned to. The columns are never
  // updated, so an entry cannot go stale; the bound only limits memory, and a submission not
  // remembered is read from the database as before.
  private static final long PINS = 20_000;

  private final CredentialCatalog catalog;
  private final Cache<Long, Pin> pins = Caffeine.newBuilder().maximumSize(PINS).build();

  OwnedSubmissions(CredentialCatalog catalog) {
    this.catalog = catalog;
  }

  private record Pin(String credentialId, String credentialVersion) {}

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

  /**
   * The credential version a submission is pinned to, if this node has read the submission before;
   * says nothing about who owns it or its state.
   */
  Optional<CredentialDefinition> pinnedDefinition(long submissionId) {
    Pin pin = pins.getIfPresent(submissionId);
    return pin == null
        ? Optional.empty()
        : catalog.version(pin.credentialId(), pin.credentialVersion());
  }

  CredentialDefinition definitionOf(Submission submission) {
    pins.put(submission.id, new Pin(submission.credentialId, submission.credentialVersion));
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
    Optional<String> component = field.lockingComponent();
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
