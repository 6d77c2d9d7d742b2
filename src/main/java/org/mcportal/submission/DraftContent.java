package org.mcportal.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Checklist;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.IdentifiabilityScan;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.WordCounter;

/**
 * A draft's fields and uploads, read once for everything one operation computes from them, and
 * turned into the content the rules read.
 */
record DraftContent(List<DraftField> fields, List<Upload> uploads) {

  static DraftContent of(long submissionId) {
    return new DraftContent(DraftField.of(submissionId), Upload.of(submissionId));
  }

  /** The content the rules read: pseudonyms, answers and documents, never the private names. */
  SubmissionContent content(CredentialDefinition definition) {
    Map<String, List<String>> subjects = new HashMap<>();
    List<Answer> answers = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (DraftField field : fields) {
      FieldKey key = FieldKey.parse(field.fieldKey, definition).orElseThrow();
      switch (key.kind()) {
        case SUBJECT -> {
          List<String> names = subjects.computeIfAbsent(key.owner(), p -> new ArrayList<>());
          while (names.size() <= key.subject().getAsInt()) {
            names.add("");
          }
          names.set(key.subject().getAsInt(), field.content);
        }
        case ANSWER ->
            answers.add(
                new Answer(
                    key.owner(), key.question().orElseThrow(), key.subject(), field.content));
        case DOCUMENT -> {
          // A note not yet written in the editor is missing; only a file can be given yet unread.
          if (WordCounter.count(field.content) > 0) {
            documents.add(new Document(key.owner(), key.subject().getAsInt(), field.content));
          }
        }
        case PRIVATE_NAME -> {}
      }
    }
    // An uploaded PDF stands in for the document written in the editor for the same subject.
    for (Upload upload : uploads) {
      FieldKey key = FieldKey.parse(upload.fieldKey, definition).orElseThrow();
      documents.removeIf(
          d -> d.componentId().equals(key.owner()) && d.subject() == key.subject().getAsInt());
      documents.add(
          new Document(
              key.owner(),
              key.subject().getAsInt(),
              upload.extractedText,
              upload.recognition == PdfReader.Recognition.Outcome.PENDING));
    }
    return new SubmissionContent(subjects, answers, documents);
  }

  WordCounts wordCounts(CredentialDefinition definition, SubmissionContent content) {
    return WordCounts.of(
        definition,
        content,
        uploads.stream().map(u -> u.fieldKey).collect(java.util.stream.Collectors.toSet()));
  }

  /** The real first names the educator keeps privately, for the identifiability scan only. */
  List<String> privateNames() {
    return fields.stream()
        .filter(f -> f.fieldKey.startsWith("private-name:") && !f.content.isBlank())
        .map(f -> f.content)
        .toList();
  }

  Checklist checklist(
      CredentialDefinition definition, SubmissionContent content, IdentifyingDetails details) {
    IdentifyingDetails withNames =
        new IdentifyingDetails(
            details.educatorName(),
            details.educatorEmail(),
            details.school(),
            details.district(),
            privateNames());
    return Checklist.of(definition, content, List.of(IdentifiabilityScan.of(withNames)));
  }
}
