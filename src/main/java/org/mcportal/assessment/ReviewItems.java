package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.rules.assessment.ClaimLease;
import org.mcportal.rules.assessment.LeasePolicy;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * What the assessment services share about review items: finding them, checking leases, taking and
 * ending leases, and the results an earlier attempt carries into a later one. Runs inside the
 * callers' transactions.
 */
@ApplicationScoped
class ReviewItems {

  private final CredentialCatalog catalog;
  private final Submissions submissions;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  ReviewItems(
      CredentialCatalog catalog,
      Submissions submissions,
      AuditTrail audit,
      ObjectMapper json,
      Clock clock) {
    this.catalog = catalog;
    this.submissions = submissions;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  Instant now() {
    return Instant.now(clock);
  }

  ReviewItem find(String code) {
    if (!ReviewCodes.wellFormed(code)) {
      throw AssessmentProblems.notFound(code);
    }
    return ReviewItem.byCode(code).orElseThrow(() -> AssessmentProblems.notFound(code));
  }

  /**
   * The item with its row locked. A lease that ran out is left as it is, so that a refusal built
   * from it can roll back without losing anything; see {@link #lockForClaim}.
   */
  ReviewItem lock(String code) {
    if (!ReviewCodes.wellFormed(code)) {
      throw AssessmentProblems.notFound(code);
    }
    return ReviewItem.byCodeForUpdate(code).orElseThrow(() -> AssessmentProblems.notFound(code));
  }

  /** The item with its row locked and its lease ended first if it ran out. */
  ReviewItem lockForClaim(String code) {
    ReviewItem item = lock(code);
    if (item.leaseRanOut(now())) {
      expire(item);
    }
    return item;
  }

  /**
   * Refuses anyone but the holder of a lease that has not run out. Does not change the item, so a
   * refusal can be thrown without losing anything.
   */
  void requireHolder(ReviewItem item, long assessorId) {
    Optional<LeasePolicy.Refusal> refusal = LeasePolicy.mayWrite(lease(item), assessorId, now());
    if (refusal.isPresent()) {
      throw switch (refusal.get()) {
        case LEASE_EXPIRED -> AssessmentProblems.leaseExpired(item.code);
        case HELD_BY_ANOTHER -> AssessmentProblems.notLeaseHolder(item.code);
        case NOT_CLAIMED, OWN_SUBMISSION -> AssessmentProblems.notClaimed(item.code);
      };
    }
  }

  /** The item's lease as the rules core reads it; none unless the item is claimed. */
  static Optional<ClaimLease> lease(ReviewItem item) {
    return item.status == ReviewItem.Status.CLAIMED
        ? Optional.of(new ClaimLease(item.leaseHolderId, item.leaseTakenAt, item.leaseExpiresAt))
        : Optional.empty();
  }

  /** Ends a lease that ran out: the item waits again and the submission is back in the queue. */
  void expire(ReviewItem item) {
    Long holder = item.leaseHolderId;
    Instant expired = item.leaseExpiresAt;
    item.backToQueue();
    if (!partnerBusy(item)) {
      // The lease was the holder's; the submission's record names them as the one it lapsed from.
      submissions.move(item.submissionId, SubmissionStatus.SUBMITTED, holder, "claim expired");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("holder", holder);
    details.put("expiredAt", expired.toString());
    audit.record(null, AuditAction.LEASE_EXPIRED, item, details);
  }

  /**
   * Gives the item to an assessor: a lease until {@code expires}, the submission in review, and a
   * draft sheet (theirs from before, or a new one; another assessor's draft is kept, abandoned).
   */
  void take(ReviewItem item, long assessorId, Instant expires) {
    Instant now = now();
    boolean waiting = item.status == ReviewItem.Status.WAITING;
    item.lease(assessorId, now, expires);
    if (waiting && !partnerBusy(item)) {
      submissions.move(item.submissionId, SubmissionStatus.IN_REVIEW, assessorId, "claimed");
    }
    Optional<Assessment> draft = Assessment.draftOf(item.id);
    if (draft.isPresent() && draft.get().assessorId == assessorId) {
      return;
    }
    draft.ifPresent(d -> d.status = Assessment.Status.ABANDONED);
    Assessment fresh = new Assessment();
    fresh.reviewItemId = item.id;
    fresh.assessorId = assessorId;
    fresh.status = Assessment.Status.DRAFT;
    fresh.sheet = write(withCarried(ScoringSheet.empty(), carried(item)));
    fresh.version = 0;
    fresh.createdAt = now;
    fresh.updatedAt = now;
    fresh.persist();
  }

  /** Back to the queue by someone's decision rather than by time. */
  void giveBack(ReviewItem item, long actorId) {
    item.backToQueue();
    if (!partnerBusy(item)) {
      submissions.move(item.submissionId, SubmissionStatus.SUBMITTED, actorId, "claim given back");
    }
  }

  /**
   * Whether the other slot of a double-scored attempt is claimed or scored: the submission is then
   * in review whatever this slot does.
   */
  private static boolean partnerBusy(ReviewItem item) {
    return item.partner().map(p -> p.status != ReviewItem.Status.WAITING).orElse(false);
  }

  /** The sheets that make their assessor one of the scorers of an item; a given-up one does not. */
  static final List<Assessment.Status> SHEETS_OF_A_SCORER =
      List.of(Assessment.Status.DRAFT, Assessment.Status.SUBMITTED, Assessment.Status.SUPERSEDED);

  /**
   * Refuses an assessor who holds, or has a sheet on, the other slot of the same attempt: the two
   * scorings of a double-scored attempt come from two people.
   */
  void requireIndependent(ReviewItem item, long assessorId) {
    Optional<ReviewItem> partner = item.partner();
    if (partner.isEmpty()) {
      return;
    }
    ReviewItem other = partner.get();
    boolean holds =
        other.status == ReviewItem.Status.CLAIMED
            && other.leaseHolderId != null
            && other.leaseHolderId == assessorId;
    boolean scores =
        Assessment.count(
                "reviewItemId = ?1 and assessorId = ?2 and status in ?3",
                other.id,
                assessorId,
                SHEETS_OF_A_SCORER)
            > 0;
    if (holds || scores) {
      throw AssessmentProblems.secondScoringSameAssessor(item.code);
    }
  }

  CredentialDefinition definition(ReviewItem item) {
    return catalog
        .version(item.credentialId, item.credentialVersion)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "credential version "
                        + item.credentialId
                        + " "
                        + item.credentialVersion
                        + " is pinned by a review item but missing"));
  }

  /**
   * The components the previous attempt settled, as that attempt's assessor scored them: they
   * reached their required level, stayed locked, and are not scored again.
   */
  Map<String, ScoringSheet.ComponentScore> carried(ReviewItem item) {
    if (item.attemptNumber <= 1) {
      return Map.of();
    }
    Optional<Assessment> previous =
        ReviewItem.ofAttempt(item.submissionId, item.attemptNumber - 1)
            .flatMap(p -> Assessment.submittedOf(p.id));
    if (previous.isEmpty()) {
      return Map.of();
    }
    CredentialDefinition definition = definition(item);
    List<ComponentScore> scores = ComponentScore.of(previous.get().id);
    List<ComponentResult> results =
        scores.stream()
            .map(
                s ->
                    new ComponentResult(
                        s.componentId,
                        s.finalLevel,
                        definition
                            .component(s.componentId)
                            .flatMap(c -> c.rubric().level(s.finalLevel))
                            .map(Rubric.Level::label)
                            .orElse(s.finalLevel),
                        List.of()))
            .toList();
    var reached = Set.copyOf(Reopening.after(definition, results).locked());
    List<CriterionJudgement> judgements = CriterionJudgement.of(previous.get().id);
    List<EvidenceQuote> quotes = EvidenceQuote.of(previous.get().id);
    Map<String, ScoringSheet.ComponentScore> carried = new LinkedHashMap<>();
    for (ComponentScore score : scores) {
      if (!reached.contains(score.componentId)
          || definition.requiredLevel(score.componentId).isEmpty()) {
        continue;
      }
      Map<String, ScoringSheet.Judgement> criteria = new LinkedHashMap<>();
      judgements.stream()
          .filter(j -> j.componentId.equals(score.componentId))
          .forEach(
              j ->
                  criteria.put(
                      j.criterionId,
                      j.met ? ScoringSheet.Judgement.MET : ScoringSheet.Judgement.UNMET));
      carried.put(
          score.componentId,
          new ScoringSheet.ComponentScore(
              criteria,
              score.overridden
                  ? Optional.of(
                      new ScoringSheet.LevelOverride(score.finalLevel, score.justification))
                  : Optional.empty(),
              score.feedback,
              quotes.stream()
                  .filter(q -> q.componentId.equals(score.componentId))
                  .map(q -> new ScoringSheet.EvidenceQuote(q.criterionId, q.quote, q.fieldKey))
                  .toList()));
    }
    return carried;
  }

  static ScoringSheet withCarried(
      ScoringSheet sheet, Map<String, ScoringSheet.ComponentScore> carried) {
    ScoringSheet result = sheet;
    for (var entry : carried.entrySet()) {
      result = result.with(entry.getKey(), entry.getValue());
    }
    return result;
  }

  String write(ScoringSheet sheet) {
    try {
      return json.writeValueAsString(sheet);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a sheet of plain records always serializes", e);
    }
  }

  ScoringSheet read(String sheet) {
    try {
      return json.readValue(sheet, ScoringSheet.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored sheet is unreadable", e);
    }
  }
}
