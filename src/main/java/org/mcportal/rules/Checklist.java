package org.mcportal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that stands between a draft and a submission, in the order the credential reads: per
 * part, its subject names first, then each component's findings. The educator may send when no
 * finding is {@link Finding.Severity#BLOCKING blocking}.
 *
 * <p>The required checks (completeness and word bounds) and the advisory checks the credential
 * declares on its components always run. Further checks plug in as {@link Check}s; one that needs
 * more than the content, such as {@link IdentifiabilityScan} with the educator's profile, carries
 * it in its own state.
 */
public record Checklist(List<Finding> findings) {

  public Checklist {
    findings = List.copyOf(findings);
  }

  /** One kind of check over a submission's content. */
  @FunctionalInterface
  public interface Check {
    List<Finding> findings(CredentialDefinition definition, SubmissionContent content);
  }

  /** The checks that decide whether the submission may be sent. */
  public static final List<Check> REQUIRED = List.of(Completeness::check, BoundsCheck::findings);

  /** The advisory checks a credential asks for on its components ({@code advisories}). */
  public static final List<Check> DECLARED =
      List.of(DocumentSimilarity::findings, InvitationCheck::findings);

  public static Checklist of(CredentialDefinition definition, SubmissionContent content) {
    return of(definition, content, List.of());
  }

  public static Checklist of(
      CredentialDefinition definition, SubmissionContent content, List<Check> additional) {
    Objects.requireNonNull(additional, "additional");
    List<Finding> findings = new ArrayList<>();
    for (Check check : REQUIRED) {
      findings.addAll(check.findings(definition, content));
    }
    for (Check check : DECLARED) {
      findings.addAll(check.findings(definition, content));
    }
    for (Check check : additional) {
      findings.addAll(check.findings(definition, content));
    }
    // Stable sort: within one place the findings keep the order their checks produced them.
    findings.sort(byPlace(definition));
    return new Checklist(findings);
  }

  public boolean canSubmit() {
    return findings.stream().noneMatch(Finding::blocks);
  }

  public List<Finding> blocking() {
    return findings.stream().filter(Finding::blocks).toList();
  }

  public List<Finding> advisory() {
    return findings.stream().filter(f -> !f.blocks()).toList();
  }

  /** The findings about one component, for showing next to it. */
  public List<Finding> about(String componentId) {
    return findings.stream()
        .filter(f -> f.location().componentId().filter(componentId::equals).isPresent())
        .toList();
  }

  public List<String> codes() {
    return findings.stream().map(Finding::code).toList();
  }

  /** A finding's position: by part, the part's own findings before those of its components. */
  private static Comparator<Finding> byPlace(CredentialDefinition definition) {
    // Separate maps: a part that is a single component may share its id with that component.
    Map<String, Integer> parts = new HashMap<>();
    Map<String, Integer> components = new HashMap<>();
    int next = 0;
    for (Part part : definition.parts()) {
      parts.put(part.id(), next++);
      for (Component component : part.components()) {
        components.put(component.id(), next++);
      }
    }
    return Comparator.comparingInt(
        f ->
            f.location()
                .componentId()
                .map(id -> components.getOrDefault(id, Integer.MAX_VALUE))
                .orElseGet(() -> parts.getOrDefault(f.location().partId(), Integer.MAX_VALUE)));
  }
}
