package org.mcportal.rules;

import java.math.BigDecimal;
import java.time.Period;
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
 * @param calibration whether an assessor must pass a calibration set before scoring live work
 */
public record AssessmentSettings(
    int turnaroundDays,
    Release release,
    int maxAttempts,
    Scoring scoring,
    Calibration calibration) {

  public static final int DEFAULT_TURNAROUND_DAYS = 14;
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** What a file without an {@code assessment} block means. */
  public static final AssessmentSettings DEFAULTS =
      new AssessmentSettings(
          DEFAULT_TURNAROUND_DAYS,
          Release.AUTOMATIC,
          DEFAULT_MAX_ATTEMPTS,
          Scoring.SINGLE,
          Calibration.NOT_REQUIRED);

  public AssessmentSettings {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(calibration, "calibration");
  }

  /** Settings without calibration, as every file written before calibration existed means. */
  public AssessmentSettings(int turnaroundDays, Release release, int maxAttempts, Scoring scoring) {
    this(turnaroundDays, release, maxAttempts, scoring, Calibration.NOT_REQUIRED);
  }

  /**
   * Whether assessors calibrate before live work, and what passing means.
   *
   * @param required an assessor without a current certificate cannot claim or be assigned live work
   *     of this version
   * @param threshold the least exact agreement on component levels with the gold standard that
   *     passes a set, from 0 to 1
   * @param validity how long a passed set certifies, as an ISO 8601 period
   */
  public record Calibration(boolean required, BigDecimal threshold, Period validity) {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.80");
    public static final Period DEFAULT_VALIDITY = Period.ofMonths(12);

    public static final Calibration NOT_REQUIRED =
        new Calibration(false, DEFAULT_THRESHOLD, DEFAULT_VALIDITY);

    public Calibration {
      // 0.8 and 0.80 are one threshold.
      threshold = threshold.stripTrailingZeros();
      Objects.requireNonNull(validity, "validity");
    }
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
