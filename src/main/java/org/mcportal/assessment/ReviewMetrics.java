package org.mcportal.assessment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The review workload as gauges: items per status, and how long the oldest unscored item has
 * waited. A scrape reads numbers refreshed on a schedule, so a busy scraper never adds queries; the
 * figures are the whole program's (every node reads the same database), at most one refresh old.
 */
@ApplicationScoped
public class ReviewMetrics {

  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<ReviewItem.Status, AtomicLong> byStatus =
      new EnumMap<>(ReviewItem.Status.class);
  private final AtomicLong oldestWaitingSeconds = new AtomicLong();

  ReviewMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @PostConstruct
  void register() {
    for (ReviewItem.Status status : ReviewItem.Status.values()) {
      AtomicLong count = new AtomicLong();
      byStatus.put(status, count);
      Gauge.builder("portal.review.items", count, AtomicLong::get)
          .description("Review items by status")
          .tag("status", status.name().toLowerCase())
          .register(registry);
    }
    Gauge.builder("portal.review.oldest.waiting", oldestWaitingSeconds, AtomicLong::get)
        .description("Age of the oldest submitted attempt not yet scored")
        .baseUnit("seconds")
        .register(registry);
  }

  @Scheduled(
      identity = "review-metrics",
      every = "${portal.metrics.refresh:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void refresh() {
    Map<ReviewItem.Status, Long> counts = new EnumMap<>(ReviewItem.Status.class);
    List<Object[]> rows =
        ReviewItem.getEntityManager()
            .createQuery(
                "select r.status, count(r) from ReviewItem r group by r.status", Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      counts.put((ReviewItem.Status) row[0], (Long) row[1]);
    }
    byStatus.forEach((status, gauge) -> gauge.set(counts.getOrDefault(status, 0L)));
    Instant oldest =
        ReviewItem.getEntityManager()
            .createQuery(
                "select min(r.submittedAt) from ReviewItem r where r.status in (:unscored)",
                Instant.class)
            .setParameter("unscored", List.of(ReviewItem.Status.WAITING, ReviewItem.Status.CLAIMED))
            .getSingleResult();
    oldestWaitingSeconds.set(
        oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
  }
}
