package org.mcportal.assessment;

import java.util.Map;

/**
 * Scores attempts through the assessor's API, for tests of other features (reports) that need
 * scored and released work.
 */
public final class ScoredWork {

  private ScoredWork() {}

  /** The review code of a submission's attempt. */
  public static String code(long submissionId, int attempt) {
    return AssessorClient.codeOf(submissionId, attempt);
  }

  /** Every criterion met but one of artifact 1 (still Proficient): earned. */
  public static void earned(String assessorToken, long submissionId, int attempt) {
    score(assessorToken, submissionId, attempt, Sheets.proficient());
  }

  /** Artifact 3's notes carry no invitation: Basic, not earned. */
  public static void notEarned(
      String assessorToken, long submissionId, int attempt, String feedback) {
    score(assessorToken, submissionId, attempt, Sheets.artifactThreeBasic(feedback));
  }

  private static void score(
      String token, long submissionId, int attempt, Map<String, Object> sheet) {
    AssessorClient.score(token, code(submissionId, attempt), sheet).then().statusCode(201);
  }
}
