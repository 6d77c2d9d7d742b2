package org.mcportal.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.mcportal.platform.Sha256;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Document;
import org.mcportal.rules.SubmissionContent;

/**
 * Submitted attempts as a blind reviewer reads them: the content rebuilt from the immutable
 * snapshot, and the files kept with the attempt, with nothing that names the educator (no owner, no
 * name or e-mail, no original file names).
 */
@ApplicationScoped
@Transactional
public class AttemptReader {

  private final ObjectMapper json;

  AttemptReader(ObjectMapper json) {
    this.json = json;
  }

  public SubmittedAttempt attempt(long submissionId, int number) {
    return find(submissionId, number)
        .orElseThrow(
            () ->
                SubmissionProblems.notFound(
                    "No attempt " + number + " of submission " + submissionId));
  }

  /** The latest attempt; not found while nothing was submitted. */
  public SubmittedAttempt latest(long submissionId) {
    int attempts =
        Submission.<Submission>findByIdOptional(submissionId)
            .map(s -> s.attempts)
            .orElseThrow(() -> SubmissionProblems.notFound("No submission " + submissionId));
    return attempt(submissionId, attempts);
  }

  /** The attempt before {@code number}, to show what changed; empty for the first. */
  public Optional<SubmittedAttempt> previous(long submissionId, int number) {
    return number <= 1 ? Optional.empty() : find(submissionId, number - 1);
  }

  /** A file of an attempt by its reference, under a name that says what it is, not who made it. */
  public AttemptFileContent file(String reference) {
    AttemptFile file =
        AttemptFile.byReference(reference)
            .orElseThrow(() -> SubmissionProblems.notFound("No file " + reference));
    return new AttemptFileContent(neutralName(file.fieldKey), file.mediaType, file.data);
  }

  private Optional<SubmittedAttempt> find(long submissionId, int number) {
    Optional<Attempt> found = Attempt.byNumber(submissionId, number);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Attempt attempt = found.get();
    Submission submission = Submission.findById(submissionId);
    Snapshot snapshot = read(attempt.snapshot);
    List<SubmittedAttempt.File> files =
        AttemptFile.of(attempt.id).stream()
            .map(
                f ->
                    new SubmittedAttempt.File(
                        f.reference,
                        f.fieldKey,
                        f.sha256,
                        f.mediaType,
                        f.sizeBytes,
                        f.pages,
                        neutralName(f.fieldKey)))
            .toList();
    return Optional.of(
        new SubmittedAttempt(
            submissionId,
            attempt.number,
            submission.credentialId,
            submission.credentialVersion,
            attempt.submittedAt,
            Sha256.hex(attempt.snapshot),
            content(snapshot),
            files));
  }

  private Snapshot read(String snapshot) {
    try {
      return json.readValue(snapshot, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored snapshot no longer reads", e);
    }
  }

  static SubmissionContent content(Snapshot snapshot) {
    Map<String, List<String>> subjects = new LinkedHashMap<>(snapshot.subjects());
    List<Answer> answers = new ArrayList<>();
    for (Snapshot.Answer a : snapshot.answers()) {
      answers.add(
          new Answer(
              a.componentId(),
              a.questionId(),
              a.subject() == null ? OptionalInt.empty() : OptionalInt.of(a.subject()),
              a.markdown()));
    }
    List<Document> documents =
        snapshot.documents().stream()
            .map(d -> new Document(d.componentId(), d.subject(), d.text()))
            .toList();
    return new SubmissionContent(subjects, answers, documents);
  }

  /** "artifact-3-2.pdf" for the document of subject 2 (1-based) of artifact 3. */
  static String neutralName(String fieldKey) {
    String[] parts = fieldKey.split(":");
    int subject = Integer.parseInt(parts[parts.length - 1]) + 1;
    return parts[1] + "-" + subject + ".pdf";
  }
}
