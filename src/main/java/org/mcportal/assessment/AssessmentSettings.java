package org.mcportal.assessment;

/**
 * How a credential is assessed: the turnaround target, who releases results, and how many attempts
 * an educator has.
 */
public record AssessmentSettings(int turnaroundDays, Release release, int maxAttempts) {

  public static final AssessmentSettings DEFAULTS =
      new AssessmentSettings(14, Release.AUTOMATIC, 3);

  public enum Release {
    /** Results reach the educator as soon as the assessment is submitted. */
    AUTOMATIC,
    /** An admin releases each result. */
    ADMIN
  }
}
