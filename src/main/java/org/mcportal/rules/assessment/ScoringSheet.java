package org.mcportal.rules.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an assessor has entered for one attempt, draft or final: per component the criterion
 * judgements, an optional override of the derived level, feedback and quoted evidence, plus an
 * overall comment. It holds what was typed, mistakes included, so a draft can be saved at any
 * moment; {@link ScoringCheck} says whether it may be submitted.
 *
 * @param components per component id; a component without an entry is wholly unscored
 * @param overallComment Markdown for the whole attempt; may be empty
 */
public record ScoringSheet(Map<String, ComponentScore> components, String overallComment) {

  public ScoringSheet {
    components = Map.copyOf(components);
    Objects.requireNonNull(overallComment, "overallComment");
  }

  public static ScoringSheet empty() {
    return new ScoringSheet(Map.of(), "");
  }

  public Optional<ComponentScore> component(String componentId) {
    return Optional.ofNullable(components.get(componentId));
  }

  /** The same sheet with one component's score replaced. */
  public ScoringSheet with(String componentId, ComponentScore score) {
    Map<String, ComponentScore> changed = new LinkedHashMap<>(components);
    changed.put(componentId, score);
    return new ScoringSheet(changed, overallComment);
  }

  /** An assessor's judgement of one criterion; a checkbox not yet touched is {@link #UNJUDGED}. */
  public enum Judgement {
    MET,
    UNMET,
    UNJUDGED
  }

  /**
   * One component's scoring.
   *
   * @param judgements criterion id to judgement; a criterion without an entry is unjudged
   * @param override the level the assessor set instead of the derived one, with why
   * @param feedback Markdown for the educator; may be empty unless the component falls short
   * @param evidence passages quoted from the attempt, each for one criterion
   */
  public record ComponentScore(
      Map<String, Judgement> judgements,
      Optional<LevelOverride> override,
      String feedback,
      List<EvidenceQuote> evidence) {

    public ComponentScore {
      judgements = Map.copyOf(judgements);
      Objects.requireNonNull(override, "override");
      Objects.requireNonNull(feedback, "feedback");
      evidence = List.copyOf(evidence);
    }

    public static ComponentScore of(Map<String, Judgement> judgements) {
      return new ComponentScore(judgements, Optional.empty(), "", List.of());
    }

    public Judgement judgement(String criterionId) {
      return judgements.getOrDefault(criterionId, Judgement.UNJUDGED);
    }

    public ComponentScore withOverride(String levelId, String justification) {
      return new ComponentScore(
          judgements, Optional.of(new LevelOverride(levelId, justification)), feedback, evidence);
    }

    public ComponentScore withFeedback(String markdown) {
      return new ComponentScore(judgements, override, markdown, evidence);
    }

    public ComponentScore withEvidence(EvidenceQuote quote) {
      List<EvidenceQuote> more = new java.util.ArrayList<>(evidence);
      more.add(quote);
      return new ComponentScore(judgements, override, feedback, more);
    }

    /**
     * The judgements as {@link org.mcportal.rules.RubricEvaluator} reads them: unjudged left out.
     */
    public Map<String, Boolean> asEvaluatorJudgements() {
      Map<String, Boolean> read = new LinkedHashMap<>();
      judgements.forEach(
          (id, judgement) -> {
            if (judgement != Judgement.UNJUDGED) {
              read.put(id, judgement == Judgement.MET);
            }
          });
      return read;
    }
  }

  /**
   * A level the assessor chose over the one the criteria give.
   *
   * @param justification why, in the assessor's words; recorded and shown to admins
   */
  public record LevelOverride(String levelId, String justification) {
    public LevelOverride {
      Objects.requireNonNull(levelId, "levelId");
      Objects.requireNonNull(justification, "justification");
    }
  }

  /**
   * A passage of the attempt quoted in support of a criterion judgement.
   *
   * @param fieldKey where it was quoted from, as a {@link org.mcportal.rules.FieldKey} string
   *     ({@code answer:artifact-1:why-this-family:0}, {@code document:artifact-3:2})
   */
  public record EvidenceQuote(String criterionId, String passage, String fieldKey) {
    public EvidenceQuote {
      Objects.requireNonNull(criterionId, "criterionId");
      Objects.requireNonNull(passage, "passage");
      Objects.requireNonNull(fieldKey, "fieldKey");
    }
  }
}
