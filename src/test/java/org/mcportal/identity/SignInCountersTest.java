package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.AdjustableClock;
import org.mcportal.testing.ClientAddresses;

/** The per-address ceiling is counted in the database, so concurrent nodes share one count. */
@QuarkusTest
class SignInCountersTest {

  private static final int CEILING = 12;

  @Inject LoginThrottle throttle;
  @Inject TestIdentities ids;
  @Inject AdjustableClock clock;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void concurrentAttemptsFromOneAddressAreAllCountedAndOnlyTheCeilingPasses() throws Exception {
    String address = ClientAddresses.someAddress();
    int threads = 4;
    int each = 6;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> allowed = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        allowed.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  int passed = 0;
                  for (int i = 0; i < each; i++) {
                    passed += throttle.takeAddressAttempt(address).isEmpty() ? 1 : 0;
                  }
                  return passed;
                }));
      }
      int passed = 0;
      for (Future<Integer> f : allowed) {
        passed += f.get(60, TimeUnit.SECONDS);
      }

      assertThat(passed).isEqualTo(CEILING);
      assertThat(throttle.addressAttempts(address)).isEqualTo(threads * each);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusedAddressWaitsUntilItsWindowCloses() {
    String address = ClientAddresses.someAddress();
    for (int i = 0; i < CEILING; i++) {
      assertThat(throttle.takeAddressAttempt(address)).isEmpty();
    }

    Optional<Duration> wait = throttle.takeAddressAttempt(address);

    assertThat(wait).isPresent();
    assertThat(wait.get()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
    clock.advance(wait.get().plusSeconds(1));
    assertThat(throttle.takeAddressAttempt(address)).isEmpty();
  }

  @Test
  void theCleanupDeletesClosedWindowsAndFailuresOutsideTheLockoutWindowOnly() {
    String address = ClientAddresses.someAddress();
    throttle.takeAddressAttempt(address);
    String stale = "stale-" + UUID.randomUUID() + "@school.test";
    String recent = "recent-" + UUID.randomUUID() + "@school.test";
    ids.recordFailures(stale, 3, clock.instant().minus(Duration.ofMinutes(1)));
    assertThat(windowsOf(address)).isEqualTo(1);

    clock.advance(Duration.ofMinutes(15));
    ids.recordFailures(recent, 2, clock.instant().minus(Duration.ofMinutes(14)));
    assertThat(throttle.cleanUp()).isGreaterThanOrEqualTo(1 + 3);

    assertThat(windowsOf(address)).isZero();
    assertThat(ids.failuresFor(stale)).isZero();
    assertThat(ids.failuresFor(recent)).isEqualTo(2);
  }

  private static long windowsOf(String address) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        LoginFailure.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from sign_in_address_window where client_ip = ?1")
                            .setParameter(1, address)
                            .getSingleResult())
                    .longValue());
  }
}
