package org.mcportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Where the definition expects content for a component: which subject slots its answers or
 * documents fill. Bounds and completeness both read this, so a word counted toward a bound is
 * always one the completeness check asked for.
 */
final class Places {

  private Places() {}

  static Part partOf(CredentialDefinition definition, Component component) {
    return definition
        .partOf(component.id())
        .orElseThrow(
            () -> new IllegalArgumentException("component " + component.id() + " is in no part"));
  }

  /**
   * The subject slots of an answered component: one per subject of the part when the component is
   * answered per subject (and the part has subjects), otherwise a single slot with no subject.
   */
  static List<OptionalInt> answerSubjects(Part part, Component component) {
    if (isPerSubject(part, component)) {
      return IntStream.range(0, part.subjects().get().count()).mapToObj(OptionalInt::of).toList();
    }
    return List.of(OptionalInt.empty());
  }

  /** A document is always per subject; a part without subjects takes one document, index 0. */
  static List<Integer> documentSubjects(Part part) {
    int count = part.subjects().map(Subjects::count).orElse(1);
    return IntStream.range(0, count).boxed().toList();
  }

  /** True when the component's content is given once per subject of its part. */
  static boolean isPerSubject(Part part, Component component) {
    return part.subjects().isPresent()
        && (component.perSubject() || component.response() == Component.ResponseKind.DOCUMENTS);
  }

  /** The answers and documents of a component that the definition asks for, in slot order. */
  static List<String> texts(
      CredentialDefinition definition, Component component, SubmissionContent content) {
    Part part = partOf(definition, component);
    List<String> texts = new ArrayList<>();
    if (component.response() == Component.ResponseKind.DOCUMENTS) {
      for (int subject : documentSubjects(part)) {
        content.document(component.id(), subject).ifPresent(d -> texts.add(d.text()));
      }
      return texts;
    }
    for (OptionalInt subject : answerSubjects(part, component)) {
      for (Question question : component.questions()) {
        content
            .answer(component.id(), question.id(), subject)
            .ifPresent(a -> texts.add(a.markdown()));
      }
    }
    return texts;
  }

  /** "student 2 (Ana)", or "student 2" while unnamed; subjects are shown 1-based. */
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
    return count == 1 ? "1 word" : count + " words";
  }

  /** "a", "a and b", "a, b and c". */
  static String listing(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
