package org.mcportal.rules;

import java.util.Set;

/**
 * Where a submission stands, from the educator's first word to the outcome. Later statuses exist
 * now so that every feature agrees on one lifecycle as the assessor workflow arrives.
 *
 * <pre>
 * DRAFT ──withdraw──▶ WITHDRAWN
 * DRAFT ──submit──▶ SUBMITTED ──claim──▶ IN_REVIEW ──release──▶ EARNED
 *                                           │                    NOT_EARNED ──resubmit──▶ SUBMITTED
 *                                           └──return──▶ RETURNED ──resubmit──▶ SUBMITTED
 * </pre>
 */
public enum SubmissionStatus {
  /** Being written; every open component can change. */
  DRAFT,
  /** Sent; an immutable attempt waits for an assessor. */
  SUBMITTED,
  /** An assessor has claimed it. */
  IN_REVIEW,
  /** Feedback released; the components below their required level are open to revise. */
  RETURNED,
  /** The credential was earned. Final. */
  EARNED,
  /** Feedback released and the credential not earned; the educator may revise and resubmit. */
  NOT_EARNED,
  /** The educator withdrew the draft to start over; kept, read-only, in their history. Final. */
  WITHDRAWN;

  /** Whether the submission still counts as the educator's one submission for its credential. */
  public boolean open() {
    return this != EARNED && this != WITHDRAWN;
  }

  /** Whether the educator may change the text of open components. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED || this == NOT_EARNED;
  }

  public boolean canMoveTo(SubmissionStatus next) {
    return switch (this) {
      case DRAFT -> next == SUBMITTED || next == WITHDRAWN;
      case SUBMITTED -> next == IN_REVIEW;
      case IN_REVIEW -> Set.of(RETURNED, EARNED, NOT_EARNED, SUBMITTED).contains(next);
      case RETURNED, NOT_EARNED -> next == SUBMITTED;
      case EARNED, WITHDRAWN -> false;
    };
  }
}
