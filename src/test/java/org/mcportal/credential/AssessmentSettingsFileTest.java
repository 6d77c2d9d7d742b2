package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.AssessmentSettings.Release;
import org.mcportal.rules.AssessmentSettings.Scoring.Mode;

/** The optional {@code assessment} block of a credential file: defaults, values and refusals. */
class AssessmentSettingsFileTest {

  private static final Path EXAMPLE =
      Path.of("src/test/resources/rubrics-example/field-notes/1.0.yaml");

  private final CredentialFileReader reader = new CredentialFileReader();

  private AssessmentSettings read(String block) throws IOException {
    String source = Files.readString(EXAMPLE) + block;
    return reader.read("field-notes/1.0.yaml", source).definition().assessment();
  }

  @Test
  void homeVisitsFileWithoutTheBlockTakesEveryDefault() throws IOException {
    Path file = Path.of("rubrics/home-visits/2022-03-17.yaml");
    AssessmentSettings settings =
        reader.read("home-visits", Files.readString(file)).definition().assessment();
    assertThat(settings).isEqualTo(AssessmentSettings.DEFAULTS);
    assertThat(settings.turnaroundDays()).isEqualTo(14);
    assertThat(settings.release()).isEqualTo(Release.AUTOMATIC);
    assertThat(settings.maxAttempts()).isEqualTo(3);
    assertThat(settings.scoring().mode()).isEqualTo(Mode.SINGLE);
  }

  @Test
  void everyValueWrittenOutIsRead() throws IOException {
    AssessmentSettings settings =
        read(
            """
            assessment:
              turnaroundDays: 21
              release: admin
              maxAttempts: 2
              scoring: {mode: sample, share: 0.25}
            """);
    assertThat(settings)
        .isEqualTo(
            new AssessmentSettings(
                21,
                Release.ADMIN,
                2,
                new AssessmentSettings.Scoring(Mode.SAMPLE, OptionalDouble.of(0.25))));
  }

  @Test
  void omittedKeysTakeTheirDefaults() throws IOException {
    AssessmentSettings settings = read("assessment:\n  release: admin\n");
    assertThat(settings.turnaroundDays()).isEqualTo(14);
    assertThat(settings.maxAttempts()).isEqualTo(3);
    assertThat(settings.release()).isEqualTo(Release.ADMIN);
    assertThat(settings.scoring()).isEqualTo(AssessmentSettings.Scoring.SINGLE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "turnaroundDays: 1              | 1",
        "turnaroundDays: 365            | 365",
        "maxAttempts: 1                 | 1",
        "maxAttempts: 20                | 20",
        "scoring: {mode: double}        | ",
        "scoring: {mode: sample, share: 0.0} | ",
        "scoring: {mode: sample, share: 1}   | "
      })
  void valuesAtTheirBoundsAreAccepted(String line, Integer ignored) throws IOException {
    read("assessment:\n  " + line + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "turnaroundDays: 0                    | /assessment/turnaroundDays",
        "turnaroundDays: 366                  | /assessment/turnaroundDays",
        "turnaroundDays: 1.5                  | /assessment/turnaroundDays",
        "maxAttempts: 0                       | /assessment/maxAttempts",
        "maxAttempts: 21                      | /assessment/maxAttempts",
        "release: later                       | /assessment/release",
        "scoring: {mode: triple}              | /assessment/scoring/mode",
        "scoring: {share: 0.5}                | /assessment/scoring",
        "scoring: {mode: sample, share: 1.01} | /assessment/scoring/share",
        "scoring: {mode: sample, share: -0.1} | /assessment/scoring/share",
        "scoring: {mode: sample}              | sample scoring needs a 'share'",
        "scoring: {mode: single, share: 0.5}  | applies to sample scoring only",
        "deadline: 3                          | /assessment",
        "calibration: {required: yes-please}  | /assessment/calibration/required",
        "calibration: {threshold: 1.5}        | /assessment/calibration/threshold",
        "calibration: {validity: 12 months}   | /assessment/calibration/validity",
        "calibration: {validity: P}           | not an ISO 8601 period",
        "calibration: {validity: P0D}         | must be a positive period",
        "calibration: {required: true, threshold: 0} | needs a threshold above 0",
        "calibration: {gate: on}              | /assessment/calibration"
      })
  void invalidValuesAreRefusedNamingThePlace(String line, String expected) {
    assertThatThrownBy(() -> read("assessment:\n  " + line + "\n"))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void calibrationIsNotRequiredUnlessTheFileSaysSo() throws IOException {
    assertThat(read("assessment:\n  release: admin\n").calibration())
        .isEqualTo(AssessmentSettings.Calibration.NOT_REQUIRED);
    Path file = Path.of("rubrics/home-visits/2022-03-17.yaml");
    assertThat(
            reader
                .read("home-visits", Files.readString(file))
                .definition()
                .assessment()
                .calibration()
                .required())
        .isFalse();
  }

  @Test
  void calibrationValuesAreReadAndOmittedOnesTakeTheirDefaults() throws IOException {
    AssessmentSettings.Calibration written =
        read("assessment:\n  calibration: {required: true, threshold: 0.9, validity: P6M}\n")
            .calibration();
    assertThat(written)
        .isEqualTo(
            new AssessmentSettings.Calibration(
                true, new java.math.BigDecimal("0.9"), java.time.Period.ofMonths(6)));
    AssessmentSettings.Calibration defaults =
        read("assessment:\n  calibration: {required: true}\n").calibration();
    assertThat(defaults.threshold()).isEqualByComparingTo("0.80");
    assertThat(defaults.validity()).isEqualTo(java.time.Period.ofMonths(12));
  }
}
