package org.mcportal.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many CSV exports this node is streaming right now. An export holds a database connection and
 * a read transaction for as long as the client takes to download it, so a pile-up of slow exports
 * is what starves a node's pool first; the gauge lets an alert see it coming. It is per node: sum
 * over nodes for the program's figure.
 */
@ApplicationScoped
public class ExportMetrics {

  private final MeterRegistry registry;
  private final AtomicInteger running = new AtomicInteger();

  ExportMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @PostConstruct
  void register() {
    Gauge.builder("portal.exports.running", running, AtomicInteger::get)
        .description("CSV exports being streamed by this node")
        .register(registry);
  }

  /** Counts one export as running until the returned handle is closed. */
  Running start() {
    running.incrementAndGet();
    return running::decrementAndGet;
  }

  int running() {
    return running.get();
  }

  /** Closing it ends the export's count, whether the export finished or failed. */
  interface Running extends AutoCloseable {
    @Override
    void close();
  }
}
