package org.mcportal.assessment;

/**
 * Scores and releases a submitted attempt through the assessment API, for tests of the features
 * that act on a release (notices, badges). The bundled credentials release on completion.
 */
public final class Released {

  private Released() {}

  /** Scores the attempt Proficient everywhere; returns its review code. */
  public static String earned(String assessorToken, long submissionId, int attempt) {
    String code = AssessorClient.codeOf(submissionId, attempt);
    AssessorClient.score(assessorToken, code, Sheets.proficient()).then().statusCode(201);
    return code;
  }

  /** Scores the attempt short on one component; returns its review code. */
  public static String notEarned(String assessorToken, long submissionId, int attempt) {
    String code = AssessorClient.codeOf(submissionId, attempt);
    AssessorClient.score(
            assessorToken, code, Sheets.artifactThreeBasic("The note invites no one yet."))
        .then()
        .statusCode(201);
    return code;
  }

  /** The review code of an attempt waiting in the queue. */
  public static String code(long submissionId, int attempt) {
    return AssessorClient.codeOf(submissionId, attempt);
  }
}
