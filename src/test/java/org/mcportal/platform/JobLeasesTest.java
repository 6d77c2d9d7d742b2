package org.mcportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcportal.testing.AdjustableClock;

@QuarkusTest
class JobLeasesTest {

  @Inject JobLeases jobs;
  @Inject AdjustableClock clock;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void twoNodesStartingTheSameJobAtOnceRunItOnce() throws Exception {
    // A job never run before, so that both contenders race for the first insert too.
    assertThat(runConcurrently("first-" + UUID.randomUUID(), 2)).isEqualTo(1);
  }

  @Test
  void manyContendersForAJobWhoseLeaseRanOutRunItOnce() throws Exception {
    String job = "expired-" + UUID.randomUUID();
    assertThat(jobs.runOnce(job, Duration.ofMinutes(5), () -> {})).isTrue();
    clock.advance(Duration.ofMinutes(5));

    assertThat(runConcurrently(job, 4)).isEqualTo(1);
  }

  @Test
  void aJobRunsAgainOnlyOnceItsPeriodHasAlmostPassed() {
    String job = "periodic-" + UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    Duration period = Duration.ofMinutes(10);

    assertThat(jobs.runOnce(job, period, runs::incrementAndGet)).isTrue();
    clock.advance(Duration.ofMinutes(8));
    assertThat(jobs.runOnce(job, period, runs::incrementAndGet)).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(jobs.runOnce(job, period, runs::incrementAndGet)).isTrue();

    assertThat(runs).hasValue(2);
  }

  @Test
  void aLeaseGivenBackCanBeTakenAgainAtOnceAndOnlyOnce() {
    // A job done once, such as one upload's recognition, gives its lease back when it is done.
    String job = "once-" + UUID.randomUUID();
    assertThat(jobs.claim(job, Duration.ofMinutes(10))).isTrue();
    assertThat(jobs.claim(job, Duration.ofMinutes(10))).isFalse();

    jobs.release(job);

    assertThat(jobs.claim(job, Duration.ofMinutes(10))).isTrue();
    assertThat(jobs.claim(job, Duration.ofMinutes(10))).isFalse();
  }

  /** Starts the job from this many threads at the same moment; how many ran its body. */
  private int runConcurrently(String job, int contenders) throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(contenders);
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return jobs.runOnce(
                      job,
                      Duration.ofMinutes(5),
                      () -> {
                        runs.incrementAndGet();
                        // Long enough that the others are surely waiting on the lease meanwhile.
                        sleep(Duration.ofMillis(200));
                      });
                }));
      }
      long claimed = 0;
      for (Future<Boolean> result : results) {
        claimed += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(claimed).isEqualTo(runs.get());
      return runs.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
