package org.mcportal.submission;

import java.time.Instant;
import org.mcportal.rules.WordCounter;

/** An upload as the editor shows it: what was read from it, never its bytes. */
public record UploadView(
    String key,
    String fileName,
    long sizeBytes,
    int pages,
    int words,
    String sha256,
    Instant uploadedAt) {

  static UploadView of(Upload upload) {
    return new UploadView(
        upload.fieldKey,
        upload.fileName,
        upload.sizeBytes,
        upload.pages,
        WordCounter.count(upload.extractedText),
        upload.sha256,
        upload.uploadedAt);
  }
}
