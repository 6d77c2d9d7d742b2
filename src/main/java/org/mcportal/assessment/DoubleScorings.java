package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mcportal.rules.CredentialDefinition;

/**
 * Settling a double scoring once both assessments are in: the agreement records are written, and
 * the pair either agrees (the first slot's scoring becomes final) or goes to a lead. Runs inside
 * the submit's transaction, with the pair's row locked.
 */
@ApplicationScoped
class DoubleScorings {

  private final ReviewItems items;
  private final AuditTrail audit;

  DoubleScorings(ReviewItems items, AuditTrail audit) {
    this.items = items;
    this.audit = audit;
  }

  /**
   * Records one slot's submitted assessment. Until the other is in, the item only waits; neither
   * assessor is told anything about the other's scores.
   *
   * @return the first slot's item when both agreed and it is ready to release
   */
  Optional<ReviewItem> submitted(
      DoubleScoring pair,
      ReviewItem item,
      Assessment assessment,
      CredentialDefinition definition,
      long assessorId) {
    if (item.slot == ReviewItem.FIRST_SLOT) {
      pair.firstAssessmentId = assessment.id;
    } else {
      pair.secondAssessmentId = assessment.id;
    }
    item.status = ReviewItem.Status.PAIRED;
    if (pair.firstAssessmentId == null || pair.secondAssessmentId == null) {
      return Optional.empty();
    }
    ReviewItem first = ReviewItem.findById(pair.reviewItemId);
    ReviewItem second = ReviewItem.findById(pair.secondItemId);
    Assessment a = Assessment.findById(pair.firstAssessmentId);
    Assessment b = Assessment.findById(pair.secondAssessmentId);
    List<AgreementRecord> records = record(first, a, b, definition);
    List<String> differing =
        records.stream()
            .filter(r -> !r.firstLevel.equals(r.secondLevel))
            .map(r -> r.componentId == null ? "outcome" : r.componentId)
            .toList();
    Instant now = items.now();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("second", second.code);
    if (differing.isEmpty()) {
      records.forEach(r -> r.finalLevel = r.firstLevel);
      pair.status = DoubleScoring.Status.AGREED;
      pair.finalAssessmentId = a.id;
      pair.settledAt = now;
      first.status = ReviewItem.Status.SCORED;
      second.status = ReviewItem.Status.CLOSED;
      audit.record(assessorId, AuditAction.AGREE, first, details);
      return Optional.of(first);
    }
    pair.status = DoubleScoring.Status.ADJUDICATION;
    first.status = ReviewItem.Status.ADJUDICATION;
    second.status = ReviewItem.Status.ADJUDICATION;
    details.put("differing", differing);
    audit.record(assessorId, AuditAction.DISAGREE, first, details);
    return Optional.empty();
  }

  /** One record per component, and one for the outcome, of the two assessments. */
  private static List<AgreementRecord> record(
      ReviewItem first, Assessment a, Assessment b, CredentialDefinition definition) {
    Map<String, String> levelsA = levels(a.id);
    Map<String, String> levelsB = levels(b.id);
    List<AgreementRecord> records = new java.util.ArrayList<>();
    for (var component : definition.components()) {
      String levelA = levelsA.get(component.id());
      String levelB = levelsB.get(component.id());
      if (levelA != null && levelB != null) {
        records.add(row(first, a, b, component.id(), levelA, levelB));
      }
    }
    AssessmentOutcome outcomeA = AssessmentOutcome.findById(a.id);
    AssessmentOutcome outcomeB = AssessmentOutcome.findById(b.id);
    records.add(
        row(
            first,
            a,
            b,
            null,
            AgreementRecord.outcomeLevel(outcomeA.earned),
            AgreementRecord.outcomeLevel(outcomeB.earned)));
    records.forEach(r -> r.persist());
    return records;
  }

  private static AgreementRecord row(
      ReviewItem first,
      Assessment a,
      Assessment b,
      String componentId,
      String levelA,
      String levelB) {
    AgreementRecord row = new AgreementRecord();
    row.reviewItemId = first.id;
    row.credentialId = first.credentialId;
    row.credentialVersion = first.credentialVersion;
    row.componentId = componentId;
    row.firstAssessorId = a.assessorId;
    row.secondAssessorId = b.assessorId;
    row.firstLevel = levelA;
    row.secondLevel = levelB;
    row.firstScoredAt = Objects.requireNonNull(a.submittedAt);
    row.secondScoredAt = Objects.requireNonNull(b.submittedAt);
    return row;
  }

  private static Map<String, String> levels(long assessmentId) {
    Map<String, String> levels = new LinkedHashMap<>();
    ComponentScore.of(assessmentId).forEach(s -> levels.put(s.componentId, s.finalLevel));
    return levels;
  }
}
