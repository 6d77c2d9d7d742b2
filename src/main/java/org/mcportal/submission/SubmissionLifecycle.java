package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mcportal.rules.Reopening;
import org.mcportal.rules.SubmissionStatus;

/**
 * Moves a submission through the statuses {@link SubmissionStatus} allows, for the features that
 * act on submissions they do not own: assessment claims, gives back, returns and releases. Every
 * move is recorded with who made it, when and why; an illegal one is refused with {@link
 * SubmissionProblems#ILLEGAL_TRANSITION}.
 */
@ApplicationScoped
@Transactional
public class SubmissionLifecycle {

  private final OwnedSubmissions submissions;
  private final Clock clock;

  SubmissionLifecycle(OwnedSubmissions submissions, Clock clock) {
    this.submissions = submissions;
    this.clock = clock;
  }

  /** Where a submission stands, without who owns it. */
  public SubmissionState state(long submissionId) {
    return SubmissionState.of(submissions.any(submissionId));
  }

  /** Whether the account owns the submission; false for a submission that does not exist. */
  public boolean ownedBy(long submissionId, long accountId) {
    return Submission.owned(submissionId, accountId).isPresent();
  }

  /**
   * A move that leaves the components as they are: submitted to in review (a claim), in review back
   * to submitted (given back to the queue), or in review to earned.
   *
   * @param reason why, for the record; may be null
   */
  public SubmissionState move(long submissionId, SubmissionStatus to, long actorId, String reason) {
    if (to == SubmissionStatus.RETURNED || to == SubmissionStatus.NOT_EARNED) {
      throw new IllegalArgumentException(
          "a move to " + to + " reopens components: call reopen with the rules' Reopening");
    }
    return transition(submissionId, to, actorId, reason, null);
  }

  /**
   * Returns the submission or releases it as not earned, opening the components {@code reopening}
   * reopens to revision and locking the others.
   *
   * @param to {@link SubmissionStatus#RETURNED} or {@link SubmissionStatus#NOT_EARNED}
   */
  public SubmissionState reopen(
      long submissionId, SubmissionStatus to, Reopening reopening, long actorId, String reason) {
    if (to != SubmissionStatus.RETURNED && to != SubmissionStatus.NOT_EARNED) {
      throw new IllegalArgumentException("only a return or a release as not earned reopens");
    }
    return transition(submissionId, to, actorId, reason, reopening);
  }

  /** Every move of the submission, oldest first. */
  public List<Transition> history(long submissionId) {
    submissions.any(submissionId);
    return SubmissionTransition.of(submissionId).stream()
        .map(t -> new Transition(t.from, t.to, t.actorId, t.at, t.reason))
        .toList();
  }

  /** The components the educator may no longer change. */
  public Set<String> lockedComponents(long submissionId) {
    submissions.any(submissionId);
    return ComponentLock.lockedComponents(submissionId);
  }

  private SubmissionState transition(
      long submissionId, SubmissionStatus to, long actorId, String reason, Reopening reopening) {
    Submission submission = submissions.lock(submissionId);
    Instant now = Instant.now(clock);
    SubmissionStatus from = submission.status;
    // Only the educator's submit makes an attempt; here "submitted" can only mean given back.
    if (to == SubmissionStatus.SUBMITTED && from != SubmissionStatus.IN_REVIEW) {
      throw SubmissionProblems.illegalTransition(from, to);
    }
    submission.moveTo(to, now);
    if (reopening != null) {
      ComponentLock.replace(submissionId, reopening.locked(), now);
    }
    SubmissionTransition.record(submission, from, actorId, now, reason);
    return SubmissionState.of(submission);
  }

  /**
   * One recorded move.
   *
   * @param reason why, as the actor gave it; null when none was given
   */
  public record Transition(
      SubmissionStatus from, SubmissionStatus to, long actorId, Instant at, String reason) {}
}
