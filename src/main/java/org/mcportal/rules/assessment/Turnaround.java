package org.mcportal.rules.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a submission has waited for its assessment, against the credential's target.
 *
 * <p>Days are whole elapsed periods of 24 hours since submission, rounded down, with no calendar or
 * time zone: a submission sent at 23:59 has waited 0 days a minute later, and 1 day 24 hours later.
 * It is overdue once more time than the target has elapsed, so with a 14-day target it is overdue
 * from 14 days and 1 nanosecond, while it still shows "14 days waiting".
 *
 * @param daysWaiting whole days since submission; 0 when {@code now} is before it (clock skew)
 * @param dueAt submission plus the target
 */
public record Turnaround(int daysWaiting, int targetDays, Instant dueAt, boolean overdue) {

  public static Turnaround of(Instant submittedAt, Instant now, int targetDays) {
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(now, "now");
    if (targetDays < 1) {
      throw new IllegalArgumentException(
          "a turnaround target is at least 1 day, got " + targetDays);
    }
    Duration waited = Duration.between(submittedAt, now);
    int days = waited.isNegative() ? 0 : (int) Math.min(Integer.MAX_VALUE, waited.toDays());
    Instant due = submittedAt.plus(Duration.ofDays(targetDays));
    return new Turnaround(days, targetDays, due, now.isAfter(due));
  }
}
