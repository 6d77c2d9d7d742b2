package org.mcportal.submission;

import org.mcportal.rules.Finding;

/** One checklist finding as the API returns it, with its id for acknowledging it. */
public record FindingView(
    String id,
    Finding.Severity severity,
    String code,
    String partId,
    String componentId,
    String questionId,
    Integer subject,
    String message) {
  static FindingView of(Finding finding) {
    var location = finding.location();
    return new FindingView(
        FindingIds.of(finding),
        finding.severity(),
        finding.code(),
        location.partId(),
        location.componentId().orElse(null),
        location.questionId().orElse(null),
        location.subject().isPresent() ? location.subject().getAsInt() : null,
        finding.message());
  }
}
