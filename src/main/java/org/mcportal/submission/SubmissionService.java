package org.mcportal.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.platform.Sha256;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Checklist;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.IdentifiabilityScan;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.Part;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.SubmissionStatus;

/**
 * An educator's submissions: starting one, autosaving its fields, checking it and submitting it.
 * Every method takes the owner's account id and treats another educator's submission as missing.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

  private final CredentialCatalog catalog;
  private final Clock clock;
  private final ObjectMapper json;
  private final SubmissionConfig config;
  private final Event<AttemptSubmitted> submitted;

  SubmissionService(
      CredentialCatalog catalog,
      Clock clock,
      ObjectMapper json,
      SubmissionConfig config,
      Event<AttemptSubmitted> submitted) {
    this.catalog = catalog;
    this.clock = clock;
    this.json = json;
    this.config = config;
    this.submitted = submitted;
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
                () -> ProblemException.notFound("No credential with id '" + credentialId + "'"));
    Optional<Submission> open =
        Submission.ofOwner(ownerId).stream()
            .filter(s -> s.credentialId.equals(credentialId))
            .filter(s -> s.status != SubmissionStatus.EARNED)
            .findFirst();
    if (open.isPresent()) {
      throw new ProblemException(
          Problem.of(
                  Response.Status.CONFLICT,
                  "You already have submission " + open.get().id + " for this credential")
              .withType("submission-exists"));
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
    for (FieldKey key : fieldsOf(definition)) {
      DraftField field = new DraftField();
      field.submissionId = submission.id;
      field.fieldKey = key.toString();
      field.content = "";
      field.updatedAt = now;
      field.persist();
    }
    return summary(submission, definition);
  }

  public List<SubmissionSummary> mine(long ownerId) {
    return Submission.ofOwner(ownerId).stream().map(s -> summary(s, definitionOf(s))).toList();
  }

  public Draft draft(long ownerId, long submissionId) {
    Submission submission = owned(ownerId, submissionId);
    CredentialDefinition definition = definitionOf(submission);
    Set<String> locked = ComponentLock.lockedComponents(submissionId);
    List<Draft.Field> fields =
        DraftField.of(submissionId).stream()
            .map(f -> new Draft.Field(f.fieldKey, f.content, f.version, f.updatedAt))
            .toList();
    return new Draft(summary(submission, definition), fields, locked);
  }

  /**
   * Autosave: writes one field if the client's copy is still current.
   *
   * @param expectedVersion the version the client last read or wrote (its If-Match)
   */
  public SaveResult save(
      long ownerId, long submissionId, String key, long expectedVersion, String text) {
    Submission submission = lockOwned(ownerId, submissionId);
    return save(submission, definitionOf(submission), key, expectedVersion, text);
  }

  /**
   * Saves several fields in one go, for the editor's form when the page runs without script. Each
   * field is written only if its version is still current; the stale ones come back as {@link
   * SaveResult.Stale} while the others are saved, so one conflict does not lose the rest of the
   * form. A field whose text did not change is left alone, so that its version does not move and
   * another tab's copy of it stays current.
   */
  public List<SaveResult> saveAll(long ownerId, long submissionId, List<FieldEdit> edits) {
    Submission submission = lockOwned(ownerId, submissionId);
    CredentialDefinition definition = definitionOf(submission);
    List<SaveResult> results = new ArrayList<>();
    for (FieldEdit edit : edits) {
      Optional<DraftField> current = DraftField.at(submissionId, edit.key());
      if (current.isPresent()
          && current.get().version == edit.version()
          && current.get().content.equals(edit.text())) {
        writableField(submission, definition, edit.key());
        results.add(new SaveResult.Saved(edit.key(), edit.version(), current.get().updatedAt));
        continue;
      }
      results.add(save(submission, definition, edit.key(), edit.version(), edit.text()));
    }
    return results;
  }

  /** One field of a form: its key, the version the page showed, and the text posted. */
  public record FieldEdit(String key, long version, String text) {}

  private SaveResult save(
      Submission submission,
      CredentialDefinition definition,
      String key,
      long expectedVersion,
      String text) {
    long submissionId = submission.id;
    FieldKey field = writableField(submission, definition, key);
    if (text.length() > config.maxFieldCharacters()) {
      throw new ProblemException(
          Problem.of(
                  Response.Status.REQUEST_ENTITY_TOO_LARGE,
                  "A field holds at most " + config.maxFieldCharacters() + " characters")
              .withType("field-too-large"));
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

  public Checklist checklist(long ownerId, long submissionId, IdentifyingDetails details) {
    Submission submission = owned(ownerId, submissionId);
    CredentialDefinition definition = definitionOf(submission);
    Stored stored = Stored.of(submissionId);
    return checklist(definition, content(stored, definition), stored, details);
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
    Submission submission = lockOwned(ownerId, submissionId);
    Optional<Attempt> earlier = Attempt.byKey(submissionId, idempotencyKey);
    if (earlier.isPresent()) {
      return receipt(submission, earlier.get());
    }
    if (!submission.status.canMoveTo(SubmissionStatus.SUBMITTED)) {
      throw new ProblemException(
          Problem.of(
                  Response.Status.CONFLICT,
                  "This submission is "
                      + submission.status.name().toLowerCase().replace('_', ' ')
                      + " and cannot be submitted now")
              .withType("not-submittable"));
    }
    CredentialDefinition definition = definitionOf(submission);
    Stored stored = Stored.of(submissionId);
    SubmissionContent content = content(stored, definition);
    Checklist checklist = checklist(definition, content, stored, details);
    List<String> problems = new ArrayList<>();
    checklist.blocking().forEach(f -> problems.add(f.message()));
    checklist.advisory().stream()
        .filter(f -> !acknowledged.contains(FindingIds.of(f)))
        .forEach(f -> problems.add("Not yet acknowledged: " + f.message()));
    if (!problems.isEmpty()) {
      throw new ProblemException(
          Problem.unprocessable(
                  checklist.canSubmit()
                      ? "Acknowledge every advisory finding before submitting"
                      : "The checklist has findings that block submission",
                  problems)
              .withType("checklist-incomplete"));
    }
    Instant now = Instant.now(clock);
    Attempt attempt = new Attempt();
    attempt.submissionId = submissionId;
    attempt.number = submission.attempts + 1;
    attempt.idempotencyKey = idempotencyKey;
    attempt.snapshot = snapshot(content, stored);
    attempt.submittedAt = now;
    attempt.persist();
    submission.attempts = attempt.number;
    submission.moveTo(SubmissionStatus.SUBMITTED, now);
    submitted.fire(
        new AttemptSubmitted(
            submissionId,
            attempt.number,
            submission.credentialId,
            submission.credentialVersion,
            now));
    return receipt(submission, attempt);
  }

  /** Keeps an uploaded PDF as the document for one subject, replacing an earlier upload. */
  public UploadView attach(
      long ownerId,
      long submissionId,
      String key,
      String fileName,
      byte[] bytes,
      PdfReader.ReadPdf read) {
    Submission submission = lockOwned(ownerId, submissionId);
    FieldKey field = writableField(submission, definitionOf(submission), key);
    if (field.kind() != FieldKey.Kind.DOCUMENT) {
      throw ProblemException.notFound("Only documents can be uploaded, not '" + key + "'");
    }
    Instant now = Instant.now(clock);
    Upload.at(submissionId, key).ifPresent(Upload::delete);
    Upload upload = new Upload();
    upload.submissionId = submissionId;
    upload.fieldKey = key;
    upload.fileName = fileName;
    upload.mediaType = "application/pdf";
    upload.sizeBytes = bytes.length;
    upload.sha256 = Sha256.hex(bytes);
    upload.pages = read.pages();
    upload.extractedText = read.text();
    upload.data = bytes;
    upload.uploadedAt = now;
    upload.persist();
    submission.updatedAt = now;
    return UploadView.of(upload);
  }

  public void detach(long ownerId, long submissionId, String key) {
    Submission submission = lockOwned(ownerId, submissionId);
    writableField(submission, definitionOf(submission), key);
    Upload.at(submissionId, key)
        .orElseThrow(() -> ProblemException.notFound("No upload for '" + key + "'"))
        .delete();
  }

  public List<UploadView> uploads(long ownerId, long submissionId) {
    owned(ownerId, submissionId);
    return Upload.of(submissionId).stream().map(UploadView::of).toList();
  }

  /** The original file, for its author (and later the assessor, through the assessment feature). */
  public StoredFile file(long ownerId, long submissionId, String key) {
    owned(ownerId, submissionId);
    Upload upload =
        Upload.at(submissionId, key)
            .orElseThrow(() -> ProblemException.notFound("No upload for '" + key + "'"));
    return new StoredFile(upload.fileName, upload.mediaType, upload.data);
  }

  public List<Receipt> attempts(long ownerId, long submissionId) {
    Submission submission = owned(ownerId, submissionId);
    return Attempt.of(submissionId).stream().map(a -> receipt(submission, a)).toList();
  }

  /** The content the rules read: pseudonyms, answers and documents, never the private names. */
  private static SubmissionContent content(Stored stored, CredentialDefinition definition) {
    Map<String, List<String>> subjects = new HashMap<>();
    List<Answer> answers = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (DraftField field : stored.fields()) {
      FieldKey key = FieldKey.parse(field.fieldKey, definition).orElseThrow();
      switch (key.kind()) {
        case SUBJECT -> {
          List<String> names = subjects.computeIfAbsent(key.owner(), p -> new ArrayList<>());
          while (names.size() <= key.subject().getAsInt()) {
            names.add("");
          }
          names.set(key.subject().getAsInt(), field.content);
        }
        case ANSWER ->
            answers.add(
                new Answer(
                    key.owner(), key.question().orElseThrow(), key.subject(), field.content));
        case DOCUMENT ->
            documents.add(new Document(key.owner(), key.subject().getAsInt(), field.content));
        case PRIVATE_NAME -> {}
      }
    }
    // An uploaded PDF stands in for the note written in the editor for the same subject.
    for (Upload upload : stored.uploads()) {
      FieldKey key = FieldKey.parse(upload.fieldKey, definition).orElseThrow();
      documents.removeIf(
          d -> d.componentId().equals(key.owner()) && d.subject() == key.subject().getAsInt());
      documents.add(new Document(key.owner(), key.subject().getAsInt(), upload.extractedText));
    }
    return new SubmissionContent(subjects, answers, documents);
  }

  /** The real first names the educator keeps privately, for the identifiability scan only. */
  private static List<String> privateNames(Stored stored) {
    return stored.fields().stream()
        .filter(f -> f.fieldKey.startsWith("private-name:") && !f.content.isBlank())
        .map(f -> f.content)
        .toList();
  }

  private static Checklist checklist(
      CredentialDefinition definition,
      SubmissionContent content,
      Stored stored,
      IdentifyingDetails details) {
    IdentifyingDetails withNames =
        new IdentifyingDetails(
            details.educatorName(),
            details.educatorEmail(),
            details.school(),
            details.district(),
            privateNames(stored));
    return Checklist.of(definition, content, List.of(IdentifiabilityScan.of(withNames)));
  }

  /** A draft's fields and uploads, read once for everything one operation computes from them. */
  private record Stored(List<DraftField> fields, List<Upload> uploads) {
    static Stored of(long submissionId) {
      return new Stored(DraftField.of(submissionId), Upload.of(submissionId));
    }
  }

  private FieldKey writableField(
      Submission submission, CredentialDefinition definition, String key) {
    FieldKey field =
        FieldKey.parse(key, definition)
            .orElseThrow(
                () -> ProblemException.notFound("This submission has no field '" + key + "'"));
    if (!submission.status.editable()) {
      throw new ProblemException(
          Problem.of(Response.Status.CONFLICT, "A submitted draft is read-only")
              .withType("read-only"));
    }
    Optional<String> component =
        switch (field.kind()) {
          case ANSWER, DOCUMENT -> Optional.of(field.owner());
          case SUBJECT, PRIVATE_NAME -> Optional.empty();
        };
    Set<String> locked = ComponentLock.lockedComponents(submission.id);
    boolean lockedField =
        component.map(locked::contains).orElse(false) || (component.isEmpty() && !locked.isEmpty());
    if (lockedField) {
      throw new ProblemException(
          Problem.of(
                  Response.Status.CONFLICT,
                  "This part already met its required level and is locked")
              .withType("locked"));
    }
    return field;
  }

  private Submission owned(long ownerId, long submissionId) {
    return Submission.owned(submissionId, ownerId)
        .orElseThrow(() -> ProblemException.notFound("No submission " + submissionId));
  }

  /** Takes the submission row's lock, so saves and submits of one submission run one at a time. */
  private Submission lockOwned(long ownerId, long submissionId) {
    // The lock is taken by the read itself: locking an entity read earlier re-checks its version
    // and fails whenever another save committed in between, which is the very case to serialize.
    return Submission.ownedForUpdate(submissionId, ownerId)
        .orElseThrow(() -> ProblemException.notFound("No submission " + submissionId));
  }

  private CredentialDefinition definitionOf(Submission submission) {
    return catalog
        .version(submission.credentialId, submission.credentialVersion)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "credential version "
                        + submission.credentialId
                        + " "
                        + submission.credentialVersion
                        + " is pinned by a submission but missing"));
  }

  private String snapshot(SubmissionContent content, Stored stored) {
    Map<String, UploadView> uploads = new HashMap<>();
    stored.uploads().forEach(u -> uploads.put(u.fieldKey, UploadView.of(u)));
    try {
      return json.writeValueAsString(Snapshot.of(content, uploads));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot of plain records always serializes", e);
    }
  }

  private static Receipt receipt(Submission submission, Attempt attempt) {
    return new Receipt(
        submission.id,
        attempt.number,
        submission.credentialId,
        submission.credentialVersion,
        attempt.submittedAt,
        Sha256.hex(attempt.snapshot));
  }

  private static SubmissionSummary summary(Submission s, CredentialDefinition definition) {
    return new SubmissionSummary(
        s.id,
        s.credentialId,
        s.credentialVersion,
        definition.title(),
        s.status,
        s.attempts,
        s.createdAt,
        s.updatedAt);
  }

  /** Every field a draft of {@code definition} has, in the order the credential reads. */
  static List<FieldKey> fieldsOf(CredentialDefinition definition) {
    List<FieldKey> keys = new ArrayList<>();
    for (Part part : definition.parts()) {
      int subjects = part.subjects().map(s -> s.count()).orElse(0);
      for (int n = 0; n < subjects; n++) {
        keys.add(FieldKey.subject(part.id(), n));
        keys.add(FieldKey.privateName(part.id(), n));
      }
      for (Component component : part.components()) {
        if (component.response() == Component.ResponseKind.DOCUMENTS) {
          for (int n = 0; n < Math.max(1, component.perSubject() ? subjects : 1); n++) {
            keys.add(FieldKey.document(component.id(), n));
          }
          continue;
        }
        for (var question : component.questions()) {
          if (component.perSubject()) {
            for (int n = 0; n < subjects; n++) {
              keys.add(FieldKey.answer(component.id(), question.id(), OptionalInt.of(n)));
            }
          } else {
            keys.add(FieldKey.answer(component.id(), question.id(), OptionalInt.empty()));
          }
        }
      }
    }
    return keys;
  }
}
