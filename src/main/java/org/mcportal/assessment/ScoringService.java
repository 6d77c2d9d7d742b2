package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcportal.rules.Component;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.RubricEvaluation;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.SubmissionStatus;
import org.mcportal.submission.SubmissionAccess;

/**
 * The scoring sheet of a claimed item: reading it, autosaving it with compare-and-set, submitting
 * it as an assessment, and releasing the outcome to the educator. Only the holder of a live lease
 * reads, saves or submits.
 */
@ApplicationScoped
@Transactional
public class ScoringService {

  private final ReviewItems items;
  private final SubmissionAccess submissions;
  private final CredentialSettings settings;
  private final AuditTrail audit;
  private final ObjectMapper json;

  ScoringService(
      ReviewItems items,
      SubmissionAccess submissions,
      CredentialSettings settings,
      AuditTrail audit,
      ObjectMapper json) {
    this.items = items;
    this.submissions = submissions;
    this.settings = settings;
    this.audit = audit;
    this.json = json;
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
    Map<String, ScoringSheet.ComponentSheet> carried = items.carried(item);
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
      ScoringSheet.ComponentSheet component) {
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
    List<ScoringProblem> problems =
        new ArrayList<>(Scoring.structure(definition, sheet, content(item)));
    problems.addAll(Scoring.completeness(definition, sheet));
    if (!problems.isEmpty()) {
      throw AssessmentProblems.incomplete(problems);
    }
    Instant now = items.now();
    Map<String, RubricEvaluation> derived = Scoring.derived(definition, sheet);
    List<ComponentResult> results = Scoring.results(definition, sheet);
    CredentialOutcome outcome = CredentialOutcome.decide(definition, results, now);
    for (ComponentResult result : results) {
      store(draft, definition, sheet, (ComponentResult) derived.get(result.componentId()), result);
    }
    AssessmentOutcome stored = new AssessmentOutcome();
    stored.assessmentId = draft.id;
    stored.earned = outcome.earned();
    stored.headline = outcome.explanation();
    stored.explanation = explanation(definition, results);
    stored.overallComment = sheet.overallComment();
    stored.decidedAt = now;
    stored.persist();
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
        Map.of("earned", outcome.earned(), "headline", outcome.explanation()));
    for (ComponentResult result : results) {
      RubricEvaluation was = derived.get(result.componentId());
      if (was instanceof ComponentResult d && !d.levelId().equals(result.levelId())) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("component", result.componentId());
        details.put("derived", d.levelId());
        details.put("chosen", result.levelId());
        details.put("justification", sheet.component(result.componentId()).justification());
        audit.record(assessorId, AuditAction.OVERRIDE, item, details);
      }
    }
    if (settings.of(definition).release() == AssessmentSettings.Release.AUTOMATIC) {
      release(item, stored, definition, null);
    }
    return submitted(item, draft);
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
      ReviewItem item, AssessmentOutcome outcome, CredentialDefinition definition, Long actorId) {
    Instant now = items.now();
    outcome.releasedAt = now;
    item.status = ReviewItem.Status.RELEASED;
    audit.record(
        actorId,
        AuditAction.RELEASE,
        item,
        Map.of("earned", outcome.earned, "automatic", actorId == null));
    if (outcome.earned) {
      submissions.moveTo(item.submissionId, SubmissionStatus.EARNED);
      submissions.lockComponents(
          item.submissionId, definition.components().stream().map(Component::id).toList());
      return;
    }
    submissions.moveTo(item.submissionId, SubmissionStatus.NOT_EARNED);
    int max = settings.of(definition).maxAttempts();
    if (item.attemptNumber >= max) {
      submissions.lockComponents(
          item.submissionId, definition.components().stream().map(Component::id).toList());
      return;
    }
    Reopening reopening =
        Reopening.after(definition, finalResults(outcome.assessmentId, definition));
    submissions.lockComponents(item.submissionId, reopening.locked());
    audit.record(
        actorId,
        AuditAction.REOPEN,
        item,
        Map.of("reopened", reopening.reopened(), "attemptsLeft", max - item.attemptNumber));
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

  private void store(
      Assessment draft,
      CredentialDefinition definition,
      ScoringSheet sheet,
      ComponentResult derived,
      ComponentResult result) {
    ScoringSheet.ComponentSheet scored = sheet.component(result.componentId());
    ComponentScore score = new ComponentScore();
    score.assessmentId = draft.id;
    score.componentId = result.componentId();
    score.derivedLevel = derived.levelId();
    score.finalLevel = result.levelId();
    score.overridden = !derived.levelId().equals(result.levelId());
    score.justification = score.overridden ? scored.justification() : null;
    score.feedback = scored.feedback();
    score.persist();
    Component component = definition.component(result.componentId()).orElseThrow();
    for (Rubric.Criterion criterion : component.rubric().criteria()) {
      Boolean met = scored.criteria().get(criterion.id());
      if (met != null) {
        CriterionJudgement judgement = new CriterionJudgement();
        judgement.assessmentId = draft.id;
        judgement.componentId = component.id();
        judgement.criterionId = criterion.id();
        judgement.met = met;
        judgement.persist();
      }
    }
    for (ScoringSheet.Evidence evidence : scored.evidence()) {
      EvidenceQuote quote = new EvidenceQuote();
      quote.assessmentId = draft.id;
      quote.componentId = component.id();
      quote.criterionId = evidence.criterionId();
      quote.fieldKey = evidence.fieldKey();
      quote.quote = evidence.quote();
      quote.persist();
    }
  }

  /**
   * Per component, in the rubric's words: the level reached, its descriptor and what fell short.
   */
  private String explanation(CredentialDefinition definition, List<ComponentResult> results) {
    List<Explanation.Part> parts = new ArrayList<>();
    for (ComponentResult result : results) {
      Component component = definition.component(result.componentId()).orElseThrow();
      Rubric.Level level = component.rubric().level(result.levelId()).orElseThrow();
      Optional<String> required = definition.earning().required(component.id());
      parts.add(
          new Explanation.Part(
              component.id(),
              component.label(),
              level.id(),
              level.label(),
              level.descriptor().orElse(""),
              required.orElse(null),
              required.map(r -> component.rubric().reaches(level.id(), r)).orElse(true),
              result.reasons()));
    }
    try {
      return json.writeValueAsString(new Explanation(parts));
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
    return submissions
        .attempt(item.submissionId, item.attemptNumber)
        .orElseThrow(() -> new IllegalStateException("a review item's attempt is missing"))
        .content();
  }

  SheetView view(ReviewItem item, long version, ScoringSheet sheet) {
    CredentialDefinition definition = items.definition(item);
    Map<String, ScoringSheet.ComponentSheet> carried = items.carried(item);
    Map<String, RubricEvaluation> derived = Scoring.derived(definition, sheet);
    List<SheetView.ComponentState> states = new ArrayList<>();
    for (Component component : definition.components()) {
      RubricEvaluation evaluation = derived.get(component.id());
      ComponentResult result = evaluation instanceof ComponentResult r ? r : null;
      List<String> unjudged =
          evaluation instanceof org.mcportal.rules.UnjudgedCriteria u ? u.criteria() : List.of();
      states.add(
          new SheetView.ComponentState(
              component.id(),
              component.label(),
              result == null ? null : result.levelId(),
              result == null ? null : result.levelLabel(),
              unjudged,
              Scoring.finalLevel(component, sheet.component(component.id()), evaluation)
                  .orElse(null),
              definition.earning().required(component.id()).orElse(null),
              carried.containsKey(component.id())));
    }
    return new SheetView(item.code, version, sheet, states);
  }

  private Submitted submitted(ReviewItem item, Assessment assessment) {
    AssessmentOutcome outcome = AssessmentOutcome.findById(assessment.id);
    return new Submitted(
        item.code,
        outcome.earned,
        outcome.headline,
        outcome.releasedAt != null,
        assessment.submittedAt);
  }

  /**
   * A submitted assessment.
   *
   * @param headline the outcome in one sentence, in the rubric's words
   * @param released whether the educator can see it yet
   */
  public record Submitted(
      String code, boolean earned, String headline, boolean released, Instant submittedAt) {}

  /** The stored explanation of an outcome, per component. */
  record Explanation(List<Part> components) {
    record Part(
        String componentId,
        String label,
        String levelId,
        String levelLabel,
        String descriptor,
        String requiredLevel,
        boolean reachedRequired,
        List<String> reasons) {}
  }
}
