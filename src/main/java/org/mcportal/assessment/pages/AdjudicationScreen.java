package org.mcportal.assessment.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcportal.assessment.Adjudication;
import org.mcportal.assessment.BlindReview;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.assessment.ScoringProblem;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * The lead's screen: per component, what each assessor judged, quoted and wrote, beside the blind
 * attempt, and the form for the final scoring. The form starts from what the two agree on (a
 * criterion both judged met is ticked) and leaves the rest to the lead; a refused decision comes
 * back as posted.
 *
 * @param decidable false on the admin's read-only view, which has no form
 */
record AdjudicationScreen(
    String code,
    String credentialTitle,
    int attempt,
    boolean outcomeAgrees,
    Side first,
    Side second,
    List<Part> components,
    String overallComment,
    String reason,
    List<ScoringProblem> problems,
    String notice,
    boolean decidable,
    Decision decision) {

  /**
   * How a double scoring was settled, for the read-only view.
   *
   * @param state what became of it, in words
   * @param levels the final level of each component, "label: level"
   */
  record Decision(String state, String lead, String reason, Side decided, List<String> levels) {}

  /** The same screen without a form, with how the pair was settled. */
  AdjudicationScreen readOnly(Decision decision) {
    return new AdjudicationScreen(
        code,
        credentialTitle,
        attempt,
        outcomeAgrees,
        first,
        second,
        components,
        overallComment,
        reason,
        problems,
        notice,
        false,
        decision);
  }

  static Side side(String name, Adjudication.ScoringView view) {
    return new Side(name, view.earned(), view.headline(), view.overallComment());
  }

  /** One assessor's scoring as a whole. */
  record Side(String name, boolean earned, String headline, String overallComment) {}

  record Part(
      String id,
      String label,
      String title,
      boolean agrees,
      boolean carried,
      List<BlindReview.FieldView> fields,
      List<Criterion> criteria,
      List<ScoringScreen.Level> levels,
      Scored first,
      Scored second,
      String overrideLevel,
      String justification,
      String feedback,
      List<ScoringProblem> problems) {}

  /**
   * @param firstMet what the first assessor judged: true met, false unmet, null not judged
   *     (carried)
   * @param checked ticked in the form
   */
  record Criterion(String id, String text, Boolean firstMet, Boolean secondMet, boolean checked) {
    public boolean differ() {
      return firstMet != null && secondMet != null && !firstMet.equals(secondMet);
    }
  }

  /** One component as one assessor scored it. */
  record Scored(
      String levelLabel,
      boolean overridden,
      String justification,
      List<EducatorResults.Quote> evidence,
      String feedback) {}

  static AdjudicationScreen of(
      CredentialDefinition definition,
      Adjudication.Case pair,
      ScoringSheet posted,
      String reason,
      List<ScoringProblem> problems,
      String notice,
      boolean decidable) {
    Map<String, BlindReview.ComponentView> views = new LinkedHashMap<>();
    pair.attempt().components().forEach(c -> views.put(c.componentId(), c));
    Map<String, Boolean> agrees = new LinkedHashMap<>();
    pair.components().forEach(c -> agrees.put(c.componentId(), c.agrees()));
    List<Part> parts = new ArrayList<>();
    for (Component component : definition.components()) {
      Rubric rubric = component.rubric();
      Optional<Adjudication.ScoredComponentView> a = scored(pair.first(), component.id());
      Optional<Adjudication.ScoredComponentView> b = scored(pair.second(), component.id());
      Optional<ScoringSheet.ComponentScore> entered =
          posted == null ? Optional.empty() : posted.component(component.id());
      List<Criterion> criteria =
          rubric.criteria().stream()
              .map(
                  c -> {
                    Boolean firstMet = met(a, c.id());
                    Boolean secondMet = met(b, c.id());
                    boolean checked =
                        entered
                            .map(e -> e.judgement(c.id()) == ScoringSheet.Judgement.MET)
                            .orElse(
                                Boolean.TRUE.equals(firstMet) && Boolean.TRUE.equals(secondMet));
                    return new Criterion(c.id(), c.text(), firstMet, secondMet, checked);
                  })
              .toList();
      BlindReview.ComponentView view = views.get(component.id());
      parts.add(
          new Part(
              component.id(),
              component.label(),
              component.title(),
              agrees.getOrDefault(component.id(), true),
              view != null && view.carried(),
              view == null ? List.of() : view.fields(),
              criteria,
              rubric.levels().stream()
                  .map(l -> new ScoringScreen.Level(l.id(), l.label(), l.descriptor().orElse("")))
                  .toList(),
              a.map(AdjudicationScreen::scored).orElse(null),
              b.map(AdjudicationScreen::scored).orElse(null),
              entered
                  .flatMap(ScoringSheet.ComponentScore::override)
                  .map(ScoringSheet.LevelOverride::levelId)
                  .orElse(""),
              entered
                  .flatMap(ScoringSheet.ComponentScore::override)
                  .map(ScoringSheet.LevelOverride::justification)
                  .orElse(""),
              entered.map(ScoringSheet.ComponentScore::feedback).orElse(""),
              problems.stream().filter(p -> component.id().equals(p.componentId())).toList()));
    }
    return new AdjudicationScreen(
        pair.code(),
        pair.attempt().credentialTitle(),
        pair.attemptNumber(),
        pair.outcomeAgrees(),
        side("First assessor", pair.first()),
        side("Second assessor", pair.second()),
        parts,
        posted == null ? "" : posted.overallComment(),
        reason == null ? "" : reason,
        problems.stream().filter(p -> p.componentId() == null).toList(),
        notice,
        decidable,
        null);
  }

  private static Optional<Adjudication.ScoredComponentView> scored(
      Adjudication.ScoringView view, String componentId) {
    return view.components().stream().filter(c -> c.componentId().equals(componentId)).findFirst();
  }

  private static Boolean met(Optional<Adjudication.ScoredComponentView> view, String criterionId) {
    return view.flatMap(
            v -> v.criteria().stream().filter(j -> j.criterionId().equals(criterionId)).findFirst())
        .map(Adjudication.Judged::met)
        .orElse(null);
  }

  private static Scored scored(Adjudication.ScoredComponentView view) {
    return new Scored(
        view.levelLabel(),
        view.overridden(),
        view.justification(),
        view.evidence(),
        view.feedback());
  }
}
