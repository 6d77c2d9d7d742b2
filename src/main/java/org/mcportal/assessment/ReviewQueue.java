package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.agreement.DoubleScoringDraw;
import org.mcportal.rules.assessment.Turnaround;
import org.mcportal.submission.AttemptSubmitted;

/** The submitted attempts waiting for an assessor, oldest first. */
@ApplicationScoped
@Transactional
public class ReviewQueue {

  /** Leases ended per sweep; the rest wait for the next one. */
  private static final int EXPIRY_BATCH = 200;

  private final ReviewItems items;
  private final AuditTrail audit;
  private final AssessmentConfig config;

  ReviewQueue(ReviewItems items, AuditTrail audit, AssessmentConfig config) {
    this.items = items;
    this.audit = audit;
    this.config = config;
  }

  /**
   * Puts a newly submitted attempt in the queue, in the submit's own transaction. Refusing here
   * refuses the submit: an attempt beyond the credential's maximum never gets stored.
   */
  void onSubmitted(@Observes AttemptSubmitted submitted) {
    ReviewItem item = new ReviewItem();
    item.submissionId = submitted.submissionId();
    item.attemptNumber = submitted.attemptNumber();
    item.credentialId = submitted.credentialId();
    item.credentialVersion = submitted.credentialVersion();
    item.submittedAt = submitted.submittedAt();
    int max = items.definition(item).assessment().maxAttempts();
    if (submitted.attemptNumber() > max) {
      throw AssessmentProblems.noAttemptsLeft(max);
    }
    item.status = ReviewItem.Status.WAITING;
    item.slot = ReviewItem.FIRST_SLOT;
    item.code = freshCode();
    item.persist();
    audit.record(null, AuditAction.QUEUE, item, Map.of("attempt", item.attemptNumber));
    draw(item, items.definition(item).assessment().scoring());
  }

  /**
   * Draws the attempt for double scoring and records the draw, whatever the mode, so that the
   * record says why an attempt was or was not scored twice. The seed is the credential version: the
   * same attempt of the same version always draws the same way.
   */
  private void draw(ReviewItem item, AssessmentSettings.Scoring scoring) {
    String seed = item.credentialId + " " + item.credentialVersion;
    double share =
        switch (scoring.mode()) {
          case SINGLE -> 0.0;
          case DOUBLE -> 1.0;
          case SAMPLE -> scoring.share().orElse(0.0);
        };
    DoubleScoringDraw.Draw draw =
        DoubleScoringDraw.draw(seed, Long.toString(item.submissionId), item.attemptNumber, share);
    DoubleScoring record = new DoubleScoring();
    record.reviewItemId = item.id;
    record.mode = scoring.mode().name();
    record.seed = seed;
    record.position = draw.position();
    record.share = draw.share();
    record.drawn = draw.drawn();
    record.status = draw.drawn() ? DoubleScoring.Status.SCORING : DoubleScoring.Status.SINGLE;
    if (draw.drawn()) {
      ReviewItem second = new ReviewItem();
      second.submissionId = item.submissionId;
      second.attemptNumber = item.attemptNumber;
      second.credentialId = item.credentialId;
      second.credentialVersion = item.credentialVersion;
      second.submittedAt = item.submittedAt;
      second.status = ReviewItem.Status.WAITING;
      second.slot = ReviewItem.SECOND_SLOT;
      second.code = freshCode();
      second.persist();
      record.secondItemId = second.id;
      audit.record(null, AuditAction.QUEUE, second, Map.of("attempt", item.attemptNumber));
    }
    record.persist();
    if (scoring.mode() == AssessmentSettings.Scoring.Mode.SINGLE) {
      // Nothing was drawn that the row does not already say; the trail keeps to real draws.
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("mode", record.mode);
    details.put("position", record.position);
    details.put("share", record.share);
    details.put("drawn", record.drawn);
    audit.record(null, AuditAction.DRAW, item, details);
  }

  private static String freshCode() {
    String code = ReviewCodes.next();
    while (ReviewItem.byCode(code).isPresent()) {
      code = ReviewCodes.next();
    }
    return code;
  }

  /** One page of waiting items, oldest first; one query for the page, whatever its length. */
  public QueuePage waiting(QueueFilter filter) {
    return waiting(filter, null);
  }

  /**
   * As {@link #waiting(QueueFilter)}, as one assessor sees it: without the other half of a
   * double-scored attempt whose first half they hold or have a sheet on, since they could not claim
   * it, and listing it would tell them which code belongs with theirs.
   *
   * @param assessorId the assessor reading the queue; null for everything waiting
   */
  public QueuePage waiting(QueueFilter filter, Long assessorId) {
    expireLeases();
    Instant now = items.now();
    int limit = Math.max(1, Math.min(filter.limit(), config.maxPageSize()));
    StringBuilder where = new StringBuilder("r.status = ?1");
    List<Object> params = new ArrayList<>();
    params.add(ReviewItem.Status.WAITING);
    if (filter.credentialId() != null) {
      params.add(filter.credentialId());
      where.append(" and r.credentialId = ?").append(params.size());
    }
    if (filter.attempt() != null) {
      params.add(filter.attempt());
      where.append(" and r.attemptNumber = ?").append(params.size());
    }
    if (filter.minDaysWaiting() != null) {
      if (filter.minDaysWaiting() < 0) {
        throw AssessmentProblems.badFilter("minDaysWaiting cannot be negative");
      }
      params.add(now.minus(Duration.ofDays(filter.minDaysWaiting())));
      where.append(" and r.submittedAt <= ?").append(params.size());
    }
    if (filter.after() != null) {
      Cursor cursor = Cursor.decode(filter.after());
      params.add(cursor.at());
      int at = params.size();
      params.add(cursor.id());
      int id = params.size();
      // The bare ">=" is what the index range starts from; the OR only settles ties in time.
      where.append(" and r.submittedAt >= ?").append(at);
      where
          .append(" and (r.submittedAt > ?")
          .append(at)
          .append(" or r.id > ?")
          .append(id)
          .append(")");
    }
    if (assessorId != null) {
      params.add(assessorId);
      int who = params.size();
      params.add(ReviewItem.Status.CLAIMED);
      int claimed = params.size();
      params.add(ReviewItems.SHEETS_OF_A_SCORER);
      int sheets = params.size();
      // Correlated, so that it runs for the rows the page reads in queue order and nothing else:
      // two index lookups per row (the attempt's other slot, its sheets), whatever the length of
      // the queue or of the assessor's history. An uncorrelated form scanned every item.
      where
          .append(" and not exists (select 1 from ReviewItem o")
          .append(" where o.submissionId = r.submissionId and o.attemptNumber = r.attemptNumber")
          .append(" and o.slot <> r.slot and ((o.status = ?")
          .append(claimed)
          .append(" and o.leaseHolderId = ?")
          .append(who)
          .append(") or exists (select 1 from Assessment a where a.reviewItemId = o.id")
          .append(" and a.assessorId = ?")
          .append(who)
          .append(" and a.status in ?")
          .append(sheets)
          .append(")))");
    }
    List<ReviewItem> rows =
        ReviewItem.<ReviewItem>find(
                "from ReviewItem r where " + where + " order by r.submittedAt, r.id",
                params.toArray())
            .page(0, limit + 1)
            .list();
    boolean more = rows.size() > limit;
    List<ReviewItem> page = more ? rows.subList(0, limit) : rows;
    Map<String, CredentialDefinition> definitions = new HashMap<>();
    List<QueueItem> result =
        page.stream()
            .map(
                item ->
                    QueueItem.of(
                        item,
                        definitions.computeIfAbsent(
                            item.credentialId + "\n" + item.credentialVersion,
                            k -> items.definition(item)),
                        now))
            .toList();
    ReviewItem last = page.isEmpty() ? null : page.get(page.size() - 1);
    return new QueuePage(result, more ? new Cursor(last.submittedAt, last.id).encode() : null);
  }

  /**
   * Ends every lease that ran out: the item waits again. Runs before the queue is read and on a
   * schedule; a save or submit on such an item is refused whether or not this has run.
   *
   * @return how many leases ended
   */
  public int expireLeases() {
    List<ReviewItem> expired = ReviewItem.expiredForUpdate(items.now(), EXPIRY_BATCH);
    expired.forEach(items::expire);
    return expired.size();
  }

  /**
   * @param attempt only this attempt number (1 for first attempts)
   * @param minDaysWaiting only items waiting at least this many whole days
   * @param after the {@code next} of the previous page
   */
  public record QueueFilter(
      String credentialId, Integer attempt, Integer minDaysWaiting, String after, int limit) {}

  /**
   * @param next the cursor of the following page; null on the last page
   */
  public record QueuePage(List<QueueItem> items, String next) {}

  /**
   * A waiting item, without anything that names its author.
   *
   * @param daysWaiting whole days since it was submitted
   * @param turnaroundDays the credential's target for an outcome
   * @param overdue waiting longer than the target
   */
  public record QueueItem(
      String code,
      String credentialId,
      String credentialTitle,
      String credentialVersion,
      int attempt,
      Instant submittedAt,
      int daysWaiting,
      int turnaroundDays,
      Instant dueAt,
      boolean overdue) {

    static QueueItem of(ReviewItem item, CredentialDefinition definition, Instant now) {
      Turnaround turnaround =
          Turnaround.of(item.submittedAt, now, definition.assessment().turnaroundDays());
      return new QueueItem(
          item.code,
          item.credentialId,
          definition.title(),
          item.credentialVersion,
          item.attemptNumber,
          item.submittedAt,
          turnaround.daysWaiting(),
          turnaround.targetDays(),
          turnaround.dueAt(),
          turnaround.overdue());
    }
  }
}
