package org.mcportal.submission;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.ExpectedFields;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.WordCounter;

/**
 * The words of a draft as the checklist counts them, per component and per answer or document, for
 * clients that show counts beside the writing. A document with an uploaded PDF counts the PDF's
 * words, as the checks do.
 */
public record WordCounts(List<ComponentCount> components) {

  public WordCounts {
    components = List.copyOf(components);
  }

  /**
   * @param min the component's lower bound, or null when it states none
   * @param max the component's upper bound, or null when it states none
   */
  public record ComponentCount(
      String componentId, int words, Integer min, Integer max, List<FieldCount> fields) {}

  /**
   * @param uploaded whether an uploaded PDF stands in for the document written in the editor
   */
  public record FieldCount(String key, int words, boolean uploaded) {}

  /** For a draft that was never stored (a preview): the pages count its words themselves. */
  public static WordCounts none() {
    return new WordCounts(List.of());
  }

  static WordCounts of(
      CredentialDefinition definition, SubmissionContent content, Set<String> uploadedKeys) {
    ExpectedFields expected = ExpectedFields.of(definition);
    List<ComponentCount> components =
        definition.components().stream()
            .map(c -> count(expected, c, content, uploadedKeys))
            .toList();
    return new WordCounts(components);
  }

  private static ComponentCount count(
      ExpectedFields expected,
      Component component,
      SubmissionContent content,
      Set<String> uploaded) {
    ExpectedFields.ComponentFields fields = expected.component(component.id());
    List<FieldCount> counts =
        fields.keys().stream()
            .map(
                key ->
                    new FieldCount(
                        key.toString(),
                        WordCounter.count(content.text(key).orElse("")),
                        key.kind() == FieldKey.Kind.DOCUMENT && uploaded.contains(key.toString())))
            .collect(Collectors.toList());
    return new ComponentCount(
        component.id(),
        fields.words(content),
        component.words().flatMap(b -> boxed(b.min())).orElse(null),
        component.words().flatMap(b -> boxed(b.max())).orElse(null),
        counts);
  }

  private static java.util.Optional<Integer> boxed(java.util.OptionalInt bound) {
    return bound.isPresent() ? java.util.Optional.of(bound.getAsInt()) : java.util.Optional.empty();
  }
}
