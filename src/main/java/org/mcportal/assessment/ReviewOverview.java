package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * What an admin manages: the items an assessor holds, and the scored ones whose outcome waits for
 * release. Waiting items are the queue's; released ones are done.
 */
@ApplicationScoped
@Transactional
public class ReviewOverview {

  private static final int LIMIT = 200;

  private final ReviewItems items;

  ReviewOverview(ReviewItems items) {
    this.items = items;
  }

  /** Claimed items, then scored ones, each oldest first; one query, at most 200 rows. */
  public List<Row> inProgress() {
    Instant now = items.now();
    return ReviewItem.<ReviewItem>find(
            "status in ?1 order by status, submittedAt, id",
            List.of(ReviewItem.Status.CLAIMED, ReviewItem.Status.SCORED))
        .page(0, LIMIT)
        .list()
        .stream()
        .map(
            item ->
                new Row(
                    item.code,
                    item.credentialId,
                    item.credentialVersion,
                    item.attemptNumber,
                    item.submittedAt,
                    item.status == ReviewItem.Status.CLAIMED,
                    item.status == ReviewItem.Status.CLAIMED ? item.leaseHolderId : null,
                    item.leaseExpiresAt,
                    item.status == ReviewItem.Status.CLAIMED && !item.leasedAt(now)))
        .toList();
  }

  /**
   * @param claimed held by an assessor; otherwise scored and waiting for release
   * @param holderId the assessor's account id, for admins only
   * @param lapsed the claim ran out and goes back to the queue on the next sweep
   */
  public record Row(
      String code,
      String credentialId,
      String credentialVersion,
      int attempt,
      Instant submittedAt,
      boolean claimed,
      Long holderId,
      Instant leaseExpiresAt,
      boolean lapsed) {}
}
