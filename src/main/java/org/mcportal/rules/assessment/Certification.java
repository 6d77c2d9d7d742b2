package org.mcportal.rules.assessment;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an assessor may score live work of a credential that requires calibration: they need a
 * passed calibration set whose certificate has not expired, and their latest set must not have
 * failed. A failed set withdraws an earlier certificate, because it is the newest evidence of how
 * the assessor scores.
 */
public sealed interface Certification {

  /** May score live work until {@code until}. */
  record Certified(Instant until) implements Certification {}

  /** Has never submitted a calibration set. */
  record NotCalibrated() implements Certification {}

  /** The latest set fell short of the threshold. */
  record Failed(Instant at, double agreement) implements Certification {}

  /** The latest set passed, but its certificate ran out at {@code at}. */
  record Expired(Instant at) implements Certification {}

  default boolean certified() {
    return this instanceof Certified;
  }

  /**
   * One submitted calibration set.
   *
   * @param certifiedUntil when a passed set's certificate expires; empty for a failed one
   */
  record Result(
      Instant submittedAt, boolean passed, double agreement, Optional<Instant> certifiedUntil) {
    public Result {
      Objects.requireNonNull(submittedAt, "submittedAt");
      Objects.requireNonNull(certifiedUntil, "certifiedUntil");
      if (passed && certifiedUntil.isEmpty()) {
        throw new IllegalArgumentException("a passed set certifies until a date");
      }
    }
  }

  /** When a set passed at {@code passedAt} stops certifying, counted in UTC calendar terms. */
  static Instant expiry(Instant passedAt, Period validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a validity is a positive period: " + validity);
    }
    return passedAt.atOffset(ZoneOffset.UTC).plus(validity).toInstant();
  }

  /** The assessor's standing at {@code now}, from their submitted sets in any order. */
  static Certification of(List<Result> results, Instant now) {
    Optional<Result> latest = results.stream().max(Comparator.comparing(Result::submittedAt));
    if (latest.isEmpty()) {
      return new NotCalibrated();
    }
    Result last = latest.get();
    if (!last.passed()) {
      return new Failed(last.submittedAt(), last.agreement());
    }
    Instant until = last.certifiedUntil().orElseThrow();
    return until.isAfter(now) ? new Certified(until) : new Expired(until);
  }
}
