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

  /**
   * Refuses an upload before its file is read: a foreign or missing submission, one that is no
   * longer editable, a locked component or a field that is not a document. Reading a PDF costs
   * seconds of CPU, which nobody should spend on a request that will be refused anyway.
   */
  public void requireUploadable(long ownerId, long submissionId, String key) {
    Submission submission = submissions.owned(ownerId, submissionId);
    documentField(submission, key);
  }

  private FieldKey documentField(Submission submission, String key) {
    FieldKey field =
        OwnedSubmissions.writableField(
            submission,
            submissions.definitionOf(submission),
            key,
            ComponentLock.lockedComponents(submission.id));
    if (field.kind() != FieldKey.Kind.DOCUMENT) {
      throw SubmissionProblems.notFound("Only documents can be uploaded, not '" + key + "'");
    }
    return field;
  }

  /**
   * Keeps an uploaded PDF as the document for one subject, replacing an earlier upload. The
   * submission's row lock serializes uploads to one key, so the delete and insert below never race.
   */
  public UploadView attach(
      long ownerId,
      long submissionId,
      String key,
      String fileName,
      byte[] bytes,
      PdfReader.ReadPdf read) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    documentField(submission, key);
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
    upload.textRecognised = false;
    // The scanned pages are recognised after this answer, by the worker; see ScanRecognition.
    upload.recognition =
        read.pagesWithoutText() > 0
            ? PdfReader.Recognition.Outcome.PENDING
            : PdfReader.Recognition.Outcome.NOT_NEEDED;
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
