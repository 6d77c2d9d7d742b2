package org.mcportal.assessment;

/** A refusal whose body carries more than the platform's problem: see {@link AssessmentProblem}. */
public class AssessmentProblemException extends RuntimeException {

  private final AssessmentProblem problem;

  AssessmentProblemException(AssessmentProblem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public AssessmentProblem problem() {
    return problem;
  }
}
