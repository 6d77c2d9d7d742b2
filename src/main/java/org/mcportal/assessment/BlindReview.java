package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Checklist;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Finding;
import org.mcportal.rules.IdentifiabilityScan;
import org.mcportal.rules.IdentifyingDetails;
import org.mcportal.rules.Question;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.AttemptDiff;
import org.mcportal.submission.SubmittedAttempt;

/**
 * What an assessor reads of a claimed item: the attempt's content, the pre-check findings, the
 * uploaded files and the earlier attempts' feedback, known only by the item's code. Nothing here
 * carries the submission's id, its owner or a file's name.
 */
@ApplicationScoped
@Transactional
public class BlindReview {

  /** The code of a finding that matched the educator's own profile. */
  public static final String MAY_IDENTIFY_EDUCATOR = "may-identify-educator";

  private final ReviewItems items;
  private final Submissions submissions;
  private final PdfScrubber scrubber;

  BlindReview(ReviewItems items, Submissions submissions, PdfScrubber scrubber) {
    this.items = items;
    this.submissions = submissions;
    this.scrubber = scrubber;
  }

  public AttemptView attempt(String code, long assessorId) {
    ReviewItem item = items.find(code);
    items.requireHolder(item, assessorId);
    return view(item);
  }

  /** The blind attempt of an item, for whoever the caller has already allowed to read it. */
  AttemptView view(ReviewItem item) {
    CredentialDefinition definition = items.definition(item);
    SubmittedAttempt attempt = attempt(item);
    SubmissionContent content = attempt.content();
    List<FindingView> findings = findings(item, definition, content);
    Set<String> carried = items.carried(item).keySet();
    List<ComponentView> components = new ArrayList<>();
    for (Component component : definition.components()) {
      List<FieldView> fields =
          fields(
              item,
              component,
              content,
              attempt.files().stream().map(SubmittedAttempt.File::fieldKey).toList());
      components.add(
          new ComponentView(
              component.id(),
              component.label(),
              component.title(),
              fields.stream().mapToInt(FieldView::words).sum(),
              carried.contains(component.id()),
              fields,
              findings.stream().filter(f -> component.id().equals(f.componentId())).toList()));
    }
    return new AttemptView(
        item.code,
        item.credentialId,
        item.credentialVersion,
        definition.title(),
        item.attemptNumber,
        item.submittedAt,
        content.subjects(),
        components,
        findings.stream().filter(f -> f.componentId() == null).toList());
  }

  /** An uploaded PDF of the attempt, stripped of its metadata, under a name that says nothing. */
  public DownloadedFile file(String code, String fieldKey, long assessorId) {
    ReviewItem item = items.find(code);
    items.requireHolder(item, assessorId);
    byte[] bytes =
        submissions
            .file(item.submissionId, item.attemptNumber, fieldKey)
            .orElseThrow(AssessmentProblems::fileNotFound);
    return new DownloadedFile(
        item.code + "-" + fieldKey.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf",
        "application/pdf",
        scrubber.scrub(bytes));
  }

  /**
   * The earlier attempts of the same submission, with their outcome and feedback, and for the
   * components this attempt reopened, each field against the previous attempt's.
   */
  public HistoryView history(String code, long assessorId) {
    ReviewItem item = items.find(code);
    items.requireHolder(item, assessorId);
    CredentialDefinition definition = items.definition(item);
    List<EarlierAttempt> earlier = new ArrayList<>();
    for (ReviewItem previous : ReviewItem.ofSubmission(item.submissionId)) {
      if (previous.attemptNumber >= item.attemptNumber
          || previous.status != ReviewItem.Status.RELEASED) {
        continue;
      }
      Assessment assessment = Assessment.submittedOf(previous.id).orElseThrow();
      AssessmentOutcome outcome = AssessmentOutcome.findById(assessment.id);
      List<EarlierAttempt.Component> scores =
          ComponentScore.of(assessment.id).stream()
              .map(
                  s ->
                      new EarlierAttempt.Component(
                          s.componentId,
                          definition
                              .component(s.componentId)
                              .map(Component::label)
                              .orElse(s.componentId),
                          s.finalLevel,
                          s.feedback))
              .toList();
      earlier.add(
          new EarlierAttempt(
              previous.attemptNumber,
              outcome.earned,
              outcome.headline,
              outcome.overallComment,
              scores));
    }
    List<AttemptDiff.FieldDiff> changes = List.of();
    if (item.attemptNumber > 1) {
      SubmissionContent before =
          submissions.attempt(item.submissionId, item.attemptNumber - 1).content();
      Set<String> carried = items.carried(item).keySet();
      List<String> reopened =
          definition.components().stream()
              .map(Component::id)
              .filter(id -> !carried.contains(id))
              .toList();
      changes = AttemptDiff.between(definition, before, attempt(item).content(), reopened).fields();
    }
    return new HistoryView(item.code, item.attemptNumber, earlier, changes);
  }

  private SubmittedAttempt attempt(ReviewItem item) {
    return submissions.attempt(item.submissionId, item.attemptNumber);
  }

  /**
   * The rules core's checks, as the educator's checklist ran them, with the identifiability scan
   * built from the educator's profile here on the server. A finding that only the profile explains
   * is shown as "may identify the educator", without the profile's field or value.
   */
  private List<FindingView> findings(
      ReviewItem item, CredentialDefinition definition, SubmissionContent content) {
    IdentifyingDetails owner = submissions.identifyingDetails(item.submissionId);
    IdentifyingDetails profileOnly =
        new IdentifyingDetails(
            owner.educatorName(),
            owner.educatorEmail(),
            owner.school(),
            owner.district(),
            List.of());
    List<Finding> generic =
        IdentifiabilityScan.of(IdentifyingDetails.none()).findings(definition, content);
    Set<Finding> genericSet = new HashSet<>(generic);
    List<Finding> fromProfile =
        IdentifiabilityScan.of(profileOnly).findings(definition, content).stream()
            .filter(f -> !genericSet.contains(f))
            .toList();
    Checklist checklist = Checklist.of(definition, content, List.of((d, c) -> generic));
    List<FindingView> views = new ArrayList<>();
    checklist.findings().forEach(f -> views.add(FindingView.of(f, f.code(), f.message())));
    Set<List<Object>> places = new HashSet<>();
    for (Finding finding : fromProfile) {
      // One label per place: the assessor learns where to look, not what matched.
      if (places.add(List.of(finding.location()))) {
        views.add(
            FindingView.of(
                finding,
                MAY_IDENTIFY_EDUCATOR,
                "Something here may identify the educator. Judge the work as it is; an admin can"
                    + " follow this up."));
      }
    }
    return views;
  }

  private static List<FieldView> fields(
      ReviewItem item, Component component, SubmissionContent content, List<String> uploaded) {
    List<FieldView> fields = new ArrayList<>();
    for (Answer answer : content.answers()) {
      if (!answer.componentId().equals(component.id())) {
        continue;
      }
      String key =
          FieldKey.answer(answer.componentId(), answer.questionId(), answer.subject()).toString();
      Question question =
          component.questions().stream()
              .filter(q -> q.id().equals(answer.questionId()))
              .findFirst()
              .orElse(null);
      fields.add(
          new FieldView(
              key,
              answer.questionId(),
              question == null ? null : question.text(),
              answer.subject().isPresent() ? answer.subject().getAsInt() : null,
              answer.markdown(),
              answer.words(),
              null));
    }
    for (Document document : content.documents()) {
      if (!document.componentId().equals(component.id())) {
        continue;
      }
      String key = FieldKey.document(document.componentId(), document.subject()).toString();
      fields.add(
          new FieldView(
              key,
              null,
              null,
              document.subject(),
              document.text(),
              document.words(),
              uploaded.contains(key)
                  ? "/api/assessment/reviews/" + item.code + "/files/" + key
                  : null));
    }
    return fields;
  }

  /**
   * @param subjects per part id, the pseudonyms the educator gave their students
   * @param findings the findings about a part as a whole (its subject names)
   */
  public record AttemptView(
      String code,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      int attempt,
      Instant submittedAt,
      Map<String, List<String>> subjects,
      List<ComponentView> components,
      List<FindingView> findings) {}

  /**
   * @param carried scored in the previous attempt, locked since, and not scored again
   */
  public record ComponentView(
      String componentId,
      String label,
      String title,
      int words,
      boolean carried,
      List<FieldView> fields,
      List<FindingView> findings) {}

  /**
   * @param download where an uploaded PDF of this document is fetched; null for written ones
   */
  public record FieldView(
      String key,
      String questionId,
      String question,
      Integer subject,
      String text,
      int words,
      String download) {}

  /** A pre-check finding, advisory for the assessor. */
  public record FindingView(
      String code,
      Finding.Severity severity,
      String partId,
      String componentId,
      String questionId,
      Integer subject,
      String message) {
    static FindingView of(Finding finding, String code, String message) {
      var location = finding.location();
      OptionalInt subject = location.subject();
      return new FindingView(
          code,
          finding.severity(),
          location.partId(),
          location.componentId().orElse(null),
          location.questionId().orElse(null),
          subject.isPresent() ? subject.getAsInt() : null,
          Objects.requireNonNull(message));
    }
  }

  public record DownloadedFile(String fileName, String mediaType, byte[] bytes) {}

  /**
   * @param changes for each field of the components this attempt reopened, a word diff against the
   *     previous attempt; empty for a first attempt
   */
  public record HistoryView(
      String code,
      int attempt,
      List<EarlierAttempt> earlier,
      List<AttemptDiff.FieldDiff> changes) {}

  public record EarlierAttempt(
      int attempt,
      boolean earned,
      String headline,
      String overallComment,
      List<Component> components) {
    public record Component(String componentId, String label, String level, String feedback) {}
  }
}
