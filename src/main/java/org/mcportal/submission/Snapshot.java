package org.mcportal.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.submission.PdfReader.Recognition.Outcome;

/**
 * The stored form of a submitted attempt: what the assessor will read. Plain values only, so that
 * an attempt reads the same however the classes around it change.
 */
record Snapshot(
    int format,
    Map<String, List<String>> subjects,
    List<Answer> answers,
    List<Document> documents) {

  /**
   * @param uploads per document field key, the upload whose text stands for the document
   */
  static Snapshot of(SubmissionContent content, Map<String, UploadView> uploads) {
    return new Snapshot(
        1,
        new TreeMap<>(content.subjects()),
        content.answers().stream()
            .map(
                a ->
                    new Answer(
                        a.componentId(),
                        a.questionId(),
                        a.subject().isPresent() ? a.subject().getAsInt() : null,
                        a.markdown()))
            .toList(),
        content.documents().stream()
            .map(
                d -> {
                  UploadView upload =
                      uploads.get(FieldKey.document(d.componentId(), d.subject()).toString());
                  return new Document(
                      d.componentId(),
                      d.subject(),
                      d.text(),
                      upload == null ? null : upload.fileName(),
                      upload == null ? null : upload.sha256(),
                      upload == null || upload.recognition() == Outcome.NOT_NEEDED
                          ? null
                          : upload.recognition());
                })
            .toList());
  }

  record Answer(String componentId, String questionId, Integer subject, String markdown) {}

  /**
   * A document; an uploaded one names its file and the SHA-256 of the bytes kept for it.
   *
   * @param recognition for a file with scanned pages, where their recognition stood at submit. The
   *     snapshot is fixed when it is taken (its digest is on the receipt): a scan still {@code
   *     PENDING} then keeps the text its text layer gave, and the text recognised later goes to the
   *     draft only. The assessor reads the file itself either way.
   */
  record Document(
      String componentId,
      int subject,
      String text,
      String fileName,
      String fileSha256,
      @JsonInclude(JsonInclude.Include.NON_NULL) Outcome recognition) {}
}
