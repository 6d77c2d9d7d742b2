package org.mcportal.assessment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns items whose lease ran out to the queue even when nobody reads the queue. */
@ApplicationScoped
class LeaseSweep {

  private final ReviewQueue queue;

  LeaseSweep(ReviewQueue queue) {
    this.queue = queue;
  }

  @Scheduled(
      every = "${portal.assessment.lease-sweep}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    queue.expireLeases();
  }
}
