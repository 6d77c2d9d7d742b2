package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialValidationTest {

  private static final String BROKEN = "src/test/resources/rubrics-broken";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int validate(String... paths) {
    return CredentialValidation.run(
        List.of(paths),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void goodFilesAreEachReportedOkAndExitZero() {
    int code =
        validate(
            "rubrics/home-visits/2022-03-17.yaml",
            "rubrics/home-visits/2022-03-17.1.yaml",
            "src/test/resources/rubrics-test");

    assertThat(code).as(printed()).isZero();
    assertThat(printed())
        .contains("rubrics/home-visits/2022-03-17.yaml: ok (home-visits 2022-03-17)")
        .contains("ok (exit-ticket 1.0)")
        .contains("ok (lesson-study 1.0)");
  }

  @Test
  void eachProblemIsOneLineNamingTheFileAndThePlace() {
    String unreachable = BROKEN + "/unreachable-level/x/1.yaml";
    String missing = BROKEN + "/missing-level/x/1.yaml";

    int code = validate(unreachable, missing);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .contains(
            unreachable
                + ": at /parts/1/artifacts/1/rubric/levels/0: level 'exemplary' can never be"
                + " given: whenever its condition holds, a lower level's condition holds too, and"
                + " the lowest holding level wins",
            missing + ": at /earning: level 'proficient' is not a level of Sketches ('sketches')",
            "2 problems; 0 good");
  }

  @Test
  void aYamlFileAtTheWrongPlaceInAFolderIsAnErrorNotSilence() {
    int code = validate(BROKEN + "/misplaced");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("x.yaml: a credential file belongs at <id>/<version>.yaml");
  }

  @Test
  void aFileWhoseFolderDoesNotMatchItsIdIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("elsewhere/1.yaml");
    Files.createDirectories(file.getParent());
    Files.copy(Path.of(BROKEN, "../rubrics-example/field-notes/1.0.yaml"), file);

    assertThat(validate(file.toString())).isEqualTo(1);
    assertThat(printed()).contains(file + ": at /id: a file for id 'field-notes' version '1.0'");
  }

  @Test
  void nothingToValidateIsAUsageError() {
    assertThat(validate()).isEqualTo(2);
    assertThat(printed()).contains("usage: validate");
  }

  @Test
  void theBundledCredentialsAreFoundOnTheClassPath() {
    assertThat(CredentialSources.bundled())
        .extracting(CredentialSources.Source::relative)
        .contains("home-visits/2022-03-17.yaml", "home-visits/2022-03-17.1.yaml");
    assertThat(CredentialValidation.problemsBeforeStart(Optional.empty())).isEmpty();
  }

  @Test
  void theDirectoryOverridesABundledFileOfTheSamePathAndAddsOthers(@TempDir Path dir)
      throws IOException {
    Path override = dir.resolve("home-visits/2022-03-17.yaml");
    Files.createDirectories(override.getParent());
    Files.writeString(
        override, "# copy\n" + Files.readString(Path.of("rubrics/home-visits/2022-03-17.yaml")));
    Path added = dir.resolve("exit-ticket/1.0.yaml");
    Files.createDirectories(added.getParent());
    Files.copy(Path.of("src/test/resources/rubrics-test/exit-ticket/1.0.yaml"), added);

    List<CredentialSources.Source> sources = CredentialSources.all(Optional.of(dir));

    assertThat(sources)
        .filteredOn(s -> s.relative().equals("home-visits/2022-03-17.yaml"))
        .singleElement()
        .satisfies(s -> assertThat(s.text()).startsWith("# copy"));
    assertThat(sources).extracting(CredentialSources.Source::name).contains("exit-ticket/1.0.yaml");
  }

  @Test
  void aMissingDirectoryIsRefusedWithTheSettingToChange(@TempDir Path dir) {
    assertThatThrownBy(() -> CredentialSources.all(Optional.of(dir.resolve("missing"))))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageContaining("does not exist; set portal.credentials.dir (PORTAL_RUBRICS_DIR)");
  }
}
