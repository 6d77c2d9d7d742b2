package org.mcportal.submission;

import java.time.Instant;
import java.util.List;
import org.mcportal.rules.SubmissionContent;

/**
 * One submitted attempt as a blind reviewer reads it. It names no one: the educator's identity and
 * the original file names stay with the educator's own views.
 *
 * @param snapshotSha256 SHA-256 of the stored snapshot, the digest on the educator's receipt
 * @param files the uploaded PDFs the attempt was submitted with
 */
public record SubmittedAttempt(
    long submissionId,
    int attempt,
    String credentialId,
    String credentialVersion,
    Instant submittedAt,
    String snapshotSha256,
    SubmissionContent content,
    List<File> files) {

  public SubmittedAttempt {
    files = List.copyOf(files);
  }

  /**
   * An uploaded file of the attempt.
   *
   * @param reference opaque; {@link AttemptReader#file} returns the bytes
   * @param fieldKey the document it stands for, e.g. {@code document:artifact-3:0}
   * @param name a neutral name for a download, made from the field
   */
  public record File(
      String reference,
      String fieldKey,
      String sha256,
      String mediaType,
      long sizeBytes,
      int pages,
      String name) {}
}
