package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Noun;
import org.mcportal.rules.WordBounds;

class CredentialFileReaderTest {

  private final CredentialFileReader reader = new CredentialFileReader();

  @Test
  void readsTheHomeVisitsCredentialIntoFiveAssessedComponents() throws IOException {
    CredentialDefinition definition = read(Path.of("rubrics/home-visits/2022-03-17.yaml"));

    assertThat(definition.id()).isEqualTo("home-visits");
    assertThat(definition.components())
        .extracting(Component::id)
        .containsExactly("part-1", "artifact-1", "artifact-2", "artifact-3", "part-3");
  }

  @Test
  void readsTheExampleCredentialWithADifferentShape() throws IOException {
    CredentialDefinition definition =
        read(Path.of("src/test/resources/rubrics-example/field-notes/1.0.yaml"));

    assertThat(definition.parts()).hasSize(2);
    assertThat(definition.parts().get(1).subjects()).get().extracting(s -> s.count()).isEqualTo(2);
    assertThat(definition.components()).filteredOn(c -> c.rubric().levels().size() == 4).hasSize(2);
  }

  @Test
  void theSharedReaderChecksATextOnceAndGivesTheSameResultUnderAnyName() throws IOException {
    String text = Files.readString(Path.of("rubrics/home-visits/2022-03-17.yaml"));
    CredentialFileReader shared = CredentialFileReader.shared();

    var first = shared.read("home-visits/2022-03-17.yaml", text);

    assertThat(shared.read("home-visits/2022-03-17 (stored)", text)).isSameAs(first);
    assertThat(first.checksum()).isEqualTo(CredentialFileReader.checksum(text));
  }

  @Test
  void theSharedReaderNamesTheFileOfEveryTextWithProblems() throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/rubrics-broken/missing-title/x/1.yaml"));
    CredentialFileReader shared = CredentialFileReader.shared();

    assertThatThrownBy(() -> shared.read("x/1.yaml", text)).hasMessageContaining("x/1.yaml: ");
    assertThatThrownBy(() -> shared.read("y/1.yaml", text)).hasMessageContaining("y/1.yaml: ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing-title | /         | title",
        "bad-condition | /rubric/  | is not defined",
        "bad-bounds    | /words    | min",
        "not-yaml      | line      | ''",
        "unreachable-level | /artifacts/1/rubric/levels/0 | level 'exemplary' can never be given",
        "missing-level | /earning  | level 'proficient' is not a level of Sketches ('sketches')",
      })
  void refusesABrokenFileNamingTheFileThePlaceAndTheProblem(
      String folder, String place, String problem) throws IOException {
    Path file = Path.of("src/test/resources/rubrics-broken", folder, "x/1.yaml");

    assertThatThrownBy(() -> reader.read("x/1.yaml", Files.readString(file)))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageStartingWith("Credential files are invalid:\n  x/1.yaml: ")
        .hasMessageContaining(place)
        .hasMessageContaining(problem);
  }

  @Test
  void aSchemaErrorInsideAPartIsReportedOnceWithoutTheOtherShapesNoise() throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/rubrics-example/field-notes/1.0.yaml"))
            .replace("    words: {min: 50, max: 120}", "    wrods: {min: 50, max: 120}");

    assertThatThrownBy(() -> reader.read("x/1.yaml", text))
        .isInstanceOf(CredentialFileException.class)
        .satisfies(
            e ->
                assertThat(((CredentialFileException) e).problems())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("at /parts/0: ")
                    .contains("wrods"));
  }

  @Test
  void boundsMayHaveOnlyAMaximumOrOnlyAMinimumAndBeAGuide() throws IOException {
    CredentialDefinition definition =
        read(Path.of("src/test/resources/rubrics-test/exit-ticket/1.0.yaml"));

    assertThat(definition.component("context").orElseThrow().words())
        .contains(WordBounds.atMost(300, WordBounds.Use.RULE));
    assertThat(definition.component("ticket").orElseThrow().words())
        .contains(WordBounds.atLeast(40, WordBounds.Use.GUIDE));
  }

  @Test
  void aDocumentForTheWholeSubmissionCarriesItsOwnNoun() throws IOException {
    Component plan =
        read(Path.of("src/test/resources/rubrics-test/lesson-study/1.0.yaml"))
            .component("plan")
            .orElseThrow();

    assertThat(plan.perSubject()).isFalse();
    assertThat(plan.document()).isEqualTo(new Noun("lesson plan", "lesson plans"));
  }

  @Test
  void theRevisedHomeVisitsVersionMakesPartThreeAGuideAndNamesTheNotes() throws IOException {
    CredentialDefinition revised = read(Path.of("rubrics/home-visits/2022-03-17.1.yaml"));
    CredentialDefinition original = read(Path.of("rubrics/home-visits/2022-03-17.yaml"));

    assertThat(revised.component("part-3").orElseThrow().words().orElseThrow().guide()).isTrue();
    assertThat(original.component("part-3").orElseThrow().words().orElseThrow().guide()).isFalse();
    assertThat(revised.component("part-1").orElseThrow().words().orElseThrow().guide()).isFalse();
    assertThat(revised.component("artifact-3").orElseThrow().document().plural())
        .isEqualTo("thank-you notes");
    assertThat(original.component("artifact-3").orElseThrow().document()).isEqualTo(Noun.DOCUMENT);
  }

  @Test
  void checksumChangesWithAnyChangeToTheText() {
    assertThat(CredentialFileReader.checksum("a: 1\n"))
        .hasSize(64)
        .isNotEqualTo(CredentialFileReader.checksum("a: 1 \n"));
  }

  private CredentialDefinition read(Path file) throws IOException {
    return reader.read(file.toString(), Files.readString(file)).definition();
  }
}
