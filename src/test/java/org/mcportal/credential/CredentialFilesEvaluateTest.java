package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;

/** The credential files, as read from disk, run through the same rules as any other. */
class CredentialFilesEvaluateTest {

  private static final Instant DECIDED = Instant.parse("2026-11-01T12:00:00Z");

  @Test
  void homeVisitsWithEveryCriterionMetIsEarned() throws IOException {
    CredentialDefinition homeVisits = read("rubrics/home-visits/2022-03-17.yaml");

    CredentialOutcome outcome =
        CredentialOutcome.fromJudgements(homeVisits, allMet(homeVisits), DECIDED);

    assertThat(outcome.earned()).isTrue();
  }

  @Test
  void homeVisitsWithAMissingInvitationIsNotEarnedAndSaysWhy() throws IOException {
    CredentialDefinition homeVisits = read("rubrics/home-visits/2022-03-17.yaml");
    Map<String, Map<String, Boolean>> judgements = allMet(homeVisits);
    judgements.get("artifact-3").put("invitation", false);

    CredentialOutcome outcome = CredentialOutcome.fromJudgements(homeVisits, judgements, DECIDED);

    assertThat(outcome.earned()).isFalse();
    assertThat(outcome.explanation())
        .isEqualTo("Not earned: Artifact 3 is Basic (an invitation is missing).");
  }

  @Test
  void homeVisitsArtifactOneWithFewerStudentsAndMinimalResponsesIsDeveloping() throws IOException {
    CredentialDefinition homeVisits = read("rubrics/home-visits/2022-03-17.yaml");
    Map<String, Map<String, Boolean>> judgements = allMet(homeVisits);
    judgements.get("artifact-1").put("three-students", false);
    judgements.get("artifact-1").put("minimal-responses", true);

    CredentialOutcome outcome = CredentialOutcome.fromJudgements(homeVisits, judgements, DECIDED);

    assertThat(outcome.explanation()).startsWith("Not earned: Artifact 1 is Developing");
  }

  @Test
  void theFourLevelExampleCredentialEvaluatesThroughTheSameCode() throws IOException {
    CredentialDefinition fieldNotes =
        read("src/test/resources/rubrics-example/field-notes/1.0.yaml");
    Map<String, Map<String, Boolean>> judgements = allMet(fieldNotes);

    assertThat(CredentialOutcome.fromJudgements(fieldNotes, judgements, DECIDED).earned()).isTrue();

    Component firstArtifact = fieldNotes.parts().get(1).components().get(0);
    String firstCriterion = firstArtifact.rubric().criteria().get(0).id();
    judgements.get(firstArtifact.id()).put(firstCriterion, false);
    CredentialOutcome outcome = CredentialOutcome.fromJudgements(fieldNotes, judgements, DECIDED);

    assertThat(outcome.earned()).isFalse();
    assertThat(outcome.explanation()).contains(firstArtifact.label());
  }

  /**
   * Every criterion judged met, except those only a lower level reads, which are judged unmet: the
   * best case an assessor can record.
   */
  private static Map<String, Map<String, Boolean>> allMet(CredentialDefinition definition) {
    Map<String, Map<String, Boolean>> judgements = new HashMap<>();
    for (Component component : definition.components()) {
      var top = component.rubric().levels().get(0).when().orElseThrow().criteria();
      judgements.put(
          component.id(),
          component.rubric().criteria().stream()
              .collect(
                  Collectors.toMap(
                      c -> c.id(), c -> top.contains(c.id()), (a, b) -> a, HashMap::new)));
    }
    return judgements;
  }

  private static CredentialDefinition read(String file) throws IOException {
    return new CredentialFileReader().read(file, Files.readString(Path.of(file))).definition();
  }
}
