package org.mcportal.rules.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcportal.credential.CredentialFileReader;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.assessment.ScoringSheet.ComponentScore;
import org.mcportal.rules.assessment.ScoringSheet.Judgement;

/** The credential files as the portal reads them, and sheets scored on them. */
final class Credentials {

  static final CredentialDefinition HOME_VISITS = read("rubrics/home-visits/2022-03-17.yaml");
  static final CredentialDefinition FIELD_NOTES =
      read("src/test/resources/rubrics-example/field-notes/1.0.yaml");

  private Credentials() {}

  private static CredentialDefinition read(String file) {
    try {
      return new CredentialFileReader().read(file, Files.readString(Path.of(file))).definition();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The best sheet an assessor can record: every criterion the top level reads met, every other one
   * ("Response to questions was minimal") unmet.
   */
  static ScoringSheet best(CredentialDefinition definition) {
    ScoringSheet sheet = ScoringSheet.empty();
    for (Component component : definition.components()) {
      sheet = sheet.with(component.id(), ComponentScore.of(best(component.rubric())));
    }
    return sheet;
  }

  static Map<String, Judgement> best(Rubric rubric) {
    var top = rubric.levels().get(0).when().orElseThrow().criteria();
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      judgements.put(
          criterion.id(), top.contains(criterion.id()) ? Judgement.MET : Judgement.UNMET);
    }
    return judgements;
  }

  /** The best sheet with some criteria of one component judged unmet. */
  static ScoringSheet unmet(
      CredentialDefinition definition, ScoringSheet sheet, String componentId, String... ids) {
    ComponentScore score = sheet.component(componentId).orElseThrow();
    Map<String, Judgement> judgements = new LinkedHashMap<>(score.judgements());
    for (String id : ids) {
      judgements.put(id, Judgement.UNMET);
    }
    return sheet.with(
        componentId,
        new ComponentScore(judgements, score.override(), score.feedback(), score.evidence()));
  }

  static ScoringSheet update(
      ScoringSheet sheet,
      String componentId,
      java.util.function.UnaryOperator<ComponentScore> change) {
    return sheet.with(componentId, change.apply(sheet.component(componentId).orElseThrow()));
  }
}
