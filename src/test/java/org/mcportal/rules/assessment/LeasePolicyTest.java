package org.mcportal.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.assessment.LeasePolicy.Refusal;

class LeasePolicyTest {

  private static final Instant TAKEN = Instant.parse("2026-05-04T08:00:00Z");
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);
  private static final Instant EXPIRES = TAKEN.plus(EIGHT_HOURS);
  private static final Optional<ClaimLease> HELD_BY_7 =
      Optional.of(new ClaimLease(7, TAKEN, EXPIRES));

  @Test
  void freeSubmissionIsGrantedForTheLeaseLength() {
    var granted =
        assertInstanceOf(
            LeasePolicy.Granted.class,
            LeasePolicy.claim(Optional.empty(), 9, false, TAKEN, EIGHT_HOURS));
    assertEquals(new ClaimLease(9, TAKEN, EXPIRES), granted.lease());
  }

  // Seconds from the lease's expiry: a lease is live before expiresAt and free from it on.
  @ParameterizedTest(name = "claim by another {0}s from expiry granted: {1}")
  @CsvSource({"-28800, false", "-1, false", "0, true", "1, true"})
  void anotherAssessorsLeaseHoldsUntilItExpires(long offset, boolean granted) {
    Instant now = EXPIRES.plusSeconds(offset);
    LeasePolicy.ClaimDecision decision = LeasePolicy.claim(HELD_BY_7, 9, false, now, EIGHT_HOURS);
    assertEquals(granted, decision.granted());
    if (!granted) {
      var refused = assertInstanceOf(LeasePolicy.Refused.class, decision);
      assertEquals(Refusal.HELD_BY_ANOTHER, refused.reason());
      assertEquals(Optional.of(EXPIRES), refused.heldUntil());
    }
  }

  @Test
  void holderClaimingAgainRenewsFromNow() {
    Instant now = TAKEN.plus(Duration.ofHours(7));
    var granted =
        assertInstanceOf(
            LeasePolicy.Granted.class, LeasePolicy.claim(HELD_BY_7, 7, false, now, EIGHT_HOURS));
    assertEquals(now.plus(EIGHT_HOURS), granted.lease().expiresAt());
  }

  @ParameterizedTest(name = "own submission refused with a lease present: {0}")
  @CsvSource({"true", "false"})
  void nobodyClaimsTheirOwnSubmission(boolean leasePresent) {
    Optional<ClaimLease> current = leasePresent ? HELD_BY_7 : Optional.empty();
    var refused =
        assertInstanceOf(
            LeasePolicy.Refused.class,
            LeasePolicy.claim(current, 7, true, TAKEN.plusSeconds(60), EIGHT_HOURS));
    assertEquals(Refusal.OWN_SUBMISSION, refused.reason());
  }

  @Test
  void adminAssignmentReplacesALiveLeaseButNotToTheAuthor() {
    assertEquals(
        new ClaimLease(9, TAKEN, EXPIRES),
        ((LeasePolicy.Granted) LeasePolicy.assign(9, false, TAKEN, EIGHT_HOURS)).lease());
    assertEquals(
        Refusal.OWN_SUBMISSION,
        ((LeasePolicy.Refused) LeasePolicy.assign(9, true, TAKEN, EIGHT_HOURS)).reason());
  }

  @ParameterizedTest(name = "account {0} writing {1}s from expiry: {2}")
  @CsvSource({
    "7, -1, ",
    "7, 0, LEASE_EXPIRED",
    "7, 1, LEASE_EXPIRED",
    "9, -1, HELD_BY_ANOTHER",
    "9, 0, NOT_CLAIMED"
  })
  void onlyTheHolderOfALiveLeaseMayWrite(long account, long offset, Refusal refusal) {
    assertEquals(
        Optional.ofNullable(refusal),
        LeasePolicy.mayWrite(HELD_BY_7, account, EXPIRES.plusSeconds(offset)));
  }

  @Test
  void writingWithoutALeaseIsRefused() {
    assertEquals(
        Optional.of(Refusal.NOT_CLAIMED), LeasePolicy.mayWrite(Optional.empty(), 7, TAKEN));
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void leaseLengthMustBePositive(long seconds) {
    assertThrows(
        IllegalArgumentException.class,
        () -> LeasePolicy.claim(Optional.empty(), 9, false, TAKEN, Duration.ofSeconds(seconds)));
  }
}
