package org.mcportal.rules;

import java.util.List;

/**
 * Wording shared by the checks' messages: parts, subjects, counts and lists. Which fields a
 * component has is {@link ExpectedFields}'s to say.
 */
final class Places {

  private Places() {}

  static Part partOf(CredentialDefinition definition, Component component) {
    return definition
        .partOf(component.id())
        .orElseThrow(
            () -> new IllegalArgumentException("component " + component.id() + " is in no part"));
  }

  /** True when the component's content is given once per subject of its part. */
  static boolean isPerSubject(Part part, Component component) {
    return ExpectedFields.ComponentFields.of(part, component).perSubject();
  }

  /** "learner 2 (Ana)", or "learner 2" while unnamed; subjects are shown 1-based. */
  static String subjectName(Part part, SubmissionContent content, int subject) {
    String label = part.subjects().map(Subjects::label).orElse("subject");
    String numbered = label + " " + (subject + 1);
    return content
        .pseudonym(part.id(), subject)
        .map(name -> numbered + " (" + name + ")")
        .orElse(numbered);
  }

  static String partLabel(Part part) {
    return "Part " + part.number();
  }

  static String words(int count) {
    return Noun.WORD.count(count);
  }

  /** "a", "a and b", "a, b and c". */
  static String listing(List<String> items) {
    return listing(items, "and");
  }

  /** "a", "a or b", "a, b or c". */
  static String listing(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }
}
