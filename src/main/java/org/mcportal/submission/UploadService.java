package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mcportal.platform.Sha256;
import org.mcportal.rules.FieldKey;

/** The PDFs an educator uploads in place of documents written in the editor. */
@ApplicationScoped
@Transactional
public class UploadService {

  private final OwnedSubmissions submissions;
  private final Clock clock;

  UploadService(OwnedSubmissions submissions, Clock clock) {
    this.submissions = submissions;
    this.clock = clock;
  }

  /** Keeps an uploaded PDF as the document for one subject, replacing an earlier upload. */
  public UploadView attach(
      long ownerId,
      long submissionId,
      String key,
      String fileName,
      byte[] bytes,
      PdfReader.ReadPdf read) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    FieldKey field =
        OwnedSubmissions.writableField(
            submission,
            submissions.definitionOf(submission),
            key,
            ComponentLock.lockedComponents(submissionId));
    if (field.kind() != FieldKey.Kind.DOCUMENT) {
      throw SubmissionProblems.notFound("Only documents can be uploaded, not '" + key + "'");
    }
    Instant now = Instant.now(clock);
    // A bulk delete runs at once; deleting the entity would be flushed after the insert below
    // and break the one-upload-per-field constraint.
    Upload.delete("submissionId = ?1 and fieldKey = ?2", submissionId, key);
    Upload upload = new Upload();
    upload.submissionId = submissionId;
    upload.fieldKey = key;
    upload.fileName = fileName;
    upload.mediaType = "application/pdf";
    upload.sizeBytes = bytes.length;
    upload.sha256 = Sha256.hex(bytes);
    upload.pages = read.pages();
    upload.extractedText = read.text();
    upload.data = bytes;
    upload.uploadedAt = now;
    upload.persist();
    submission.updatedAt = now;
    return UploadView.of(upload);
  }

  public void detach(long ownerId, long submissionId, String key) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    OwnedSubmissions.writableField(
        submission,
        submissions.definitionOf(submission),
        key,
        ComponentLock.lockedComponents(submissionId));
    Upload.at(submissionId, key)
        .orElseThrow(() -> SubmissionProblems.notFound("No upload for '" + key + "'"))
        .delete();
  }

  public List<UploadView> uploads(long ownerId, long submissionId) {
    submissions.owned(ownerId, submissionId);
    return Upload.of(submissionId).stream().map(UploadView::of).toList();
  }

  /** The draft's file as its author uploaded it, name included; assessors read attempts. */
  public StoredFile file(long ownerId, long submissionId, String key) {
    submissions.owned(ownerId, submissionId);
    Upload upload =
        Upload.at(submissionId, key)
            .orElseThrow(() -> SubmissionProblems.notFound("No upload for '" + key + "'"));
    return new StoredFile(upload.fileName, upload.mediaType, upload.data);
  }
}
