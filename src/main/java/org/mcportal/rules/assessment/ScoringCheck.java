package org.mcportal.rules.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcportal.rules.Answer;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Document;
import org.mcportal.rules.FieldKey;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.ScoringProblem.Code;
import org.mcportal.rules.assessment.ScoringSheet.ComponentScore;
import org.mcportal.rules.assessment.ScoringSheet.EvidenceQuote;
import org.mcportal.rules.assessment.ScoringSheet.Judgement;

/**
 * Whether a scoring sheet may be submitted: every problem at once, so the scoring screen can mark
 * them all, in the credential's order of components. An empty list means it may be submitted. The
 * same check runs for the screen's live hints and on submit, so they never disagree.
 */
public final class ScoringCheck {

  /** Shorter than this, a justification cannot say why the rubric's logic was set aside. */
  public static final int MIN_JUSTIFICATION_LENGTH = 20;

  /** A quote shorter than this proves nothing; longer, it is the answer, not a passage of it. */
  public static final int MIN_QUOTE_LENGTH = 3;

  public static final int MAX_QUOTE_LENGTH = 1000;

  private ScoringCheck() {}

  /**
   * @param content the attempt being scored, which quoted evidence must come from
   */
  public static List<ScoringProblem> problems(
      CredentialDefinition definition, SubmissionContent content, ScoringSheet sheet) {
    List<ScoringProblem> problems = new ArrayList<>();
    sheet.components().keySet().stream()
        .filter(id -> definition.component(id).isEmpty())
        .sorted()
        .forEach(
            id ->
                problems.add(
                    problem(
                        Code.UNKNOWN_COMPONENT,
                        id,
                        null,
                        "The sheet scores '" + id + "', which this credential version lacks.")));
    for (Component component : definition.components()) {
      ComponentScore score =
          sheet.component(component.id()).orElse(ComponentScore.of(java.util.Map.of()));
      judgements(problems, component, score);
      override(problems, component, score);
      feedback(problems, definition, component, score);
      for (EvidenceQuote quote : score.evidence()) {
        evidence(problems, definition, content, component, quote);
      }
    }
    return problems;
  }

  public static boolean maySubmit(
      CredentialDefinition definition, SubmissionContent content, ScoringSheet sheet) {
    return problems(definition, content, sheet).isEmpty();
  }

  private static void judgements(
      List<ScoringProblem> problems, Component component, ComponentScore score) {
    Rubric rubric = component.rubric();
    for (Rubric.Criterion criterion : rubric.criteria()) {
      if (score.judgement(criterion.id()) == Judgement.UNJUDGED) {
        problems.add(
            problem(
                Code.UNJUDGED_CRITERION,
                component.id(),
                criterion.id(),
                component.label() + ": judge “" + criterion.text() + "” met or unmet."));
      }
    }
    score.judgements().keySet().stream()
        .filter(id -> rubric.criterion(id).isEmpty())
        .sorted()
        .forEach(
            id ->
                problems.add(
                    problem(
                        Code.UNKNOWN_CRITERION,
                        component.id(),
                        id,
                        component.label() + " has no criterion '" + id + "'.")));
  }

  private static void override(
      List<ScoringProblem> problems, Component component, ComponentScore score) {
    if (score.override().isEmpty()) {
      return;
    }
    ScoringSheet.LevelOverride override = score.override().get();
    if (component.rubric().level(override.levelId()).isEmpty()) {
      problems.add(
          problem(
              Code.OVERRIDE_LEVEL_UNKNOWN,
              component.id(),
              null,
              component.label() + " has no level '" + override.levelId() + "' to set."));
      return;
    }
    boolean sameAsDerived =
        ScoredOutcome.derived(component, score).filter(override.levelId()::equals).isPresent();
    if (!sameAsDerived
        && override
                .justification()
                .strip()
                .codePointCount(0, override.justification().strip().length())
            < MIN_JUSTIFICATION_LENGTH) {
      problems.add(
          problem(
              Code.OVERRIDE_JUSTIFICATION_TOO_SHORT,
              component.id(),
              null,
              component.label()
                  + ": say why the level differs from the one the criteria give, in at least "
                  + MIN_JUSTIFICATION_LENGTH
                  + " characters."));
    }
  }

  private static void feedback(
      List<ScoringProblem> problems,
      CredentialDefinition definition,
      Component component,
      ComponentScore score) {
    Optional<String> required = definition.requiredLevel(component.id());
    Optional<String> level = ScoredOutcome.finalLevel(component, score);
    if (required.isEmpty() || level.isEmpty() || !score.feedback().isBlank()) {
      return;
    }
    if (!component.rubric().reaches(level.get(), required.get())) {
      String label = component.rubric().level(level.get()).orElseThrow().label();
      problems.add(
          problem(
              Code.FEEDBACK_MISSING,
              component.id(),
              null,
              component.label()
                  + " is "
                  + label
                  + ", below the level required: write feedback for the educator."));
    }
  }

  private static void evidence(
      List<ScoringProblem> problems,
      CredentialDefinition definition,
      SubmissionContent content,
      Component component,
      EvidenceQuote quote) {
    String label = component.label();
    if (component.rubric().criterion(quote.criterionId()).isEmpty()) {
      problems.add(
          problem(
              Code.EVIDENCE_CRITERION_UNKNOWN,
              component.id(),
              quote.criterionId(),
              label + " has no criterion '" + quote.criterionId() + "' to quote evidence for."));
      return;
    }
    String passage = normalized(quote.passage());
    int length = passage.codePointCount(0, passage.length());
    if (length < MIN_QUOTE_LENGTH || length > MAX_QUOTE_LENGTH) {
      problems.add(
          problem(
              Code.EVIDENCE_LENGTH,
              component.id(),
              quote.criterionId(),
              label
                  + ": a quote must be "
                  + MIN_QUOTE_LENGTH
                  + " to "
                  + MAX_QUOTE_LENGTH
                  + " characters long; this one has "
                  + length
                  + "."));
      return;
    }
    Optional<String> text = quotableText(definition, content, component, quote.fieldKey());
    if (text.isEmpty()) {
      problems.add(
          problem(
              Code.EVIDENCE_FIELD_UNKNOWN,
              component.id(),
              quote.criterionId(),
              label + ": a quote must come from one of its own answers or documents."));
    } else if (!normalized(text.get()).contains(passage)) {
      problems.add(
          problem(
              Code.EVIDENCE_NOT_FOUND,
              component.id(),
              quote.criterionId(),
              label + ": the quoted passage is not in the answer it names; select it again."));
    }
  }

  /**
   * The text a quote from {@code fieldKey} is checked against: an answer's Markdown or a document's
   * text, of this component only. Pseudonyms and private names are not evidence. A field the
   * educator left empty quotes as empty text, which no quote of 3 characters is in.
   */
  private static Optional<String> quotableText(
      CredentialDefinition definition,
      SubmissionContent content,
      Component component,
      String fieldKey) {
    Optional<FieldKey> key =
        FieldKey.parse(fieldKey, definition).filter(k -> k.owner().equals(component.id()));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    FieldKey field = key.get();
    return switch (field.kind()) {
      case ANSWER ->
          Optional.of(
              content
                  .answer(field.owner(), field.question().orElseThrow(), field.subject())
                  .map(Answer::markdown)
                  .orElse(""));
      case DOCUMENT ->
          Optional.of(
              content
                  .document(field.owner(), field.subject().orElseThrow())
                  .map(Document::text)
                  .orElse(""));
      case SUBJECT, PRIVATE_NAME -> Optional.empty();
    };
  }

  /**
   * Runs of whitespace as one space, ends trimmed: a selection in the browser joins lines and
   * paragraphs differently from the stored text, and that difference is not the assessor's.
   */
  static String normalized(String text) {
    return text.strip().replaceAll("(?U)\\s+", " ");
  }

  private static ScoringProblem problem(
      Code code, String componentId, String criterionId, String message) {
    return new ScoringProblem(code, componentId, Optional.ofNullable(criterionId), message);
  }
}
