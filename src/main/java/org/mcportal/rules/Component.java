package org.mcportal.rules;

import java.util.List;
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
    Set<Advisory> advisories) {

  public Component {
    questions = List.copyOf(questions);
    advisories = Set.copyOf(advisories);
  }

  /**
   * Checks a credential can ask for on a component. They only advise: the educator acknowledges
   * them before sending, and the assessor still judges the rubric.
   */
  public enum Advisory {
    /** Documents of different subjects should not be near copies of each other. */
    DISTINCT_DOCUMENTS,
    /** Each document should invite its family to something. */
    INVITATION
  }

  public enum ResponseKind {
    /** Written answers, one per question (and per subject when {@code perSubject}). */
    ANSWERS,
    /** One document per subject, written in the editor or uploaded as a PDF. */
    DOCUMENTS
  }
}
