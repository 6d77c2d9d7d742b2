package org.mcportal.reporting;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.assessment.EducatorResults.ComponentResultView;
import org.mcportal.assessment.EducatorResults.ResultsView;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.Question;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.submission.AttemptReader;
import org.mcportal.submission.SubmittedAttempt;
import org.mcportal.web.MarkdownRenderer;

/**
 * One submitted attempt as a PDF for program admins: every answer as written, its word count, and,
 * once scored, the levels, criteria, quoted evidence, feedback and outcome. The submission text
 * names students by pseudonym only; the educator appears by pseudonymous code unless the caller
 * asks for identities.
 */
@ApplicationScoped
public class SubmissionReports {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance report(ReportView report);
  }

  private final AttemptReader attempts;
  private final EducatorResults results;
  private final CredentialCatalog catalog;
  private final Pseudonyms pseudonyms;
  private final MarkdownRenderer markdown;
  private final PdfLayout layout;
  private final ExportAudit exportAudit;

  SubmissionReports(
      AttemptReader attempts,
      EducatorResults results,
      CredentialCatalog catalog,
      Pseudonyms pseudonyms,
      MarkdownRenderer markdown,
      PdfLayout layout,
      ExportAudit exportAudit) {
    this.exportAudit = exportAudit;
    this.attempts = attempts;
    this.results = results;
    this.catalog = catalog;
    this.pseudonyms = pseudonyms;
    this.markdown = markdown;
    this.layout = layout;
  }

  /** The report's XHTML; not found for a missing submission or attempt. */
  @Transactional
  public String xhtml(long submissionId, int attempt, boolean identities) {
    SubmittedAttempt submitted = attempts.attempt(submissionId, attempt);
    CredentialDefinition definition =
        catalog
            .version(submitted.credentialId(), submitted.credentialVersion())
            .orElseThrow(
                () -> new IllegalStateException("a submitted credential version is missing"));
    Educator educator = educator(submissionId, identities);
    Optional<ResultsView> decided = results.decided(submissionId, attempt);
    SubmissionContent content = submitted.content();
    List<ComponentView> components = new ArrayList<>();
    for (Component component : definition.components()) {
      String partId = definition.partOf(component.id()).map(p -> p.id()).orElse(component.id());
      List<AnswerView> answers = new ArrayList<>();
      for (Answer answer : content.answers()) {
        if (answer.componentId().equals(component.id())) {
          answers.add(answer(component, partId, content, answer));
        }
      }
      List<DocumentView> documents = new ArrayList<>();
      for (Document document : content.documents()) {
        if (document.componentId().equals(component.id())) {
          documents.add(
              new DocumentView(
                  subject(content, partId, OptionalInt.of(document.subject())),
                  document.words(),
                  paragraphs(document.text())));
        }
      }
      Optional<ComponentResultView> result =
          decided.flatMap(
              d ->
                  d.components().stream()
                      .filter(c -> c.componentId().equals(component.id()))
                      .findFirst());
      components.add(
          new ComponentView(
              component.label(),
              component.title(),
              answers,
              documents,
              answers.stream().mapToInt(AnswerView::words).sum()
                  + documents.stream().mapToInt(DocumentView::words).sum(),
              result.map(this::result).orElse(null)));
    }
    ReportView view =
        new ReportView(
            definition.title(),
            submitted.credentialVersion(),
            submissionId,
            attempt,
            WHEN.format(submitted.submittedAt()),
            educator.label(),
            educator.email(),
            identities,
            components,
            decided
                .map(
                    d ->
                        new OutcomeView(
                            d.earned(), d.headline(), d.overallComment(), released(d.releasedAt())))
                .orElse(null),
            PdfLayout.FAMILIES);
    return Templates.report(view).render();
  }

  /** The report as a PDF. */
  public byte[] pdf(long submissionId, int attempt, boolean identities) {
    return layout.render(xhtml(submissionId, attempt, identities));
  }

  /**
   * The report an admin downloads, on the audit trail (with whether identities were asked for) once
   * it is laid out; a missing attempt records nothing.
   */
  public byte[] download(long submissionId, int attempt, boolean identities, long actorId) {
    byte[] pdf = pdf(submissionId, attempt, identities);
    exportAudit.submissionReport(actorId, submissionId, attempt, identities);
    return pdf;
  }

  private static String released(Instant at) {
    return at == null ? "not released yet" : "released " + WHEN.format(at);
  }

  private AnswerView answer(
      Component component, String partId, SubmissionContent content, Answer answer) {
    String question =
        component.questions().stream()
            .filter(q -> q.id().equals(answer.questionId()))
            .findFirst()
            .map(Question::text)
            .orElse(answer.questionId());
    return new AnswerView(
        question,
        answer.subject().isPresent() ? subject(content, partId, answer.subject()) : null,
        markdown.writtenToHtml(answer.markdown()),
        answer.words());
  }

  private static String subject(SubmissionContent content, String partId, OptionalInt subject) {
    int index = subject.orElse(0);
    return content.pseudonym(partId, index).orElse("Subject " + (index + 1));
  }

  private static List<String> paragraphs(String text) {
    return text == null
        ? List.of()
        : List.of(text.split("\\n\\s*\\n")).stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
  }

  private ResultView result(ComponentResultView c) {
    return new ResultView(
        c.levelLabel(),
        c.descriptor(),
        c.reachedRequired(),
        c.sentence(),
        c.criteria().stream()
            .map(
                k ->
                    new CriterionView(
                        k.text(),
                        k.met(),
                        c.evidence().stream()
                            .filter(q -> q.criterionId().equals(k.criterionId()))
                            .map(EducatorResults.Quote::quote)
                            .toList()))
            .toList(),
        markdown.toHtml(c.feedback()));
  }

  private Educator educator(long submissionId, boolean identities) {
    List<?> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select s.owner_id, a.display_name, a.email from submission s"
                    + " join account a on a.id = s.owner_id where s.id = ?1")
            .setParameter(1, submissionId)
            .getResultList();
    Object[] row = (Object[]) rows.get(0);
    long owner = ((Number) row[0]).longValue();
    String code = pseudonyms.of(owner);
    return identities
        ? new Educator(row[1] + " (" + code + ")", (String) row[2])
        : new Educator(code, null);
  }

  private record Educator(String label, String email) {}

  /**
   * @param educator the pseudonymous code, or the name and code when identities were asked for
   * @param email only when identities were asked for
   * @param outcome null while no scoring was submitted
   */
  public record ReportView(
      String credentialTitle,
      String version,
      long submissionId,
      int attempt,
      String submittedAt,
      String educator,
      String email,
      boolean identities,
      List<ComponentView> components,
      OutcomeView outcome,
      String fonts) {}

  /**
   * @param result null while no scoring was submitted
   */
  public record ComponentView(
      String label,
      String title,
      List<AnswerView> answers,
      List<DocumentView> documents,
      int words,
      ResultView result) {}

  /**
   * @param subject the student's pseudonym for per-student questions, otherwise null
   */
  public record AnswerView(String question, String subject, String html, int words) {}

  public record DocumentView(String subject, int words, List<String> paragraphs) {}

  public record ResultView(
      String level,
      String descriptor,
      boolean reachedRequired,
      String sentence,
      List<CriterionView> criteria,
      String feedbackHtml) {}

  public record CriterionView(String text, boolean met, List<String> evidence) {}

  public record OutcomeView(boolean earned, String headline, String comment, String released) {}
}
