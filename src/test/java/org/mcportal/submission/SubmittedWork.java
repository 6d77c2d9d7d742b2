package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Submits home-visits attempts through the submission service itself, as the API would, for tests
 * of what happens after a submit.
 */
@ApplicationScoped
public class SubmittedWork {

  private final SubmissionService submissions;
  private final SubmitService submit;
  private final UploadService uploads;
  private final EducatorDetails educators;
  private final PdfReader pdfs;

  SubmittedWork(
      SubmissionService submissions,
      SubmitService submit,
      UploadService uploads,
      EducatorDetails educators,
      PdfReader pdfs) {
    this.submissions = submissions;
    this.submit = submit;
    this.uploads = uploads;
    this.educators = educators;
    this.pdfs = pdfs;
  }

  /** Starts a draft, fills it with the passing sample and submits it; returns its id. */
  public long submitPassing(long ownerId) {
    return submitPassing(ownerId, "home-visits");
  }

  /** As {@link #submitPassing(long)}, for a credential shaped like home-visits under another id. */
  public long submitPassing(long ownerId, String credentialId) {
    long id = submissions.start(ownerId, credentialId).id();
    write(ownerId, id, SampleSubmissions.passing());
    submit(ownerId, id);
    return id;
  }

  /** Starts a draft, fills it with these fields and submits it; returns its id. */
  public long submit(long ownerId, Map<String, String> fields) {
    long id = submissions.start(ownerId, "home-visits").id();
    write(ownerId, id, fields);
    submit(ownerId, id);
    return id;
  }

  /** As {@link #submitPassing}, with a PDF uploaded for one document before submitting. */
  public long submitPassingWithPdf(long ownerId, String key, String fileName, byte[] pdf) {
    long id = submissions.start(ownerId, "home-visits").id();
    write(ownerId, id, SampleSubmissions.passing());
    uploads.attach(ownerId, id, key, fileName, pdf, pdfs.read(pdf));
    submit(ownerId, id);
    return id;
  }

  /** Writes the given fields at their current versions; locked fields are refused as usual. */
  public void write(long ownerId, long submissionId, Map<String, String> fields) {
    Map<String, Long> versions = new java.util.HashMap<>();
    submissions
        .draft(ownerId, submissionId)
        .fields()
        .forEach(f -> versions.put(f.key(), f.version()));
    List<SubmissionService.FieldEdit> edits = new ArrayList<>();
    fields.forEach(
        (key, text) -> edits.add(new SubmissionService.FieldEdit(key, versions.get(key), text)));
    submissions.saveAll(ownerId, submissionId, edits);
  }

  /** Submits, acknowledging every advisory finding; returns the attempt number. */
  public int submit(long ownerId, long submissionId) {
    var details = educators.of(ownerId);
    Set<String> acknowledged = new HashSet<>();
    submit.checklist(ownerId, submissionId, details).advisory().stream()
        .map(FindingIds::of)
        .forEach(acknowledged::add);
    return submit
        .submit(ownerId, submissionId, UUID.randomUUID().toString(), acknowledged, details)
        .attempt();
  }

  public static byte[] pdf(String text) {
    return TestPdfs.withPages(text);
  }
}
