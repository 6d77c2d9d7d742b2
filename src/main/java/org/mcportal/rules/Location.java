package org.mcportal.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a finding points, so a page can put it next to the field it concerns. The part is always
 * known; subject names belong to the part, so a finding about them has no component.
 *
 * @param subject 0-based subject index, when the finding concerns one subject
 */
public record Location(
    String partId, Optional<String> componentId, Optional<String> questionId, OptionalInt subject) {

  public Location {
    Objects.requireNonNull(partId, "partId");
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(subject, "subject");
  }

  public static Location part(String partId) {
    return new Location(partId, Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  public static Location component(String partId, String componentId) {
    return new Location(partId, Optional.of(componentId), Optional.empty(), OptionalInt.empty());
  }

  public Location question(String questionId) {
    return new Location(partId, componentId, Optional.of(questionId), subject);
  }

  public Location subject(int index) {
    return new Location(partId, componentId, questionId, OptionalInt.of(index));
  }

  public Location subject(OptionalInt index) {
    return new Location(partId, componentId, questionId, index);
  }
}
