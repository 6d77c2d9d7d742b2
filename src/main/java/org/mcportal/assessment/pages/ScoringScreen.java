package org.mcportal.assessment.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.assessment.BlindReview;
import org.mcportal.assessment.ScoringProblem;
import org.mcportal.assessment.SheetView;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.AttemptDiff;
import org.mcportal.rules.assessment.ScoringSheet;
import org.mcportal.rules.assessment.WordDiff;

/**
 * The scoring screen's view: the blind attempt beside the rubric, with what the assessor entered
 * (or posted, when a save was refused) and, after a conflict, what the server holds.
 */
record ScoringScreen(
    String code,
    String credentialTitle,
    int attempt,
    long version,
    String overallComment,
    String serverOverallComment,
    List<Part> components,
    List<BlindReview.FindingView> generalFindings,
    Map<String, List<String>> subjects,
    BlindReview.HistoryView history,
    String headline,
    List<ScoringProblem> problems,
    String notice,
    String idempotencyKey,
    String base,
    CalibrationBanner calibration) {

  /**
   * Says the screen scores a calibration exemplar, not live work: where it belongs and how to get
   * back to the set.
   */
  record CalibrationBanner(long runId, String setName, int position, int of) {}

  /** The same screen for an exemplar of a calibration set, posting to its own address. */
  ScoringScreen asCalibration(String base, CalibrationBanner banner) {
    return new ScoringScreen(
        code,
        credentialTitle,
        attempt,
        version,
        overallComment,
        serverOverallComment,
        components,
        generalFindings,
        subjects,
        history,
        headline,
        problems,
        notice,
        idempotencyKey,
        base,
        banner);
  }

  public boolean isCalibration() {
    return calibration != null;
  }

  record Part(
      String id,
      String label,
      String title,
      int words,
      boolean carried,
      String carriedLevel,
      List<BlindReview.FieldView> fields,
      List<BlindReview.FindingView> findings,
      List<Criterion> criteria,
      List<Level> levels,
      String rubricJson,
      String derivedLabel,
      List<String> unjudged,
      String requiredLabel,
      boolean judged,
      String overrideLevel,
      String justification,
      String feedback,
      String serverFeedback,
      List<ScoringSheet.EvidenceQuote> evidence,
      List<Change> changes,
      List<ScoringProblem> problems) {

    public boolean hasConflict() {
      return serverFeedback != null;
    }

    public boolean passFail() {
      return levels.size() == 2;
    }
  }

  record Criterion(String id, String text, boolean met, boolean judged) {}

  record Level(String id, String label, String descriptor) {}

  /** A field of a reopened component against the previous attempt, as word runs. */
  record Change(String fieldKey, boolean unchanged, List<WordDiff.Segment> segments) {}

  static ScoringScreen of(
      CredentialDefinition definition,
      BlindReview.AttemptView attempt,
      SheetView server,
      ScoringSheet shown,
      BlindReview.HistoryView history,
      ObjectMapper json,
      List<ScoringProblem> problems,
      boolean conflict,
      String notice,
      String idempotencyKey) {
    Map<String, BlindReview.ComponentView> views = new LinkedHashMap<>();
    attempt.components().forEach(c -> views.put(c.componentId(), c));
    Map<String, SheetView.ComponentState> states = new LinkedHashMap<>();
    server.components().forEach(s -> states.put(s.componentId(), s));
    List<Part> parts = new ArrayList<>();
    for (Component component : definition.components()) {
      BlindReview.ComponentView view = views.get(component.id());
      SheetView.ComponentState state = states.get(component.id());
      Rubric rubric = component.rubric();
      ScoringSheet.ComponentScore entered =
          shown.component(component.id()).orElse(ScoringSheet.ComponentScore.of(Map.of()));
      List<Criterion> criteria =
          rubric.criteria().stream()
              .map(
                  c ->
                      new Criterion(
                          c.id(),
                          c.text(),
                          entered.judgement(c.id()) == ScoringSheet.Judgement.MET,
                          entered.judgement(c.id()) != ScoringSheet.Judgement.UNJUDGED))
              .toList();
      List<Level> levels =
          rubric.levels().stream()
              .map(l -> new Level(l.id(), l.label(), l.descriptor().orElse("")))
              .toList();
      String serverFeedback = null;
      if (conflict) {
        String saved =
            server
                .sheet()
                .component(component.id())
                .map(ScoringSheet.ComponentScore::feedback)
                .orElse("");
        serverFeedback = saved.equals(entered.feedback()) ? null : saved;
      }
      List<Change> changes =
          history.changes().stream()
              .filter(f -> f.componentId().equals(component.id()))
              .map(
                  (AttemptDiff.FieldDiff f) ->
                      new Change(f.fieldKey(), f.diff().unchanged(), f.diff().segments()))
              .toList();
      parts.add(
          new Part(
              component.id(),
              component.label(),
              component.title(),
              view == null ? 0 : view.words(),
              state != null && state.carried(),
              state == null ? null : label(rubric, state.finalLevel()),
              view == null ? List.of() : view.fields(),
              view == null ? List.of() : view.findings(),
              criteria,
              levels,
              RubricJson.of(rubric, json),
              state == null ? null : state.derivedLabel(),
              state == null ? List.of() : state.unjudged(),
              definition.requiredLevel(component.id()).map(r -> label(rubric, r)).orElse(null),
              criteria.stream().anyMatch(Criterion::judged),
              entered.override().map(ScoringSheet.LevelOverride::levelId).orElse(""),
              entered.override().map(ScoringSheet.LevelOverride::justification).orElse(""),
              entered.feedback(),
              serverFeedback,
              entered.evidence(),
              changes,
              problems.stream().filter(p -> component.id().equals(p.componentId())).toList()));
    }
    String serverOverall =
        conflict && !server.sheet().overallComment().equals(shown.overallComment())
            ? server.sheet().overallComment()
            : null;
    return new ScoringScreen(
        attempt.code(),
        attempt.credentialTitle(),
        attempt.attempt(),
        server.version(),
        shown.overallComment(),
        serverOverall,
        parts,
        attempt.findings(),
        attempt.subjects(),
        history,
        server.preview().headline(),
        problems.stream().filter(p -> p.componentId() == null).toList(),
        notice,
        idempotencyKey,
        "/assessment/reviews/" + attempt.code(),
        null);
  }

  public boolean hasHistory() {
    return !history.earlier().isEmpty();
  }

  private static String label(Rubric rubric, String levelId) {
    return levelId == null ? null : rubric.level(levelId).map(Rubric.Level::label).orElse(levelId);
  }
}
