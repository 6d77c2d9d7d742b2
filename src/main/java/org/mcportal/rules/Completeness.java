package org.mcportal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Whether everything the credential asks for is there: each subject named once, each question
 * answered for each subject, each document given. An answer with no word (see {@link WordCounter})
 * is not an answer, so a field holding only {@code **} or a heading marker counts as empty.
 */
public final class Completeness {

  public static final String SUBJECT_UNNAMED = "subject-unnamed";
  public static final String SUBJECT_DUPLICATE = "subject-duplicate";
  public static final String SUBJECT_EXTRA = "subject-extra";
  public static final String ANSWER_MISSING = "answer-missing";
  public static final String DOCUMENT_MISSING = "document-missing";
  public static final String DOCUMENT_UNREADABLE = "document-unreadable";
  public static final String DOCUMENT_RECOGNISING = "document-recognising";

  private Completeness() {}

  /** Every finding for the whole submission, part by part in the credential's order. */
  public static List<Finding> check(CredentialDefinition definition, SubmissionContent content) {
    List<Finding> findings = new ArrayList<>();
    for (Part part : definition.parts()) {
      findings.addAll(subjects(part, content));
      for (Component component : part.components()) {
        findings.addAll(component(definition, component, content));
      }
    }
    return findings;
  }

  /** Findings about the pseudonyms of a part's subjects; none when the part has no subjects. */
  public static List<Finding> subjects(Part part, SubmissionContent content) {
    List<Finding> findings = new ArrayList<>();
    if (part.subjects().isEmpty()) {
      return findings;
    }
    Subjects subjects = part.subjects().get();
    String where = Places.partLabel(part);
    // Pseudonyms compare without case or surrounding space: "Ana" and " ana" are one student.
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < subjects.count(); i++) {
      var name = content.pseudonym(part.id(), i);
      if (name.isEmpty()) {
        findings.add(
            Finding.blocking(
                SUBJECT_UNNAMED,
                Location.part(part.id()).subject(i),
                where + ": " + subjects.label() + " " + (i + 1) + " has no pseudonym yet."));
        continue;
      }
      Integer earlier = firstSeen.putIfAbsent(name.get().toLowerCase(Locale.ROOT), i);
      if (earlier != null) {
        findings.add(
            Finding.blocking(
                SUBJECT_DUPLICATE,
                Location.part(part.id()).subject(i),
                "%s: %s %d and %d have the same pseudonym, %s; each %s needs a different one."
                    .formatted(
                        where,
                        subjects.plural(),
                        earlier + 1,
                        i + 1,
                        name.get(),
                        subjects.label())));
      }
    }
    long extra =
        content.subjectsOf(part.id()).stream()
            .skip(subjects.count())
            .filter(n -> !n.isBlank())
            .count();
    if (extra > 0) {
      findings.add(
          Finding.blocking(
              SUBJECT_EXTRA,
              Location.part(part.id()).subject(subjects.count()),
              "%s names %d %s; it asks for %d."
                  .formatted(
                      where, subjects.count() + extra, subjects.plural(), subjects.count())));
    }
    return findings;
  }

  /** Findings about one component's answers or documents, subject by subject. */
  public static List<Finding> component(
      CredentialDefinition definition, Component component, SubmissionContent content) {
    Part part = Places.partOf(definition, component);
    Location here = Location.component(part.id(), component.id());
    List<Finding> findings = new ArrayList<>();
    ExpectedFields.ComponentFields fields = ExpectedFields.ComponentFields.of(part, component);
    if (fields.documents()) {
      for (ExpectedFields.Slot slot : fields.slots()) {
        int subject = slot.subject().orElse(0);
        String whose = documentOwner(part, component, content, subject);
        var document = content.document(component.id(), subject);
        if (document.isEmpty()) {
          findings.add(
              Finding.blocking(
                  DOCUMENT_MISSING,
                  here.subject(subject),
                  component.label() + ": no " + component.document().singular() + whose + " yet."));
        } else if (document.get().recognising()) {
          // Recognition runs after the upload; until it is done the checks of the text wait, and
          // nothing about the file blocks.
          findings.add(
              Finding.advisory(
                  DOCUMENT_RECOGNISING,
                  here.subject(subject),
                  ("%s: recognising the scanned pages of the %s given%s… The checks of its text"
                          + " follow when that is done; reload to see them.")
                      .formatted(component.label(), component.document().singular(), whose)));
        } else if (document.get().words() == 0) {
          // Only a file can be given yet hold no words (a scan nothing could be read on); it is
          // valid evidence, which the assessor reads, so it never blocks.
          findings.add(
              Finding.advisory(
                  DOCUMENT_UNREADABLE,
                  here.subject(subject),
                  ("%s: the automatic checks could not read the %s given%s; the assessor will"
                          + " read it.")
                      .formatted(component.label(), component.document().singular(), whose)));
        }
      }
      return findings;
    }
    for (ExpectedFields.Slot slot : fields.slots()) {
      OptionalInt subject = slot.subject();
      String whom =
          subject.isPresent()
              ? " for " + Places.subjectName(part, content, subject.getAsInt())
              : "";
      for (Question question : component.questions()) {
        boolean answered =
            content
                .answer(component.id(), question.id(), subject)
                .map(a -> !WordCounter.isBlank(a.markdown()))
                .orElse(false);
        if (!answered) {
          findings.add(
              Finding.blocking(
                  ANSWER_MISSING,
                  here.question(question.id()).subject(subject),
                  "%s, question %d: no answer%s yet."
                      .formatted(component.label(), question.number(), whom)));
        }
      }
    }
    return findings;
  }

  private static String documentOwner(
      Part part, Component component, SubmissionContent content, int subject) {
    return Places.isPerSubject(part, component)
        ? " for " + Places.subjectName(part, content, subject)
        : "";
  }
}
