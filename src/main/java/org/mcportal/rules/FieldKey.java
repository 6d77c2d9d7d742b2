package org.mcportal.rules;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The address of one piece of a draft, as the editor and the autosave API name it:
 *
 * <ul>
 *   <li>{@code subject:<part>:<n>} the pseudonym of subject n of a part ("Student A");
 *   <li>{@code private-name:<part>:<n>} the subject's real first name, kept for the identifiability
 *       check and shown to no one but its author;
 *   <li>{@code answer:<component>:<question>} or {@code answer:<component>:<question>:<n>};
 *   <li>{@code document:<component>:<n>} a document written in the editor.
 * </ul>
 *
 * Subjects are 0-based. A key is only valid against the definition it was made for.
 */
public record FieldKey(Kind kind, String owner, Optional<String> question, OptionalInt subject) {

  public enum Kind {
    SUBJECT("subject"),
    PRIVATE_NAME("private-name"),
    ANSWER("answer"),
    DOCUMENT("document");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  public static FieldKey answer(String componentId, String questionId, OptionalInt subject) {
    return new FieldKey(Kind.ANSWER, componentId, Optional.of(questionId), subject);
  }

  public static FieldKey document(String componentId, int subject) {
    return new FieldKey(Kind.DOCUMENT, componentId, Optional.empty(), OptionalInt.of(subject));
  }

  public static FieldKey subject(String partId, int subject) {
    return new FieldKey(Kind.SUBJECT, partId, Optional.empty(), OptionalInt.of(subject));
  }

  public static FieldKey privateName(String partId, int subject) {
    return new FieldKey(Kind.PRIVATE_NAME, partId, Optional.empty(), OptionalInt.of(subject));
  }

  /**
   * The component whose lock freezes this field: an answer's or a document's own. Empty for a
   * subject's pseudonym or private name, which are named once for every component of their part, so
   * that a lock on any component freezes them.
   */
  public Optional<String> lockingComponent() {
    return switch (kind) {
      case ANSWER, DOCUMENT -> Optional.of(owner);
      case SUBJECT, PRIVATE_NAME -> Optional.empty();
    };
  }

  /** Reads a key, checking it names a place the definition has; empty when it does not. */
  public static Optional<FieldKey> parse(String text, CredentialDefinition definition) {
    String[] parts = text.split(":", -1);
    if (parts.length < 3 || parts.length > 4) {
      return Optional.empty();
    }
    for (Kind kind : Kind.values()) {
      if (!kind.prefix.equals(parts[0])) {
        continue;
      }
      Optional<FieldKey> key =
          switch (kind) {
            case SUBJECT, PRIVATE_NAME, DOCUMENT ->
                parts.length == 3
                    ? index(parts[2])
                        .map(n -> new FieldKey(kind, parts[1], Optional.empty(), OptionalInt.of(n)))
                    : Optional.empty();
            case ANSWER ->
                parts.length == 3
                    ? Optional.of(answer(parts[1], parts[2], OptionalInt.empty()))
                    : index(parts[3]).map(n -> answer(parts[1], parts[2], OptionalInt.of(n)));
          };
      return key.filter(k -> k.existsIn(definition));
    }
    return Optional.empty();
  }

  public boolean existsIn(CredentialDefinition definition) {
    return switch (kind) {
      case SUBJECT, PRIVATE_NAME ->
          definition.parts().stream()
              .filter(p -> p.id().equals(owner))
              .flatMap(p -> p.subjects().stream())
              .anyMatch(s -> subject.getAsInt() < s.count());
      case ANSWER ->
          definition
              .component(owner)
              .filter(c -> c.response() == Component.ResponseKind.ANSWERS)
              .filter(c -> c.questions().stream().anyMatch(q -> q.id().equals(question.get())))
              .filter(c -> subjectFits(definition, c))
              .isPresent();
      case DOCUMENT ->
          definition
              .component(owner)
              .filter(c -> c.response() == Component.ResponseKind.DOCUMENTS)
              .filter(c -> subjectFits(definition, c))
              .isPresent();
    };
  }

  private boolean subjectFits(CredentialDefinition definition, Component component) {
    int count =
        definition.partOf(component.id()).flatMap(Part::subjects).map(Subjects::count).orElse(0);
    if (!component.perSubject()) {
      return subject.isEmpty() || (kind == Kind.DOCUMENT && subject.getAsInt() == 0);
    }
    return subject.isPresent() && subject.getAsInt() < count;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.prefix).append(':').append(owner);
    question.ifPresent(q -> text.append(':').append(q));
    subject.ifPresent(n -> text.append(':').append(n));
    return text.toString();
  }

  private static Optional<Integer> index(String text) {
    if (!text.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }
}
