package org.mcportal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged portal as an operator would, with a broken credential file. */
class BrokenCredentialStopsStartupIT {

  @TempDir Path data;

  @Test
  void aBrokenCredentialFileStopsStartupWithAMessageNamingFilePlaceAndProblem() throws Exception {
    Path output = data.resolve("output.txt");
    Process portal =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dportal.credentials.dir=src/test/resources/rubrics-broken/bad-condition",
                    "-Dportal.data-dir=" + data,
                    "-Dquarkus.http.port=0",
                    "-jar",
                    System.getProperty("portal.jar")))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();

    boolean exited = portal.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      portal.destroyForcibly();
    }
    String log = read(output);

    assertThat(exited).as("the portal should stop by itself").isTrue();
    assertThat(portal.exitValue()).isNotZero();
    assertThat(log)
        .containsPattern(
            "x/1.yaml: at /parts/\\d+/artifacts/\\d+/rubric/levels/\\d+/when: criterion '[a-z-]+'"
                + " is not defined");
    try (var written = Files.list(data)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .as("nothing is written before the credentials are known to be good")
          .containsExactly("output.txt");
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
