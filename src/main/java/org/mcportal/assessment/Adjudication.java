package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.ScoredOutcome;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * A lead's work on double scorings that disagree: the list waiting, both scorings side by side with
 * the blind attempt, and the final scoring with its reason. Only the final scoring reaches the
 * educator, through the same release as any other.
 */
@ApplicationScoped
@Transactional
public class Adjudication {

  private final ReviewItems items;
  private final Submissions submissions;
  private final BlindReview review;
  private final ScoringService scoring;
  private final AuditTrail audit;

  Adjudication(
      ReviewItems items,
      Submissions submissions,
      BlindReview review,
      ScoringService scoring,
      AuditTrail audit) {
    this.items = items;
    this.submissions = submissions;
    this.review = review;
    this.scoring = scoring;
    this.audit = audit;
  }

  /** The disagreements waiting for a lead, oldest submission first. */
  public List<Waiting> waiting() {
    List<ReviewItem> waiting =
        ReviewItem.list(
            "status = ?1 and slot = ?2 order by submittedAt, id",
            ReviewItem.Status.ADJUDICATION,
            ReviewItem.FIRST_SLOT);
    return waiting.stream()
        .map(
            item ->
                new Waiting(
                    item.code,
                    item.credentialId,
                    item.credentialVersion,
                    items.definition(item).title(),
                    item.attemptNumber,
                    item.submittedAt,
                    AgreementRecord.ofItem(item.id).stream()
                        .filter(r -> !r.firstLevel.equals(r.secondLevel))
                        .map(r -> r.componentId == null ? "outcome" : r.componentId)
                        .toList()))
        .toList();
  }

  /** Both scorings of a disagreement, beside the blind attempt. */
  public Case view(String code, long leadId) {
    ReviewItem item = waitingItem(code, leadId);
    return caseOf(item, DoubleScoring.ofItem(item).orElseThrow());
  }

  /**
   * A double scoring with both halves in, whatever became of it, read-only: what an admin opens
   * from the items behind an agreement or drift figure. Either half's code leads to the pair.
   */
  public Settled settled(String code) {
    ReviewItem item = items.find(code);
    DoubleScoring pair =
        DoubleScoring.ofItem(item)
            .filter(p -> p.drawn && p.firstAssessmentId != null && p.secondAssessmentId != null)
            .orElseThrow(() -> AssessmentProblems.notFound(code));
    ReviewItem first =
        item.slot == ReviewItem.FIRST_SLOT ? item : ReviewItem.findById(pair.reviewItemId);
    CredentialDefinition definition = items.definition(first);
    return new Settled(
        caseOf(first, pair),
        pair.status.name(),
        pair.status == DoubleScoring.Status.ADJUDICATED
            ? List.of(scoringOf(pair.finalAssessmentId, definition))
            : List.<ScoringView>of(),
        pair.leadId,
        pair.reason,
        pair.settledAt);
  }

  private Case caseOf(ReviewItem item, DoubleScoring pair) {
    CredentialDefinition definition = items.definition(item);
    Map<String, AgreementRecord> records = new LinkedHashMap<>();
    AgreementRecord.ofItem(item.id)
        .forEach(r -> records.put(r.componentId == null ? "" : r.componentId, r));
    List<ComponentComparison> components = new ArrayList<>();
    for (Component component : definition.components()) {
      AgreementRecord record = records.get(component.id());
      components.add(
          new ComponentComparison(
              component.id(),
              component.label(),
              record == null || record.firstLevel.equals(record.secondLevel)));
    }
    AgreementRecord outcome = records.get("");
    return new Case(
        item.code,
        item.credentialId,
        item.credentialVersion,
        item.attemptNumber,
        components,
        outcome != null && outcome.firstLevel.equals(outcome.secondLevel),
        scoringOf(pair.firstAssessmentId, definition),
        scoringOf(pair.secondAssessmentId, definition),
        review.view(item));
  }

  /**
   * Records the lead's final scoring: checked as an assessor's submit is, stored on the first slot
   * in place of its assessor's (which is kept, superseded, for the statistics), then released when
   * the credential releases automatically.
   */
  public ScoringService.Submitted decide(
      String code, long leadId, ScoringSheet sheet, String reason) {
    if (reason == null || reason.isBlank()) {
      throw AssessmentProblems.reasonRequired();
    }
    ReviewItem item = items.lock(code);
    requireLeadMay(item, leadId);
    DoubleScoring pair = DoubleScoring.ofItemForUpdate(item).orElseThrow();
    if (pair.status != DoubleScoring.Status.ADJUDICATION) {
      throw AssessmentProblems.notInAdjudication(code);
    }
    CredentialDefinition definition = items.definition(item);
    ScoringSheet complete = ReviewItems.withCarried(sheet, items.carried(item));
    List<ScoringProblem> problems =
        Scoring.all(
            definition,
            complete,
            submissions.attempt(item.submissionId, item.attemptNumber).content());
    if (!problems.isEmpty()) {
      throw AssessmentProblems.incomplete(problems);
    }
    Instant now = items.now();
    Assessment first = Assessment.findById(pair.firstAssessmentId);
    first.status = Assessment.Status.SUPERSEDED;
    Assessment decided = new Assessment();
    decided.reviewItemId = item.id;
    decided.assessorId = leadId;
    decided.status = Assessment.Status.SUBMITTED;
    decided.sheet = items.write(complete);
    decided.version = 0;
    decided.createdAt = now;
    decided.updatedAt = now;
    decided.submittedAt = now;
    decided.persist();
    ScoredOutcome scored = ScoredOutcome.of(definition, complete, now);
    AssessmentOutcome outcome = scoring.storeScoring(decided, definition, complete, scored, now);
    Map<String, String> finals = new LinkedHashMap<>();
    ComponentScore.of(decided.id).forEach(s -> finals.put(s.componentId, s.finalLevel));
    for (AgreementRecord record : AgreementRecord.ofItem(item.id)) {
      record.finalLevel =
          record.componentId == null
              ? AgreementRecord.outcomeLevel(outcome.earned)
              : finals.get(record.componentId);
    }
    pair.status = DoubleScoring.Status.ADJUDICATED;
    pair.finalAssessmentId = decided.id;
    pair.leadId = leadId;
    pair.reason = reason.strip();
    pair.settledAt = now;
    item.status = ReviewItem.Status.SCORED;
    ReviewItem second = ReviewItem.findById(pair.secondItemId);
    second.status = ReviewItem.Status.CLOSED;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("earned", outcome.earned);
    details.put("reason", pair.reason);
    audit.record(leadId, AuditAction.ADJUDICATE, item, details);
    scoring.releaseSettled(item, definition, leadId);
    AssessmentOutcome after = AssessmentOutcome.findById(decided.id);
    return new ScoringService.Submitted(
        item.code,
        after.earned,
        after.headline,
        after.releasedAt != null,
        decided.submittedAt,
        ScoringService.nextStep(item, after));
  }

  private ReviewItem waitingItem(String code, long leadId) {
    ReviewItem item = items.find(code);
    requireLeadMay(item, leadId);
    if (item.status != ReviewItem.Status.ADJUDICATION || item.slot != ReviewItem.FIRST_SLOT) {
      throw AssessmentProblems.notInAdjudication(code);
    }
    return item;
  }

  /** A lead settles other people's disagreements only: not their own scoring, not their work. */
  private void requireLeadMay(ReviewItem item, long leadId) {
    if (item.slot != ReviewItem.FIRST_SLOT) {
      throw AssessmentProblems.notInAdjudication(item.code);
    }
    if (submissions.ownedBy(item.submissionId, leadId)) {
      throw AssessmentProblems.adjudicatorInvolved();
    }
    DoubleScoring pair = DoubleScoring.ofItem(item).orElse(null);
    if (pair == null || !pair.drawn) {
      throw AssessmentProblems.notInAdjudication(item.code);
    }
    for (Long id : new Long[] {pair.firstAssessmentId, pair.secondAssessmentId}) {
      if (id != null && Assessment.<Assessment>findById(id).assessorId == leadId) {
        throw AssessmentProblems.adjudicatorInvolved();
      }
    }
  }

  private static ScoringView scoringOf(long assessmentId, CredentialDefinition definition) {
    Assessment assessment = Assessment.findById(assessmentId);
    AssessmentOutcome outcome = AssessmentOutcome.findById(assessmentId);
    List<CriterionJudgement> judgements = CriterionJudgement.of(assessmentId);
    List<EvidenceQuote> quotes = EvidenceQuote.of(assessmentId);
    List<ScoredComponentView> components = new ArrayList<>();
    for (ComponentScore score : ComponentScore.of(assessmentId)) {
      Component component = definition.component(score.componentId).orElseThrow();
      components.add(
          new ScoredComponentView(
              score.componentId,
              score.finalLevel,
              component
                  .rubric()
                  .level(score.finalLevel)
                  .map(Rubric.Level::label)
                  .orElse(score.finalLevel),
              score.derivedLevel,
              score.overridden,
              score.justification,
              judgements.stream()
                  .filter(j -> j.componentId.equals(score.componentId))
                  .map(j -> new Judged(j.criterionId, j.met))
                  .toList(),
              quotes.stream()
                  .filter(q -> q.componentId.equals(score.componentId))
                  .map(q -> new EducatorResults.Quote(q.criterionId, q.fieldKey, q.quote))
                  .toList(),
              score.feedback));
    }
    return new ScoringView(
        assessment.assessorId,
        assessment.submittedAt,
        outcome.earned,
        outcome.headline,
        outcome.overallComment,
        components);
  }

  /**
   * @param differing the components (and "outcome") the two assessors differ on
   */
  public record Waiting(
      String code,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      int attempt,
      Instant submittedAt,
      List<String> differing) {}

  /**
   * @param outcomeAgrees whether both reached the same outcome
   * @param attempt the blind attempt, as the assessors saw it
   */
  public record Case(
      String code,
      String credentialId,
      String credentialVersion,
      int attemptNumber,
      List<ComponentComparison> components,
      boolean outcomeAgrees,
      ScoringView first,
      ScoringView second,
      BlindReview.AttemptView attempt) {}

  /**
   * @param status {@code ADJUDICATION} while a lead has yet to decide, {@code AGREED} or {@code
   *     ADJUDICATED} once settled
   * @param decided the lead's final scoring, when there is one: none or one
   * @param reason the lead's reason, when there is one
   */
  public record Settled(
      Case pair,
      String status,
      // A list rather than a nullable object, which the document cannot describe truthfully.
      @Schema(description = "The lead's final scoring once there is one; empty before")
          List<ScoringView> decided,
      @Schema(nullable = true, description = "Only once a lead has decided") Long leadId,
      @Schema(nullable = true, description = "Only once a lead has decided") String reason,
      @Schema(nullable = true, description = "Null while waiting for a lead") Instant settledAt) {}

  public record ComponentComparison(String componentId, String label, boolean agrees) {}

  /** One assessor's submitted scoring, with their evidence and feedback. */
  public record ScoringView(
      long assessorId,
      Instant submittedAt,
      boolean earned,
      String headline,
      String overallComment,
      List<ScoredComponentView> components) {}

  public record ScoredComponentView(
      String componentId,
      String level,
      String levelLabel,
      String derivedLevel,
      boolean overridden,
      String justification,
      List<Judged> criteria,
      List<EducatorResults.Quote> evidence,
      String feedback) {}

  public record Judged(String criterionId, boolean met) {}
}
