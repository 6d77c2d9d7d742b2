package org.mcportal.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One assessed unit of a submission: a pass/fail part or a rubric-rated artifact.
 *
 * @param label the short name used in outcomes and messages ("Part 1", "Artifact 3")
 * @param response whether the educator answers questions or provides one document per subject
 * @param perSubject whether every question is answered once for each subject of the part
 * @param words bounds on the words of all answers of this component together, if any
 * @param advisories the advisory checks the educator's checklist runs on this component
 * @param document what one document is called ("lesson plan"), for {@code documents} components;
 *     {@link Noun#DOCUMENT} unless the credential names it
 * @param advice the credential's wording for its advisory checks, and what the invitation check
 *     looks for
 */
public record Component(
    String id,
    String label,
    String title,
    String instructions,
    ResponseKind response,
    boolean perSubject,
    Optional<WordBounds> words,
    List<Question> questions,
    Rubric rubric,
    Set<Advisory> advisories,
    Noun document,
    Advice advice) {

  public Component {
    questions = List.copyOf(questions);
    advisories = Set.copyOf(advisories);
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(advice, "advice");
  }

  /** A component with the neutral document noun and advisory wording. */
  public Component(
      String id,
      String label,
      String title,
      String instructions,
      ResponseKind response,
      boolean perSubject,
      Optional<WordBounds> words,
      List<Question> questions,
      Rubric rubric,
      Set<Advisory> advisories) {
    this(
        id,
        label,
        title,
        instructions,
        response,
        perSubject,
        words,
        questions,
        rubric,
        advisories,
        Noun.DOCUMENT,
        Advice.NEUTRAL);
  }

  /**
   * What the advisory checks say and look for, from the credential.
   *
   * @param distinct the sentence after "the documents for A and B are 80% alike."
   * @param invitation the sentence saying what the rubric asks of each document's invitation
   * @param invitationPhrases the phrases that count as an invitation, case-insensitive, matched as
   *     whole words; empty for the built-in English phrases of {@link InvitationCheck}
   */
  public record Advice(String distinct, String invitation, List<String> invitationPhrases) {

    public static final Advice NEUTRAL =
        new Advice(
            "Each should be written for its own reader.",
            "The rubric asks each one to include an invitation.",
            List.of());

    public Advice {
      Objects.requireNonNull(distinct, "distinct");
      Objects.requireNonNull(invitation, "invitation");
      invitationPhrases = List.copyOf(invitationPhrases);
    }
  }

  /**
   * Checks a credential can ask for on a component. They only advise: the educator acknowledges
   * them before sending, and the assessor still judges the rubric.
   */
  public enum Advisory {
    /** Documents of different subjects should not be near copies of each other. */
    DISTINCT_DOCUMENTS,
    /** Each document should invite its reader to something. */
    INVITATION
  }

  public enum ResponseKind {
    /** Written answers, one per question (and per subject when {@code perSubject}). */
    ANSWERS,
    /**
     * Documents, written in the editor or uploaded as a PDF: one per subject when {@code
     * perSubject}, else one for the whole submission.
     */
    DOCUMENTS
  }
}
