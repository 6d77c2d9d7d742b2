package org.mcportal.rules;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a credential version is assessed, from its optional {@code assessment} block. Every value has
 * a default so that a file written before the block existed (and stored with its checksum) keeps
 * its meaning without being edited.
 *
 * @param turnaroundDays how many days an assessor has for a submission before it shows as overdue
 * @param release whether results reach the educator when the assessment is submitted, or when an
 *     admin releases them
 * @param maxAttempts how many attempts an educator may submit in all, the first included
 * @param scoring how many assessors score each submission
 */
public record AssessmentSettings(
    int turnaroundDays, Release release, int maxAttempts, Scoring scoring) {

  public static final int DEFAULT_TURNAROUND_DAYS = 14;
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** What a file without an {@code assessment} block means. */
  public static final AssessmentSettings DEFAULTS =
      new AssessmentSettings(
          DEFAULT_TURNAROUND_DAYS, Release.AUTOMATIC, DEFAULT_MAX_ATTEMPTS, Scoring.SINGLE);

  public AssessmentSettings {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(scoring, "scoring");
  }

  public enum Release {
    /** The result is released as soon as the assessment is submitted. */
    AUTOMATIC,
    /** The result waits until an admin releases it. */
    ADMIN
  }

  /**
   * How many assessors score a submission.
   *
   * @param share for {@link Mode#SAMPLE}, the fraction (0.0 to 1.0) of submissions scored twice;
   *     empty for the other modes
   */
  public record Scoring(Mode mode, OptionalDouble share) {

    public static final Scoring SINGLE = new Scoring(Mode.SINGLE, OptionalDouble.empty());

    public Scoring {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(share, "share");
    }

    public enum Mode {
      /** One assessor per submission. */
      SINGLE,
      /** Two independent assessors for every submission. */
      DOUBLE,
      /** Two assessors for a share of submissions, one for the rest. */
      SAMPLE
    }
  }
}
