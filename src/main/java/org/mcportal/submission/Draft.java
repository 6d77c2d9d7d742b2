package org.mcportal.submission;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A submission with every field's text and version, for the editor, and the words counted as the
 * checklist counts them.
 */
public record Draft(
    SubmissionSummary submission,
    List<Field> fields,
    Set<String> lockedComponents,
    WordCounts wordCounts) {

  public Draft {
    fields = List.copyOf(fields);
    lockedComponents = Set.copyOf(lockedComponents);
  }

  public record Field(String key, String text, long version, Instant updatedAt) {}
}
