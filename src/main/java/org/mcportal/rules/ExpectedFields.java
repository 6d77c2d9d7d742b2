package org.mcportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Every field a draft of one credential version has, enumerated once: the pseudonym and private
 * name of each subject, each answer per question and subject, each document per subject. Starting a
 * draft creates these fields, the editor lays them out, and the bounds and completeness checks read
 * exactly these places, so a word the editor counts is one the checklist counts.
 */
public final class ExpectedFields {

  private final List<PartFields> parts;
  private final Map<String, ComponentFields> byComponent = new LinkedHashMap<>();

  private ExpectedFields(List<PartFields> parts) {
    this.parts = List.copyOf(parts);
    parts.forEach(p -> p.components().forEach(c -> byComponent.put(c.component().id(), c)));
  }

  public static ExpectedFields of(CredentialDefinition definition) {
    List<PartFields> parts = new ArrayList<>();
    for (Part part : definition.parts()) {
      int count = part.subjects().map(Subjects::count).orElse(0);
      List<SubjectFields> subjects =
          IntStream.range(0, count)
              .mapToObj(
                  n ->
                      new SubjectFields(
                          n, FieldKey.subject(part.id(), n), FieldKey.privateName(part.id(), n)))
              .toList();
      List<ComponentFields> components =
          part.components().stream().map(c -> ComponentFields.of(part, c)).toList();
      parts.add(new PartFields(part, subjects, components));
    }
    return new ExpectedFields(parts);
  }

  public List<PartFields> parts() {
    return parts;
  }

  /** The fields of one component; throws for a component the definition does not have. */
  public ComponentFields component(String componentId) {
    ComponentFields fields = byComponent.get(componentId);
    if (fields == null) {
      throw new IllegalArgumentException("no component " + componentId);
    }
    return fields;
  }

  public Optional<PartFields> part(String partId) {
    return parts.stream().filter(p -> p.part().id().equals(partId)).findFirst();
  }

  /**
   * Every key, in the order the credential reads: per part, each subject's pseudonym and private
   * name, then each component's fields (answers question by question, each across the subjects).
   */
  public List<FieldKey> all() {
    List<FieldKey> keys = new ArrayList<>();
    for (PartFields part : parts) {
      for (SubjectFields subject : part.subjects()) {
        keys.add(subject.pseudonym());
        keys.add(subject.privateName());
      }
      part.components().forEach(c -> keys.addAll(c.keys()));
    }
    return keys;
  }

  /**
   * @param subjects the part's subjects, by 0-based index; empty for a part without subjects
   */
  public record PartFields(
      Part part, List<SubjectFields> subjects, List<ComponentFields> components) {

    public PartFields {
      subjects = List.copyOf(subjects);
      components = List.copyOf(components);
    }
  }

  /** The two fields that name one subject: the pseudonym others read and the private name. */
  public record SubjectFields(int index, FieldKey pseudonym, FieldKey privateName) {}

  /**
   * The fields of one component, grouped by subject.
   *
   * @param perSubject whether the component's content is given once per subject of its part
   * @param slots one per subject when per subject, otherwise one slot without a subject
   */
  public record ComponentFields(
      Part part, Component component, boolean perSubject, List<Slot> slots) {

    public ComponentFields {
      slots = List.copyOf(slots);
    }

    static ComponentFields of(Part part, Component component) {
      boolean perSubject = part.subjects().isPresent() && component.perSubject();
      List<OptionalInt> subjects =
          perSubject
              ? IntStream.range(0, part.subjects().get().count()).mapToObj(OptionalInt::of).toList()
              : List.of(OptionalInt.empty());
      List<Slot> slots = new ArrayList<>();
      for (OptionalInt subject : subjects) {
        if (component.response() == Component.ResponseKind.DOCUMENTS) {
          // A document always has a subject index; one for the whole submission takes index 0.
          slots.add(
              new Slot(subject, List.of(FieldKey.document(component.id(), subject.orElse(0)))));
        } else {
          slots.add(
              new Slot(
                  subject,
                  component.questions().stream()
                      .map(q -> FieldKey.answer(component.id(), q.id(), subject))
                      .toList()));
        }
      }
      return new ComponentFields(part, component, perSubject, slots);
    }

    public boolean documents() {
      return component.response() == Component.ResponseKind.DOCUMENTS;
    }

    /** Every key of the component: documents by subject, answers question by question. */
    public List<FieldKey> keys() {
      if (documents()) {
        return slots.stream().flatMap(s -> s.keys().stream()).toList();
      }
      List<FieldKey> keys = new ArrayList<>();
      for (int question = 0; question < component.questions().size(); question++) {
        for (Slot slot : slots) {
          keys.add(slot.keys().get(question));
        }
      }
      return keys;
    }

    /** The texts of the component's fields that the content holds, subject by subject. */
    public List<String> texts(SubmissionContent content) {
      List<String> texts = new ArrayList<>();
      for (Slot slot : slots) {
        slot.keys().forEach(key -> content.text(key).ifPresent(texts::add));
      }
      return texts;
    }

    /** The words of all the component's answers or documents together, as the bounds count. */
    public int words(SubmissionContent content) {
      return texts(content).stream().mapToInt(WordCounter::count).sum();
    }
  }

  /**
   * One subject's fields in a component, or the only fields of a component answered once.
   *
   * @param keys the answers in question order, or the single document
   */
  public record Slot(OptionalInt subject, List<FieldKey> keys) {

    public Slot {
      keys = List.copyOf(keys);
    }
  }
}
