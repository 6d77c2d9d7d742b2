package org.mcportal.submission;

import org.mcportal.rules.Checklist;

/** A draft's checklist with the submission it belongs to and its word counts. */
public record CheckedDraft(
    SubmissionSummary submission, Checklist checklist, WordCounts wordCounts) {}
