package org.mcportal.rules.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Part;
import org.mcportal.rules.Subjects;
import org.mcportal.rules.SubmissionContent;

/**
 * What changed between two attempts in the components that reopened, one word diff per field.
 * Diffing field by field, not the whole component at once, keeps each diff to one answer's length
 * and shows the assessor each change beside the question it answers.
 *
 * @param fields per component in the order asked, then per subject, then per question; every field
 *     the definition asks for is listed, changed or not, and a missing answer diffs as empty text
 */
public record AttemptDiff(List<FieldDiff> fields) {

  public AttemptDiff {
    fields = List.copyOf(fields);
  }

  /**
   * @param fieldKey the {@link FieldKey} string of the field, as the editor names it
   */
  public record FieldDiff(String componentId, String fieldKey, WordDiff diff) {
    public FieldDiff {
      Objects.requireNonNull(componentId, "componentId");
      Objects.requireNonNull(fieldKey, "fieldKey");
      Objects.requireNonNull(diff, "diff");
    }
  }

  public List<FieldDiff> changed() {
    return fields.stream().filter(f -> !f.diff().unchanged()).toList();
  }

  /**
   * @param componentIds the components to compare, usually those {@link
   *     org.mcportal.rules.Reopening} reopened
   * @throws IllegalArgumentException for a component id the definition does not have
   */
  public static AttemptDiff between(
      CredentialDefinition definition,
      SubmissionContent previous,
      SubmissionContent current,
      List<String> componentIds) {
    List<FieldDiff> fields = new ArrayList<>();
    for (String componentId : componentIds) {
      Component component =
          definition
              .component(componentId)
              .orElseThrow(() -> new IllegalArgumentException("no component " + componentId));
      int subjects =
          definition.partOf(componentId).flatMap(Part::subjects).map(Subjects::count).orElse(1);
      if (component.response() == Component.ResponseKind.DOCUMENTS) {
        for (int s = 0; s < subjects; s++) {
          fields.add(
              new FieldDiff(
                  componentId,
                  FieldKey.document(componentId, s).toString(),
                  WordDiff.between(
                      document(previous, componentId, s), document(current, componentId, s))));
        }
        continue;
      }
      List<OptionalInt> places = new ArrayList<>();
      if (component.perSubject()) {
        for (int s = 0; s < subjects; s++) {
          places.add(OptionalInt.of(s));
        }
      } else {
        places.add(OptionalInt.empty());
      }
      for (OptionalInt subject : places) {
        for (var question : component.questions()) {
          fields.add(
              new FieldDiff(
                  componentId,
                  FieldKey.answer(componentId, question.id(), subject).toString(),
                  WordDiff.between(
                      answer(previous, componentId, question.id(), subject),
                      answer(current, componentId, question.id(), subject))));
        }
      }
    }
    return new AttemptDiff(fields);
  }

  private static String answer(
      SubmissionContent content, String componentId, String questionId, OptionalInt subject) {
    return content.answer(componentId, questionId, subject).map(Answer::markdown).orElse("");
  }

  private static String document(SubmissionContent content, String componentId, int subject) {
    return content.document(componentId, subject).map(Document::text).orElse("");
  }
}
