package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.score;
import static org.mcportal.assessment.CalibrationCredentials.CALIBRATED;
import static org.mcportal.assessment.CalibrationCredentials.STRICT;
import static org.mcportal.assessment.CalibrationCredentials.VERSION;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;
import org.mcportal.testing.AdjustableClock;

/**
 * Calibration through the API: exemplars with a frozen gold standard, scoring a set apart from live
 * work, the comparison, and the gate before live work of a credential that requires it.
 */
@QuarkusTest
class CalibrationTest {

  static final String GOLD_FEEDBACK = "None of the three notes invites the family to anything.";
  static final String REQUIRED = "urn:mcportal:problem:calibration-required";

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;
  @Inject AdjustableClock clock;

  private AccountView admin;
  private AccountView lead;

  @BeforeEach
  void credentialsAndPeople() {
    CalibrationCredentials.install(catalog);
    admin = identities.account("calibration-admin", Role.ADMIN);
    lead = identities.account("calibration-lead", Role.ASSESSOR, Role.LEAD);
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private String token(AccountView account) {
    return identities.token(account.id());
  }

  /**
   * A released attempt of the credential scored by a lead, whom the gate lets through: its notes
   * lack an invitation, so artifact 3 is Basic and the outcome not earned. Returns its review code.
   */
  private String releasedBasic(String credential) {
    long id =
        work.submitPassing(
            identities.account("calibration-educator", Role.EDUCATOR).id(), credential);
    String code = codeOf(id, 1);
    score(token(lead), code, Sheets.artifactThreeBasic(GOLD_FEEDBACK)).then().statusCode(201);
    return code;
  }

  private long createSet(String credential, String name) {
    return as(token(admin))
        .contentType(ContentType.JSON)
        .body(Map.of("credentialId", credential, "version", VERSION, "name", name))
        .post("/api/admin/calibration/sets")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private JsonPath addExemplar(long setId, String reviewCode) {
    return as(token(admin))
        .contentType(ContentType.JSON)
        .body(Map.of("reviewCode", reviewCode))
        .post("/api/admin/calibration/sets/" + setId + "/exemplars")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String unique(String name) {
    return name + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /** A set of one exemplar, the not-earned attempt. */
  private long setOfOne(String credential) {
    long setId = createSet(credential, unique("Notes without invitation"));
    addExemplar(setId, releasedBasic(credential));
    return setId;
  }

  /** Starts the set, scores every exemplar with {@code sheet} and submits; answers the result. */
  static JsonPath calibrate(String token, long setId, Map<String, Object> sheet) {
    JsonPath run =
        as(token)
            .post("/api/assessment/calibration/sets/" + setId + "/start")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String code : run.getList("sheets.code", String.class)) {
      String version =
          as(token)
              .get("/api/assessment/calibration/sheets/" + code + "/sheet")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      as(token)
          .contentType(ContentType.JSON)
          .header("If-Match", version)
          .body(sheet)
          .put("/api/assessment/calibration/sheets/" + code + "/sheet")
          .then()
          .statusCode(200);
    }
    return as(token)
        .post("/api/assessment/calibration/runs/" + run.getLong("id") + "/submit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Proficient everywhere but artifacts 2 and 3: two of five components off a Basic exemplar. */
  static Map<String, Object> twoComponentsOff() {
    Map<String, Object> sheet = Sheets.proficient();
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) sheet.get("components");
    components.put(
        "artifact-2",
        Sheets.component(
            Sheets.criteria("all-answered", true, "deep-reflection", false, "impact", false),
            "The summaries restate the questions.",
            List.of()));
    return sheet;
  }

  private String liveItem(String credential) {
    long id =
        work.submitPassing(identities.account("calibration-live", Role.EDUCATOR).id(), credential);
    return codeOf(id, 1);
  }

  @Test
  void anUncalibratedAssessorCannotClaimUntilTheyPassAndAFailedSetShowsWhereAndWhy() {
    long setId = setOfOne(CALIBRATED);
    AccountView assessor = identities.account("calibrating", Role.ASSESSOR);
    String live = liveItem(CALIBRATED);

    claim(token(assessor), live)
        .then()
        .statusCode(403)
        .body("type", equalTo(REQUIRED))
        .body("detail", containsString("Pass a calibration set"));
    as(token(assessor))
        .get("/api/assessment/calibration")
        .then()
        .statusCode(200)
        .body("standings.find { it.credentialId == '" + CALIBRATED + "' }.required", equalTo(true))
        .body(
            "standings.find { it.credentialId == '" + CALIBRATED + "' }.status.state",
            equalTo("not-calibrated"))
        .body("sets.id", hasItem((int) setId));

    JsonPath failed = calibrate(token(assessor), setId, twoComponentsOff());
    assertThat(failed.getBoolean("passed")).isFalse();
    assertThat(failed.getInt("agreed")).isEqualTo(3);
    assertThat(failed.getInt("compared")).isEqualTo(5);
    assertThat(failed.getString("certifiedUntil")).isNull();
    Map<String, Object> notes =
        failed.getMap("exemplars[0].components.find { it.componentId == 'artifact-3' }");
    assertThat(notes.get("goldLevel")).isEqualTo("basic");
    assertThat(notes.get("scoredLevel")).isEqualTo("proficient");
    assertThat(notes.get("agrees")).isEqualTo(false);
    assertThat(notes.get("goldFeedback")).isEqualTo(GOLD_FEEDBACK);
    assertThat(
            failed.getString(
                "exemplars[0].components.find { it.componentId == 'artifact-3' }"
                    + ".criteria.find { it.criterionId == 'invitation' }.gold"))
        .isEqualTo("UNMET");
    assertThat(
            failed.getList(
                "exemplars[0].components.find { it.componentId == 'part-1' }"
                    + ".criteria.find { it.criterionId == 'learning-goal' }.goldEvidence",
                String.class))
        .containsExactly(Sheets.QUOTE);
    claim(token(assessor), live)
        .then()
        .statusCode(403)
        .body("type", equalTo(REQUIRED))
        .body("detail", containsString("fell short"));

    JsonPath passed = calibrate(token(assessor), setId, Sheets.artifactThreeBasic("Agreed."));
    assertThat(passed.getBoolean("passed")).isTrue();
    assertThat(passed.getInt("agreed")).isEqualTo(5);
    Instant until = Instant.parse(passed.getString("certifiedUntil"));
    Instant submitted = Instant.parse(passed.getString("submittedAt"));
    assertThat(until).isEqualTo(submitted.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());
    claim(token(assessor), live).then().statusCode(200);
  }

  @Test
  void aCertificateExpiresAfterTheValidityPeriodOnTheClock() {
    long setId = setOfOne(CALIBRATED);
    AccountView assessor = identities.account("expiring", Role.ASSESSOR);
    calibrate(token(assessor), setId, Sheets.artifactThreeBasic("Agreed."));
    String live = liveItem(CALIBRATED);

    clock.advance(Duration.ofDays(366));

    claim(token(assessor), live)
        .then()
        .statusCode(403)
        .body("type", equalTo(REQUIRED))
        .body("detail", containsString("expired"));
    as(token(assessor))
        .get("/api/assessment/calibration")
        .then()
        .body(
            "standings.find { it.credentialId == '" + CALIBRATED + "' }.status.state",
            equalTo("expired"));
    // The gate applies to admins' assignments too.
    as(token(admin))
        .contentType(ContentType.JSON)
        .body(Map.of("assessorId", assessor.id()))
        .post("/api/admin/assessment/reviews/" + live + "/assign")
        .then()
        .statusCode(403)
        .body("type", equalTo(REQUIRED));
  }

  @Test
  void theThresholdComesFromTheCredentialsData() {
    AccountView assessor = identities.account("threshold", Role.ASSESSOR);
    Map<String, Object> oneOff = Sheets.proficient();

    // One component of five off the gold standard: 0.8 passes the default threshold...
    JsonPath lenient = calibrate(token(assessor), setOfOne(CALIBRATED), oneOff);
    assertThat(lenient.getInt("agreed")).isEqualTo(4);
    assertThat(lenient.getBoolean("passed")).isTrue();
    assertThat(lenient.getFloat("threshold")).isEqualTo(0.8f);

    // ...and fails a credential that asks for every component, whose certificate lasts a month.
    JsonPath strict = calibrate(token(assessor), setOfOne(STRICT), oneOff);
    assertThat(strict.getInt("agreed")).isEqualTo(4);
    assertThat(strict.getBoolean("passed")).isFalse();
    assertThat(strict.getFloat("threshold")).isEqualTo(1.0f);
    JsonPath exact = calibrate(token(assessor), setOfOne(STRICT), Sheets.artifactThreeBasic("x"));
    assertThat(Instant.parse(exact.getString("certifiedUntil")))
        .isEqualTo(
            Instant.parse(exact.getString("submittedAt"))
                .atOffset(ZoneOffset.UTC)
                .plusMonths(1)
                .toInstant());
  }

  @Test
  void calibrationNeverReachesTheQueueTheFiguresTheExportsNorTheEducator() {
    long educatorId = identities.account("calibration-exemplar-author", Role.EDUCATOR).id();
    long submission = work.submitPassing(educatorId, CALIBRATED);
    String source = codeOf(submission, 1);
    score(token(lead), source, Sheets.artifactThreeBasic(GOLD_FEEDBACK)).then().statusCode(201);
    long setId = createSet(CALIBRATED, unique("Invisible"));
    String exemplarCode = addExemplar(setId, source).getString("exemplars[0].code");
    String adminToken = token(admin);
    String results =
        as(identities.token(educatorId))
            .get("/api/submissions/" + submission + "/results")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String agreement =
        as(adminToken)
            .get("/api/admin/scoring-quality/" + CALIBRATED + "/" + VERSION + "/agreement")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String dashboard = dashboard(adminToken);
    String assessors = assessorsCsv(adminToken);

    AccountView assessor = identities.account("invisible", Role.ASSESSOR);
    String assessorToken = token(assessor);
    JsonPath run =
        as(assessorToken)
            .post("/api/assessment/calibration/sets/" + setId + "/start")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String sheetCode = run.getString("sheets[0].code");
    assertThat(sheetCode).isNotEqualTo(source).isNotEqualTo(exemplarCode);
    String blind =
        as(assessorToken)
            .get("/api/assessment/calibration/sheets/" + sheetCode)
            .then()
            .statusCode(200)
            .body("code", equalTo(sheetCode))
            .body("components.find { it.componentId == 'part-1' }.fields[0].text", not(nullValue()))
            .extract()
            .asString();
    AccountView author = identities.reload(educatorId);
    assertThat(blind)
        .doesNotContain(author.email())
        .doesNotContain(source)
        .doesNotContain("\"submissionId\"");
    // Another assessor cannot read or save this sheet: it is answered as missing.
    as(token(identities.account("other", Role.ASSESSOR)))
        .get("/api/assessment/calibration/sheets/" + sheetCode + "/sheet")
        .then()
        .statusCode(404);
    JsonPath result = calibrate(assessorToken, setId, Sheets.artifactThreeBasic("Agreed."));
    assertThat(result.getBoolean("passed")).isTrue();

    as(assessorToken)
        .queryParam("credential", CALIBRATED)
        .queryParam("limit", 100)
        .get("/api/assessment/queue")
        .then()
        .statusCode(200)
        .body("items.code", not(hasItem(sheetCode)))
        .body("items.code", not(hasItem(exemplarCode)))
        .body("items.code", not(hasItem(source)));
    as(identities.token(educatorId))
        .get("/api/submissions/" + submission + "/results")
        .then()
        .statusCode(200)
        .body(equalTo(results));
    as(adminToken)
        .get("/api/admin/scoring-quality/" + CALIBRATED + "/" + VERSION + "/agreement")
        .then()
        .statusCode(200)
        .body(equalTo(agreement));
    assertThat(dashboard(adminToken)).isEqualTo(dashboard);
    assertThat(assessorsCsv(adminToken)).isEqualTo(assessors).doesNotContain("invisible");
    as(adminToken)
        .queryParam("action", "CALIBRATION_RESULT")
        .queryParam("actor", assessor.id())
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items[0].details.passed", equalTo(true))
        .body("items[0].details.set", equalTo((int) setId));
  }

  private static String dashboard(String adminToken) {
    return as(adminToken)
        .queryParam("credential", CALIBRATED)
        .get("/api/admin/reports/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static String assessorsCsv(String adminToken) {
    return as(adminToken)
        .queryParam("credential", CALIBRATED)
        .get("/api/admin/exports/assessors.csv")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void onlyAReleasedFinalScoringOfTheSetsVersionBecomesAnExemplarAndAdminsSeeWhoPassed() {
    long setId = createSet(CALIBRATED, unique("Rules"));
    long waiting =
        work.submitPassing(identities.account("not-yet", Role.EDUCATOR).id(), CALIBRATED);
    String adminToken = token(admin);
    as(adminToken)
        .contentType(ContentType.JSON)
        .body(Map.of("reviewCode", codeOf(waiting, 1)))
        .post("/api/admin/calibration/sets/" + setId + "/exemplars")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:not-an-exemplar"));
    as(adminToken)
        .contentType(ContentType.JSON)
        .body(Map.of("reviewCode", releasedBasic(STRICT)))
        .post("/api/admin/calibration/sets/" + setId + "/exemplars")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:not-an-exemplar"));
    String code = releasedBasic(CALIBRATED);
    JsonPath set = addExemplar(setId, code);
    assertThat(set.getString("exemplars[0].sourceCode")).isEqualTo(code);
    assertThat(set.getBoolean("exemplars[0].goldEarned")).isFalse();
    as(adminToken)
        .contentType(ContentType.JSON)
        .body(Map.of("reviewCode", code))
        .post("/api/admin/calibration/sets/" + setId + "/exemplars")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:exemplar-already-in-set"));
    as(adminToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "credentialId",
                CALIBRATED,
                "version",
                VERSION,
                "name",
                " rules" + set.getString("set.name").substring(5)))
        .post("/api/admin/calibration/sets")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:calibration-set-name-taken"));
    as(adminToken)
        .queryParam("action", "CALIBRATION_EXEMPLAR_ADDED")
        .queryParam("code", code)
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items[0].details.set", equalTo((int) setId));

    AccountView assessor = identities.account("listed", Role.ASSESSOR);
    calibrate(token(assessor), setId, twoComponentsOff());
    calibrate(token(assessor), setId, Sheets.artifactThreeBasic("Agreed."));
    JsonPath detail =
        as(adminToken)
            .get("/api/admin/calibration/sets/" + setId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(detail.getList("results.assessor", String.class))
        .containsExactly("listed", "listed");
    assertThat(detail.getList("results.passed", Boolean.class)).containsExactly(true, false);
    assertThat(detail.getString("results[0].certifiedUntil")).isNotNull();
    assertThat(detail.getBoolean("results[0].current")).isTrue();

    long exemplarId = detail.getLong("exemplars[0].id");
    as(adminToken)
        .delete("/api/admin/calibration/sets/" + setId + "/exemplars/" + exemplarId)
        .then()
        .statusCode(200)
        .body("exemplars.size()", equalTo(0))
        .body("results.size()", equalTo(2));
    as(token(identities.account("late", Role.ASSESSOR)))
        .post("/api/assessment/calibration/sets/" + setId + "/start")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:calibration-set-empty"));
  }

  @Test
  void anUnfinishedSetIsNotSubmittedAndASubmittedOneNoLongerChanges() {
    long setId = setOfOne(CALIBRATED);
    String assessorToken = token(identities.account("unfinished", Role.ASSESSOR));
    JsonPath run =
        as(assessorToken)
            .post("/api/assessment/calibration/sets/" + setId + "/start")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long runId = run.getLong("id");
    as(assessorToken)
        .post("/api/assessment/calibration/runs/" + runId + "/submit")
        .then()
        .statusCode(422)
        .body("type", equalTo(AssessmentProblems.SCORING_INCOMPLETE))
        .body("problems[0].message", containsString("Exemplar 1"));
    as(assessorToken)
        .get("/api/assessment/calibration/runs/" + runId + "/result")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:calibration-not-submitted"));
    // Starting again continues the same go.
    as(assessorToken)
        .post("/api/assessment/calibration/sets/" + setId + "/start")
        .then()
        .body("id", equalTo((int) runId));
    String code = run.getString("sheets[0].code");
    as(assessorToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Sheets.artifactThreeBasic("Agreed."))
        .put("/api/assessment/calibration/sheets/" + code + "/sheet")
        .then()
        .statusCode(200);
    as(assessorToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Sheets.proficient())
        .put("/api/assessment/calibration/sheets/" + code + "/sheet")
        .then()
        .statusCode(409)
        .body("type", equalTo(AssessmentProblems.STALE_SHEET));
    as(assessorToken)
        .post("/api/assessment/calibration/runs/" + runId + "/submit")
        .then()
        .statusCode(200)
        .body("passed", equalTo(true));
    as(assessorToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Sheets.proficient())
        .put("/api/assessment/calibration/sheets/" + code + "/sheet")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:mcportal:problem:calibration-submitted"));
  }

  @Test
  void theBundledCredentialStillNeedsNoCalibration() {
    AccountView assessor = identities.account("never-calibrated", Role.ASSESSOR);
    String live = codeOf(work.submitPassing(identities.account("bundled", Role.EDUCATOR).id()), 1);
    claim(token(assessor), live).then().statusCode(200);
  }
}
