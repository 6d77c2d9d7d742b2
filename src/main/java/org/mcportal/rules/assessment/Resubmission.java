package org.mcportal.rules.assessment;

import java.util.Collection;
import java.util.Objects;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;
import org.mcportal.rules.Reopening;

/**
 * Whether an educator may revise and resubmit after an outcome, and what they work on: only the
 * components below their required level reopen ({@link Reopening}); the rest stay locked with their
 * results.
 */
public sealed interface Resubmission {

  /**
   * @param nextAttempt the number the new attempt will have, 2 for the first resubmission
   * @param attemptsLeft how many attempts remain after that one
   */
  record Allowed(Reopening reopening, int nextAttempt, int attemptsLeft) implements Resubmission {
    public Allowed {
      Objects.requireNonNull(reopening, "reopening");
    }
  }

  record Refused(Reason reason, String message) implements Resubmission {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  enum Reason {
    /** The credential was earned; there is nothing to revise. */
    EARNED,
    /** The assessment is not complete, so no outcome has been decided. */
    NOT_DECIDED,
    /** Every attempt the credential allows has been used. */
    NO_ATTEMPTS_LEFT
  }

  /**
   * @param attemptsMade attempts submitted so far, the one just assessed included
   * @param maxAttempts the credential's {@code assessment.maxAttempts}
   * @param results the final result of each component of the attempt just assessed
   */
  static Resubmission after(
      CredentialDefinition definition,
      CredentialOutcome outcome,
      Collection<ComponentResult> results,
      int attemptsMade,
      int maxAttempts) {
    if (attemptsMade < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "attempts made and allowed are at least 1, got " + attemptsMade + "/" + maxAttempts);
    }
    if (outcome instanceof CredentialOutcome.Earned) {
      return new Refused(Reason.EARNED, "The credential was earned; there is nothing to revise.");
    }
    if (outcome instanceof CredentialOutcome.Undecided) {
      return new Refused(Reason.NOT_DECIDED, "The assessment of this attempt is not complete.");
    }
    if (attemptsMade >= maxAttempts) {
      return new Refused(
          Reason.NO_ATTEMPTS_LEFT,
          "All " + maxAttempts + " attempts this credential allows have been used.");
    }
    return new Allowed(
        Reopening.after(definition, results), attemptsMade + 1, maxAttempts - attemptsMade - 1);
  }

  /** The same, with the maximum from the credential's assessment settings. */
  static Resubmission after(
      CredentialDefinition definition,
      CredentialOutcome outcome,
      Collection<ComponentResult> results,
      int attemptsMade) {
    return after(definition, outcome, results, attemptsMade, definition.assessment().maxAttempts());
  }
}
