package org.mcportal.submission;

import org.mcportal.rules.Checklist;

/** A draft's checklist with the submission it belongs to, for the checklist page. */
public record CheckedDraft(SubmissionSummary submission, Checklist checklist) {}
