package org.mcportal.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mcportal.rules.Checklist;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Finding;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.SubmissionStatus;

/** The educator's checklist of a draft, and submitting the draft as an immutable attempt. */
@ApplicationScoped
@Transactional
public class SubmitService {

  private final OwnedSubmissions submissions;
  private final Clock clock;
  private final ObjectMapper json;
  private final Event<AttemptSubmitted> submitted;

  SubmitService(
      OwnedSubmissions submissions,
      Clock clock,
      ObjectMapper json,
      Event<AttemptSubmitted> submitted) {
    this.submissions = submissions;
    this.clock = clock;
    this.json = json;
    this.submitted = submitted;
  }

  public Checklist checklist(long ownerId, long submissionId, IdentifyingDetails details) {
    return check(ownerId, submissionId, details).checklist();
  }

  /** The checklist with the submission it belongs to, behind one ownership check. */
  public CheckedDraft check(long ownerId, long submissionId, IdentifyingDetails details) {
    Submission submission = submissions.owned(ownerId, submissionId);
    CredentialDefinition definition = submissions.definitionOf(submission);
    DraftContent stored = DraftContent.of(submissionId);
    SubmissionContent content = stored.content(definition);
    return new CheckedDraft(
        OwnedSubmissions.summary(submission, definition),
        stored.checklist(definition, content, details),
        stored.wordCounts(definition, content));
  }

  /**
   * Submits the draft as a new attempt. A repeated call with the same idempotency key returns the
   * attempt the first call made, whatever state the submission is in by then.
   *
   * @param acknowledged ids of the advisory findings the educator has seen and accepts
   */
  public Receipt submit(
      long ownerId,
      long submissionId,
      String idempotencyKey,
      Set<String> acknowledged,
      IdentifyingDetails details) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    Optional<Attempt> earlier = Attempt.byKey(submissionId, idempotencyKey);
    if (earlier.isPresent()) {
      return OwnedSubmissions.receipt(submission, earlier.get());
    }
    if (!submission.status.canMoveTo(SubmissionStatus.SUBMITTED)) {
      throw SubmissionProblems.notSubmittable(submission.status);
    }
    CredentialDefinition definition = submissions.definitionOf(submission);
    DraftContent stored = DraftContent.of(submissionId);
    SubmissionContent content = stored.content(definition);
    Checklist checklist = stored.checklist(definition, content, details);
    List<String> problems = new ArrayList<>();
    List<SubmissionProblems.OpenFinding> open = new ArrayList<>();
    for (Finding finding : checklist.findings()) {
      String id = FindingIds.of(finding);
      if (finding.blocks() || !acknowledged.contains(id)) {
        problems.add((finding.blocks() ? "" : "Not yet acknowledged: ") + finding.message());
        open.add(new SubmissionProblems.OpenFinding(id, finding.code(), finding.severity()));
      }
    }
    if (!problems.isEmpty()) {
      throw SubmissionProblems.checklistIncomplete(
          checklist.canSubmit()
              ? "Acknowledge every advisory finding before submitting"
              : "The checklist has findings that block submission",
          problems,
          open);
    }
    Instant now = Instant.now(clock);
    Attempt attempt = new Attempt();
    attempt.submissionId = submissionId;
    attempt.number = submission.attempts + 1;
    attempt.idempotencyKey = idempotencyKey;
    attempt.snapshot = snapshot(content, stored);
    attempt.submittedAt = now;
    attempt.persist();
    // The attempt keeps its own copy of each file: a later revision replaces the draft's upload.
    stored.uploads().forEach(upload -> AttemptFile.copyOf(upload, attempt.id).persist());
    SubmissionStatus from = submission.status;
    submission.attempts = attempt.number;
    submission.moveTo(SubmissionStatus.SUBMITTED, now);
    SubmissionTransition.record(submission, from, ownerId, now, null);
    submitted.fire(
        new AttemptSubmitted(
            submissionId,
            attempt.number,
            submission.credentialId,
            submission.credentialVersion,
            now));
    return OwnedSubmissions.receipt(submission, attempt);
  }

  private String snapshot(SubmissionContent content, DraftContent stored) {
    Map<String, UploadView> uploads = new HashMap<>();
    stored.uploads().forEach(u -> uploads.put(u.fieldKey, UploadView.of(u)));
    try {
      return json.writeValueAsString(Snapshot.of(content, uploads));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot of plain records always serializes", e);
    }
  }
}
