package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.identity.AccountService;
import org.mcportal.rules.assessment.ClaimLease;
import org.mcportal.rules.assessment.LeasePolicy;

/**
 * Claims on review items: an assessor's own, and an admin's assignments. A claim is a lease that
 * runs out; every save and submit checks it.
 */
@ApplicationScoped
@Transactional
public class ReviewClaims {

  private final ReviewItems items;
  private final Submissions submissions;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final AssessmentConfig config;
  private final Calibrations calibrations;

  ReviewClaims(
      ReviewItems items,
      Submissions submissions,
      AccountService accounts,
      AuditTrail audit,
      AssessmentConfig config,
      Calibrations calibrations) {
    this.items = items;
    this.submissions = submissions;
    this.accounts = accounts;
    this.audit = audit;
    this.config = config;
    this.calibrations = calibrations;
  }

  /**
   * Takes the item for the assessor. Claiming an item one already holds renews the lease; an item
   * someone else holds is refused.
   */
  public Claim claim(String code, long assessorId) {
    ReviewItem item = items.lockForClaim(code);
    boolean own = submissions.ownedBy(item.submissionId, assessorId);
    if (!own
        && item.status != ReviewItem.Status.WAITING
        && item.status != ReviewItem.Status.CLAIMED) {
      throw AssessmentProblems.notWaiting(code);
    }
    LeasePolicy.ClaimDecision decision =
        LeasePolicy.claim(ReviewItems.lease(item), assessorId, own, items.now(), config.lease());
    if (decision instanceof LeasePolicy.Refused refused) {
      throw refused.reason() == LeasePolicy.Refusal.OWN_SUBMISSION
          ? AssessmentProblems.ownSubmission()
          : AssessmentProblems.alreadyClaimed(code);
    }
    items.requireIndependent(item, assessorId);
    ClaimLease lease = ((LeasePolicy.Granted) decision).lease();
    boolean renewal = item.status == ReviewItem.Status.CLAIMED;
    if (!renewal) {
      // A holder whose certificate runs out mid-claim may still finish the item they hold.
      calibrations.requireCertified(assessorId, item.credentialId, item.credentialVersion);
    }
    if (renewal) {
      // The holder claims again while at work: the same claim, for longer.
      item.leaseExpiresAt = lease.expiresAt();
    } else {
      items.take(item, assessorId, lease.expiresAt());
    }
    audit.record(
        assessorId,
        AuditAction.CLAIM,
        item,
        Map.of("leaseExpiresAt", lease.expiresAt().toString(), "renewed", renewal));
    return Claim.of(item);
  }

  /** The holder gives the item back to the queue; their draft is kept for a later claim. */
  public void giveUp(String code, long assessorId) {
    ReviewItem item = items.lock(code);
    items.requireHolder(item, assessorId);
    items.giveBack(item, assessorId);
    audit.record(assessorId, AuditAction.LEASE_RELEASE, item, Map.of("by", "holder"));
  }

  /** The items the assessor holds, oldest first. */
  public List<Claim> heldBy(long assessorId) {
    Instant now = items.now();
    return ReviewItem.heldBy(assessorId).stream()
        .filter(item -> item.leasedAt(now))
        .map(Claim::of)
        .toList();
  }

  /** An admin gives a waiting item to an assessor. */
  public Claim assign(String code, long assessorId, long adminId) {
    ReviewItem item = items.lockForClaim(code);
    if (item.status != ReviewItem.Status.WAITING) {
      throw item.status == ReviewItem.Status.CLAIMED
          ? AssessmentProblems.alreadyClaimed(code)
          : AssessmentProblems.notWaiting(code);
    }
    Instant expires = grant(item, assessorId);
    items.take(item, assessorId, expires);
    audit.record(
        adminId,
        AuditAction.ASSIGN,
        item,
        Map.of("assessor", assessorId, "leaseExpiresAt", expires.toString()));
    return Claim.of(item);
  }

  /** An admin moves a claimed item to another assessor, with a fresh lease. */
  public Claim reassign(String code, long assessorId, long adminId) {
    ReviewItem item = items.lock(code);
    if (item.status != ReviewItem.Status.CLAIMED) {
      throw AssessmentProblems.notClaimed(code);
    }
    Long from = item.leaseHolderId;
    Instant expires = grant(item, assessorId);
    items.take(item, assessorId, expires);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("from", from);
    details.put("to", assessorId);
    details.put("leaseExpiresAt", expires.toString());
    audit.record(adminId, AuditAction.REASSIGN, item, details);
    return Claim.of(item);
  }

  /** An admin takes a claim back; the item waits again. */
  public void release(String code, long adminId) {
    ReviewItem item = items.lock(code);
    if (item.status != ReviewItem.Status.CLAIMED) {
      throw AssessmentProblems.notClaimed(code);
    }
    Long holder = item.leaseHolderId;
    items.giveBack(item, adminId);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("by", "admin");
    details.put("holder", holder);
    audit.record(adminId, AuditAction.LEASE_RELEASE, item, details);
  }

  /** An admin's assignment: never to the author, only to an active assessor. */
  private Instant grant(ReviewItem item, long assessorId) {
    LeasePolicy.ClaimDecision decision =
        LeasePolicy.assign(
            assessorId,
            submissions.ownedBy(item.submissionId, assessorId),
            items.now(),
            config.lease());
    if (decision instanceof LeasePolicy.Refused) {
      throw AssessmentProblems.ownSubmission();
    }
    items.requireIndependent(item, assessorId);
    calibrations.requireCertified(assessorId, item.credentialId, item.credentialVersion);
    AccountService.AssignmentCheck check =
        accounts.mayAssess(assessorId, submissions.ownerOf(item.submissionId));
    if (!check.allowed()) {
      throw AssessmentProblems.cannotAssign(check.reason());
    }
    return ((LeasePolicy.Granted) decision).lease().expiresAt();
  }

  /** A claim as its holder sees it. */
  public record Claim(
      String code,
      String credentialId,
      String credentialVersion,
      int attempt,
      Instant submittedAt,
      Instant leaseTakenAt,
      Instant leaseExpiresAt) {
    static Claim of(ReviewItem item) {
      return new Claim(
          item.code,
          item.credentialId,
          item.credentialVersion,
          item.attemptNumber,
          item.submittedAt,
          item.leaseTakenAt,
          item.leaseExpiresAt);
    }
  }
}
