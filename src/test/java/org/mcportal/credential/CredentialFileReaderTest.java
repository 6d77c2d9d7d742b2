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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing-title | /         | title",
        "bad-condition | /rubric/  | is not defined",
        "bad-bounds    | /words    | min",
        "not-yaml      | line      | ''",
      })
  void refusesABrokenFileNamingTheFileThePlaceAndTheProblem(
      String folder, String place, String problem) throws IOException {
    Path file = Path.of("src/test/resources/rubrics-broken", folder, "x/1.yaml");

    assertThatThrownBy(() -> reader.read("x/1.yaml", Files.readString(file)))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageStartingWith("Credential file x/1.yaml is invalid:")
        .hasMessageContaining(place)
        .hasMessageContaining(problem);
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
