package org.mcportal.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.SubmissionStatus;

/**
 * What other features may read and do with a submission without seeing its entities: ownership, the
 * submitted attempts without their owner or file names, the moves of its lifecycle and its
 * component locks.
 */
@ApplicationScoped
@Transactional
public class SubmissionAccess {

  private final ObjectMapper json;
  private final Clock clock;
  private final EducatorDetails educators;

  SubmissionAccess(ObjectMapper json, Clock clock, EducatorDetails educators) {
    this.json = json;
    this.clock = clock;
    this.educators = educators;
  }

  public boolean ownedBy(long submissionId, long accountId) {
    return Submission.owned(submissionId, accountId).isPresent();
  }

  /**
   * The owner's account id, for checks on the server such as who may assess the submission; never
   * for showing to another user.
   */
  public long ownerOf(long submissionId) {
    return submission(submissionId).ownerId;
  }

  public Optional<SubmissionStatus> status(long submissionId) {
    return Submission.<Submission>findByIdOptional(submissionId).map(s -> s.status);
  }

  /**
   * What would identify the owner in their own submission, for a scan on the server; the values
   * never leave the caller's process.
   */
  public IdentifyingDetails identifyingDetails(long submissionId) {
    return educators.of(submission(submissionId).ownerId);
  }

  /** An attempt as submitted: its content and which documents came as an uploaded file. */
  public Optional<BlindAttempt> attempt(long submissionId, int attemptNumber) {
    return Attempt.<Attempt>find("submissionId = ?1 and number = ?2", submissionId, attemptNumber)
        .firstResultOptional()
        .map(this::blind);
  }

  /**
   * The bytes of a file as they stood when the attempt was submitted; empty when the attempt had no
   * upload for {@code fieldKey} or the upload has since been replaced.
   */
  public Optional<byte[]> attemptFile(long submissionId, int attemptNumber, String fieldKey) {
    Optional<Attempt> attempt =
        Attempt.<Attempt>find("submissionId = ?1 and number = ?2", submissionId, attemptNumber)
            .firstResultOptional();
    if (attempt.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> sha =
        read(attempt.get()).documents().stream()
            .filter(d -> d.fileSha256() != null)
            .filter(
                d -> fieldKey.equals(FieldKey.document(d.componentId(), d.subject()).toString()))
            .map(Snapshot.Document::fileSha256)
            .findFirst();
    return sha.flatMap(
        expected ->
            Upload.at(submissionId, fieldKey)
                .filter(u -> u.sha256.equals(expected))
                .map(u -> u.data));
  }

  /**
   * Moves the submission along its lifecycle.
   *
   * @throws IllegalStateException when {@link SubmissionStatus} does not allow the move
   */
  public void moveTo(long submissionId, SubmissionStatus next) {
    Submission submission =
        Submission.<Submission>find("id", submissionId)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResult();
    if (submission == null) {
      throw new IllegalStateException("no submission " + submissionId);
    }
    if (submission.status != next) {
      submission.moveTo(next, Instant.now(clock));
    }
  }

  /** Replaces the components the educator may no longer change. */
  public void lockComponents(long submissionId, Collection<String> componentIds) {
    Instant now = Instant.now(clock);
    ComponentLock.delete("submissionId", submissionId);
    for (String componentId : componentIds) {
      ComponentLock lock = new ComponentLock();
      lock.submissionId = submissionId;
      lock.componentId = componentId;
      lock.lockedAt = now;
      lock.persist();
    }
  }

  private Submission submission(long submissionId) {
    return Submission.<Submission>findByIdOptional(submissionId)
        .orElseThrow(() -> new IllegalStateException("no submission " + submissionId));
  }

  private BlindAttempt blind(Attempt attempt) {
    Snapshot snapshot = read(attempt);
    List<Answer> answers = new ArrayList<>();
    for (Snapshot.Answer a : snapshot.answers()) {
      answers.add(
          new Answer(
              a.componentId(),
              a.questionId(),
              a.subject() == null ? OptionalInt.empty() : OptionalInt.of(a.subject()),
              a.markdown()));
    }
    List<Document> documents = new ArrayList<>();
    List<String> uploaded = new ArrayList<>();
    for (Snapshot.Document d : snapshot.documents()) {
      documents.add(new Document(d.componentId(), d.subject(), d.text()));
      if (d.fileSha256() != null) {
        uploaded.add(FieldKey.document(d.componentId(), d.subject()).toString());
      }
    }
    Map<String, List<String>> subjects = new HashMap<>(snapshot.subjects());
    return new BlindAttempt(
        attempt.number,
        attempt.submittedAt,
        new SubmissionContent(subjects, answers, documents),
        List.copyOf(uploaded));
  }

  private Snapshot read(Attempt attempt) {
    try {
      return json.readValue(attempt.snapshot, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("attempt " + attempt.id + " has an unreadable snapshot", e);
    }
  }

  /**
   * A submitted attempt without anything that names its author: no owner, no file names.
   *
   * @param uploadedDocuments the document field keys whose text came from an uploaded file
   */
  public record BlindAttempt(
      int number, Instant submittedAt, SubmissionContent content, List<String> uploadedDocuments) {}
}
