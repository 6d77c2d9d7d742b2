package org.mcportal.submission;

import java.util.List;
import org.mcportal.rules.Checklist;

/** The checklist as the API returns it, with the words it counted. */
public record ChecklistView(boolean canSubmit, List<FindingView> findings, WordCounts wordCounts) {
  static ChecklistView of(CheckedDraft checked) {
    Checklist checklist = checked.checklist();
    return new ChecklistView(
        checklist.canSubmit(),
        checklist.findings().stream().map(FindingView::of).toList(),
        checked.wordCounts());
  }
}
