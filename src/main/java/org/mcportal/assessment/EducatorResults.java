package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.OutcomeExplanation;

/** The released result of an educator's latest assessed attempt. */
@ApplicationScoped
@Transactional
public class EducatorResults {

  private final ReviewItems items;
  private final Submissions submissions;
  private final ObjectMapper json;

  EducatorResults(ReviewItems items, Submissions submissions, ObjectMapper json) {
    this.items = items;
    this.submissions = submissions;
    this.json = json;
  }

  /** Only for the owner, and only once released; otherwise as good as missing. */
  public ResultsView results(long submissionId, long educatorId) {
    if (!submissions.ownedBy(submissionId, educatorId)) {
      throw AssessmentProblems.submissionNotFound();
    }
    ReviewItem item =
        ReviewItem.ofSubmission(submissionId).stream()
            .filter(i -> i.status == ReviewItem.Status.RELEASED)
            .max(Comparator.comparingInt(i -> i.attemptNumber))
            .orElseThrow(AssessmentProblems::resultsNotReleased);
    return view(item, Assessment.submittedOf(item.id).orElseThrow());
  }

  /**
   * For program admins' reports: the decided result of one attempt, released or not; empty while no
   * scoring of it has been submitted. The caller checks who may read it.
   */
  public Optional<ResultsView> decided(long submissionId, int attempt) {
    return ReviewItem.ofAttempt(submissionId, attempt)
        .flatMap(
            item ->
                Assessment.submittedOf(item.id)
                    .filter(a -> AssessmentOutcome.findById(a.id) != null)
                    .map(a -> view(item, a)));
  }

  private ResultsView view(ReviewItem item, Assessment assessment) {
    long submissionId = item.submissionId;
    CredentialDefinition definition = items.definition(item);
    AssessmentOutcome outcome = AssessmentOutcome.findById(assessment.id);
    OutcomeExplanation explanation = explanation(outcome);
    Map<String, ComponentScore> scores =
        ComponentScore.of(assessment.id).stream()
            .collect(Collectors.toMap(s -> s.componentId, Function.identity()));
    List<CriterionJudgement> judgements = CriterionJudgement.of(assessment.id);
    List<EvidenceQuote> quotes = EvidenceQuote.of(assessment.id);
    List<ComponentResultView> components = new ArrayList<>();
    for (OutcomeExplanation.ComponentExplanation part : explanation.components()) {
      Component component = definition.component(part.componentId()).orElseThrow();
      ComponentScore score = scores.get(component.id());
      Rubric.Level level = component.rubric().level(score.finalLevel).orElseThrow();
      components.add(
          new ComponentResultView(
              component.id(),
              component.label(),
              level.id(),
              level.label(),
              part.descriptor().orElse(""),
              definition
                  .requiredLevel(component.id())
                  .map(r -> component.rubric().reaches(level.id(), r))
                  .orElse(true),
              part.sentence(),
              component.rubric().criteria().stream()
                  .flatMap(
                      c ->
                          judgements.stream()
                              .filter(
                                  j ->
                                      j.componentId.equals(component.id())
                                          && j.criterionId.equals(c.id()))
                              .map(j -> criterion(c, j.met)))
                  .toList(),
              quotes.stream()
                  .filter(q -> q.componentId.equals(component.id()))
                  .map(q -> new Quote(q.criterionId, q.fieldKey, q.quote))
                  .toList(),
              score.feedback));
    }
    int max = definition.assessment().maxAttempts();
    boolean mayResubmit = !outcome.earned && item.attemptNumber < max;
    List<String> reopened =
        mayResubmit
            ? Reopening.after(definition, ScoringService.finalResults(assessment.id, definition))
                .reopened()
            : List.of();
    return new ResultsView(
        submissionId,
        item.attemptNumber,
        outcome.earned,
        outcome.headline,
        outcome.overallComment,
        outcome.releasedAt,
        components,
        mayResubmit,
        reopened,
        Math.max(0, max - item.attemptNumber));
  }

  private static CriterionResult criterion(Rubric.Criterion criterion, boolean met) {
    return new CriterionResult(criterion.id(), criterion.text(), met);
  }

  private OutcomeExplanation explanation(AssessmentOutcome outcome) {
    try {
      return json.readValue(outcome.explanation, OutcomeExplanation.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored explanation is unreadable", e);
    }
  }

  /**
   * @param headline e.g. "Not earned: 1 of 5 components is below the level required."
   * @param reopened the components to revise in the next attempt, when one is allowed
   */
  public record ResultsView(
      long submissionId,
      int attempt,
      boolean earned,
      String headline,
      String overallComment,
      Instant releasedAt,
      List<ComponentResultView> components,
      boolean mayResubmit,
      List<String> reopened,
      int attemptsLeft) {}

  /**
   * @param descriptor the rubric's descriptor of the level reached, verbatim
   * @param sentence the component's part of the explanation, e.g. "Artifact 3 is Basic, below
   *     Proficient, the level required, because an invitation is missing."
   */
  public record ComponentResultView(
      String componentId,
      String label,
      String level,
      String levelLabel,
      String descriptor,
      boolean reachedRequired,
      String sentence,
      List<CriterionResult> criteria,
      List<Quote> evidence,
      String feedback) {}

  public record CriterionResult(String criterionId, String text, boolean met) {}

  public record Quote(String criterionId, String fieldKey, String quote) {}
}
