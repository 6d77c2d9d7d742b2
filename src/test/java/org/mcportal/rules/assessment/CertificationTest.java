package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificationTest {

  private static final Instant PASSED = Instant.parse("2026-01-31T10:00:00Z");

  private static Certification.Result passed(Instant at, Period validity) {
    return new Certification.Result(at, true, 1.0, Optional.of(Certification.expiry(at, validity)));
  }

  private static Certification.Result failed(Instant at) {
    return new Certification.Result(at, false, 0.5, Optional.empty());
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "2026-01-31T10:00:00Z, P12M, 2027-01-31T10:00:00Z",
    "2026-01-31T10:00:00Z, P1M, 2026-02-28T10:00:00Z",
    "2024-02-29T00:00:00Z, P1Y, 2025-02-28T00:00:00Z",
    "2026-01-31T10:00:00Z, P30D, 2026-03-02T10:00:00Z"
  })
  void expiryAddsTheValidityInUtcCalendarTerms(String at, String validity, String expected) {
    assertEquals(
        Instant.parse(expected), Certification.expiry(Instant.parse(at), Period.parse(validity)));
  }

  @Test
  void aZeroOrNegativeValidityIsACallersMistake() {
    assertThrows(IllegalArgumentException.class, () -> Certification.expiry(PASSED, Period.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> Certification.expiry(PASSED, Period.ofDays(-1)));
  }

  @Test
  void noSetSubmittedIsNotCalibrated() {
    Certification status = Certification.of(List.of(), PASSED);
    assertEquals(new Certification.NotCalibrated(), status);
    assertFalse(status.certified());
  }

  @Test
  void aPassedSetCertifiesUntilItsExpiryAndNotAtIt() {
    Certification.Result result = passed(PASSED, Period.ofMonths(12));
    Instant expiry = Instant.parse("2027-01-31T10:00:00Z");

    assertEquals(
        new Certification.Certified(expiry),
        Certification.of(List.of(result), expiry.minusMillis(1)));
    assertEquals(new Certification.Expired(expiry), Certification.of(List.of(result), expiry));
  }

  @Test
  void aLaterFailureWithdrawsAnEarlierPass() {
    Instant later = PASSED.plusSeconds(3600);
    Certification status =
        Certification.of(List.of(failed(later), passed(PASSED, Period.ofMonths(12))), later);
    assertEquals(new Certification.Failed(later, 0.5), status);
  }

  @Test
  void aLaterPassRestoresCertification() {
    Instant later = PASSED.plusSeconds(3600);
    Certification status =
        Certification.of(List.of(failed(PASSED), passed(later, Period.ofMonths(1))), later);
    assertTrue(status.certified());
  }

  @Test
  void aPassedResultMustSayUntilWhen() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Certification.Result(PASSED, true, 1.0, Optional.empty()));
  }
}
