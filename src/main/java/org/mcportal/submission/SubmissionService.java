package org.mcportal.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.ExpectedFields;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.SubmissionStatus;

/**
 * An educator's drafts: starting one, reading it and autosaving its fields. Every method takes the
 * owner's account id and treats another educator's submission as missing. Uploads, the checklist
 * and submit have their own services.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

  private final CredentialCatalog catalog;
  private final OwnedSubmissions submissions;
  private final Clock clock;
  private final SubmissionConfig config;

  SubmissionService(
      CredentialCatalog catalog,
      OwnedSubmissions submissions,
      Clock clock,
      SubmissionConfig config) {
    this.catalog = catalog;
    this.submissions = submissions;
    this.clock = clock;
    this.config = config;
  }

  /**
   * Starts a submission pinned to the credential's current version, with every field the version
   * asks for created empty, so that autosave only ever updates.
   */
  public SubmissionSummary start(long ownerId, String credentialId) {
    CredentialDefinition definition =
        catalog
            .current(credentialId)
            .orElseThrow(
                () -> SubmissionProblems.notFound("No credential with id '" + credentialId + "'"));
    if (catalog.retired(definition.id(), definition.version())) {
      throw SubmissionProblems.versionRetired(definition.title(), definition.version());
    }
    Optional<Submission> open =
        Submission.ofOwner(ownerId).stream()
            .filter(s -> s.credentialId.equals(credentialId))
            .filter(s -> s.status.open())
            .findFirst();
    if (open.isPresent()) {
      throw SubmissionProblems.submissionExists(open.get().id);
    }
    Instant now = Instant.now(clock);
    Submission submission = new Submission();
    submission.ownerId = ownerId;
    submission.credentialId = definition.id();
    submission.credentialVersion = definition.version();
    submission.status = SubmissionStatus.DRAFT;
    submission.createdAt = now;
    submission.updatedAt = now;
    submission.persist();
    for (FieldKey key : ExpectedFields.of(definition).all()) {
      DraftField field = new DraftField();
      field.submissionId = submission.id;
      field.fieldKey = key.toString();
      field.content = "";
      field.updatedAt = now;
      field.persist();
    }
    return OwnedSubmissions.summary(submission, definition);
  }

  /**
   * Withdraws a draft that was never submitted, so the educator can start over; the withdrawn draft
   * stays, read-only, in their history and in the transition log.
   */
  public SubmissionSummary withdraw(long ownerId, long submissionId) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    SubmissionStatus from = submission.status;
    Instant now = Instant.now(clock);
    submission.moveTo(SubmissionStatus.WITHDRAWN, now);
    SubmissionTransition.record(submission, from, ownerId, now, "withdrawn by the educator");
    return OwnedSubmissions.summary(submission, submissions.definitionOf(submission));
  }

  public List<SubmissionSummary> mine(long ownerId) {
    return Submission.ofOwner(ownerId).stream()
        .map(s -> OwnedSubmissions.summary(s, submissions.definitionOf(s)))
        .toList();
  }

  public Draft draft(long ownerId, long submissionId) {
    return draft(submissions.owned(ownerId, submissionId));
  }

  /**
   * Everything the editor page shows, behind one ownership check: the draft, its uploads and the
   * attempts submitted so far.
   */
  public EditorData editor(long ownerId, long submissionId) {
    Submission submission = submissions.owned(ownerId, submissionId);
    return new EditorData(
        draft(submission),
        Upload.of(submissionId).stream().map(UploadView::of).toList(),
        Attempt.of(submissionId).stream()
            .map(a -> OwnedSubmissions.receipt(submission, a))
            .toList());
  }

  /** One attempt's receipt with the submission it belongs to, for the receipt page. */
  public ReceiptData receipt(long ownerId, long submissionId, int attempt) {
    Submission submission = submissions.owned(ownerId, submissionId);
    Receipt receipt =
        Attempt.byNumber(submissionId, attempt)
            .map(a -> OwnedSubmissions.receipt(submission, a))
            .orElseThrow(() -> SubmissionProblems.notFound("No attempt " + attempt));
    return new ReceiptData(
        OwnedSubmissions.summary(submission, submissions.definitionOf(submission)), receipt);
  }

  /**
   * What one attempt stored, exactly as stored: the receipt's digest is the SHA-256 of these
   * characters in UTF-8, so an educator can check what was assessed against what they sent.
   */
  public String snapshot(long ownerId, long submissionId, int attempt) {
    submissions.owned(ownerId, submissionId);
    return Attempt.byNumber(submissionId, attempt)
        .map(a -> a.snapshot)
        .orElseThrow(() -> SubmissionProblems.notFound("No attempt " + attempt));
  }

  public List<Receipt> attempts(long ownerId, long submissionId) {
    Submission submission = submissions.owned(ownerId, submissionId);
    return Attempt.of(submissionId).stream()
        .map(a -> OwnedSubmissions.receipt(submission, a))
        .toList();
  }

  /**
   * Autosave: writes one field if the client's copy is still current.
   *
   * @param expectedVersion the version the client last read or wrote (its If-Match)
   */
  public SaveResult save(
      long ownerId, long submissionId, String key, long expectedVersion, String text) {
    Optional<SaveResult> saved = saveDirectly(ownerId, submissionId, key, expectedVersion, text);
    if (saved.isPresent()) {
      return saved.get();
    }
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    Set<String> locked = ComponentLock.lockedComponents(submissionId);
    SaveResult result =
        save(submission, submissions.definitionOf(submission), locked, key, expectedVersion, text);
    if (result instanceof SaveResult.Stale) {
      // Nothing of a stale save may stay, not even the stamp the direct attempt put on the
      // submission before it found the field changed.
      QuarkusTransaction.setRollbackOnly();
    }
    return result;
  }

  /**
   * The usual save in two statements, each checking in its WHERE what the full path reads first:
   * the stamp on the owner's editable submission (which takes the row lock before the field is
   * touched), then the compare-and-set of a field whose component is not locked. Empty when either
   * matches nothing, or when this node does not know the submission's credential version yet: the
   * full path then runs in the same transaction, and says why (missing, read-only, locked, stale).
   */
  private Optional<SaveResult> saveDirectly(
      long ownerId, long submissionId, String key, long expectedVersion, String text) {
    if (text.length() > config.maxFieldCharacters()) {
      return Optional.empty();
    }
    Optional<FieldKey> field =
        submissions.pinnedDefinition(submissionId).flatMap(d -> FieldKey.parse(key, d));
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    if (!Submission.stampIfEditable(submissionId, ownerId, now)
        || !DraftField.compareAndSetUnlocked(
            submissionId, field.get(), expectedVersion, text, now)) {
      return Optional.empty();
    }
    return Optional.of(new SaveResult.Saved(field.get().toString(), expectedVersion + 1, now));
  }

  /**
   * Saves several fields in one go, for the editor's form when the page runs without script. Each
   * field is written only if its version is still current; the stale ones come back as {@link
   * SaveResult.Stale} while the others are saved, so one conflict does not lose the rest of the
   * form. A field whose text did not change is left alone, so that its version does not move and
   * another tab's copy of it stays current.
   */
  public List<SaveResult> saveAll(long ownerId, long submissionId, List<FieldEdit> edits) {
    Submission submission = submissions.lockOwned(ownerId, submissionId);
    CredentialDefinition definition = submissions.definitionOf(submission);
    Set<String> locked = ComponentLock.lockedComponents(submissionId);
    Map<String, DraftField> current =
        DraftField.of(submissionId).stream()
            .collect(Collectors.toMap(f -> f.fieldKey, Function.identity()));
    List<SaveResult> results = new ArrayList<>();
    for (FieldEdit edit : edits) {
      DraftField field = current.get(edit.key());
      if (field != null && field.version == edit.version() && field.content.equals(edit.text())) {
        OwnedSubmissions.writableField(submission, definition, edit.key(), locked);
        results.add(new SaveResult.Saved(edit.key(), edit.version(), field.updatedAt));
        continue;
      }
      results.add(save(submission, definition, locked, edit.key(), edit.version(), edit.text()));
    }
    return results;
  }

  /** One field of a form: its key, the version the page showed, and the text posted. */
  public record FieldEdit(String key, long version, String text) {}

  private SaveResult save(
      Submission submission,
      CredentialDefinition definition,
      Set<String> locked,
      String key,
      long expectedVersion,
      String text) {
    long submissionId = submission.id;
    FieldKey field = OwnedSubmissions.writableField(submission, definition, key, locked);
    if (text.length() > config.maxFieldCharacters()) {
      throw SubmissionProblems.fieldTooLarge(config.maxFieldCharacters());
    }
    Instant now = Instant.now(clock);
    if (DraftField.compareAndSet(submissionId, field.toString(), expectedVersion, text, now)) {
      submission.updatedAt = now;
      return new SaveResult.Saved(field.toString(), expectedVersion + 1, now);
    }
    DraftField current = DraftField.at(submissionId, field.toString()).orElseThrow();
    return new SaveResult.Stale(
        field.toString(), current.content, current.version, current.updatedAt);
  }

  private Draft draft(Submission submission) {
    CredentialDefinition definition = submissions.definitionOf(submission);
    Set<String> locked = ComponentLock.lockedComponents(submission.id);
    DraftContent stored = DraftContent.of(submission.id);
    List<Draft.Field> fields =
        stored.fields().stream()
            .map(f -> new Draft.Field(f.fieldKey, f.content, f.version, f.updatedAt))
            .toList();
    return new Draft(
        OwnedSubmissions.summary(submission, definition),
        fields,
        locked,
        stored.wordCounts(definition, stored.content(definition)));
  }
}
