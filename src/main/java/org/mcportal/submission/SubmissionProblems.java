package org.mcportal.submission;

import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.Finding;
import org.mcportal.rules.SubmissionStatus;

/**
 * Every refusal of the submission feature, each with a stable type that clients and pages switch on
 * instead of reading a status or a message.
 */
public final class SubmissionProblems {

  public static final String SUBMISSION_EXISTS = "submission-exists";
  public static final String NOT_SUBMITTABLE = "not-submittable";
  public static final String READ_ONLY = "read-only";
  public static final String LOCKED = "locked";
  public static final String STALE_FIELD = "stale-field";
  public static final String ILLEGAL_TRANSITION = "illegal-transition";
  public static final String NOT_FOUND = "not-found";
  public static final String CHECKLIST_INCOMPLETE = "checklist-incomplete";
  public static final String FIELD_TOO_LARGE = "field-too-large";
  public static final String FILE_MISSING = "file-missing";
  public static final String FORM_FIELDS = "form-fields";
  public static final String IDEMPOTENCY_KEY = "idempotency-key";
  public static final String IF_MATCH_REQUIRED = "if-match-required";
  public static final String IF_MATCH_INVALID = "if-match-invalid";
  public static final String VERSION_RETIRED = "version-retired";

  private static final String PREFIX = "urn:mcportal:problem:";

  private SubmissionProblems() {}

  /** The full type URI of a slug, as it appears in a problem body. */
  public static URI type(String slug) {
    return URI.create(PREFIX + slug);
  }

  /** Whether a refusal is of the given type. */
  public static boolean is(ProblemException refusal, String slug) {
    return type(slug).equals(refusal.problem().type());
  }

  public static ProblemException notFound(String detail) {
    return ProblemException.notFound(detail);
  }

  /** 409 with the existing submission's id and its address, for a client to continue it. */
  static ProblemException submissionExists(long existingId) {
    return new DetailedRefusal(
        Problem.of(
                Status.CONFLICT,
                "You already have submission " + existingId + " for this credential")
            .withType(SUBMISSION_EXISTS),
        Map.of("submissionId", existingId),
        URI.create("/api/submissions/" + existingId));
  }

  /** 409: the version is retired, so nothing new starts on it; work already begun carries on. */
  static ProblemException versionRetired(String title, String version) {
    return conflict(
        VERSION_RETIRED,
        "Version "
            + version
            + " of "
            + title
            + " is retired: no new submission can be started on it. Submissions already begun"
            + " carry on.");
  }

  static ProblemException notSubmittable(SubmissionStatus status) {
    return conflict(
        NOT_SUBMITTABLE, "This submission is " + label(status) + " and cannot be submitted now");
  }

  static ProblemException readOnly() {
    return conflict(READ_ONLY, "A submitted draft is read-only");
  }

  static ProblemException locked() {
    return conflict(LOCKED, "This part already met its required level and is locked");
  }

  static ProblemException illegalTransition(SubmissionStatus from, SubmissionStatus to) {
    return conflict(
        ILLEGAL_TRANSITION, "A submission cannot go from " + label(from) + " to " + label(to));
  }

  /**
   * 422 listing, besides the sentences in {@code errors}, each finding still open with its id, code
   * and severity: a client acknowledges the advisory ones by id, or fixes the blocking ones.
   */
  static ProblemException checklistIncomplete(
      String detail, List<String> problems, List<OpenFinding> open) {
    return new DetailedRefusal(
        Problem.unprocessable(detail, problems).withType(CHECKLIST_INCOMPLETE),
        Map.of("openFindings", open),
        null);
  }

  /** A finding that stands between the draft and its submission. */
  public record OpenFinding(String id, String code, Finding.Severity severity) {}

  static ProblemException fieldTooLarge(int maxCharacters) {
    return new ProblemException(
        Problem.of(
                Status.REQUEST_ENTITY_TOO_LARGE,
                "A field holds at most " + maxCharacters + " characters")
            .withType(FIELD_TOO_LARGE));
  }

  public static ProblemException badRequest(String slug, String detail) {
    return new ProblemException(Problem.of(Status.BAD_REQUEST, detail).withType(slug));
  }

  static ProblemException ifMatchRequired() {
    return new ProblemException(
        Problem.preconditionRequired(
                "Send If-Match with the field's version, as read from GET or the last save")
            .withType(IF_MATCH_REQUIRED));
  }

  /** The 409 body of a stale autosave, with what a client needs to merge or choose. */
  static StaleField staleField(SaveResult.Stale stale) {
    return new StaleField(
        PREFIX + STALE_FIELD,
        "Conflict",
        409,
        "This field changed elsewhere since you loaded it; nothing was saved",
        stale.key(),
        stale.currentText(),
        stale.version(),
        stale.updatedAt());
  }

  private static ProblemException conflict(String slug, String detail) {
    return new ProblemException(Problem.of(Status.CONFLICT, detail).withType(slug));
  }

  private static String label(SubmissionStatus status) {
    return status.name().toLowerCase().replace('_', ' ');
  }
}
