package org.mcportal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as an author and an operator use it, from a directory of their own. */
class ValidateCommandIT {

  @TempDir Path elsewhere;

  @Test
  void validateReportsEachProblemWithFileAndPlaceAndExitsNonZero() throws Exception {
    Path good = Path.of("rubrics/home-visits/2022-03-17.1.yaml").toAbsolutePath();
    Path broken = Path.of("src/test/resources/rubrics-broken/bad-bounds/x/1.yaml").toAbsolutePath();

    Result result = run("validate", good.toString(), broken.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains(good + ": ok (home-visits 2022-03-17.1)")
        .containsPattern(broken + ": at /parts/\\d+(/artifacts/\\d+)?/words: .*min")
        .contains("1 problem; 1 good");
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void validateOfGoodFilesExitsZero() throws Exception {
    Result result =
        run("validate", Path.of("src/test/resources/rubrics-test").toAbsolutePath().toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("ok (exit-ticket 1.0)").contains("ok (lesson-study 1.0)");
  }

  @Test
  void aMisplacedCredentialsDirectoryStopsStartupBeforeAnythingIsWritten() throws Exception {
    Result result = run("-Dportal.credentials.dir=" + elsewhere.resolve("missing"), "-jar");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("does not exist");
    assertThat(elsewhere).as("no data directory, no database").isEmptyDirectory();
  }

  private record Result(int exitCode, String output) {}

  /** Runs the jar with the temporary directory as working directory. */
  private Result run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jar = Path.of(System.getProperty("portal.jar")).toAbsolutePath().toString();
    List<String> rest = new ArrayList<>(List.of(arguments));
    if (rest.contains("-jar")) {
      rest.remove("-jar");
      command.addAll(rest);
      command.add("-Dquarkus.http.port=0");
      command.add("-jar");
      command.add(jar);
    } else {
      command.add("-jar");
      command.add(jar);
      command.addAll(rest);
    }
    Path output = elsewhere.resolve("output.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited).as("the jar should stop by itself").isTrue();
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    return new Result(process.exitValue(), text);
  }
}
