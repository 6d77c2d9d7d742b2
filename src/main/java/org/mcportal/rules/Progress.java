package org.mcportal.rules;

import java.util.List;
import java.util.Optional;

/**
 * How far along a piece of the draft is, for the editor's outline: a question, a subject's answers,
 * a component or a part. It says only whether there is writing yet, never whether the writing is
 * good; the checklist is where the credential's rules are applied.
 */
public enum Progress {
  /** Nothing written in any of its fields. */
  EMPTY,
  /** Something written, but a field is still empty or the words are short of the lower bound. */
  STARTED,
  /** Every field has writing and, where there is a lower bound, the words reach it. */
  DONE;

  /**
   * The progress of fields with these word counts, against the bounds of the whole if it has any.
   * Only the lower bound matters: going over the upper bound is finished writing that needs
   * cutting, which the counter and the checklist say.
   */
  public static Progress of(List<Integer> fieldWords, Optional<WordBounds> bounds) {
    if (fieldWords.isEmpty() || fieldWords.stream().allMatch(w -> w == 0)) {
      return EMPTY;
    }
    if (fieldWords.stream().anyMatch(w -> w == 0)) {
      return STARTED;
    }
    int total = fieldWords.stream().mapToInt(Integer::intValue).sum();
    boolean short_ =
        bounds.map(b -> b.min().isPresent() && total < b.min().getAsInt()).orElse(false);
    return short_ ? STARTED : DONE;
  }

  /** Of several pieces together: done when all are, empty when all are, started otherwise. */
  public static Progress combined(List<Progress> parts) {
    if (parts.isEmpty() || parts.stream().allMatch(p -> p == EMPTY)) {
      return EMPTY;
    }
    return parts.stream().allMatch(p -> p == DONE) ? DONE : STARTED;
  }

  /** "empty", "started", "done": how pages and their script name the state. */
  public String shown() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
