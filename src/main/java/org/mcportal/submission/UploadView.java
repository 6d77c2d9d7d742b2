package org.mcportal.submission;

import java.time.Instant;
import org.mcportal.rules.WordCounter;

/**
 * An upload as the editor shows it: what was read from it, never its bytes.
 *
 * @param recognisedText the text recognised on scanned pages, for the educator to see what the
 *     checks read; null when the file's text came from its text layer
 * @param recognition where recognition of the file's scanned pages stands: {@code NOT_NEEDED}
 *     (every page has a text layer), {@code PENDING}, {@code RECOGNISED}, {@code
 *     NOTHING_RECOGNISED} or {@code FAILED}
 */
public record UploadView(
    String key,
    String fileName,
    long sizeBytes,
    int pages,
    int words,
    String sha256,
    Instant uploadedAt,
    String recognisedText,
    PdfReader.Recognition.Outcome recognition) {

  static UploadView of(Upload upload) {
    return new UploadView(
        upload.fieldKey,
        upload.fileName,
        upload.sizeBytes,
        upload.pages,
        WordCounter.count(upload.extractedText),
        upload.sha256,
        upload.uploadedAt,
        upload.textRecognised ? upload.extractedText : null,
        upload.recognition);
  }

  public boolean recognising() {
    return recognition == PdfReader.Recognition.Outcome.PENDING;
  }
}
