package org.mcportal.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an assessor has entered so far: per component, the criteria judged, an optional override
 * with its justification, feedback and quoted evidence; and an overall comment. Saved whole, as the
 * draft of one assessment.
 *
 * @param components per component id; a component not yet touched may be absent
 */
public record ScoringSheet(Map<String, ComponentSheet> components, String overallComment) {

  public ScoringSheet {
    components =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(components == null ? Map.of() : components));
    overallComment = overallComment == null ? "" : overallComment;
  }

  public static ScoringSheet empty() {
    return new ScoringSheet(Map.of(), "");
  }

  public ComponentSheet component(String componentId) {
    return components.getOrDefault(componentId, ComponentSheet.empty());
  }

  public ScoringSheet with(String componentId, ComponentSheet component) {
    Map<String, ComponentSheet> changed = new LinkedHashMap<>(components);
    changed.put(componentId, component);
    return new ScoringSheet(changed, overallComment);
  }

  /**
   * One component's scoring.
   *
   * @param criteria criterion id to met ({@code true}) or unmet ({@code false}); {@code null} or
   *     absent is not yet judged
   * @param overrideLevel a level chosen instead of the derived one; needs a justification
   * @param feedback Markdown for the educator
   */
  public record ComponentSheet(
      Map<String, Boolean> criteria,
      String overrideLevel,
      String justification,
      String feedback,
      List<Evidence> evidence) {

    public ComponentSheet {
      criteria =
          Collections.unmodifiableMap(new LinkedHashMap<>(criteria == null ? Map.of() : criteria));
      justification = justification == null ? "" : justification;
      feedback = feedback == null ? "" : feedback;
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
      if (overrideLevel != null && overrideLevel.isBlank()) {
        overrideLevel = null;
      }
    }

    public static ComponentSheet empty() {
      return new ComponentSheet(Map.of(), null, "", "", List.of());
    }
  }

  /**
   * A passage of the attempt quoted for a criterion.
   *
   * @param fieldKey the answer or document it is quoted from, e.g. {@code document:artifact-3:0}
   * @param quote the passage, verbatim (runs of white space may differ)
   */
  public record Evidence(String criterionId, String fieldKey, String quote) {}
}
