package org.mcportal.rules;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The educator's answer to one question, in Markdown.
 *
 * @param subject the 0-based index of the subject (student) the answer is about, for components
 *     answered per subject; empty otherwise
 */
public record Answer(String componentId, String questionId, OptionalInt subject, String markdown) {

  public Answer {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(markdown, "markdown");
  }

  public static Answer of(String componentId, String questionId, String markdown) {
    return new Answer(componentId, questionId, OptionalInt.empty(), markdown);
  }

  public static Answer forSubject(
      String componentId, String questionId, int subject, String markdown) {
    return new Answer(componentId, questionId, OptionalInt.of(subject), markdown);
  }

  public int words() {
    return WordCounter.count(markdown);
  }
}
