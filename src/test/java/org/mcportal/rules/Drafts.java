package org.mcportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Builds submission content against a definition: {@link #complete} fills every place the
 * credential asks for, and the other methods change one thing at a time.
 */
final class Drafts {

  private static final String[] PSEUDONYMS = {"Ana", "Ben", "Cai", "Dee", "Eli"};

  private final CredentialDefinition definition;
  private final Map<String, List<String>> subjects = new LinkedHashMap<>();
  private final Map<List<Object>, Answer> answers = new LinkedHashMap<>();
  private final Map<List<Object>, Document> documents = new LinkedHashMap<>();

  /** Notes written each for its own family, each with an invitation, as the rubric asks. */
  static final String[] NOTES = {
    "Thank you for welcoming us into your kitchen and for the story about the garden. We would"
        + " love to see you at the science fair on Thursday.",
    "It was a joy to meet your grandmother and hear about the family band. Please join us for"
        + " the spring concert next month; bring the drum!",
    "Thank you for meeting us at the library. Your questions about reading at home were so"
        + " thoughtful. We invite you to our family reading night in May.",
  };

  private Drafts(CredentialDefinition definition) {
    this.definition = definition;
  }

  /**
   * Every subject named, every answer within bounds (the middle), a distinct note with an
   * invitation for every subject: a draft with nothing to flag.
   */
  static Drafts complete(CredentialDefinition definition) {
    Drafts draft = new Drafts(definition);
    for (Part part : definition.parts()) {
      part.subjects()
          .ifPresent(
              s -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < s.count(); i++) {
                  names.add(PSEUDONYMS[i]);
                }
                draft.subjects.put(part.id(), names);
              });
      for (Component component : part.components()) {
        if (component.response() == Component.ResponseKind.DOCUMENTS) {
          int documents = component.perSubject() ? subjectCount(part) : 1;
          for (int subject = 0; subject < documents; subject++) {
            draft.document(component.id(), subject, NOTES[subject % NOTES.length]);
          }
        } else {
          int total =
              component
                  .words()
                  .map(
                      b ->
                          b.max().isPresent()
                              ? (b.min().orElse(0) + b.max().getAsInt()) / 2
                              : b.min().getAsInt() + 10)
                  .orElse(10 * draft.slots(component));
          draft.words(component.id(), total);
        }
      }
    }
    return draft;
  }

  /** Rewrites a component's answers to hold {@code total} words, spread evenly over its places. */
  Drafts words(String componentId, int total) {
    Component component = definition.component(componentId).orElseThrow();
    List<OptionalInt> subjectSlots = subjectSlots(component);
    int places = subjectSlots.size() * component.questions().size();
    int place = 0;
    for (OptionalInt subject : subjectSlots) {
      for (Question question : component.questions()) {
        int words = total / places + (place < total % places ? 1 : 0);
        answer(componentId, question.id(), subject, Texts.words(words));
        place++;
      }
    }
    return this;
  }

  Drafts answer(String componentId, String questionId, OptionalInt subject, String markdown) {
    answers.put(
        List.of(componentId, questionId, subject),
        new Answer(componentId, questionId, subject, markdown));
    return this;
  }

  Drafts answer(String componentId, String questionId, String markdown) {
    return answer(componentId, questionId, OptionalInt.empty(), markdown);
  }

  Drafts answer(String componentId, String questionId, int subject, String markdown) {
    return answer(componentId, questionId, OptionalInt.of(subject), markdown);
  }

  Drafts without(String componentId, String questionId, OptionalInt subject) {
    answers.remove(List.of(componentId, questionId, subject));
    return this;
  }

  Drafts document(String componentId, int subject, String text) {
    documents.put(List.of(componentId, subject), new Document(componentId, subject, text));
    return this;
  }

  /** A file whose scanned pages are still being recognised; its text is its text layer's. */
  Drafts recognising(String componentId, int subject, String textLayer) {
    documents.put(
        List.of(componentId, subject), new Document(componentId, subject, textLayer, true));
    return this;
  }

  Drafts withoutDocument(String componentId, int subject) {
    documents.remove(List.of(componentId, subject));
    return this;
  }

  Drafts subjects(String partId, String... names) {
    subjects.put(partId, List.of(names));
    return this;
  }

  SubmissionContent build() {
    return new SubmissionContent(
        subjects, new ArrayList<>(answers.values()), new ArrayList<>(documents.values()));
  }

  private List<OptionalInt> subjectSlots(Component component) {
    Part part = definition.partOf(component.id()).orElseThrow();
    if (!component.perSubject() || part.subjects().isEmpty()) {
      return List.of(OptionalInt.empty());
    }
    List<OptionalInt> slots = new ArrayList<>();
    for (int i = 0; i < part.subjects().get().count(); i++) {
      slots.add(OptionalInt.of(i));
    }
    return slots;
  }

  private int slots(Component component) {
    return subjectSlots(component).size() * component.questions().size();
  }

  private static int subjectCount(Part part) {
    return part.subjects().map(Subjects::count).orElse(1);
  }
}
