package org.mcportal.submission;

import java.util.List;
import org.mcportal.rules.Checklist;

/** The checklist as the API returns it. */
public record ChecklistView(boolean canSubmit, List<FindingView> findings) {
  static ChecklistView of(Checklist checklist) {
    return new ChecklistView(
        checklist.canSubmit(), checklist.findings().stream().map(FindingView::of).toList());
  }
}
