package org.mcportal.rules;

import java.util.List;
import java.util.Optional;

/**
 * A part of the submission guidelines. A part either is one assessed component itself (Part 1's
 * overview questions) or groups several (Part 2's artifacts); either way {@link #components()}
 * lists what is assessed.
 *
 * @param subjects the people the evidence is about, when the components ask per subject
 */
public record Part(
    String id,
    int number,
    String title,
    String subtitle,
    String instructions,
    Optional<Subjects> subjects,
    List<Component> components) {

  public Part {
    components = List.copyOf(components);
  }
}
