package org.mcportal.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an operator sets about the portal's mail to people (SMTP itself is quarkus.mailer.*). */
@ConfigMapping(prefix = "portal.notification")
public interface NotificationConfig {

  /**
   * How often waiting work is checked against its credential's turnaround target: a duration such
   * as {@code 1h}, or {@code off} to send no reminders.
   */
  @WithDefault("1h")
  String reminderCheck();

  /** The most overdue items one reminder names by code; the count always covers all of them. */
  @WithDefault("50")
  int reminderMaxCodes();
}
