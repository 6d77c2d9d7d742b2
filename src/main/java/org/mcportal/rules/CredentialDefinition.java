package org.mcportal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a micro-credential, as read from a file under {@code rubrics/}. Immutable once
 * stored: a revision is a new version with its own file.
 *
 * @param earning the rule that decides from the components' levels whether the credential is earned
 * @param assessment turnaround, release, attempts and scoring; {@link AssessmentSettings#DEFAULTS}
 *     when the file has no {@code assessment} block
 */
public record CredentialDefinition(
    String id,
    String version,
    LocalDate revised,
    String title,
    String stack,
    String competency,
    String keyMethod,
    Licence licence,
    String introduction,
    List<GuidanceSection> guidance,
    String research,
    String resources,
    String anonymity,
    List<Part> parts,
    EarningRule earning,
    AssessmentSettings assessment) {

  public CredentialDefinition {
    guidance = List.copyOf(guidance);
    parts = List.copyOf(parts);
    Objects.requireNonNull(assessment, "assessment");
  }

  /** A definition whose file has no {@code assessment} block, so every setting is the default. */
  public CredentialDefinition(
      String id,
      String version,
      LocalDate revised,
      String title,
      String stack,
      String competency,
      String keyMethod,
      Licence licence,
      String introduction,
      List<GuidanceSection> guidance,
      String research,
      String resources,
      String anonymity,
      List<Part> parts,
      EarningRule earning) {
    this(
        id,
        version,
        revised,
        title,
        stack,
        competency,
        keyMethod,
        licence,
        introduction,
        guidance,
        research,
        resources,
        anonymity,
        parts,
        earning,
        AssessmentSettings.DEFAULTS);
  }

  /** Every assessed component, in the order the credential lists them. */
  public List<Component> components() {
    return parts.stream().flatMap(part -> part.components().stream()).toList();
  }

  public Optional<Component> component(String componentId) {
    return components().stream().filter(c -> c.id().equals(componentId)).findFirst();
  }

  public Optional<Part> partOf(String componentId) {
    return parts.stream()
        .filter(part -> part.components().stream().anyMatch(c -> c.id().equals(componentId)))
        .findFirst();
  }

  public Stream<Question> questions() {
    return components().stream().flatMap(c -> c.questions().stream());
  }

  public record Licence(String name, String url, String notice) {}

  /** A titled block of Markdown guidance: gather information, during the visit, analyze, apply. */
  public record GuidanceSection(String id, String title, String body) {}

  /**
   * The lowest level the component must reach itself to earn; empty for a component the rule only
   * counts with others ("at least 2 of the 5 at Exemplary") or does not read.
   */
  public Optional<String> requiredLevel(String componentId) {
    return Optional.ofNullable(earning.rule().required(this).get(componentId));
  }

  /** The earning rule in the rubric's words, generated from the rule the outcome applies. */
  public String earningRuleInWords() {
    return EarningJudgement.describe(this, earning.rule());
  }

  /**
   * The earning rule.
   *
   * @param text the rule as the credential prints it; the portal states {@link
   *     #earningRuleInWords()} beside it, generated from {@code rule}
   */
  public record EarningRule(String text, EarningCondition rule) {
    public EarningRule {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(rule, "rule");
    }

    /** The short form of a file's {@code requires}: each component at least its level. */
    public EarningRule(String text, Map<String, String> requires) {
      this(text, EarningCondition.fromRequires(List.of(), requires));
    }
  }
}
