package org.mcportal.assessment;

import java.util.List;

/**
 * Every refusal of the assessment feature, each with a stable type a client can switch on. Details
 * name review codes only, never a submission, an account or a person.
 */
public final class AssessmentProblems {

  static final String TYPE_PREFIX = "urn:mcportal:problem:";

  /** A save whose version was not the sheet's latest; the problem carries the server's copy. */
  public static final String STALE_SHEET = TYPE_PREFIX + "stale-sheet";

  /** A save naming what the rubric or the attempt does not have, such as a quote not in it. */
  public static final String INVALID_SHEET = TYPE_PREFIX + "invalid-sheet";

  /** A submit of a sheet that is not finished. */
  public static final String SCORING_INCOMPLETE = TYPE_PREFIX + "scoring-incomplete";

  /** A lead's final scoring without its reason. */
  public static final String REASON_REQUIRED = TYPE_PREFIX + "reason-required";

  /**
   * The credential requires calibration and the assessor has no current certificate: never
   * calibrated, the latest set failed, or the certificate expired.
   */
  public static final String CALIBRATION_REQUIRED = TYPE_PREFIX + "calibration-required";

  private AssessmentProblems() {}

  static AssessmentProblemException calibrationRequired(String detail) {
    return problem(403, "Forbidden", "calibration-required", detail);
  }

  static AssessmentProblemException calibrationSetNotFound() {
    return problem(404, "Not Found", "not-found", "No such calibration set");
  }

  static AssessmentProblemException calibrationRunNotFound() {
    return problem(404, "Not Found", "not-found", "No such calibration of yours");
  }

  static AssessmentProblemException calibrationSheetNotFound(String code) {
    return problem(
        404, "Not Found", "not-found", "No calibration exemplar " + safe(code) + " of yours");
  }

  static AssessmentProblemException calibrationSetNameTaken() {
    return problem(
        409,
        "Conflict",
        "calibration-set-name-taken",
        "This credential version already has a calibration set of that name");
  }

  static AssessmentProblemException notAnExemplar(String code, String why) {
    return problem(
        409, "Conflict", "not-an-exemplar", safe(code) + " cannot be an exemplar: " + why);
  }

  static AssessmentProblemException exemplarAlreadyInSet(String code) {
    return problem(
        409,
        "Conflict",
        "exemplar-already-in-set",
        "The attempt of " + safe(code) + " is already an exemplar of this set");
  }

  static AssessmentProblemException calibrationSetEmpty() {
    return problem(
        409, "Conflict", "calibration-set-empty", "This calibration set has no exemplars yet");
  }

  static AssessmentProblemException calibrationOwnWork() {
    return problem(
        403,
        "Forbidden",
        "own-submission",
        "This calibration set holds your own submission; calibrate on another set");
  }

  static AssessmentProblemException calibrationSubmitted() {
    return problem(
        409,
        "Conflict",
        "calibration-submitted",
        "This calibration is submitted; start the set again for a new go");
  }

  static AssessmentProblemException calibrationNotSubmitted() {
    return problem(
        409, "Conflict", "calibration-not-submitted", "Submit the set to see the comparison");
  }

  static AssessmentProblemException notFound(String code) {
    return problem(404, "Not Found", "not-found", "No review item " + safe(code));
  }

  static AssessmentProblemException alreadyClaimed(String code) {
    return problem(409, "Conflict", "already-claimed", safe(code) + " is claimed by someone else");
  }

  static AssessmentProblemException notWaiting(String code) {
    return problem(409, "Conflict", "not-waiting", safe(code) + " is not waiting for an assessor");
  }

  static AssessmentProblemException ownSubmission() {
    return problem(
        403, "Forbidden", "own-submission", "An assessor may never assess their own submission");
  }

  static AssessmentProblemException cannotAssign(String reason) {
    return problem(409, "Conflict", "cannot-assign", reason);
  }

  static AssessmentProblemException notLeaseHolder(String code) {
    return problem(
        403, "Forbidden", "not-lease-holder", "You do not hold the claim on " + safe(code));
  }

  static AssessmentProblemException leaseExpired(String code) {
    return problem(
        409,
        "Conflict",
        "lease-expired",
        "Your claim on "
            + safe(code)
            + " ran out and it went back to the queue; claim it again to go on");
  }

  static AssessmentProblemException notClaimed(String code) {
    return problem(409, "Conflict", "not-claimed", safe(code) + " is not claimed");
  }

  static AssessmentProblemException staleSheet(SheetView current) {
    return new AssessmentProblemException(
        new AssessmentProblem(
            TYPE_PREFIX + "stale-sheet",
            "Conflict",
            409,
            "The scoring sheet changed elsewhere since you loaded it; nothing was saved",
            null,
            null,
            current));
  }

  static AssessmentProblemException ifMatchRequired() {
    return problem(
        428,
        "Precondition Required",
        "if-match-required",
        "Send If-Match with the sheet's version, as read from GET or the last save");
  }

  static AssessmentProblemException ifMatchInvalid() {
    return problem(
        400, "Bad Request", "if-match-invalid", "If-Match must be a sheet version such as \"3\"");
  }

  static AssessmentProblemException idempotencyKey() {
    return problem(
        400,
        "Bad Request",
        "idempotency-key",
        "Send an Idempotency-Key header of 8 to 100 letters, digits, '-' or '_'");
  }

  static AssessmentProblemException invalidSheet(List<ScoringProblem> problems) {
    return refused("invalid-sheet", "The scoring sheet refers to something it cannot", problems);
  }

  static AssessmentProblemException incomplete(List<ScoringProblem> problems) {
    return refused(
        "scoring-incomplete", "The assessment cannot be submitted as it stands", problems);
  }

  static AssessmentProblemException notScored(String code) {
    return problem(409, "Conflict", "not-scored", safe(code) + " has no submitted assessment");
  }

  static AssessmentProblemException alreadyReleased(String code) {
    return problem(409, "Conflict", "already-released", safe(code) + " is already released");
  }

  static AssessmentProblemException noAttemptsLeft(int maxAttempts) {
    return problem(
        409,
        "Conflict",
        "no-attempts-left",
        "This credential allows " + maxAttempts + " attempts, and all have been used");
  }

  static AssessmentProblemException resultsNotReleased() {
    return problem(
        404, "Not Found", "results-not-released", "No results have been released for this yet");
  }

  static AssessmentProblemException submissionNotFound() {
    return problem(404, "Not Found", "not-found", "No such submission");
  }

  static AssessmentProblemException badCursor() {
    return problem(400, "Bad Request", "bad-cursor", "The 'after' cursor is not one we issued");
  }

  static AssessmentProblemException secondScoringSameAssessor(String code) {
    return problem(
        409,
        "Conflict",
        "double-scoring-same-assessor",
        "You score the other half of the double scoring that "
            + safe(code)
            + " belongs to; a second assessor must take it");
  }

  static AssessmentProblemException notInAdjudication(String code) {
    return problem(
        409, "Conflict", "not-in-adjudication", safe(code) + " is not waiting for adjudication");
  }

  static AssessmentProblemException adjudicatorInvolved() {
    return problem(
        403,
        "Forbidden",
        "adjudicator-involved",
        "A lead never adjudicates a double scoring they took part in, nor their own submission");
  }

  static AssessmentProblemException reasonRequired() {
    return problem(
        422, "Unprocessable Content", "reason-required", "Give the reason for the final scoring");
  }

  static AssessmentProblemException credentialVersionNotFound() {
    return problem(404, "Not Found", "not-found", "No such credential version");
  }

  static AssessmentProblemException badFilter(String detail) {
    return problem(400, "Bad Request", "bad-filter", detail);
  }

  static AssessmentProblemException fileNotFound() {
    return problem(404, "Not Found", "not-found", "This attempt has no such file");
  }

  private static AssessmentProblemException refused(
      String slug, String detail, List<ScoringProblem> problems) {
    return new AssessmentProblemException(
        new AssessmentProblem(
            TYPE_PREFIX + slug,
            "Unprocessable Content",
            422,
            detail,
            null,
            List.copyOf(problems),
            null));
  }

  private static AssessmentProblemException problem(
      int status, String title, String slug, String detail) {
    return new AssessmentProblemException(
        new AssessmentProblem(TYPE_PREFIX + slug, title, status, detail, null, null, null));
  }

  /** A code as the client sent it is echoed only when it has the shape of a code. */
  private static String safe(String code) {
    return ReviewCodes.wellFormed(code) ? code : "that review item";
  }
}
