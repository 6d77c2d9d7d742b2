package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/**
 * Names that are formulas, exported with identities and opened by LibreOffice Calc as an admin
 * would open the file: each stays the text it was, and none is computed.
 */
@QuarkusTest
class FormulaInjectionTest {

  /**
   * Every payload computes 987654 if a spreadsheet evaluates it. Lower case only: the test
   * accounts' emails are made from their names, and emails are stored in lower case.
   */
  private static final List<String> PAYLOADS =
      List.of(
          "=987000+654",
          "+987000+654",
          "-13+987667",
          "@sum(987000,654)",
          "\t=987000+654",
          "\r=987000+654");

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void formulaPayloadsStayLiteralTextInTheExportAndInLibreOffice()
      throws IOException, InterruptedException {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    List<Long> educators = new ArrayList<>();
    for (String payload : PAYLOADS) {
      long id = identities.account(payload, Role.EDUCATOR).id();
      educators.add(id);
      work.submitPassing(id);
    }
    long cohort =
        ReportData.cohort(
            admin,
            "Formulas " + UUID.randomUUID(),
            educators.stream().mapToLong(Long::longValue).toArray());

    String csv =
        CsvExportTest.export(admin, cohort, true).then().statusCode(200).extract().asString();
    List<CSVRecord> rows = CsvExportTest.parse(csv);
    List<String> names =
        rows.stream()
            .skip(1)
            .map(r -> CsvExportTest.value(rows.get(0), r, "educator_name"))
            .toList();
    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(PAYLOADS.stream().map(p -> "'" + p).toList());

    Path soffice = Path.of("/usr/bin/soffice");
    assumeTrue(
        Files.isExecutable(soffice),
        "LibreOffice (libreoffice-calc-nogui) is not installed; .ci/run installs it");
    Path dir = Path.of("target/libreoffice-" + UUID.randomUUID());
    Files.createDirectories(dir);
    Path file = dir.resolve("export.csv");
    Files.writeString(file, csv);
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toAbsolutePath().toUri(),
                "--headless",
                // comma, double quote, UTF-8, from line 1
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "html",
                "--outdir",
                dir.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String html = Files.readString(dir.resolve("export.html"));

    for (String payload : PAYLOADS) {
      assertThat(html).contains(payload.strip());
    }
    assertThat(html).doesNotContain("987654");
  }
}
