package org.mcportal.assessment;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/**
 * The scoring helpers of this package for tests of other features that need whole journeys through
 * the assessment (the header sweep, the hostile-input sweep): sheets as a client sends them, and a
 * claim, save and submit in one call.
 */
public final class Scorings {

  private Scorings() {}

  /** Every criterion met but one of artifact 1 (still Proficient): earned. */
  public static Map<String, Object> proficient() {
    return Sheets.proficient();
  }

  /** Artifact 3's notes carry no invitation: Basic, not earned, with this feedback on it. */
  public static Map<String, Object> artifactThreeBasic(String feedback) {
    return Sheets.artifactThreeBasic(feedback);
  }

  /** A component's score: judgements as criterion id, met; feedback; quoted evidence. */
  public static Map<String, Object> component(
      Map<String, Object> judgements, String feedback, List<Map<String, String>> evidence) {
    return Sheets.component(judgements, feedback, evidence);
  }

  /** Criterion ids with true for met and false for unmet. */
  public static Map<String, Object> criteria(Object... pairs) {
    return Sheets.criteria(pairs);
  }

  public static Map<String, String> quote(String criterionId, String fieldKey, String passage) {
    return Sheets.quote(criterionId, fieldKey, passage);
  }

  /** The review code of the second half of a double-scored attempt. */
  public static String secondCode(long submissionId, int attempt) {
    return DoubleScoringCredentials.secondCodeOf(submissionId, attempt);
  }

  /** The review code of a submission's attempt (its first half, when double-scored). */
  public static String code(long submissionId, int attempt) {
    return AssessorClient.codeOf(submissionId, attempt);
  }

  public static Response claim(String token, String code) {
    return AssessorClient.claim(token, code);
  }

  /** Saves the sheet at the version the server holds, without submitting it. */
  public static Response save(String token, String code, Map<String, Object> sheet) {
    String version =
        AssessorClient.sheet(token, code).then().statusCode(200).extract().header("ETag");
    return AssessorClient.save(token, code, version, sheet);
  }

  public static Response submit(String token, String code) {
    return AssessorClient.submit(token, code);
  }

  /** Claims, saves and submits; returns the submit's answer. */
  public static Response score(String token, String code, Map<String, Object> sheet) {
    return AssessorClient.score(token, code, sheet);
  }
}
