package org.mcportal.rules.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.CredentialOutcome;
import org.mcportal.rules.Rubric;

/**
 * The outcome as the educator reads it, in the rubric's own words: a headline, then one sentence
 * per component with its level, the level required and, when short, the unmet phrases of the
 * criteria the required level needs, followed by the rubric's descriptor of the level reached.
 *
 * <p>An override says that the assessor recorded a justification, not what it says: the
 * justification is written for the portal's admins and may discuss the rubric in ways not meant for
 * the educator.
 *
 * @param headline "Earned", or "Not earned: 2 of 5 components are below the level required."
 * @param components in the credential's order
 */
public record OutcomeExplanation(String headline, List<ComponentExplanation> components) {

  public OutcomeExplanation {
    Objects.requireNonNull(headline, "headline");
    components = List.copyOf(components);
  }

  /**
   * One component's part of the explanation.
   *
   * @param sentence e.g. "Artifact 3 is Basic, below Proficient, the level required, because an
   *     invitation is missing."
   * @param levelLabel the label of the level that counts; empty while the component has none
   * @param descriptor the rubric's descriptor of that level, Markdown, verbatim; empty where the
   *     rubric prints none (the "Fail" of a pass/fail part)
   */
  public record ComponentExplanation(
      String componentId,
      String sentence,
      Optional<String> levelLabel,
      Optional<String> descriptor) {
    public ComponentExplanation {
      Objects.requireNonNull(componentId, "componentId");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(levelLabel, "levelLabel");
      Objects.requireNonNull(descriptor, "descriptor");
    }
  }

  static OutcomeExplanation of(
      CredentialDefinition definition, List<ScoredComponent> scored, CredentialOutcome outcome) {
    List<ComponentExplanation> explained = new ArrayList<>();
    long counted = scored.stream().filter(s -> s.requiredLevelId().isPresent()).count();
    for (ScoredComponent one : scored) {
      explained.add(explain(definition.component(one.componentId()).orElseThrow(), one));
    }
    String headline;
    if (outcome instanceof CredentialOutcome.NotEarned notEarned
        && notEarned.shortfalls().isEmpty()) {
      // Only a counting condition failed ("at least 1 at Exemplary"): say that one.
      headline = "Not earned: " + String.join("; ", notEarned.unmet()) + ".";
    } else if (outcome instanceof CredentialOutcome.NotEarned notEarned) {
      int below = notEarned.shortfalls().size();
      headline =
          "Not earned: "
              + below
              + " of "
              + counted
              + (below == 1 ? " components is" : " components are")
              + " below the level required"
              + (notEarned.unmet().isEmpty() ? "" : "; " + String.join("; ", notEarned.unmet()))
              + ".";
    } else if (outcome instanceof CredentialOutcome.Undecided undecided) {
      int pending = undecided.pending().size();
      headline =
          "Not decided: "
              + pending
              + " of "
              + counted
              + (pending == 1 ? " components has" : " components have")
              + " no level yet.";
    } else {
      headline = "Earned";
    }
    return new OutcomeExplanation(headline, explained);
  }

  private static ComponentExplanation explain(Component component, ScoredComponent one) {
    Rubric rubric = component.rubric();
    if (one.result().isEmpty()) {
      return new ComponentExplanation(
          one.componentId(),
          one.label() + " has no level yet.",
          Optional.empty(),
          Optional.empty());
    }
    Rubric.Level level = rubric.level(one.result().get().levelId()).orElseThrow();
    StringBuilder sentence = new StringBuilder(one.label()).append(" is ").append(level.label());
    if (one.requiredLevelId().isPresent()) {
      String required = rubric.level(one.requiredLevelId().get()).orElseThrow().label();
      if (!one.reachesRequired()) {
        sentence.append(", below ").append(required).append(", the level required");
        if (!one.reasons().isEmpty()) {
          sentence.append(", because ").append(listing(one.reasons()));
        }
      } else if (level.id().equals(one.requiredLevelId().get())) {
        sentence.append(", the level required");
      } else {
        sentence.append(", above ").append(required).append(", the level required");
      }
    }
    sentence.append('.');
    if (one.overridden()) {
      String derived = one.derived().map(d -> " (" + d.levelLabel() + ")").orElse("");
      sentence
          .append(" The assessor chose this level over the one the criteria give")
          .append(derived)
          .append(" and recorded why.");
    }
    return new ComponentExplanation(
        one.componentId(),
        sentence.toString(),
        Optional.of(level.label()),
        level.descriptor().map(String::strip).filter(d -> !d.isEmpty()));
  }

  /**
   * The explanation as Markdown: the headline in bold, then per component its sentence and the
   * descriptor of its level as a block quote.
   */
  public String toMarkdown() {
    StringBuilder text = new StringBuilder("**").append(headline).append("**\n");
    for (ComponentExplanation component : components) {
      text.append('\n').append(component.sentence()).append('\n');
      component
          .descriptor()
          .ifPresent(
              descriptor -> {
                text.append('\n')
                    .append("The rubric describes ")
                    .append(component.levelLabel().orElseThrow())
                    .append(" as:\n\n");
                for (String line : descriptor.split("\n", -1)) {
                  text.append(line.isBlank() ? ">" : "> " + line).append('\n');
                }
              });
    }
    return text.toString();
  }

  /** "a", "a and b", "a, b and c". */
  static String listing(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
