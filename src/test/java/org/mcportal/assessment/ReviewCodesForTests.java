package org.mcportal.assessment;

/** The review code of a submission's attempt, for tests outside this package that need it. */
public final class ReviewCodesForTests {

  private ReviewCodesForTests() {}

  public static String codeOf(long submissionId, int attempt) {
    return AssessorClient.codeOf(submissionId, attempt);
  }
}
