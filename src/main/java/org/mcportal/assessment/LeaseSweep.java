package org.mcportal.assessment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.mcportal.platform.JobLeases;

/**
 * Returns items whose lease ran out to the queue even when nobody reads the queue. Every node has
 * the schedule; the job lease lets one of them run it per period.
 */
@ApplicationScoped
class LeaseSweep {

  static final String JOB = "lease-sweep";

  private final ReviewQueue queue;
  private final JobLeases jobs;
  private final AssessmentConfig config;

  LeaseSweep(ReviewQueue queue, JobLeases jobs, AssessmentConfig config) {
    this.queue = queue;
    this.jobs = jobs;
    this.config = config;
  }

  @Scheduled(
      every = "${portal.assessment.lease-sweep}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    jobs.runOnce(JOB, config.leaseSweep(), queue::expireLeases);
  }
}
