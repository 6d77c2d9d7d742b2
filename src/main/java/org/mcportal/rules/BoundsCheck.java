package org.mcportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A component's word total against its {@link WordBounds}. The total covers every answer (or
 * document) the component asks for, across all subjects for a per-subject component, because the
 * credential states one range for the whole artifact.
 *
 * <p>Bounds that are a {@link WordBounds.Use#GUIDE guide} give advisory findings, to acknowledge;
 * bounds that are a rule block the submission.
 *
 * @param message a sentence for the educator, e.g. "Part 1 has 180 words; it needs 200–400 words."
 */
public record BoundsCheck(
    String componentId, int words, WordBounds bounds, Verdict verdict, String message) {

  public static final String BELOW_MIN = "words-below-min";
  public static final String ABOVE_MAX = "words-above-max";

  public BoundsCheck {
    Objects.requireNonNull(componentId, "componentId");
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(message, "message");
  }

  public enum Verdict {
    WITHIN,
    BELOW,
    ABOVE
  }

  public boolean within() {
    return verdict == Verdict.WITHIN;
  }

  /** The check for one component; empty when the component states no bounds. */
  public static Optional<BoundsCheck> of(
      CredentialDefinition definition, Component component, SubmissionContent content) {
    return of(definition, ExpectedFields.of(definition), component, content);
  }

  private static Optional<BoundsCheck> of(
      CredentialDefinition definition,
      ExpectedFields fields,
      Component component,
      SubmissionContent content) {
    if (component.words().isEmpty()) {
      return Optional.empty();
    }
    WordBounds bounds = component.words().get();
    Part part = Places.partOf(definition, component);
    int words = fields.component(component.id()).words(content);
    Verdict verdict = bounds.verdict(words);
    return Optional.of(
        new BoundsCheck(
            component.id(),
            words,
            bounds,
            verdict,
            message(part, component, words, bounds, verdict)));
  }

  /** The checks of every bounded component, in the order the credential lists them. */
  public static List<BoundsCheck> all(CredentialDefinition definition, SubmissionContent content) {
    List<BoundsCheck> checks = new ArrayList<>();
    // The fields are enumerated once for all components, not once per component.
    ExpectedFields fields = ExpectedFields.of(definition);
    for (Component component : definition.components()) {
      of(definition, fields, component, content).ifPresent(checks::add);
    }
    return checks;
  }

  /** The words of every answer or document the component asks for, together. */
  public static int words(
      CredentialDefinition definition, Component component, SubmissionContent content) {
    return ExpectedFields.of(definition).component(component.id()).words(content);
  }

  /** The checks outside their bounds: blocking for a rule, advisory for a guide. */
  public static List<Finding> findings(CredentialDefinition definition, SubmissionContent content) {
    List<Finding> findings = new ArrayList<>();
    for (BoundsCheck check : all(definition, content)) {
      if (!check.within()) {
        Part part = Places.partOf(definition, definition.component(check.componentId()).get());
        String code = check.verdict() == Verdict.BELOW ? BELOW_MIN : ABOVE_MAX;
        Location where = Location.component(part.id(), check.componentId());
        findings.add(
            check.bounds().guide()
                ? Finding.advisory(code, where, check.message())
                : Finding.blocking(code, where, check.message()));
      }
    }
    return findings;
  }

  private static String message(
      Part part, Component component, int words, WordBounds bounds, Verdict verdict) {
    String across =
        Places.isPerSubject(part, component)
            ? " across its " + part.subjects().get().noun().count(part.subjects().get().count())
            : "";
    String has = component.label() + " has " + Noun.WORD.count(words) + across;
    if (verdict == Verdict.WITHIN) {
      return has + ", within " + bounds.describe() + ".";
    }
    return bounds.guide()
        ? has + "; the credential suggests " + bounds.describe() + "."
        : has + "; it needs " + bounds.describe() + ".";
  }
}
