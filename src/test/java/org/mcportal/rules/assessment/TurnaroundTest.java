package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurnaroundTest {

  private static final Instant SUBMITTED = Instant.parse("2026-02-01T23:59:00Z");

  @ParameterizedTest(name = "{0} after submission with a 14-day target: {1} days, overdue {2}")
  @CsvSource({
    "PT-1H, 0, false",
    "PT0S, 0, false",
    "PT1M, 0, false",
    "PT23H59M59S, 0, false",
    "PT24H, 1, false",
    "P13DT23H59M59S, 13, false",
    "P14D, 14, false",
    "P14DT0.000000001S, 14, true",
    "P15D, 15, true"
  })
  void daysAreWholeElapsedDaysAndOverdueIsPastTheTarget(
      Duration elapsed, int days, boolean overdue) {
    Turnaround turnaround = Turnaround.of(SUBMITTED, SUBMITTED.plus(elapsed), 14);
    assertEquals(days, turnaround.daysWaiting());
    assertEquals(overdue, turnaround.overdue());
    assertEquals(SUBMITTED.plus(Duration.ofDays(14)), turnaround.dueAt());
  }

  @ParameterizedTest
  @CsvSource({"0", "-3"})
  void targetIsAtLeastOneDay(int target) {
    assertThrows(IllegalArgumentException.class, () -> Turnaround.of(SUBMITTED, SUBMITTED, target));
  }
}
