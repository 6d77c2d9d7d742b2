package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.reporting.ReportData.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.ScoredWork;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class CsvExportTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void educatorsAppearByCodeUnlessIdentitiesAreAskedForAndTheAuditSaysWhich() throws IOException {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    AccountView educator = identities.account("ngọc ánh, \"annie\"", Role.EDUCATOR);
    long cohort = ReportData.cohort(admin, "Export " + UUID.randomUUID(), educator.id());
    long submission = work.submitPassing(educator.id());
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    ScoredWork.earned(assessor, submission, 1);
    Instant before = Instant.now().minusSeconds(1);

    Response coded = export(admin, cohort, false);
    coded.then().statusCode(200).header(ReportResource.ROWS_HEADER, "1");
    assertThat(coded.contentType()).startsWith("text/csv");
    String codedText = coded.asString();
    assertThat(codedText).doesNotContain(educator.email(), "annie").contains("\r\n");
    List<CSVRecord> rows = parse(codedText);
    CSVRecord header = rows.get(0);
    CSVRecord line = rows.get(1);
    assertThat(header.get(0)).isEqualTo("educator");
    assertThat(line.get(0)).matches("E-[0-9A-HJKMNP-TV-Z]{10}");
    assertThat(value(header, line, "submission_id")).isEqualTo(Long.toString(submission));
    assertThat(value(header, line, "outcome")).isEqualTo("earned");
    assertThat(value(header, line, "artifact-3:level")).isEqualTo("proficient");
    assertThat(value(header, line, "artifact-1:minimal-responses")).isEqualTo("unmet");
    assertThat(value(header, line, "artifact-1:three-students")).isEqualTo("met");
    assertThat(value(header, line, "review_code")).isEqualTo(ScoredWork.code(submission, 1));

    Response named = export(admin, cohort, true);
    List<CSVRecord> namedRows = parse(named.asString());
    assertThat(value(namedRows.get(0), namedRows.get(1), "educator_name"))
        .isEqualTo("ngọc ánh, \"annie\"");
    assertThat(value(namedRows.get(0), namedRows.get(1), "educator_email"))
        .isEqualTo(educator.email());
    assertThat(namedRows.get(1).get(0)).isEqualTo(line.get(0));

    List<CSVRecord> audit =
        parse(
            as(admin)
                .queryParam("from", before.toString())
                .get("/api/admin/exports/audit.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<String> exportDetails =
        audit.stream()
            .skip(1)
            .filter(r -> r.get(3).equals("EXPORT"))
            .filter(r -> r.get(6).contains("\"cohort\":" + cohort))
            .map(r -> r.get(6))
            .toList();
    // Newest first: the export with identities, then the one without.
    assertThat(exportDetails).hasSize(2);
    assertThat(exportDetails.get(0)).contains("\"identities\":true");
    assertThat(exportDetails.get(1)).contains("\"identities\":false", "\"export\":\"submissions\"");
  }

  @Test
  void anAttemptNotYetScoredHasOneLineWithEveryScoreCellEmpty() throws IOException {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    long scored = identities.account("scored", Role.EDUCATOR).id();
    long waiting = identities.account("waiting", Role.EDUCATOR).id();
    long cohort = ReportData.cohort(admin, "Unscored " + UUID.randomUUID(), scored, waiting);
    long scoredSubmission = work.submitPassing(scored);
    long waitingSubmission = work.submitPassing(waiting);
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    ScoredWork.earned(assessor, scoredSubmission, 1);

    Response response = export(admin, cohort, false);
    response.then().statusCode(200).header(ReportResource.ROWS_HEADER, "2");
    List<CSVRecord> rows = parse(response.asString());
    assertThat(rows).hasSize(3);
    List<String> header = rows.get(0).toList();
    int firstScore = header.indexOf("released_at") + 1;
    CSVRecord waitingLine =
        rows.stream()
            .skip(1)
            .filter(
                r ->
                    value(rows.get(0), r, "submission_id").equals(Long.toString(waitingSubmission)))
            .findFirst()
            .orElseThrow();
    assertThat(value(rows.get(0), waitingLine, "assessor_id")).isEmpty();
    assertThat(value(rows.get(0), waitingLine, "outcome")).isEmpty();
    assertThat(waitingLine.toList().subList(firstScore, header.size()))
        .hasSize(header.size() - firstScore)
        .allMatch(String::isEmpty);
    CSVRecord scoredLine =
        rows.stream()
            .skip(1)
            .filter(
                r -> value(rows.get(0), r, "submission_id").equals(Long.toString(scoredSubmission)))
            .findFirst()
            .orElseThrow();
    assertThat(scoredLine.toList().subList(firstScore, header.size())).noneMatch(String::isEmpty);
  }

  @Test
  void theAuditExportCountsItsLinesBeforeTheFirstByteAndListsItself() throws IOException {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    Instant from = Instant.now().minusSeconds(2);

    Response response =
        as(admin).queryParam("from", from.toString()).get("/api/admin/exports/audit.csv");

    response.then().statusCode(200);
    List<CSVRecord> lines = parse(response.asString());
    long rows = Long.parseLong(response.header(ReportResource.ROWS_HEADER));
    // Work finishing in the background (a queued attempt, say) may add events between the count
    // and the cursor, so the count is a floor; the export's own event is always among them.
    assertThat(rows).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(lines.size() - 1);
    assertThat(lines.subList(1, lines.size()))
        .anySatisfy(
            line -> {
              assertThat(line.get(3)).isEqualTo("EXPORT");
              assertThat(line.get(6)).contains("\"export\":\"audit\"", from.toString());
            });
  }

  @Test
  void aByteOrderMarkIsWrittenOnlyWhenAskedFor() {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    byte[] plain = as(admin).get("/api/admin/exports/audit.csv").then().extract().asByteArray();
    byte[] marked =
        as(admin)
            .queryParam("bom", true)
            .get("/api/admin/exports/audit.csv")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(plain, 0, 3, StandardCharsets.UTF_8)).isEqualTo("id,");
    assertThat(marked[0] & 0xff).isEqualTo(0xEF);
    assertThat(marked[1] & 0xff).isEqualTo(0xBB);
    assertThat(marked[2] & 0xff).isEqualTo(0xBF);
  }

  @Test
  void assessorStatisticsCountEachAssessorsSheetsAndOutcomes() throws IOException {
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    long one = identities.account("one", Role.EDUCATOR).id();
    long two = identities.account("two", Role.EDUCATOR).id();
    long cohort = ReportData.cohort(admin, "Assessors " + UUID.randomUUID(), one, two);
    AccountView assessor = identities.account("stats assessor", Role.ASSESSOR);
    String token = identities.token(assessor.id());
    ScoredWork.earned(token, work.submitPassing(one), 1);
    ScoredWork.notEarned(token, work.submitPassing(two), 1, "Invite the family.");

    List<CSVRecord> rows =
        parse(
            as(admin)
                .queryParam("credential", "home-visits")
                .queryParam("cohort", cohort)
                .get("/api/admin/exports/assessors.csv")
                .then()
                .statusCode(200)
                .header(ReportResource.ROWS_HEADER, "1")
                .extract()
                .asString());
    assertThat(rows.get(0).toList()).isEqualTo(CsvExports.ASSESSOR_HEADER);
    assertThat(rows.get(1).toList())
        .containsExactly(
            Long.toString(assessor.id()), "stats assessor", "2", "0", "1", "1", "10", "0");
  }

  @Test
  void exportsAreForAdminsOnlyAndNeedACredential() {
    String assessor = identities.token(identities.account("assessor", Role.ASSESSOR).id());
    String admin = identities.token(identities.account("admin", Role.ADMIN).id());
    as(assessor).get("/api/admin/exports/audit.csv").then().statusCode(403);
    as(admin)
        .get("/api/admin/exports/submissions.csv")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:mcportal:problem:bad-filter"));
  }

  static Response export(String admin, long cohort, boolean identities) {
    return as(admin)
        .queryParam("credential", "home-visits")
        .queryParam("cohort", cohort)
        .queryParam("identities", identities)
        .get("/api/admin/exports/submissions.csv");
  }

  static List<CSVRecord> parse(String text) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  static String value(CSVRecord header, CSVRecord line, String column) {
    return line.get(header.toList().indexOf(column));
  }
}
