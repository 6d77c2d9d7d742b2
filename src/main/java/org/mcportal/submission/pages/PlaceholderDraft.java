package org.mcportal.submission.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.ExpectedFields;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.rules.WordBounds;
import org.mcportal.submission.Draft;
import org.mcportal.submission.SubmissionSummary;
import org.mcportal.submission.WordCounts;

/**
 * A draft that was never stored, every field filled with placeholder words: enough per component to
 * sit within its bounds, so a preview shows the counts as an educator would see them when done.
 */
final class PlaceholderDraft {

  private static final String[] WORDS = {
    "placeholder", "text", "standing", "in", "for", "what", "an", "educator", "writes", "here"
  };

  private PlaceholderDraft() {}

  static Draft of(CredentialDefinition definition, Instant now) {
    ExpectedFields expected = ExpectedFields.of(definition);
    List<Draft.Field> fields = new ArrayList<>();
    for (ExpectedFields.PartFields part : expected.parts()) {
      String label = part.part().subjects().map(s -> s.label()).orElse("subject");
      for (ExpectedFields.SubjectFields subject : part.subjects()) {
        fields.add(
            field(subject.pseudonym(), "Sample " + label + " " + (subject.index() + 1), now));
        fields.add(field(subject.privateName(), "", now));
      }
      for (ExpectedFields.ComponentFields component : part.components()) {
        List<FieldKey> keys = component.keys();
        int total =
            component.component().words().map(PlaceholderDraft::target).orElse(30 * keys.size());
        for (int k = 0; k < keys.size(); k++) {
          int share = total / keys.size() + (k < total % keys.size() ? 1 : 0);
          fields.add(field(keys.get(k), words(share), now));
        }
      }
    }
    SubmissionSummary summary =
        new SubmissionSummary(
            0,
            definition.id(),
            definition.version(),
            definition.title(),
            SubmissionStatus.DRAFT,
            0,
            now,
            now);
    return new Draft(summary, fields, Set.of(), WordCounts.none());
  }

  /** Midway between the bounds, or a little past the one bound given. */
  static int target(WordBounds bounds) {
    if (bounds.min().isPresent() && bounds.max().isPresent()) {
      return (bounds.min().getAsInt() + bounds.max().getAsInt()) / 2;
    }
    return bounds.max().isPresent() ? bounds.max().getAsInt() / 2 : bounds.min().getAsInt() + 20;
  }

  private static Draft.Field field(FieldKey key, String text, Instant now) {
    return new Draft.Field(key.toString(), text, 0, now);
  }

  private static String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(i % 12 == 0 ? ".\n\n" : " ");
      }
      text.append(WORDS[i % WORDS.length]);
    }
    return count > 0 ? text.append('.').toString() : "";
  }
}
