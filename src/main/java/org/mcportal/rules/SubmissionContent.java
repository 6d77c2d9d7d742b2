package org.mcportal.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an educator has written so far for one submission: a draft or the submitted version. The
 * educator's checklist, the assessor's pre-check and the outcome all read this one value, so they
 * see the same words.
 *
 * <p>Content the definition does not ask for (an unknown question, a subject index past the part's
 * count) is kept but ignored by the rules.
 *
 * @param subjects per part id, the pseudonyms of its subjects by 0-based index; a blank entry is a
 *     subject not yet named
 */
public record SubmissionContent(
    Map<String, List<String>> subjects, List<Answer> answers, List<Document> documents) {

  public SubmissionContent {
    Map<String, List<String>> copied = new LinkedHashMap<>();
    subjects.forEach((part, names) -> copied.put(part, List.copyOf(names)));
    subjects = Map.copyOf(copied);
    answers = List.copyOf(answers);
    documents = List.copyOf(documents);
    // Two answers in one place would make "the" answer ambiguous; storage keeps one per place.
    Set<List<Object>> places = new HashSet<>();
    for (Answer a : answers) {
      if (!places.add(List.of(a.componentId(), a.questionId(), a.subject()))) {
        throw new IllegalArgumentException(
            "two answers for " + a.componentId() + "/" + a.questionId() + " " + a.subject());
      }
    }
    for (Document d : documents) {
      if (!places.add(List.of(d.componentId(), d.subject()))) {
        throw new IllegalArgumentException(
            "two documents for " + d.componentId() + " subject " + d.subject());
      }
    }
  }

  public static SubmissionContent empty() {
    return new SubmissionContent(Map.of(), List.of(), List.of());
  }

  /** The pseudonyms given for a part's subjects, as entered; empty when none were entered. */
  public List<String> subjectsOf(String partId) {
    return subjects.getOrDefault(partId, List.of());
  }

  /** The trimmed pseudonym of one subject, if it is named. */
  public Optional<String> pseudonym(String partId, int subject) {
    List<String> names = subjectsOf(partId);
    if (subject < 0 || subject >= names.size()) {
      return Optional.empty();
    }
    String name = names.get(subject).strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  public Optional<Answer> answer(String componentId, String questionId, OptionalInt subject) {
    Objects.requireNonNull(subject, "subject");
    return answers.stream()
        .filter(a -> a.componentId().equals(componentId))
        .filter(a -> a.questionId().equals(questionId))
        .filter(a -> a.subject().equals(subject))
        .findFirst();
  }

  /**
   * The text at one field: an answer's Markdown, a document's text or a pseudonym as entered.
   * Private names are never part of the content, so their keys read as empty.
   */
  public Optional<String> text(FieldKey key) {
    return switch (key.kind()) {
      case ANSWER ->
          answer(key.owner(), key.question().orElseThrow(), key.subject()).map(Answer::markdown);
      case DOCUMENT -> document(key.owner(), key.subject().getAsInt()).map(Document::text);
      case SUBJECT -> {
        List<String> names = subjectsOf(key.owner());
        int n = key.subject().getAsInt();
        yield n < names.size() ? Optional.of(names.get(n)) : Optional.empty();
      }
      case PRIVATE_NAME -> Optional.empty();
    };
  }

  public Optional<Document> document(String componentId, int subject) {
    return documents.stream()
        .filter(d -> d.componentId().equals(componentId) && d.subject() == subject)
        .findFirst();
  }
}
