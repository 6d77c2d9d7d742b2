package org.mcportal.notification;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.mcportal.assessment.ReviewQueue;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.platform.JobLeases;
import org.mcportal.platform.PublicUrl;

/**
 * Reminds assessors and admins of work waiting longer than its credential's turnaround target. Each
 * overdue item is named in one reminder only ({@link TurnaroundReminder}), so a job that runs every
 * hour does not repeat itself; the mail names review codes and counts, never a person or a text.
 */
@ApplicationScoped
public class TurnaroundReminders {

  private static final Logger LOG = Logger.getLogger(TurnaroundReminders.class);
  private static final int PAGE = 100;
  static final String JOB = "turnaround-reminders";

  @CheckedTemplate
  static class Templates {
    static native MailTemplateInstance overdue(
        int newlyOverdue, int overdue, List<String> codes, int unnamed, String url);
  }

  private final ReviewQueue queue;
  private final AccountService accounts;
  private final NotificationConfig config;
  private final PublicUrl publicUrl;
  private final Clock clock;
  private final JobLeases jobs;

  TurnaroundReminders(
      ReviewQueue queue,
      AccountService accounts,
      NotificationConfig config,
      PublicUrl publicUrl,
      Clock clock,
      JobLeases jobs) {
    this.queue = queue;
    this.accounts = accounts;
    this.config = config;
    this.publicUrl = publicUrl;
    this.clock = clock;
    this.jobs = jobs;
  }

  @Scheduled(
      every = "${portal.notification.reminder-check}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    // Each node has the schedule; one of them checks per period. The table of codes already named
    // would keep a second check from mailing twice anyway, but not from reading the queue twice.
    jobs.runOnce(JOB, DurationConverter.parseDuration(config.reminderCheck()), this::remind);
  }

  /**
   * Sends one reminder to every active assessor and admin when items became overdue since the last
   * reminder.
   *
   * @return what was sent; nothing when no item is newly overdue
   */
  public Sent remind() {
    List<String> overdue = overdueCodes();
    // Recording before sending means two nodes running the job at once cannot both mail about the
    // same item: the second insert of a code fails and its run sends nothing.
    List<String> fresh = QuarkusTransaction.requiringNew().call(() -> record(overdue));
    if (fresh.isEmpty()) {
      return new Sent(0, overdue.size(), 0);
    }
    List<String> recipients =
        accounts.list().stream()
            .filter(AccountView::active)
            .filter(a -> a.roles().contains(Role.ASSESSOR) || a.roles().contains(Role.ADMIN))
            .map(AccountView::email)
            .toList();
    List<String> named = fresh.subList(0, Math.min(fresh.size(), config.reminderMaxCodes()));
    int sent = 0;
    for (String email : recipients) {
      try {
        // One mail per person, so that no one learns the others' addresses.
        Templates.overdue(
                fresh.size(),
                overdue.size(),
                named,
                fresh.size() - named.size(),
                publicUrl.link("/"))
            .to(email)
            .subject(
                fresh.size() == 1
                    ? "1 submission is waiting past its turnaround target"
                    : fresh.size() + " submissions are waiting past their turnaround target")
            .sendAndAwait();
        sent++;
      } catch (RuntimeException e) {
        LOG.warnf(e, "Could not send a turnaround reminder to one of %d people", recipients.size());
      }
    }
    if (sent == 0 && !recipients.isEmpty()) {
      // Nobody heard of these items: forget them so that the next run tries again.
      QuarkusTransaction.requiringNew()
          .run(() -> TurnaroundReminder.delete("reviewCode in ?1", fresh));
      return new Sent(0, overdue.size(), 0);
    }
    return new Sent(fresh.size(), overdue.size(), sent);
  }

  private List<String> overdueCodes() {
    List<String> codes = new ArrayList<>();
    String after = null;
    do {
      ReviewQueue.QueuePage page =
          queue.waiting(new ReviewQueue.QueueFilter(null, null, null, after, PAGE));
      page.items().stream()
          .filter(ReviewQueue.QueueItem::overdue)
          .forEach(item -> codes.add(item.code()));
      after = page.next();
    } while (after != null);
    return codes;
  }

  private List<String> record(List<String> overdue) {
    Set<String> reminded = TurnaroundReminder.alreadyReminded(overdue);
    Instant now = clock.instant();
    List<String> fresh = new ArrayList<>();
    for (String code : overdue) {
      if (!reminded.contains(code)) {
        TurnaroundReminder row = new TurnaroundReminder();
        row.reviewCode = code;
        row.remindedAt = now;
        row.persist();
        fresh.add(code);
      }
    }
    return fresh;
  }

  /**
   * @param newlyOverdue items named for the first time
   * @param overdue every item waiting past its target, reminded before or not
   * @param recipients how many people the reminder reached
   */
  public record Sent(int newlyOverdue, int overdue, int recipients) {}
}
