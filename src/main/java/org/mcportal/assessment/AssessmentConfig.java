package org.mcportal.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "portal.assessment")
public interface AssessmentConfig {

  /** How long a claim holds: a working day, so an item left overnight returns to the queue. */
  @WithDefault("8h")
  Duration lease();

  /** How often leases that ran out are swept back to the queue, besides on every queue read. */
  @WithDefault("5m")
  Duration leaseSweep();

  /** The most items one page of the queue or of the audit trail holds. */
  @WithDefault("100")
  int maxPageSize();
}
