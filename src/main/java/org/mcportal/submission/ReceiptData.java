package org.mcportal.submission;

/** One attempt's receipt with the submission it belongs to. */
public record ReceiptData(SubmissionSummary submission, Receipt receipt) {}
