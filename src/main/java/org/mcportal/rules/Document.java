package org.mcportal.rules;

import java.util.Objects;

/**
 * A document given for one subject of a {@link Component.ResponseKind#DOCUMENTS} component, such as
 * a thank-you note.
 *
 * @param subject the 0-based index of the subject; 0 when the part names no subjects
 * @param text the note as written in the editor, or the text read or recognised in the uploaded PDF
 *     (empty when nothing could be, e.g. a scan too faint to recognise); a document not yet written
 *     is absent, not empty
 * @param recognising whether the text of the file's scanned pages is still being recognised, so the
 *     text holds only what its text layer gave
 */
public record Document(String componentId, int subject, String text, boolean recognising) {

  public Document(String componentId, int subject, String text) {
    this(componentId, subject, text, false);
  }

  public Document {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(text, "text");
    if (subject < 0) {
      throw new IllegalArgumentException("subject index must be >= 0, got " + subject);
    }
  }

  public int words() {
    return WordCounter.count(text);
  }
}
