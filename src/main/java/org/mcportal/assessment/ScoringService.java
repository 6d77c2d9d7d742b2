package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.Component;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.rules.assessment.OutcomeExplanation;
import org.mcportal.rules.assessment.Resubmission;
import org.mcportal.rules.assessment.ScoredComponent;
import org.mcportal.rules.assessment.ScoredOutcome;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * The scoring sheet of a claimed item: reading it, autosaving it with compare-and-set, submitting
 * it as an assessment, and releasing the outcome to the educator. Only the holder of a live lease
 * reads, saves or submits.
 */
@ApplicationScoped
@Transactional
public class ScoringService {

  private final ReviewItems items;
  private final Submissions submissions;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Event<OutcomeReleased> released;
  private final DoubleScorings pairs;

  ScoringService(
      ReviewItems items,
      Submissions submissions,
      AuditTrail audit,
      ObjectMapper json,
      Event<OutcomeReleased> released,
      DoubleScorings pairs) {
    this.items = items;
    this.submissions = submissions;
    this.audit = audit;
    this.json = json;
    this.released = released;
    this.pairs = pairs;
  }

  public SheetView sheet(String code, long assessorId) {
    ReviewItem item = items.find(code);
    items.requireHolder(item, assessorId);
    Assessment draft = draft(item);
    return view(item, draft.version, items.read(draft.sheet));
  }

  /**
   * Saves the whole sheet if the client's copy is current. Components carried from the previous
   * attempt keep their result whatever the client sends.
   *
   * @param expectedVersion the version the client last read or wrote (its If-Match)
   */
  public SheetView save(String code, long assessorId, long expectedVersion, ScoringSheet sheet) {
    ReviewItem item = items.lock(code);
    items.requireHolder(item, assessorId);
    CredentialDefinition definition = items.definition(item);
    Map<String, ScoringSheet.ComponentScore> carried = items.carried(item);
    ScoringSheet saved = ReviewItems.withCarried(sheet, carried);
    List<ScoringProblem> problems = Scoring.structure(definition, saved, content(item));
    if (!problems.isEmpty()) {
      throw AssessmentProblems.invalidSheet(problems);
    }
    Assessment draft = draft(item);
    Instant now = items.now();
    if (!Assessment.compareAndSet(draft.id, expectedVersion, items.write(saved), now)) {
      Assessment.getEntityManager().refresh(draft);
      throw AssessmentProblems.staleSheet(view(item, draft.version, items.read(draft.sheet)));
    }
    audit.record(assessorId, AuditAction.SAVE, item, Map.of("version", expectedVersion + 1));
    return view(item, expectedVersion + 1, saved);
  }

  /** Saves one component of the sheet, under the same version check as the whole sheet. */
  public SheetView saveComponent(
      String code,
      long assessorId,
      long expectedVersion,
      String componentId,
      ScoringSheet.ComponentScore component) {
    ReviewItem item = items.find(code);
    items.requireHolder(item, assessorId);
    ScoringSheet current = items.read(draft(item).sheet);
    return save(code, assessorId, expectedVersion, current.with(componentId, component));
  }

  /**
   * Submits the holder's sheet as the assessment: checks it, works out the outcome with the rules
   * core, stores the scores and the explanation, and releases the outcome when the credential says
   * so. A repeated call with the same idempotency key answers the first call's assessment.
   */
  public Submitted submit(String code, long assessorId, String idempotencyKey) {
    ReviewItem item = items.lock(code);
    Optional<Assessment> earlier = Assessment.byKey(item.id, idempotencyKey);
    if (earlier.isPresent() && earlier.get().status == Assessment.Status.SUBMITTED) {
      return submitted(item, earlier.get());
    }
    items.requireHolder(item, assessorId);
    CredentialDefinition definition = items.definition(item);
    Assessment draft = draft(item);
    ScoringSheet sheet = ReviewItems.withCarried(items.read(draft.sheet), items.carried(item));
    List<ScoringProblem> problems = Scoring.all(definition, sheet, content(item));
    if (!problems.isEmpty()) {
      throw AssessmentProblems.incomplete(problems);
    }
    Instant now = items.now();
    ScoredOutcome scored = ScoredOutcome.of(definition, sheet, now);
    AssessmentOutcome stored = storeScoring(draft, definition, sheet, scored, now);
    draft.status = Assessment.Status.SUBMITTED;
    draft.idempotencyKey = idempotencyKey;
    draft.submittedAt = now;
    draft.sheet = items.write(sheet);
    item.status = ReviewItem.Status.SCORED;
    item.leaseExpiresAt = null;
    audit.record(
        assessorId,
        AuditAction.SUBMIT,
        item,
        Map.of("earned", stored.earned, "headline", stored.headline));
    for (ScoredComponent component : scored.components()) {
      if (component.overridden()) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("component", component.componentId());
        details.put("derived", component.derived().map(ComponentResult::levelId).orElse(null));
        details.put("chosen", component.finalLevelId().orElseThrow());
        details.put(
            "justification",
            sheet
                .component(component.componentId())
                .flatMap(ScoringSheet.ComponentScore::override)
                .map(ScoringSheet.LevelOverride::justification)
                .orElse(""));
        audit.record(assessorId, AuditAction.OVERRIDE, item, details);
      }
    }
    Optional<DoubleScoring> pair = DoubleScoring.ofItemForUpdate(item).filter(d -> d.drawn);
    if (pair.isPresent()) {
      pairs
          .submitted(pair.get(), item, draft, definition, assessorId)
          .ifPresent(first -> releaseSettled(first, definition, assessorId));
    } else if (definition.assessment().release() == AssessmentSettings.Release.AUTOMATIC) {
      release(item, stored, definition, assessorId);
    }
    return submitted(item, draft);
  }

  /**
   * Stores a complete sheet's scores in rows, and the outcome with its explanation: what an
   * assessor's submit and a lead's final scoring both write.
   */
  AssessmentOutcome storeScoring(
      Assessment assessment,
      CredentialDefinition definition,
      ScoringSheet sheet,
      ScoredOutcome scored,
      Instant now) {
    for (ScoredComponent component : scored.components()) {
      store(assessment, definition, sheet, component);
    }
    AssessmentOutcome stored = new AssessmentOutcome();
    stored.assessmentId = assessment.id;
    stored.earned = scored.outcome().earned();
    stored.headline = scored.explanation().headline();
    stored.explanation = explanation(scored.explanation());
    stored.overallComment = sheet.overallComment();
    stored.decidedAt = now;
    stored.persist();
    return stored;
  }

  /**
   * Releases the first slot of a settled double scoring when the credential releases automatically;
   * under admin release it waits, scored, for an admin.
   */
  void releaseSettled(ReviewItem first, CredentialDefinition definition, long actorId) {
    if (definition.assessment().release() != AssessmentSettings.Release.AUTOMATIC) {
      return;
    }
    Assessment assessment = Assessment.submittedOf(first.id).orElseThrow();
    release(first, AssessmentOutcome.findById(assessment.id), definition, actorId);
  }

  /** An admin releases a scored item's outcome to the educator. */
  public Submitted release(String code, long adminId) {
    ReviewItem item = items.lock(code);
    if (item.status == ReviewItem.Status.RELEASED) {
      throw AssessmentProblems.alreadyReleased(code);
    }
    if (item.status != ReviewItem.Status.SCORED) {
      throw AssessmentProblems.notScored(code);
    }
    Assessment assessment = Assessment.submittedOf(item.id).orElseThrow();
    AssessmentOutcome outcome = AssessmentOutcome.findById(assessment.id);
    release(item, outcome, items.definition(item), adminId);
    return submitted(item, assessment);
  }

  /**
   * Sends the outcome to the educator: the submission becomes earned or not earned, and the
   * components that reached their level are locked; the others reopen while attempts remain.
   */
  private void release(
      ReviewItem item, AssessmentOutcome outcome, CredentialDefinition definition, long actorId) {
    Instant now = items.now();
    outcome.releasedAt = now;
    item.status = ReviewItem.Status.RELEASED;
    audit.record(actorId, AuditAction.RELEASE, item, Map.of("earned", outcome.earned));
    if (outcome.earned) {
      submissions.move(item.submissionId, SubmissionStatus.EARNED, actorId, "assessment released");
    } else {
      reopenShortfall(item, outcome, definition, actorId, now);
    }
    released.fire(
        new OutcomeReleased(
            item.submissionId,
            item.attemptNumber,
            item.code,
            item.credentialId,
            item.credentialVersion,
            outcome.earned,
            now));
  }

  private void reopenShortfall(
      ReviewItem item,
      AssessmentOutcome outcome,
      CredentialDefinition definition,
      long actorId,
      Instant now) {
    List<ComponentResult> results = finalResults(outcome.assessmentId, definition);
    Resubmission next =
        Resubmission.after(
            definition,
            CredentialOutcome.decide(definition, results, now),
            results,
            item.attemptNumber);
    if (next instanceof Resubmission.Allowed allowed) {
      submissions.releaseNotEarned(item.submissionId, allowed.reopening(), actorId);
      audit.record(
          actorId,
          AuditAction.REOPEN,
          item,
          Map.of(
              "reopened",
              allowed.reopening().reopened(),
              "attemptsLeft",
              allowed.attemptsLeft() + 1));
      return;
    }
    // No attempt left: nothing reopens.
    List<String> all = definition.components().stream().map(Component::id).toList();
    submissions.releaseNotEarned(item.submissionId, new Reopening(List.of(), all), actorId);
  }

  static List<ComponentResult> finalResults(long assessmentId, CredentialDefinition definition) {
    return ComponentScore.of(assessmentId).stream()
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
  }

  private static void store(
      Assessment draft,
      CredentialDefinition definition,
      ScoringSheet sheet,
      ScoredComponent scored) {
    ScoringSheet.ComponentScore entered =
        sheet.component(scored.componentId()).orElse(ScoringSheet.ComponentScore.of(Map.of()));
    ComponentScore score = new ComponentScore();
    score.assessmentId = draft.id;
    score.componentId = scored.componentId();
    score.finalLevel = scored.finalLevelId().orElseThrow();
    score.derivedLevel = scored.derived().map(ComponentResult::levelId).orElse(score.finalLevel);
    score.overridden = scored.overridden();
    score.justification =
        scored.overridden()
            ? entered.override().map(ScoringSheet.LevelOverride::justification).orElse(null)
            : null;
    score.feedback = entered.feedback();
    score.persist();
    Component component = definition.component(scored.componentId()).orElseThrow();
    for (Rubric.Criterion criterion : component.rubric().criteria()) {
      ScoringSheet.Judgement judgement = entered.judgement(criterion.id());
      if (judgement != ScoringSheet.Judgement.UNJUDGED) {
        CriterionJudgement row = new CriterionJudgement();
        row.assessmentId = draft.id;
        row.componentId = component.id();
        row.criterionId = criterion.id();
        row.met = judgement == ScoringSheet.Judgement.MET;
        row.persist();
      }
    }
    for (ScoringSheet.EvidenceQuote evidence : entered.evidence()) {
      EvidenceQuote quote = new EvidenceQuote();
      quote.assessmentId = draft.id;
      quote.componentId = component.id();
      quote.criterionId = evidence.criterionId();
      quote.fieldKey = evidence.fieldKey();
      quote.quote = evidence.passage();
      quote.persist();
    }
  }

  String explanation(OutcomeExplanation explanation) {
    try {
      return json.writeValueAsString(explanation);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an explanation of plain records always serializes", e);
    }
  }

  private Assessment draft(ReviewItem item) {
    return Assessment.draftOf(item.id)
        .filter(d -> d.assessorId == item.leaseHolderId)
        .orElseThrow(() -> new IllegalStateException("a claimed item has its holder's draft"));
  }

  private SubmissionContent content(ReviewItem item) {
    return submissions.attempt(item.submissionId, item.attemptNumber).content();
  }

  SheetView view(ReviewItem item, long version, ScoringSheet sheet) {
    CredentialDefinition definition = items.definition(item);
    Map<String, ScoringSheet.ComponentScore> carried = items.carried(item);
    SubmissionContent content = content(item);
    ScoredOutcome scored = ScoredOutcome.of(definition, sheet, items.now());
    List<SheetView.ComponentState> states = new ArrayList<>();
    for (ScoredComponent component : scored.components()) {
      states.add(
          new SheetView.ComponentState(
              component.componentId(),
              component.label(),
              component.derived().map(ComponentResult::levelId).orElse(null),
              component.derived().map(ComponentResult::levelLabel).orElse(null),
              Scoring.unjudged(definition, sheet, content, component.componentId()),
              component.finalLevelId().orElse(null),
              component.requiredLevelId().orElse(null),
              component.reachesRequired(),
              carried.containsKey(component.componentId())));
    }
    return new SheetView(item.code, version, sheet, states, scored.explanation());
  }

  private Submitted submitted(ReviewItem item, Assessment assessment) {
    AssessmentOutcome outcome = AssessmentOutcome.findById(assessment.id);
    return new Submitted(
        item.code,
        outcome.earned,
        outcome.headline,
        outcome.releasedAt != null,
        assessment.submittedAt,
        nextStep(item, outcome));
  }

  /**
   * What the scoring waits for. The second half of a double scoring has no release of its own: the
   * pair's outcome is released on the first half's scoring, so that is the one asked about.
   */
  static NextStep nextStep(ReviewItem item, AssessmentOutcome outcome) {
    Optional<DoubleScoring> pair = DoubleScoring.ofItem(item).filter(d -> d.drawn);
    if (pair.isEmpty()) {
      return outcome.releasedAt != null ? NextStep.RELEASED : NextStep.ADMIN_RELEASE;
    }
    return switch (pair.get().status) {
      case SCORING -> NextStep.SECOND_SCORING;
      case ADJUDICATION -> NextStep.ADJUDICATION;
      case SINGLE, AGREED, ADJUDICATED -> {
        AssessmentOutcome settled = AssessmentOutcome.findById(pair.get().finalAssessmentId);
        yield settled != null && settled.releasedAt != null
            ? NextStep.RELEASED
            : NextStep.ADMIN_RELEASE;
      }
    };
  }

  /** What a submitted scoring waits for before the educator sees a result. */
  public enum NextStep {
    /** Nothing: the educator can read the result. */
    RELEASED,
    /** An admin's release. */
    ADMIN_RELEASE,
    /** The other assessor of a double scoring, who scores the same work independently. */
    SECOND_SCORING,
    /** A lead's final scoring, because the two scorings of a double scoring differ. */
    ADJUDICATION
  }

  /**
   * A submitted assessment.
   *
   * @param headline the outcome in one sentence, in the rubric's words
   * @param released whether the educator can see it yet
   * @param next what the scoring waits for before the educator sees a result
   */
  public record Submitted(
      String code,
      boolean earned,
      String headline,
      boolean released,
      Instant submittedAt,
      NextStep next) {}
}
