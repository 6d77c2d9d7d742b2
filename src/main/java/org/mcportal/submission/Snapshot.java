package org.mcportal.submission;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mcportal.rules.SubmissionContent;

/**
 * The stored form of a submitted attempt: what the assessor will read. Plain values only, so that
 * an attempt reads the same however the classes around it change.
 */
record Snapshot(
    int format,
    Map<String, List<String>> subjects,
    List<Answer> answers,
    List<Document> documents) {

  static Snapshot of(SubmissionContent content) {
    return new Snapshot(
        1,
        new TreeMap<>(content.subjects()),
        content.answers().stream()
            .map(
                a ->
                    new Answer(
                        a.componentId(),
                        a.questionId(),
                        a.subject().isPresent() ? a.subject().getAsInt() : null,
                        a.markdown()))
            .toList(),
        content.documents().stream()
            .map(d -> new Document(d.componentId(), d.subject(), d.text()))
            .toList());
  }

  record Answer(String componentId, String questionId, Integer subject, String markdown) {}

  record Document(String componentId, int subject, String text) {}
}
