package org.mcportal.assessment.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * The scoring form as posted, turned into a {@link ScoringSheet}. The page and its script post the
 * same fields, so every scoring page takes this one form as its parameter and the sheet is read in
 * one place whether script runs or not.
 *
 * <p>A checkbox says only "met" when ticked; an unticked one is unmet once the component has been
 * judged at all (a box ticked, feedback or an override written, or judged before), and unjudged
 * otherwise, so that a component nobody looked at yet is not quietly scored at the lowest level.
 *
 * @param components the component ids the form carries, in its order; the parallel lists follow it
 * @param met {@code componentId/criterionId} of every ticked criterion
 * @param judged the components already judged, as the page or its script marked them
 * @param quoteComponents the kept quotes, as four parallel lists
 * @param newCriteria per component, the criterion of a quote being added; empty for none
 */
record SheetForm(
    @RestForm("component") List<String> components,
    @RestForm("met") List<String> met,
    @RestForm("judged") List<String> judged,
    @RestForm("override") List<String> overrides,
    @RestForm("justification") List<String> justifications,
    @RestForm("feedback") List<String> feedback,
    @RestForm("quote-component") List<String> quoteComponents,
    @RestForm("quote-criterion") List<String> quoteCriteria,
    @RestForm("quote-field") List<String> quoteFields,
    @RestForm("quote-passage") List<String> quotePassages,
    @RestForm("new-criterion") List<String> newCriteria,
    @RestForm("new-field") List<String> newFields,
    @RestForm("new-passage") List<String> newPassages,
    @RestForm("overall") String overall) {

  /**
   * The form as a lead's final decision: every component on it is decided, so an unticked criterion
   * is unmet, and evidence stays what the two assessors quoted, whatever else was posted.
   */
  SheetForm asDecision() {
    return new SheetForm(
        components,
        met,
        components,
        overrides,
        justifications,
        feedback,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        overall);
  }

  ScoringSheet toSheet(CredentialDefinition definition) {
    Set<String> ticked = new HashSet<>(met);
    Set<String> touched = new HashSet<>(judged);
    Map<String, ScoringSheet.ComponentScore> scores = new LinkedHashMap<>();
    for (int i = 0; i < components.size(); i++) {
      String id = components.get(i);
      Optional<Component> component = definition.component(id);
      if (component.isEmpty()) {
        continue;
      }
      String override = at(overrides, i).trim();
      String justification = text(at(justifications, i));
      String written = text(at(feedback, i));
      List<ScoringSheet.EvidenceQuote> evidence = new ArrayList<>();
      for (int q = 0; q < quoteComponents.size(); q++) {
        if (quoteComponents.get(q).equals(id)) {
          evidence.add(
              new ScoringSheet.EvidenceQuote(
                  at(quoteCriteria, q), text(at(quotePassages, q)), at(quoteFields, q)));
        }
      }
      String newPassage = text(at(newPassages, i)).strip();
      if (!newPassage.isEmpty() && !at(newCriteria, i).isBlank()) {
        evidence.add(
            new ScoringSheet.EvidenceQuote(at(newCriteria, i), newPassage, at(newFields, i)));
      }
      boolean anyTicked =
          component.get().rubric().criteria().stream()
              .anyMatch(c -> ticked.contains(id + "/" + c.id()));
      boolean isJudged =
          touched.contains(id)
              || anyTicked
              || !written.isBlank()
              || !override.isEmpty()
              || !evidence.isEmpty();
      Map<String, ScoringSheet.Judgement> judgements = new LinkedHashMap<>();
      if (isJudged) {
        for (Rubric.Criterion criterion : component.get().rubric().criteria()) {
          judgements.put(
              criterion.id(),
              ticked.contains(id + "/" + criterion.id())
                  ? ScoringSheet.Judgement.MET
                  : ScoringSheet.Judgement.UNMET);
        }
      }
      scores.put(
          id,
          new ScoringSheet.ComponentScore(
              judgements,
              override.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new ScoringSheet.LevelOverride(override, justification)),
              written,
              evidence));
    }
    return new ScoringSheet(scores, text(overall));
  }

  private static String at(List<String> values, int index) {
    return values != null && index < values.size() && values.get(index) != null
        ? values.get(index)
        : "";
  }

  /** Browsers send line breaks as CRLF; the sheet keeps LF, as the API does. */
  private static String text(String value) {
    return value == null ? "" : value.replace("\r\n", "\n");
  }
}
