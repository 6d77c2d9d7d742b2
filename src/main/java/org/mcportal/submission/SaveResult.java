package org.mcportal.submission;

import java.time.Instant;

/** What an autosave did: wrote the text, or found the client's copy out of date. */
public sealed interface SaveResult {

  String key();

  long version();

  record Saved(String key, long version, Instant savedAt) implements SaveResult {}

  /**
   * The field changed since the client read it; nothing was written. Carries the server's text so
   * the page can offer to merge or choose.
   */
  record Stale(String key, String currentText, long version, Instant updatedAt)
      implements SaveResult {}
}
